import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { eagerCompile } from './eager-compile-plugin';
import type { Article } from '../../article/article-schema';
import { articleFile } from '../../article/article-names';
import type { SpeedMeasureId } from '../speed-measures';
import { bootScripts, type BootScript } from './boot-scripts';
import { speedDefine } from './speed-switches';
import {
  codeFingerprint,
  composePage,
  pageTemplate,
  readArticleSources,
  renderKey,
  validateText,
  validationKey,
  type ArticleSource,
  type Validation,
} from './article-pages';

export type FirstPaintOptions = {
  /** Where the article files are (`public/articles`); each valid one is served compact at `articles/`. */
  articlesDir: string;
  /** False builds the plain app: no pre-rendered pages, no boot.js or start.js (decision 007). */
  enabled: boolean;
  /** Where rendered readers are kept between builds (default node_modules/.cache/provenance-pages). */
  cacheDir?: string;
  /** Speed measures this build leaves out (PROVENANCE_SPEED_OFF, src/boot/speed-measures.ts). */
  speedOff?: readonly SpeedMeasureId[];
};

const RENDER_MODULE = '/src/app/render-article-page.tsx';
const VALIDATOR_MODULE = '/src/article/article-parser.ts';
const BOOT_TAG = /\s*<script src="\.\/boot\.js"[^>]*><\/script>/;
const RENDER_BLOCKING = / blocking="render"(?=[^>]*><\/script>)/;

/**
 * The first-paint path at build time (decision 007). Enabled: boot.js and start.js are compiled
 * from src/boot/, and every valid article in `articlesDir` gets its own page `NAME.html` (and
 * the default article index.html) holding its reader rendered to HTML, its head tags and its
 * digest. Disabled: the plain single-page app, whose pages hold an empty root.
 */
export function firstPaint(options: FirstPaintOptions): Plugin[] {
  if (!options.enabled)
    return [
      {
        name: 'provenance-plain-app',
        transformIndexHtml: (html) => html.replace(BOOT_TAG, ''),
      },
    ];
  const off = options.speedOff ?? [];
  const scripts: BootScript[] = off.includes('deferred-start') ? ['boot.js'] : ['boot.js', 'start.js'];
  const plugins = [bootScripts(scripts), articlePages(options)];
  if (!off.includes('eager-compile')) plugins.push(eagerCompile());
  if (off.includes('blocking-boot'))
    plugins.push({
      name: 'provenance-boot-not-blocking',
      transformIndexHtml: (html) => html.replace(BOOT_TAG, (tag) => tag.replace(RENDER_BLOCKING, '')),
    });
  return plugins;
}

function articlePages(options: FirstPaintOptions): Plugin {
  let root = process.cwd();
  let cacheDir = '';
  let info: (message: string) => void = console.log;
  const off = options.speedOff ?? [];
  return {
    name: 'provenance-article-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      cacheDir = resolve(root, options.cacheDir ?? 'node_modules/.cache/provenance-pages');
      info = (message) => config.logger.info(message);
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        const started = performance.now();
        const validator = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(VALIDATOR_MODULE),
        );
        const template = pageTemplate(String(index.source), validator && `./${validator.fileName}`, {
          deferStart: !off.includes('deferred-start'),
        });
        mkdirSync(cacheDir, { recursive: true });
        // A build without some speed measure renders other pages from the same code.
        const fingerprint = `${codeFingerprint(root)}:${off.join(',')}`;
        const { sources, skipped } = readArticleSources(resolve(root, options.articlesDir), (text) =>
          cachedValidation(join(cacheDir, `${validationKey(fingerprint, text)}.json`), text),
        );
        const read = performance.now();
        for (const { file, reason } of skipped) this.warn(`${file}: ${reason}`);

        const bodies = await renderBodies(root, cacheDir, fingerprint, sources, off);
        const rendered = performance.now();
        for (const source of sources) {
          // Over the copy of public/ (when the articles are from there): the file the page's digest is of.
          this.emitFile({ type: 'asset', fileName: articleFile(source.name), source: source.served });
          const body = bodies.get(source.name) ?? '';
          if (source.path)
            this.emitFile({
              type: 'asset',
              fileName: source.path,
              source: composePage(template, source, body, source.path),
            });
          if (source.name === template.defaultArticle)
            index.source = composePage(template, source, body, 'index.html');
        }
        if (!sources.some((source) => source.name === template.defaultArticle)) index.source = template.html;
        const s = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
        const done = performance.now();
        info(
          `article pages: ${sources.length} (${bodies.rendered} rendered, ${sources.length - bodies.rendered} from cache) in ${s(started, done)} s ` +
            `(reading and validating ${s(started, read)} s, rendering ${s(read, rendered)} s, composing ${s(rendered, done)} s)`,
        );
      },
    },
  };
}

/**
 * Each article's reader as HTML: from the cache when neither the article nor the app's code
 * changed since it was rendered, else server-rendered through Vite (one server for all).
 */
async function renderBodies(
  root: string,
  cacheDir: string,
  fingerprint: string,
  sources: ArticleSource[],
  speedOff: readonly SpeedMeasureId[],
): Promise<Map<string, string> & { rendered: number }> {
  const bodies = Object.assign(new Map<string, string>(), { rendered: 0 });
  let server: ViteDevServer | undefined;
  try {
    for (const source of sources) {
      const cached = join(cacheDir, `${renderKey(fingerprint, source)}.html`);
      try {
        bodies.set(source.name, readFileSync(cached, 'utf8'));
        continue;
      } catch {
        // Not rendered yet with this code: render it.
      }
      server ??= await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        define: speedDefine(speedOff),
        server: { middlewareMode: true, hmr: false, watch: null },
      });
      const entry = (await server.ssrLoadModule(RENDER_MODULE)) as {
        renderArticlePage: (article: Article, name: string) => string;
      };
      const body = entry.renderArticlePage(source.article, source.name);
      writeFileSync(cached, body);
      bodies.set(source.name, body);
      bodies.rendered += 1;
    }
  } finally {
    await server?.close();
  }
  return bodies;
}

/** Validates a text, or says what validating the same text with the same code said before. */
function cachedValidation(file: string, text: string): Validation {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Validation;
  } catch {
    const validation = validateText(text);
    writeFileSync(file, JSON.stringify(validation));
    return validation;
  }
}
