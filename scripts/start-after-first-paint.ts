import type { Plugin } from 'vite';

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * Build only: the app's entry script becomes a `<link rel="modulepreload" data-pv-app-entry>`
 * (downloaded with the page, not run) and public/start.js runs it after the first frame, so
 * that the pre-rendered article is drawn before the app's code is evaluated.
 */
export function startAfterFirstPaint(): Plugin {
  return {
    name: 'provenance-start-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const match = ENTRY_SCRIPT.exec(html);
        if (!match) throw new Error('startAfterFirstPaint: no entry script in index.html');
        return html.replace(
          match[0],
          `<link rel="modulepreload" crossorigin href="${match[1]}" data-pv-app-entry>` +
            '<script type="module" src="./start.js"></script>',
        );
      },
    },
  };
}
