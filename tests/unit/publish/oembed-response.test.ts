import { describe, expect, it } from 'vitest';
import { oembedResponse } from '../../../src/publish/oembed-response';
import { smallArticle } from '../../fixtures/load-fixture';

describe('oembedResponse', () => {
  it('is a rich oEmbed 1.0 response with title, author, provider and size', () => {
    const response = oembedResponse(smallArticle(), 'harbour', { siteUrl: 'https://news.example/r/' });
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Harbour council delays ferry terminal',
      author_name: 'Lena Park',
      provider_name: 'Coastal Ledger',
      provider_url: 'https://news.example/r/',
      width: 640,
      height: 800,
    });
  });

  it('embeds the article’s reader from the site, sandboxed, as the Embed dialog does', () => {
    const { html } = oembedResponse(smallArticle(), 'harbour', { siteUrl: 'https://news.example/r/' });
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://news.example/r/#/embed/harbour?view=reader');
    expect(frame?.getAttribute('title')).toBe('Provenance: article');
    expect(frame?.getAttribute('sandbox')).toContain('allow-scripts');
    expect(frame?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('leaves the author out when the article names none', () => {
    const article = smallArticle();
    article.meta.authors = [];
    expect(oembedResponse(article, 'harbour', { siteUrl: 'https://news.example/' })).not.toHaveProperty(
      'author_name',
    );
  });
});
