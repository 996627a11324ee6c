import { describe, expect, it } from 'vitest';
import { articleHeadTags } from '../../../src/publish/article-head-tags';
import { articleJsonLd } from '../../../src/publish/article-json-ld';
import { excerpt } from '../../../src/article/excerpt';
import { smallArticle } from '../../fixtures/load-fixture';

const HOSTILE = `Council "votes" </script><script>window.__pwned=1</script> & <!-- line\u2028para\u2029 'end'`;

/** The tags as a browser parses them, in the head of an otherwise empty page. */
function parseHead(tags: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${tags}</head><body></body></html>`,
    'text/html',
  );
}

function hostileArticle() {
  const article = smallArticle();
  article.meta.headline.text = HOSTILE;
  article.meta.standfirst = { text: HOSTILE, origin: 'editorial' };
  article.sources[0]!.name = HOSTILE;
  return article;
}

describe('articleHeadTags', () => {
  it('keeps hostile article text inside its attribute values and its JSON-LD script', () => {
    const article = hostileArticle();
    const doc = parseHead(
      articleHeadTags(article, { name: 'harbour', path: 'harbour.html', siteUrl: 'https://news.example/r/' }),
    );
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.body.childNodes).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(`${HOSTILE} · Provenance`);
    // The description is the standfirst with its spaces (U+2028 and U+2029 among them) collapsed.
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      excerpt(HOSTILE, 300),
    );
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HOSTILE);
    const script = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    expect(script).not.toMatch(/[<>\u2028\u2029]/);
    expect((JSON.parse(script) as { headline: string }).headline).toBe(HOSTILE);
    expect(JSON.parse(script)).toEqual(
      JSON.parse(JSON.stringify(articleJsonLd(article, { url: 'https://news.example/r/harbour.html' }))),
    );
  });

  it('writes absolute canonical, og:url and oEmbed links when the site’s address is known', () => {
    const doc = parseHead(
      articleHeadTags(smallArticle(), {
        name: 'harbour',
        path: 'harbour.html',
        siteUrl: 'https://news.example/r/',
      }),
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://news.example/r/harbour.html',
    );
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      'https://news.example/r/harbour.html',
    );
    const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(oembed?.getAttribute('href')).toBe('https://news.example/r/oembed/harbour.json');
    expect(oembed?.getAttribute('title')).toBe('Harbour council delays ferry terminal');
  });

  it('writes a relative canonical link and no og:url or oEmbed link without the site’s address', () => {
    const root = parseHead(articleHeadTags(smallArticle(), { name: 'harbour', path: '' }));
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('./');
    const nested = parseHead(articleHeadTags(smallArticle(), { name: 'harbour', path: 'a/harbour.html' }));
    expect(nested.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('../a/harbour.html');
    expect(root.querySelector('meta[property="og:url"]')).toBeNull();
    expect(root.querySelector('link[type="application/json+oembed"]')).toBeNull();
  });

  it('points the canonical link at the article’s own page from another page showing it', () => {
    const doc = parseHead(
      articleHeadTags(smallArticle(), {
        name: 'harbour',
        path: '',
        canonicalPath: 'harbour.html',
        siteUrl: 'https://news.example/',
      }),
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://news.example/harbour.html',
    );
  });

  it('describes the page by its standfirst, else by its opening paragraph', () => {
    const article = smallArticle();
    const withStandfirst = parseHead(articleHeadTags(article, { name: 'harbour', path: '' }));
    expect(withStandfirst.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      article.meta.standfirst?.text,
    );
    delete article.meta.standfirst;
    const opening = article.body.find((block) => block.type === 'paragraph');
    const withoutStandfirst = parseHead(articleHeadTags(article, { name: 'harbour', path: '' }));
    expect(withoutStandfirst.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      opening?.type === 'paragraph' ? excerpt(opening.text, 200) : 'no opening paragraph',
    );
  });
});
