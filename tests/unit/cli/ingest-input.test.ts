import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/article-schema';
import { blockText } from '../../../src/article/body-schema';
import { parseArticleData } from '../../../src/article/parse-article';
import { ingestText } from '../../../src/ingest/ingest-article';

function draft(text: string): Article {
  const result = ingestText(text);
  if (!result.ok) throw new Error(result.reason);
  expect(parseArticleData(JSON.parse(JSON.stringify(result.article))).ok).toBe(true);
  return result.article;
}

const ARTICLE = [
  'The council approved the harbour plan on Monday, officials said.',
  '“We waited ten years for this [vote],” said Mayor Ana Lopes. “Now we build.”',
  'Critics appear unconvinced.',
].join('\n');

describe('ingest on awkward input', () => {
  it('refuses an empty file with a reason', () => {
    expect(ingestText('')).toEqual({ ok: false, reason: 'the file has no text (every line is empty)' });
    expect(ingestText(' \n\u00a0\r\n\t')).toMatchObject({ ok: false });
  });

  it('refuses a binary file with a reason', () => {
    expect(ingestText('PK\u0003\u0004\u0000\u0000')).toEqual({
      ok: false,
      reason: 'the file is binary, not plain text',
    });
  });

  it('drafts a text with no quotations, crediting the publication', () => {
    const article = draft(
      'The bridge reopened on Friday after repairs.\n\nTraffic seems lighter than before.',
    );
    expect(article.quotes).toEqual([]);
    expect(article.attributions.map((a) => a.certainty)).toEqual(['stated', 'inferred']);
    expect(article.meta.publisher.name).toBe('Unknown publisher');
  });

  it('ends an unclosed quotation with its paragraph', () => {
    const article = draft('“This never closes, said nobody.\nA stray mark” and a lone " here.');
    expect(article.quotes.map((q) => q.parts.map((p) => p.text))).toEqual([
      ['This never closes, said nobody.'],
    ]);
  });

  it('drops Windows line ends from the block text', () => {
    const article = draft(ARTICLE.replaceAll('\n', '\r\n') + '\r\n');
    expect(article.body.map((b) => blockText(b))).toEqual(ARTICLE.split('\n'));
    expect(article.quotes[0]?.parts.map((p) => p.text)).toEqual([
      'We waited ten years for this [vote],',
      'Now we build.',
    ]);
  });

  it('keeps trailing non-breaking spaces in the block text', () => {
    expect(blockText(draft('Said and done.\u00a0').body[0]!)).toBe('Said and done.\u00a0');
  });

  it('drafts Korean text with its quotations and a fallback id', () => {
    const article = draft(
      '북한과 중국이 열차 운행 재개 계획을 철회했다.\n소식통은 “관광은 중요하지 않다”고 말했다.',
    );
    expect(article.meta.language).toBe('ko');
    expect(article.body.map((b) => b.id)).toEqual(['p-text', 'p-text-2']);
    expect(article.quotes[0]?.parts[0]?.text).toBe('관광은 중요하지 않다');
  });

  it('marks every machine-found item and the whole file as a draft', () => {
    const article = draft(ARTICLE);
    expect(article.meta.draft).toBe(true);
    const items = [...article.sources, ...article.attributions, ...article.quotes, ...article.events];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.draft === true)).toBe(true);
  });

  it('never throws on a jumble of marks, brackets, dates and line ends', () => {
    const pieces = [
      '“',
      '”',
      '‘',
      '’',
      '"',
      "'",
      '[',
      ']',
      ' ',
      'a',
      'B',
      '.',
      ',',
      '\n',
      '\r\n',
      'said the source',
    ];
    const more = [
      'Oct. 26',
      ' on Monday',
      'Kim said',
      ' and that ',
      '한',
      '\u00a0',
      'until next January',
      '/ Image: X',
    ];
    const all = [...pieces, ...more];
    let state = 7;
    const next = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 300; i += 1) {
      const text = Array.from({ length: next(60) }, () => all[next(all.length)]).join('');
      const result = ingestText(text);
      expect(result.ok || result.reason.startsWith('the file has no text')).toBe(true);
    }
  });

  it('writes no calendar day the text does not give', () => {
    const article = draft('Talks resumed on Oct. 26, officials said.\nThe deal was signed on March 3, 2021.');
    expect(article.events.map((e) => [e.when.text, e.when.earliest ?? null])).toEqual([
      ['Oct. 26', null],
      ['March 3, 2021', '2021-03-03'],
    ]);
    expect(article.meta.published).toMatchObject({
      precision: 'unknown',
      basis: 'inferred',
      text: 'not stated',
    });
  });
});
