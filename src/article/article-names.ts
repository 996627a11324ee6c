/**
 * The patterns that keep names and ids safe wherever they appear: in the schema, in URLs, in the
 * first-paint path (src/boot) and in the embed protocol. One definition each.
 */

/**
 * Item ids are made from meaning (`q-bewildered`), never array positions: lower-case, URL-safe,
 * no leading digit. The one definition (public/embed.js, a hand-written loader for other sites'
 * pages, keeps a copy that tests/unit/boot/id-patterns.test.ts compares with this).
 */
export const ITEM_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Article names: a safe slug, so a URL can never fetch from elsewhere or climb out of `articles/`. */
export const ARTICLE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The id an embed's loader gives its frame, echoed in the frame's messages. */
export const INSTANCE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isArticleName(name: string): boolean {
  return ARTICLE_NAME_PATTERN.test(name);
}

/** An article's own page, beside index.html (the build's, decision 007). */
export function articlePageFile(name: string): string {
  return `${name}.html`;
}

/** The list of articles as a static page, beside index.html (decision 008). */
export const ARTICLE_LIST_PAGE = 'articles.html';

/** An article's file, relative to any page of the app. */
export function articleFile(name: string): string {
  return `articles/${name}.json`;
}

/**
 * Longer than any link the reader makes: the longest is a passage link, at most
 * (600 + 2 × 32) characters of text, each at most 9 once percent-encoded, about 6,000 in all.
 * A longer fragment is refused before anything reads it: a 1 MB fragment took the page
 * 10 seconds and more to reach its notice.
 */
export const MAX_LINK_LENGTH = 8_000;

/**
 * Where the page's first script (boot.js, from src/boot/boot.ts) puts
 * a fragment longer than MAX_LINK_LENGTH, at once, before the page is parsed.
 */
export const TOO_LONG_PATH = '/too-long';
