import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/ingest/ingest-article';

function quotes(text: string) {
  const result = ingestText(text);
  if (!result.ok) throw new Error(result.reason);
  const { quotes: found, sources } = result.article;
  const name = (id: string | undefined) => sources.find((s) => s.id === id)?.name;
  return found.map((q) => ({
    parts: q.parts.map((p) => p.text),
    speaker: name(q.speakerId),
    ...(q.parentId ? { nested: true } : {}),
    ...(q.insertions.length > 0 ? { insertions: q.insertions.map((i) => i.text) } : {}),
  }));
}

describe('ingest quotations', () => {
  it('joins a quotation split around its cue into one utterance', () => {
    expect(quotes('“We are ready,” said the source. “They are not.”')).toEqual([
      { parts: ['We are ready,', 'They are not.'], speaker: 'the source' },
    ]);
  });

  it('keeps two statements joined by "and that" apart', () => {
    expect(quotes('A source in Seoul said that “prices rose” and that “stocks fell.”')).toHaveLength(2);
  });

  it('reads straight quotation marks and nested single quotes, not apostrophes', () => {
    expect(quotes(`"It's what they call 'a small step,'" said Jo Park. "Don't expect more."`)).toEqual([
      { parts: ["It's what they call 'a small step,'", "Don't expect more."], speaker: 'Jo Park' },
      { parts: ['a small step,'], speaker: 'Jo Park', nested: true },
    ]);
  });

  it('marks bracketed insertions, brackets included', () => {
    expect(quotes('“They [the council] voted no,” an official said.')[0]?.insertions).toEqual([
      '[the council]',
    ]);
  });

  it('credits “the source” to the source named last', () => {
    const found = quotes(
      'A source in Hyesan said prices rose.\nAnother source in Pyongyang said rice was scarce.\n“It is worse now,” the source said.',
    );
    expect(found[0]?.speaker).toBe('another source in Pyongyang');
  });

  it('continues a quotation that runs on into the next paragraph', () => {
    expect(
      quotes('“We waited all winter,” said Kim Ok Sun. “Then the river froze.\n“Nobody came,” she said.'),
    ).toEqual([
      { parts: ['We waited all winter,', 'Then the river froze.', 'Nobody came,'], speaker: 'Kim Ok Sun' },
    ]);
  });
});
