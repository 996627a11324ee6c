import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleDigest,
  composePage,
  pageTemplate,
  readArticleSources,
  renderKey,
  servedText,
  type ArticleSource,
} from '../../../src/boot/build/article-pages';
import { PAYLOAD } from '../../fixtures/hostile-corpus';
import { readText, SMALL_ARTICLE_FILE, smallArticle } from '../../fixtures/load-fixture';
import { tempDirForTest } from '../../fixtures/temp-dir';

/** A built index.html as Vite writes it, reduced to what the page composer relies on. */
const BUILT_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta name="provenance-default-article" content="default-story" />
    <script src="./boot.js" async blocking="render"></script>
    <title>Provenance</title>
    <meta
      name="description"
      content="Read a news article with its sources."
    />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/jsx-runtime-ghi.js">
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const small = () => readText(SMALL_ARTICLE_FILE);

function articlesDir(files: Record<string, string>): string {
  const dir = tempDirForTest('pages');
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

function withHeadline(headline: string): string {
  const article = smallArticle();
  article.meta.headline.text = headline;
  return JSON.stringify(article);
}

describe('readArticleSources: which article files get a page', () => {
  it('gives every valid article with an article name a page NAME.html, in name order', () => {
    const files = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `story-${String(i).padStart(2, '0')}.json`,
        withHeadline(`Story ${i}`),
      ]),
    );
    const { sources, skipped } = readArticleSources(articlesDir(files));
    expect(skipped).toEqual([]);
    expect(sources.map((source) => source.path)).toEqual(
      Object.keys(files).map((file) => file.replace(/\.json$/, '.html')),
    );
    expect(sources[7]?.article.meta.headline.text).toBe('Story 7');
  });

  it('leaves out, with file, field path and reason, a file that does not validate', () => {
    const broken = smallArticle();
    broken.meta.headline.text = '';
    const { sources, skipped } = readArticleSources(
      articlesDir({
        'good.json': small(),
        'not-json.json': '{ "schemaVersion": ',
        'empty.json': '',
        'dangling.json': JSON.stringify(broken),
      }),
    );
    expect(sources.map((source) => source.name)).toEqual(['good']);
    expect(skipped.map((entry) => entry.file)).toEqual([
      'articles/dangling.json',
      'articles/empty.json',
      'articles/not-json.json',
    ]);
    expect(skipped[0]?.reason).toMatch(/^no page: the article does not validate: meta\.headline\.text: /);
    expect(skipped[1]?.reason).toContain('the file is empty');
    expect(skipped[2]?.reason).toContain('not valid JSON');
  });

  it('leaves out a file whose name no link could hold, saying why, and never reads outside the folder', () => {
    const hostile = [
      'Upper-Case.json',
      'has space.json',
      '-leading-hyphen.json',
      'quote".json',
      '<script>.json',
      'ünïcode.json',
      '..json',
      `${'x'.repeat(101)}.json`,
    ];
    const dir = articlesDir(Object.fromEntries(hostile.map((file) => [file, small()])));
    // A folder named like an article and a file that is not JSON are not articles at all.
    mkdirSync(join(dir, 'folder.json'));
    writeFileSync(join(dir, 'notes.txt'), 'not an article');
    const { sources, skipped } = readArticleSources(dir);
    expect(sources).toEqual([]);
    expect(skipped.map((entry) => entry.file).sort()).toEqual(
      hostile.map((file) => `articles/${file}`).sort(),
    );
    for (const entry of skipped) expect(entry.reason).toContain('is not an article name');
  });

  it('renders index but gives it no page of its own: index.html is the app’s', () => {
    const { sources } = readArticleSources(articlesDir({ 'index.json': small() }));
    expect(sources.map((source) => [source.name, source.path])).toEqual([['index', undefined]]);
  });

  it('records the digest only of a file that validates unchanged (nothing filled in)', () => {
    // A file that leaves out an empty list: valid, but parsing fills it in, so the browser
    // must validate what it fetches rather than trust the build's digest.
    const withDefault = smallArticle() as unknown as { notes?: unknown; quotes: { noteIds: string[] }[] };
    delete withDefault.notes;
    for (const quote of withDefault.quotes) quote.noteIds = [];
    const { sources } = readArticleSources(
      articlesDir({ 'as-is.json': small(), 'with-default.json': JSON.stringify(withDefault) }),
    );
    expect(sources.map((source) => [source.name, source.digest])).toEqual([
      ['as-is', articleDigest(servedText(small()))],
      ['with-default', undefined],
    ]);
  });

  it('serves each file compact, the same JSON in the same order, and takes the digest of that', () => {
    const pretty = small();
    expect(pretty).toMatch(/\n {2}"/);
    const { sources } = readArticleSources(
      articlesDir({ 'pretty.json': pretty, 'marked.json': `\uFEFF${pretty}` }),
    );
    for (const source of sources) {
      expect(source.served).not.toMatch(/^\uFEFF|\n/);
      expect(source.served.length).toBeLessThan(pretty.length * 0.8);
      expect(JSON.parse(source.served)).toEqual(JSON.parse(pretty));
      expect(Object.keys(JSON.parse(source.served) as object)).toEqual(
        Object.keys(JSON.parse(pretty) as object),
      );
      expect(source.digest).toBe(articleDigest(source.served));
    }
    // A byte-order mark some editors write is no reason to leave a file out of the build.
    expect(sources.map((source) => source.name)).toEqual(['marked', 'pretty']);
  });

  it('is empty, not an error, when the folder does not exist', () => {
    expect(readArticleSources('/nonexistent/articles')).toEqual({ sources: [], skipped: [] });
  });
});

describe('composePage: one article’s page', () => {
  const template = pageTemplate(BUILT_INDEX, './assets/article-parser-xyz.js');
  const source = (headline: string): ArticleSource => {
    const text = withHeadline(headline);
    return {
      name: 'harbour-vote',
      text,
      served: text,
      article: JSON.parse(text) as ArticleSource['article'],
      path: 'harbour-vote.html',
      digest: articleDigest(text),
    };
  };

  it('starts the app after the first frame: its modules are named, start.js downloads and runs them', () => {
    expect(template.html).toContain(
      '<meta name="pv-app-entry" content="./assets/index-abc.js"><script type="module" src="./start.js"></script>',
    );
    expect(template.html).toContain('<meta name="pv-app-module" content="./assets/jsx-runtime-ghi.js">');
    expect(template.html).not.toContain('rel="modulepreload"');
    expect(template.html).not.toContain('<script type="module" crossorigin');
    expect(template.html).toContain(
      '<meta name="provenance-validator" content="./assets/article-parser-xyz.js">',
    );
    expect(template.defaultArticle).toBe('default-story');
  });

  it('makes the article the page’s own, with its title, description, digest and rendered reader', () => {
    const page = composePage(
      template,
      source('Harbour council delays ferry terminal'),
      '<main>TEXT</main>',
      'harbour-vote.html',
    );
    expect(page).toContain('<meta name="provenance-default-article" content="harbour-vote" />');
    expect(page).toContain('<title>Harbour council delays ferry terminal · Provenance</title>');
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page.match(/name="description"/g)).toHaveLength(1);
    expect(page).toContain(
      `content="harbour-vote:${source('Harbour council delays ferry terminal').digest ?? ''}"`,
    );
    expect(page).toContain('<link rel="expect" href="#pv-prerendered-end" blocking="render">');
    expect(page).toContain(
      '<div id="root" data-prerendered="harbour-vote"><main>TEXT</main></div><template id="pv-prerendered-end"></template>',
    );
    // The head tags come before the body, once each.
    expect(page.indexOf('<title>')).toBeLessThan(page.indexOf('</head>'));
  });

  it('writes a hostile headline as text in the head, never as markup', () => {
    const page = composePage(template, source(`Vote ${PAYLOAD}`), '', 'harbour-vote.html');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).not.toContain('<script>window');
    expect(head).not.toContain('<img');
    expect(head).toContain('&#60;script&#62;');
  });

  it('refuses a built index.html without the entry script or the empty root, rather than guess', () => {
    expect(() =>
      pageTemplate(BUILT_INDEX.replace(/<script type="module"[^<]*<\/script>/, ''), undefined),
    ).toThrow(/no entry script/);
    expect(() => pageTemplate(BUILT_INDEX.replace('<div id="root"></div>', ''), undefined)).toThrow(
      /no <div id="root">/,
    );
  });
});

describe('renderKey: a page is rendered again only when its article or the app changed', () => {
  it('changes with the article’s text and with the app’s code, and only then', () => {
    const [a, b] = readArticleSources(
      articlesDir({ 'a.json': small(), 'b.json': withHeadline('Other') }),
    ).sources;
    if (!a || !b) throw new Error('fixture');
    expect(renderKey('code-1', a)).toBe(renderKey('code-1', { ...a }));
    expect(renderKey('code-1', a)).not.toBe(renderKey('code-1', { ...a, text: `${a.text} ` }));
    expect(renderKey('code-1', a)).not.toBe(renderKey('code-2', a));
    expect(renderKey('code-1', a)).not.toBe(renderKey('code-1', b));
  });
});
