import { describe, expect, it } from 'vitest';
import { parseArticleData, parseArticleText } from '../../../src/article/parse-article';
import { smallArticle } from '../../fixtures/load-fixture';

function problemsOf(data: unknown) {
  const result = parseArticleData(data);
  if (result.ok) throw new Error('expected the article to be invalid');
  return result.problems;
}

describe('parseArticleText', () => {
  it('accepts the small test article', () => {
    expect(parseArticleData(smallArticle()).ok).toBe(true);
  });

  it('says an empty file is empty', () => {
    expect(parseArticleText('  \n')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the file is empty' }],
      more: 0,
    });
  });

  it('says truncated JSON is not valid JSON', () => {
    const result = parseArticleText('{"schemaVersion": 1, "body": [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it('names an unsupported schemaVersion instead of listing field errors', () => {
    expect(problemsOf({ ...smallArticle(), schemaVersion: 2 })).toEqual([
      { path: 'schemaVersion', message: 'schemaVersion 2 is not supported: this reader reads version 1' },
    ]);
  });

  it('names a missing required field by its path', () => {
    const article = smallArticle();
    delete (article.meta as Partial<typeof article.meta>).headline;
    expect(problemsOf(article)).toContainEqual({
      path: 'meta.headline',
      message: 'required field is missing (expected object)',
    });
  });

  it('names a wrong type by its path', () => {
    const article = smallArticle();
    (article.body[0] as { text: unknown }).text = 42;
    expect(problemsOf(article).map((p) => p.path)).toContain('body[0].text');
  });

  it('reports duplicate ids with where they were first used', () => {
    const article = smallArticle();
    article.quotes[0] = { ...article.quotes[0]!, id: 'p-vote' };
    expect(problemsOf(article)).toContainEqual({
      path: 'quotes[0].id',
      message: 'duplicate id "p-vote" (first used at body[0])',
    });
  });

  it('reports a reference to a source that does not exist', () => {
    const article = smallArticle();
    article.quotes[0]!.speakerId = 's-nobody';
    expect(problemsOf(article)).toContainEqual({
      path: 'quotes[0].speakerId',
      message: '"s-nobody" names no source',
    });
  });

  it('reports a range whose text does not match the block', () => {
    const article = smallArticle();
    article.quotes[0]!.parts[0]!.start += 1;
    const [problem] = problemsOf(article);
    expect(problem?.path).toBe('quotes[0].parts[0].text');
    expect(problem?.message).toMatch(/does not match block "p-mayor"/);
  });

  it('reports a range past the end of its block', () => {
    const article = smallArticle();
    const part = article.quotes[0]!.parts[1]!;
    part.end = 10_000;
    expect(problemsOf(article)).toContainEqual({
      path: 'quotes[0].parts[1].end',
      message: expect.stringMatching(/past the end of block "p-mayor"/) as string,
    });
  });

  it('reports a range that splits an emoji in two', () => {
    const article = smallArticle();
    article.body[0] = { type: 'paragraph', id: 'p-vote', text: 'Vote 🗳 today' };
    article.attributions[0]!.range = { blockId: 'p-vote', start: 0, end: 6, text: 'Vote \ud83d' };
    article.attributions[0]!.cue = undefined;
    expect(problemsOf(article)).toContainEqual({
      path: 'attributions[0].range.end',
      message: 'end (6) splits a character in two',
    });
  });

  it('reports events that answer each other in a circle', () => {
    const article = smallArticle();
    article.events[0]!.answersId = 'e-union-rejects';
    expect(problemsOf(article)).toContainEqual({
      path: 'events[0]',
      message: 'these refer to each other in a circle: e-review-offer → e-union-rejects → e-review-offer',
    });
  });

  it('reports phases that leave an event out or put an answer before what it answers', () => {
    const article = smallArticle();
    const [first, second] = article.events;
    article.phases = [
      { id: 'phase-late', title: 'Later', eventIds: [second!.id] },
      { id: 'phase-early', title: 'Earlier', eventIds: [first!.id, 'e-missing'] },
    ];
    const problems = problemsOf(article).map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain('phases[1].eventIds[1]: "e-missing" names no event');
    expect(problems.some((p) => /must follow .*later phase/.test(p))).toBe(true);
  });

  it('reports a relay chain that loops back to a source', () => {
    const article = smallArticle();
    article.attributions[1]!.chain = [
      { sourceId: 's-mayor' },
      { sourceId: 's-ledger' },
      { sourceId: 's-mayor' },
    ];
    expect(problemsOf(article)).toContainEqual({
      path: 'attributions[1].chain',
      message: 'the relay chain loops back to "s-mayor"',
    });
  });

  it('refuses a javascript: link', () => {
    const article = smallArticle();
    article.body[4] = {
      type: 'end-matter',
      id: 'end-author',
      role: 'contact',
      text: 'Mail us',
      href: 'javascript:alert(1)',
    };
    expect(problemsOf(article)).toContainEqual({
      path: 'body[4].href',
      message: 'must be an http, https or mailto URL',
    });
  });

  it('refuses an image path that points to another host', () => {
    const article = smallArticle();
    article.body[3] = {
      ...(article.body[3] as object),
      src: '//evil.example/x.png',
    } as (typeof article.body)[number];
    expect(problemsOf(article).map((p) => p.path)).toContain('body[3].src');
  });

  it('refuses unknown fields rather than silently dropping them', () => {
    expect(problemsOf({ ...smallArticle(), comments: [] })).toContainEqual({
      path: '',
      message: expect.stringContaining('comments') as string,
    });
  });
});
