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

  it('is the default article, whole, for an empty or root fragment', () => {
    expect(linkedArticle('', doc)).toEqual({ name: 'bundled-story', whole: true });
    expect(linkedArticle('#/', doc)).toEqual({ name: 'bundled-story', whole: true });
  });

  it('names the article a reading link names, and says when the link points inside it', () => {
    expect(linkedArticle('#/read/other-story', doc)).toEqual({ name: 'other-story', whole: true });
    expect(linkedArticle('#/read/other-story/q-one', doc)).toEqual({ name: 'other-story', whole: false });
    expect(linkedArticle('#/read/other-story?exact=two+words', doc)).toEqual({
      name: 'other-story',
      whole: false,
    });
  });

  it('shows the default article, not whole, for a link it cannot follow (a notice is shown)', () => {
    expect(linkedArticle('#/somewhere/else', doc)).toEqual({ name: 'bundled-story', whole: false });
  });

  it('is nothing for the index and for embeds, which are other pages', () => {
    expect(linkedArticle('#/articles', doc)).toBeUndefined();
    expect(linkedArticle('#/embed/other-story?view=card', doc)).toBeUndefined();
  });
});
