import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/article-schema';
import { parseArticleText } from '../../../src/article/parse-article';
import { articleJsonLd } from '../../../src/publish/article-json-ld';
import { readText, SEED_ARTICLE_FILE, smallArticle } from '../../fixtures/load-fixture';
import { scaleArticle } from '../../../tools/scale-article';

function seed(): Article {
  const result = parseArticleText(readText(SEED_ARTICLE_FILE));
  if (!result.ok) throw new Error('the seed article does not validate');
  return result.article;
}

/** The JSON-LD as a consumer reads it: plain JSON, no types. */
function read(article: Article, url?: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(articleJsonLd(article, { url }))) as Record<string, unknown>;
}

describe('articleJsonLd', () => {
  it('describes the seed as a NewsArticle with headline, author, publisher and its month only', () => {
    const data = read(seed());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'North Korea and China move away from plans to restart international train service',
      inLanguage: 'en',
      author: [{ '@type': 'Person', name: 'Mun Dong Hui' }],
      publisher: { '@type': 'Organization', name: 'Daily NK' },
      // The article carries no date; the editor inferred the month, and the month is all we say.
      datePublished: '2020-11',
    });
  });

  it('cites the earlier report the article relies on', () => {
    expect(read(seed()).citation).toEqual([
      expect.objectContaining({ '@type': 'CreativeWork', name: 'Daily NK’s report of Oct. 26' }),
    ]);
  });

  it('cites each earlier report once, however many times the article lists it', () => {
    const once = read(seed()).citation;
    // The seed 50 times over lists its earlier report 50 times, under 50 ids.
    expect(read(scaleArticle(seed(), 50, 'long')).citation).toEqual(once);
  });

  it('keeps two earlier reports that differ in any field, in the article’s order', () => {
    const article = seed();
    const report = article.sources.find((source) => source.kind === 'earlier-report');
    if (!report) throw new Error('the seed cites no earlier report');
    article.sources.push(
      { ...report, id: 'src-again' },
      { ...report, id: 'src-other', description: 'Another report of the same name' },
    );
    const cited = read(article).citation as { name: string; description?: string }[];
    expect(cited.map((entry) => entry.description)).toEqual([
      report.description,
      'Another report of the same name',
    ]);
  });

  it('lists every quotation with its speaker, anonymous speakers said to be anonymous', () => {
    const article = seed();
    const parts = read(article).hasPart as {
      '@type': string;
      text: string;
      spokenByCharacter: { name: string; description?: string };
    }[];
    expect(parts).toHaveLength(article.quotes.length);
    for (const part of parts) {
      expect(part['@type']).toBe('Quotation');
      expect(part.spokenByCharacter.name).not.toBe('');
    }
    // Relayed by an anonymous source, spoken by Chinese officials: the speaker is who spoke.
    const smallChild = parts.find((part) => part.text === 'changing its words like a small child');
    expect(smallChild?.spokenByCharacter).toMatchObject({
      '@type': 'Organization',
      name: 'Chinese officials',
    });
    const anonymous = parts.filter((part) => part.spokenByCharacter.name === 'a source in North Korea');
    expect(anonymous.length).toBeGreaterThan(0);
    for (const part of anonymous) expect(part.spokenByCharacter.description).toMatch(/^Anonymous/);
  });

  it('joins a split quotation’s parts with an ellipsis', () => {
    const article = smallArticle();
    const quote = article.quotes[0]!;
    const parts = read(article).hasPart as { text: string }[];
    expect(parts[0]?.text).toBe(`${quote.parts[0]!.text} … ${quote.parts[1]!.text}`);
  });

  it('gives no date and no author where the article has none', () => {
    const article = smallArticle();
    article.meta.authors = [];
    article.meta.published = { text: 'not stated', precision: 'unknown', basis: 'inferred' };
    const data = read(article);
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('author');
  });

  it('names the page’s address only when it is known', () => {
    expect(read(smallArticle())).not.toHaveProperty('url');
    expect(read(smallArticle(), 'https://news.example/reader/')).toMatchObject({
      url: 'https://news.example/reader/',
      mainEntityOfPage: 'https://news.example/reader/',
    });
  });
});
