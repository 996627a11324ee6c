import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/article-schema';
import { parseArticleText } from '../../../src/article/parse-article';
import { articleText } from '../../../src/publish/article-text';
import {
  webAnnotations,
  type Annotation,
  type CssSelector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../src/publish/web-annotations';
import { annotatedArticle } from '../../fixtures/annotated-article';
import { readText, SEED_ARTICLE_FILE } from '../../fixtures/load-fixture';
import { AnnotationCollectionModel } from './web-annotation-model';

const OPTIONS = {
  source: 'https://news.example/r/#/read/x',
  id: 'https://news.example/r/annotations/x.jsonld',
};

function parsed(text: string): Article {
  const result = parseArticleText(text);
  if (!result.ok) throw new Error('the article does not validate');
  return result.article;
}

function selectors(annotation: Annotation, index = 0) {
  const selector = annotation.target[index]?.selector ?? [];
  return {
    quote: selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!,
    position: selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!,
    css: selector.find((s): s is CssSelector => s.type === 'CssSelector')!,
  };
}

/** Where a TextQuoteSelector lands in a text, as a code-point span; every match, to catch ambiguity. */
function anchor(text: string, selector: TextQuoteSelector): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(selector.exact); at !== -1; at = text.indexOf(selector.exact, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + selector.exact.length);
    if (before.endsWith(selector.prefix ?? '') && after.startsWith(selector.suffix ?? '')) {
      const start = Array.from(before).length;
      found.push({ start, end: start + Array.from(selector.exact).length });
    }
  }
  return found;
}

describe('webAnnotations', () => {
  it('has the shape the W3C Web Annotation model requires', () => {
    const collection = webAnnotations(parsed(readText(SEED_ARTICLE_FILE)), OPTIONS);
    const result = AnnotationCollectionModel.safeParse(JSON.parse(JSON.stringify(collection)));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('annotates every attribution and quotation of the seed, each with its own id', () => {
    const article = parsed(readText(SEED_ARTICLE_FILE));
    const collection = webAnnotations(article, OPTIONS);
    expect(collection.total).toBe(article.attributions.length + article.quotes.length);
    const ids = collection.first.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`${OPTIONS.id}#q-bewildered`);
  });

  it('re-anchors every selector on the article’s text, once, where its position says', () => {
    for (const article of [parsed(readText(SEED_ARTICLE_FILE)), annotatedArticle()]) {
      const { text, blocks } = articleText(article);
      for (const annotation of webAnnotations(article, OPTIONS).first.items)
        annotation.target.forEach((_target, index) => {
          const { quote, position, css } = selectors(annotation, index);
          expect(anchor(text, quote), annotation.id).toEqual([{ start: position.start, end: position.end }]);
          expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
          const blockId = /^#([a-z0-9-]+)/.exec(css.value)?.[1] ?? '';
          const block = Array.from(blocks.get(blockId)?.text ?? '');
          expect(block.slice(css.refinedBy.start, css.refinedBy.end).join('')).toBe(quote.exact);
        });
    }
  });

  it('counts positions in code points, so an emoji before a quote counts once', () => {
    const annotation = webAnnotations(annotatedArticle(), OPTIONS).first.items.find((item) =>
      item.id.endsWith('#q-ships'),
    )!;
    // "🚢🙂 “" is 4 code points (6 UTF-16 code units) before "Ships first,".
    expect(selectors(annotation).css.refinedBy).toEqual({ type: 'TextPositionSelector', start: 4, end: 16 });
    expect(selectors(annotation).position).toEqual({ type: 'TextPositionSelector', start: 4, end: 16 });
  });

  it('gives a split quotation one target per part and names its speaker', () => {
    const annotation = webAnnotations(annotatedArticle(), OPTIONS).first.items.find((item) =>
      item.id.endsWith('#q-ships'),
    )!;
    expect(
      annotation.target.map((target) => selectors(annotation, annotation.target.indexOf(target)).quote.exact),
    ).toEqual(['Ships first,', 'then the terminal.']);
    expect(annotation.body[0]?.value).toMatch(/^Quotation of Mayor Ana Ortiz\. One utterance in 2 parts/);
    expect(annotation.body.map((body) => body.purpose)).toEqual(['describing', 'tagging']);
  });

  it('selects a caption’s quote within the figure’s caption, not the figure', () => {
    const annotation = webAnnotations(annotatedArticle(), OPTIONS).first.items.find((item) =>
      item.id.endsWith('#q-caption'),
    )!;
    expect(selectors(annotation).css.value).toBe('#fig-harbour > figcaption');
  });

  it('describes an attribution by its source, kind, certainty, cue and relay', () => {
    const article = parsed(readText(SEED_ARTICLE_FILE));
    const items = webAnnotations(article, OPTIONS).first.items;
    const attribution = article.attributions.find((item) => item.certainty === 'hedged')!;
    const annotation = items.find((item) => item.id.endsWith(`#${attribution.id}`))!;
    expect(annotation.body[0]?.value).toMatch(/^Attributed to .+\. Certainty: hedged \(“.+”\)\./);
    expect(annotation.body[0]?.value).toMatch(/Relay: .+\.$/);
    expect(annotation.body.slice(1).map((body) => body.value)).toContain('attribution');
  });
});
