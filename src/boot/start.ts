/**
 * start.js: starts the app once the page has been drawn. The page holds its article rendered at
 * build time; evaluating the app's code takes ~200 ms on a slow phone, and a module script in
 * the page runs as soon as the HTML is parsed, often before the browser has drawn it; even its
 * download beside the page's held up the first frame. So the build names the app's modules in
 * `<meta>`s, and this script downloads and runs them after the first frame: text shows first.
 * Compiled by the build (build/boot-scripts.ts).
 */
import { APP_ENTRY_META, APP_MODULE_META } from './contract';

const named = (name: string) =>
  Array.from(document.querySelectorAll(`meta[name="${name}"]`), (meta) => meta.getAttribute('content'))
    .filter((content) => content !== null)
    .map((content) => new URL(content, document.baseURI).href);

const start = () => {
  const [entry] = named(APP_ENTRY_META);
  if (!entry) return;
  // The modules the entry imports download together with it, not each after its importer.
  for (const href of named(APP_MODULE_META)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  void import(/* @vite-ignore */ entry);
};
// A background tab draws no frames, nor does a frame on another site's page while it is off
// screen (an embed; its page holds no pre-rendered article anyway): start at once there.
if (document.visibilityState === 'hidden' || window.self !== window.top) start();
// rAF runs just before the frame is drawn; a task queued from it runs just after.
else requestAnimationFrame(() => setTimeout(start, 0));
