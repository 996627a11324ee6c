import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type { Article } from '../src/article/article-schema';
import { parseArticleText } from '../src/article/parse-article';
import { articleHeadTags } from '../src/publish/article-head-tags';
import { parseSiteUrl, SITE_URL_ENV } from '../src/publish/site-url';

/** Marks the root element as holding this article's reader, rendered at build time. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

const DEFAULT_META = /<meta\s+name="provenance-default-article"\s+content="([a-z0-9-]+)"/;
const ROOT = '<div id="root"></div>';

/**
 * No frame until the pre-rendered root is parsed: the parser works in slices of ~10 ms, and the
 * browser would otherwise draw (and lay out) a frame of whatever the first slices held, then
 * lay out and paint again for the rest; the text is complete sooner in one frame. HTML's
 * `rel=expect` holds rendering until an element with that id has been parsed (Chromium lets go
 * when it is inserted, so the marker follows the root); browsers without it ignore the link.
 */
const PARSED_MARKER = 'pv-prerendered-end';
const RENDER_WHEN_PARSED = `<link rel="expect" href="#${PARSED_MARKER}" blocking="render">`;

/** Server-renders the reader for `article` through Vite, so CSS imports and TSX just work. */
async function renderWithVite(root: string, article: Article, name: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/prerender/render-article-page.tsx')) as {
      renderArticlePage: (article: Article, name: string) => string;
    };
    return entry.renderArticlePage(article, name);
  } finally {
    await server.close();
  }
}

/**
 * Puts the default article, rendered, into the built index.html: the reader's text is painted
 * as soon as the HTML and CSS arrive, as fast as a static page, and the app hydrates it when
 * its script has run. Only an article that validates unchanged is pre-rendered (the same rule
 * as the digests in scripts/verified-articles.ts: the browser hydrates only when the file it
 * fetches has the digest, i.e. is the file rendered here). Any other route hides this HTML
 * before it is drawn (public/boot.js) and renders on the client, as before.
 */
export function prerenderArticle(articlesDir: string): Plugin {
  let root = process.cwd();
  return {
    name: 'provenance-prerender-article',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const name = DEFAULT_META.exec(html)?.[1];
        if (!name || !html.includes(ROOT)) return html;
        let text: string;
        try {
          text = readFileSync(join(articlesDir, `${name}.json`), 'utf8');
        } catch {
          return html;
        }
        const result = parseArticleText(text);
        if (!result.ok) return html;
        const body = await renderWithVite(root, result.article, name);
        // The page's title, description, canonical link, Open Graph, JSON-LD and oEmbed link
        // (src/publish/), in place of index.html's generic title and description.
        const head = articleHeadTags(result.article, {
          name,
          path: '',
          siteUrl: parseSiteUrl(process.env[SITE_URL_ENV]),
        });
        return html
          .replace(/<meta\s+name="description"[^>]*>\s*/, '')
          .replace(/<title>[^<]*<\/title>/, () => head.replaceAll('\n', '\n    '))
          .replace('</head>', `  ${RENDER_WHEN_PARSED}\n  </head>`)
          .replace(
            ROOT,
            `<div id="root" ${PRERENDERED_ATTRIBUTE}="${name}">${body}</div><template id="${PARSED_MARKER}"></template>`,
          );
      },
    },
  };
}
