import { describe, expect, it } from 'vitest';
import { linkedArticle } from '../../../src/app/linked-article';

function withDefault(name: string): Document {
  const doc = document.implementation.createHTMLDocument();
  const meta = doc.createElement('meta');
  meta.name = 'provenance-default-article';
  meta.content = name;
  doc.head.append(meta);
  return doc;
}

describe('linkedArticle: which article the reader opens on, read before React starts', () => {
  const doc = withDefault('bundled-story');

  it('is the default article for an empty or root fragment', () => {
    expect(linkedArticle('', doc)).toBe('bundled-story');
    expect(linkedArticle('#/', doc)).toBe('bundled-story');
  });

  it('is the article a reading link names, whatever it points to inside', () => {
    expect(linkedArticle('#/read/other-story', doc)).toBe('other-story');
    expect(linkedArticle('#/read/other-story/q-one', doc)).toBe('other-story');
    expect(linkedArticle('#/read/other-story?exact=two+words', doc)).toBe('other-story');
  });

  it('is the default article for a link it cannot follow (the reader explains it over the article)', () => {
    expect(linkedArticle('#/somewhere/else', doc)).toBe('bundled-story');
  });

  it('is nothing for the index and for embeds, which are other pages', () => {
    expect(linkedArticle('#/articles', doc)).toBeUndefined();
    expect(linkedArticle('#/embed/other-story?view=card', doc)).toBeUndefined();
  });

  it('is nothing for any link the router sends to the index or an embed, even one the URL contract refuses', () => {
    expect(linkedArticle('#/embed/../read/x', doc)).toBeUndefined();
    expect(linkedArticle('#/EMBED/other-story', doc)).toBeUndefined();
    expect(linkedArticle('#/Articles', doc)).toBeUndefined();
  });
});
