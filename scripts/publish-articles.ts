import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Logger, Plugin, Rollup, ViteDevServer } from 'vite';
import { withOwnArticle } from '../src/boot/build/article-pages';
import { ARTICLE_INDEX_FILE } from '../src/article/article-index-schema';
import { describeIndexProblem, readArticleFiles } from '../src/cli/article-index-file';
import { articleIndexJson, buildArticleIndex } from '../src/publish/article-index';
import { ARTICLE_LIST_PAGE, isArticleName } from '../src/article/article-names';
import { appArticleHref, articleListPage, stylesheetsOf } from '../src/publish/article-list-page';
import { oembedResponse } from '../src/publish/oembed-response';
import { oembedPath } from '../src/publish/publish-paths';
import { parseSiteUrl, SITE_URL_ENV } from '../src/publish/site-url';

/**
 * The files the build makes from public/articles/: the article list (the app's index and a
 * static page, styled by `stylesheets`) and, with a site URL, oEmbed.
 */
export async function publishedFiles(
  articlesDir: string,
  siteUrl: string | undefined,
  stylesheets: readonly string[] = [],
  hrefOf?: (name: string) => string,
): Promise<{ files: Map<string, string>; problems: string[] }> {
  const { index, articles, problems } = buildArticleIndex(await readArticleFiles(articlesDir));
  const files = new Map([
    [ARTICLE_INDEX_FILE, articleIndexJson(index)],
    [ARTICLE_LIST_PAGE, articleListPage(index, stylesheets, hrefOf, siteUrl)],
  ]);
  // oEmbed's embed code runs on other sites: without the site's address there is nothing to point it at.
  if (siteUrl)
    for (const [name, article] of articles)
      files.set(oembedPath(name), `${JSON.stringify(oembedResponse(article, name, { siteUrl }), null, 2)}\n`);
  return { files, problems: problems.map((problem) => describeIndexProblem(articlesDir, problem)) };
}

/** The list page's module: its chunk carries the list's CSS. */
const LIST_MODULE = 'src/features/library/article-index-page.tsx';

/**
 * The dev server has no built stylesheets: it serves the sources, so the list page links those
 * its classes come from (the theme, the kicker's, the list's own). Nor does it make the articles'
 * pages, so the list links each article's route in the app.
 */
export const DEV_LIST_STYLESHEETS = [
  '/src/shared/theme.css',
  '/src/shared/hostile-text.css',
  '/src/features/reader/reader.css',
  '/src/features/library/library.css',
];

function report(logger: Logger, problems: string[]) {
  for (const problem of problems) logger.warn(problem);
}

/**
 * Makes the article list (article-index.json) from the files in `articlesDir` on every build and,
 * in the dev server, on every request, so an article added there is listed without another step;
 * a file that does not validate is reported (file, field path, reason) and left out, never
 * failing the build. With PROVENANCE_SITE_URL set, also writes oembed/NAME.json per article.
 */
export function publishArticles(articlesDir: string): Plugin {
  let logger: Logger | undefined;
  let devServer: ViteDevServer | undefined;
  let root = '.';
  // Where the dev server finds files of its own (index.html among them), which stay as they are.
  let servedDirs: string[] = [];
  const siteUrl = parseSiteUrl(process.env[SITE_URL_ENV]);
  const serve: Connect.NextHandleFunction = (request, response, next) => {
    const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
    // The build's page of an article (NAME.html) is, in the dev server, the app's page with
    // NAME as its own article, as in the build (but not pre-rendered): `NAME.html`, a plain
    // `#ITEM` and `#/read/…` links then work as there, and a missing article is said to be so.
    // Without this, the server's fallback answered with index.html and its default article.
    const page = /^([^/]+)\.html$/.exec(path)?.[1];
    const isPage = page && path !== ARTICLE_LIST_PAGE && isArticleName(page);
    if (isPage && devServer && !servedDirs.some((dir) => existsSync(join(dir, path)))) {
      void devServer
        .transformIndexHtml(
          request.url ?? path,
          withOwnArticle(readFileSync(join(root, 'index.html'), 'utf8'), page),
        )
        .then((html) => {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(html);
        }, next);
      return;
    }
    if (path !== ARTICLE_INDEX_FILE && path !== ARTICLE_LIST_PAGE && !path.startsWith('oembed/')) {
      next();
      return;
    }
    void publishedFiles(articlesDir, siteUrl, DEV_LIST_STYLESHEETS, appArticleHref).then(
      ({ files, problems }) => {
        if (path === ARTICLE_INDEX_FILE && logger) report(logger, problems);
        const body = files.get(path);
        if (body === undefined) {
          next();
          return;
        }
        const html = path === ARTICLE_LIST_PAGE;
        response.setHeader('Content-Type', `${html ? 'text/html' : 'application/json'}; charset=utf-8`);
        response.end(body);
      },
      next,
    );
  };
  return {
    name: 'provenance-publish-articles',
    configResolved(config) {
      logger = config.logger;
      root = config.root;
      servedDirs = [root, ...(config.publicDir ? [config.publicDir] : [])];
    },
    configureServer(server) {
      devServer = server;
      server.middlewares.use(serve);
    },
    generateBundle: {
      // After the HTML plugin, whose index.html names the app's stylesheet.
      order: 'post',
      async handler(_, bundle) {
        const { files, problems } = await publishedFiles(articlesDir, siteUrl, listStylesheets(bundle));
        if (logger) report(logger, problems);
        if (!siteUrl)
          logger?.info(`no ${SITE_URL_ENV}: no oEmbed files, relative canonical links (docs/decisions/008)`);
        for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      },
    },
  };
}

/** The stylesheets the app's list is drawn with: the app's own (index.html's) and the list chunk's. */
function listStylesheets(bundle: Rollup.OutputBundle): string[] {
  const index = bundle['index.html'];
  const own = index?.type === 'asset' ? stylesheetsOf(String(index.source)) : [];
  const list = Object.values(bundle).find(
    (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(LIST_MODULE),
  );
  const listCss = list?.type === 'chunk' ? [...(list.viteMetadata?.importedCss ?? [])] : [];
  return [...own, ...listCss.map((file) => `./${file}`)];
}
