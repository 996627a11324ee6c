import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_INDEX_FILE } from '../article/article-index-schema';
import { ARTICLE_LIST_PAGE, articlePageFile } from '../article/article-names';
import { articleIndexJson, buildArticleIndex } from '../publish/article-index';
import {
  appArticleHref,
  articleListPage,
  articlePageHref,
  stylesheetsOf,
} from '../publish/article-list-page';
import { describeIndexProblem, readArticleFiles } from './article-index-file';
import { parseSiteUrl, SITE_URL_ENV } from '../publish/site-url';

/**
 * `npm run index-articles [-- SITE_DIR]`: rewrites the article list of a built or deployed site
 * (default `dist/`), the app's and the static page, from the files in its `articles/`, so an
 * article copied there is listed without a rebuild (read in the app until a build gives it a
 * page of its own). `npm run build` makes the same list from public/articles/. Files that do
 * not validate are reported and left out; the exit code is then 1, with the list still written.
 */
const siteDir = process.argv[2] ?? 'dist';
const articlesDir = join(siteDir, 'articles');
let files;
try {
  files = await readArticleFiles(articlesDir);
} catch (error) {
  console.error(
    `${articlesDir}: cannot read the directory (${(error as NodeJS.ErrnoException).code ?? String(error)}); build the site first (npm run build) or name a site directory`,
  );
  process.exit(2);
}
const { index, problems } = buildArticleIndex(files);
for (const problem of problems) console.error(describeIndexProblem(articlesDir, problem));
const out = join(siteDir, ARTICLE_INDEX_FILE);
await writeFile(out, articleIndexJson(index));
// Styled as the build styled it: its list page's stylesheets, else index.html's.
const styledLike = [ARTICLE_LIST_PAGE, 'index.html'].map((file) => join(siteDir, file)).find(existsSync);
const stylesheets = styledLike ? stylesheetsOf(readFileSync(styledLike, 'utf8')) : [];
const hrefOf = (name: string) =>
  existsSync(join(siteDir, articlePageFile(name))) ? articlePageHref(name) : appArticleHref(name);
// Addresses as the build wrote them: absolute in the JSON-LD when the site's address is set.
const siteUrl = parseSiteUrl(process.env[SITE_URL_ENV]);
await writeFile(join(siteDir, ARTICLE_LIST_PAGE), articleListPage(index, stylesheets, hrefOf, siteUrl));
const leftOut = new Set(problems.map((problem) => problem.file)).size;
console.log(
  `wrote ${out}: ${index.articles.length} articles${leftOut ? `, ${leftOut} file(s) left out` : ''}`,
);
process.exit(leftOut ? 1 : 0);
