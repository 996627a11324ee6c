// Starts the app once the page has been drawn. index.html holds the default article rendered at
// build time; evaluating the app's code takes ~200 ms on a slow phone, and a module script in
// the page runs as soon as the HTML is parsed, often before the browser has drawn it. So the
// build (scripts/start-after-first-paint.ts) turns the app's script into a preload, which
// downloads it with the page, and this script runs it after the first frame: text shows first.
const entry = document.querySelector('link[data-pv-app-entry]');
const start = () => {
  if (entry instanceof HTMLLinkElement) void import(entry.href);
};
// A background tab draws no frames, nor does a frame on another site's page while it is off
// screen (an embed; its page holds no pre-rendered article anyway): start at once there.
if (document.visibilityState === 'hidden' || window.self !== window.top) start();
// rAF runs just before the frame is drawn; a task queued from it runs just after.
else requestAnimationFrame(() => setTimeout(start, 0));
