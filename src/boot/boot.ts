/**
 * boot.js: runs before the page is drawn (loaded `async blocking="render"`: it never holds up
 * the parser, but nothing is drawn before it has run). Compiled by the build (build/boot-scripts.ts);
 * kept tiny and dependency-free but for the contract, which it inlines.
 *
 * 1. The page holds its article rendered at build time, so that the text shows at once; on any
 *    other route (another article, the index, an embed) that HTML is hidden until the app has
 *    rendered, instead of flashing the wrong article.
 * 2. A link to an item of the page's article (`#/read/NAME/ITEM`, or a plain `#ITEM`) shows that
 *    item as soon as the page is parsed, as a browser does for a plain `#id`: scrolled to and
 *    focused, before the app's script has run. The app then opens its card and reveals it again.
 * 3. The article the page will show starts downloading now, alongside the app's script rather
 *    than after it has run (the app's fetch of the same URL takes the preloaded response), and
 *    so does the validator, unless the build validated this article. For the page's own article,
 *    whose text is already in the page, once the page is drawn: starting a fetch costs the
 *    page's only thread some 20 ms on a slow phone, and the app needs the file after that.
 */
import {
  cardReserveCss,
  OTHER_PAGE,
  ownArticleName,
  PAGE_ATTRIBUTE,
  readBootRoute,
  ROOT_ID,
  VALIDATOR_META,
} from './contract';
import { articleFile, ITEM_ID_PATTERN, MAX_LINK_LENGTH, TOO_LONG_PATH } from '../article/article-names';
import { verifiedDigest } from '../article/verified-articles';

// A fragment longer than any link the reader makes is refused at once, before the page is
// parsed: Chromium re-reads the page's address as it parses and lays out, and a 1 MB fragment
// took 10 seconds and more.
if (location.hash.length > MAX_LINK_LENGTH + 1) history.replaceState(history.state, '', `#${TOO_LONG_PATH}`);

const own = ownArticleName(document);
const route = readBootRoute(location.hash, own);
if (route.kind === 'other') document.documentElement.setAttribute(PAGE_ATTRIBUTE, OTHER_PAGE);
else if (route.item !== undefined && ITEM_ID_PATTERN.test(route.item)) {
  reserveCardRoom(route.item);
  revealOnceParsed(route.item);
}

const name = route.article;
if (name !== undefined) {
  // As start.js: a hidden tab or a frame may draw nothing for a long time (and the app then
  // fetches the file itself), so there the preload starts at once.
  const drawsSoon = document.visibilityState !== 'hidden' && window.self === window.top;
  if (route.kind === 'own' && drawsSoon) requestAnimationFrame(() => setTimeout(() => preload(name), 0));
  else preload(name);
}

function preload(article: string) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = articleFile(article);
  document.head.appendChild(link);
  // An article the build did not validate is validated in the browser: fetch the validator too.
  const validator = document.querySelector(`meta[name="${VALIDATOR_META}"]`)?.getAttribute('content');
  if (verifiedDigest(article, document) !== undefined || !validator) return;
  const module = document.createElement('link');
  module.rel = 'modulepreload';
  module.href = validator;
  document.head.appendChild(module);
}

/**
 * Room for the linked mark's card until it opens; gone at the reader's first tap or key. A
 * constructed style sheet, not a <style> element: a strict CSP (`style-src 'self'`) refuses
 * inline style elements but not the CSS object model.
 */
function reserveCardRoom(id: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cardReserveCss(id));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const release = () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((kept) => kept !== sheet);
    removeEventListener('pointerdown', release, true);
    removeEventListener('keydown', release, true);
  };
  addEventListener('pointerdown', release, true);
  addEventListener('keydown', release, true);
}

function revealOnceParsed(id: string) {
  /** Scrolls to and focuses the item if the page holds it, shown; says whether it did. */
  const reveal = () => {
    const item = document.getElementById(id);
    const root = document.getElementById(ROOT_ID);
    if (!item || !root || !root.contains(item) || item.getClientRects().length === 0) return false;
    // Before scrolling: the CSS gives a revealed item (tabindex -1) the margin of a :target.
    // Aligned as the browser aligns a plain `#ID` (which it scrolls to again until the page has
    // loaded): the item stays still (reader.css).
    if (!item.hasAttribute('tabindex')) item.setAttribute('tabindex', '-1');
    item.scrollIntoView({ block: 'start' });
    item.focus({ preventScroll: true });
    return true;
  };
  // Just before the first frame: an article page draws nothing until its pre-rendered root is
  // parsed (rel=expect, build/article-pages.ts), so the item is there and styled, and the frame
  // that first shows the page shows it focused (waiting for the end of parsing cost a whole
  // frame at 4x CPU). Elsewhere, or if it is not there yet, once the page is parsed, in the
  // next frame, when styles have applied.
  requestAnimationFrame(() => {
    if (reveal()) return;
    if (document.readyState !== 'loading') requestAnimationFrame(reveal);
    else
      document.addEventListener('readystatechange', function once() {
        document.removeEventListener('readystatechange', once);
        requestAnimationFrame(reveal);
      });
  });
}
