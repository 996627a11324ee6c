/**
 * start.js: starts the app once the page has been drawn. The page holds its article rendered at
 * build time; evaluating the app's code takes ~200 ms on a slow phone, and a module script in
 * the page runs as soon as the HTML is parsed, often before the browser has drawn it. So the
 * build turns the app's script into a preload, which downloads it with the page, and this
 * script runs it after the first frame: text shows first. Compiled by the build
 * (build/boot-scripts.ts).
 */
import { APP_ENTRY_ATTRIBUTE } from './contract';

const entry = document.querySelector(`link[${APP_ENTRY_ATTRIBUTE}]`);
const start = () => {
  if (entry instanceof HTMLLinkElement) void import(/* @vite-ignore */ entry.href);
};
// A background tab draws no frames, nor does a frame on another site's page while it is off
// screen (an embed; its page holds no pre-rendered article anyway): start at once there.
if (document.visibilityState === 'hidden' || window.self !== window.top) start();
// rAF runs just before the frame is drawn; a task queued from it runs just after.
else requestAnimationFrame(() => setTimeout(start, 0));
