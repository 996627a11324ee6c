import { describe, expect, it } from 'vitest';
import type { ArticleIndexEntry } from '../../../src/article/article-index-schema';
import { articleListPage } from '../../../src/publish/article-list-page';

const entry = (
  name: string,
  headline: string,
  extra: Partial<ArticleIndexEntry> = {},
): ArticleIndexEntry => ({
  name,
  headline,
  description: 'What happened.',
  authors: ['Ann Lee', 'Bo Chan', 'Cy Diaz'],
  publisher: 'The Harbour Post',
  published: {
    text: 'March 5, 2024',
    earliest: '2024-03-05',
    latest: '2024-03-05',
    precision: 'day',
    basis: 'stated',
  },
  language: 'en',
  ...extra,
});

describe('the static list of articles (articles.html)', () => {
  it('links every article to its own page, with its date, publisher, standfirst and byline', () => {
    const html = articleListPage(
      {
        articles: [
          entry('harbour-vote', 'Council delays vote'),
          entry('index', 'The front page', { authors: [] }),
        ],
      },
      ['./assets/index-abc.css'],
    );
    expect(html).toContain('<a href="./harbour-vote.html">Council delays vote</a>');
    expect(html).toContain('<a href="./index.html">The front page</a>');
    expect(html).toContain('<time datetime="2024-03-05">');
    expect(html).toContain('By Ann Lee, Bo Chan and Cy Diaz');
    expect(html).toContain('<link rel="stylesheet" href="./assets/index-abc.css">');
    expect(html).toContain('2 articles, newest first');
    expect(html).toContain('<a href="./#/articles">Search and filter the list</a>');
    // No script that runs: the only one is data.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
  });

  it('lists the articles as schema.org ItemList in JSON-LD, newest first, absolute with a site URL', () => {
    const index = { articles: [entry('harbour-vote', 'Council delays vote'), entry('older', 'Older news')] };
    const jsonLd = (html: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as {
        '@type': string;
        numberOfItems: number;
        itemListElement: { position: number; name: string; url: string }[];
      };
    const relative = jsonLd(articleListPage(index, []));
    expect(relative['@type']).toBe('ItemList');
    expect(relative.numberOfItems).toBe(2);
    expect(relative.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Council delays vote', url: './harbour-vote.html' },
      { '@type': 'ListItem', position: 2, name: 'Older news', url: './older.html' },
    ]);
    const absolute = jsonLd(articleListPage(index, [], undefined, 'https://news.example/provenance/'));
    expect(absolute.itemListElement.map((item) => item.url)).toEqual([
      'https://news.example/provenance/harbour-vote.html',
      'https://news.example/provenance/older.html',
    ]);
  });

  it('writes article text as text: a hostile headline or publisher opens no tag', () => {
    const html = articleListPage(
      {
        articles: [entry('x', '<img src=x onerror=alert(1)>', { publisher: '"><script>alert(1)</script>' })],
      },
      [],
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<\/script>.*<\/script>/s);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('says when there is no article at all, with no empty list', () => {
    const html = articleListPage({ articles: [] }, []);
    expect(html).toContain('0 articles, newest first');
    expect(html).not.toContain('<ol');
  });
});
