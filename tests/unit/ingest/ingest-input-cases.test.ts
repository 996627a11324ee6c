import { describe, expect, it } from 'vitest';
import { parseArticleData } from '../../../src/article/parse-article';
import { decodeText } from '../../../src/ingest/decode-text';
import { ingestText } from '../../../src/ingest/ingest-article';

const TEXT = '“The bridge is safe,” said Mara Quist, the city engineer.\n\nIt reopened on Friday.';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = `${bom ? '\uFEFF' : ''}${text}`; // code units, as UTF-16 stores them
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i += 1) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

function quotesOf(text: string) {
  const result = ingestText(text);
  if (!result.ok) throw new Error(result.reason);
  const name = (id: string) => result.article.sources.find((s) => s.id === id)?.name;
  return result.article.quotes.map((q) => ({
    words: q.parts.map((p) => p.text),
    speaker: name(q.speakerId),
  }));
}

describe('ingest input', () => {
  it.each([
    ['UTF-16 little endian with a byte-order mark', utf16(TEXT, true, true)],
    ['UTF-16 big endian with a byte-order mark', utf16(TEXT, false, true)],
    ['UTF-16 without a mark', utf16(TEXT, true, false)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
  ])('reads %s as the same text', (_, bytes) => {
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: TEXT });
  });

  it('refuses bytes that are neither UTF-8 nor UTF-16, saying how to save the file', () => {
    expect(decodeText(new Uint8Array([0x41, 0xc3, 0x28, 0x42]))).toEqual({
      ok: false,
      reason: 'the file is not UTF-8 or UTF-16 text (save it as UTF-8)',
    });
  });

  it('finds Korean quotations in corner brackets and credits the sentence’s subject', () => {
    expect(quotesOf('이민호 대변인은 「협상은 계속된다」고 말했다.')).toEqual([
      { words: ['협상은 계속된다'], speaker: '이민호 대변인' },
    ]);
  });

  it('refuses a text whose draft could not fit the reader’s size limit, quickly and with a reason', () => {
    const started = Date.now();
    const result = ingestText('A line of text that goes on. '.repeat(180_000));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      /too long: 5\.2 million characters; .*limit of 10\.0 million/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps a 200 KB single line one valid paragraph, though “/ Image:” occurs in it', () => {
    const line = `${'The port reopened, officials said. '.repeat(3000)}Cranes / Image: Port Daily. ${'Ships came and went along the quay all day. '.repeat(2500)}`;
    const result = ingestText(line);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.body.map((b) => b.type)).toEqual(['paragraph']);
    expect(parseArticleData(JSON.parse(JSON.stringify(result.article))).ok).toBe(true);
  }, 60_000);

  it('says plainly when a draft would hold more items in a list than the reader shows', () => {
    const result = ingestText('The port reopened, officials said. '.repeat(12_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/over the reader's limit of 10,000 a list: split the text/);
  }, 60_000);
});
