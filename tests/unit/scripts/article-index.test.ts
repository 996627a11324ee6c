import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { describe, expect, it } from 'vitest';
import { ArticleIndexSchema, type ArticleIndex } from '../../../src/article/article-index-schema';
import { DEV_LIST_STYLESHEETS, publishArticles, publishedFiles } from '../../../scripts/publish-articles';
import { withOwnArticle } from '../../../src/boot/build/article-pages';
import { generatedArticleFiles } from '../../fixtures/generated-articles';
import { tempDirForTest } from '../../fixtures/temp-dir';

/** A generated articles directory on disk. */
function articlesDir(parent: string, count = 12) {
  const set = generatedArticleFiles(count);
  const dir = join(parent, 'articles');
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of set.files) writeFileSync(join(dir, file), text);
  return { dir, ...set };
}

function readIndex(file: string): ArticleIndex {
  return ArticleIndexSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

describe('the article list at build time', () => {
  it('lists the valid articles and reports each invalid file with file, field path and reason', async () => {
    const { dir, valid } = articlesDir(tempDirForTest('publish'));
    const { files, problems } = await publishedFiles(dir, undefined);
    const index = ArticleIndexSchema.parse(JSON.parse(files.get('article-index.json') ?? ''));
    expect(index.articles.map((entry) => entry.name).sort()).toEqual(valid);
    expect(problems).toContain(
      `${join(dir, 'dangling-speaker.json')}: quotes[0].speakerId: "s-nobody" names no source (left out of the article list)`,
    );
    expect(problems.some((line) => line.startsWith(`${join(dir, 'has space.json')}: the file name`))).toBe(
      true,
    );
  });

  it('serves the list page in the dev server styled by the stylesheets’ sources, its articles read in the app', async () => {
    const { dir, valid } = articlesDir(tempDirForTest('publish'), 2);
    type Middleware = (request: { url: string }, response: unknown, next: () => void) => void;
    let serve: Middleware | undefined;
    const plugin = publishArticles(dir) as { configureServer: (server: unknown) => void };
    plugin.configureServer({ middlewares: { use: (handler: Middleware) => (serve = handler) } });
    const body = await new Promise<string>((resolve, reject) => {
      const response = { setHeader: () => undefined, end: resolve };
      serve?.({ url: '/articles.html' }, response, () => reject(new Error('not served')));
    });
    for (const href of DEV_LIST_STYLESHEETS) {
      expect(body).toContain(`<link rel="stylesheet" href="${href}">`);
      expect(existsSync(join(process.cwd(), href))).toBe(true);
    }
    // The dev server makes no article pages: each entry opens the article in the app.
    expect(valid.length).toBeGreaterThan(0);
    for (const name of valid) expect(body).toContain(`href="./#/read/${name}"`);
    expect(body).not.toContain('.html"');
  });

  it('answers an article’s page in the dev server with the app’s page, that article its own', async () => {
    const { dir, valid } = articlesDir(tempDirForTest('publish'), 2);
    type Response = { setHeader: (name: string, value: string) => void; end: (body?: string) => void };
    type Middleware = (request: { url: string }, response: Response, next: () => void) => void;
    let serve: Middleware | undefined;
    const plugin = publishArticles(dir) as {
      configResolved: (config: unknown) => void;
      configureServer: (server: unknown) => void;
    };
    plugin.configResolved({
      root: process.cwd(),
      publicDir: join(process.cwd(), 'public'),
      logger: undefined,
    });
    plugin.configureServer({
      middlewares: { use: (handler: Middleware) => (serve = handler) },
      // The dev server's own step (its client script, the app's modules): left out here.
      transformIndexHtml: (_url: string, html: string) => Promise.resolve(html),
    });
    const ask = (url: string) =>
      new Promise<{ passed: boolean; headers: Record<string, string>; body?: string }>((resolve) => {
        const headers: Record<string, string> = {};
        const response = {
          setHeader: (name: string, value: string) => (headers[name] = value),
          end: (body?: string) => resolve({ passed: false, headers, body }),
        };
        serve?.({ url }, response, () => resolve({ passed: true, headers }));
      });
    const index = readFileSync('index.html', 'utf8');
    // A missing one too: the app then says the article is not found, and links to the list.
    for (const name of [...valid, 'no-such-article']) {
      const answer = await ask(`/${name}.html?x=1`);
      expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(answer.body).toBe(withOwnArticle(index, name));
      expect(answer.body).toContain(`<meta name="provenance-default-article" content="${name}" />`);
      expect(answer.body).not.toContain('dailynk-train-service-talks');
    }
    // The server's own files (index.html) and what cannot name an article go on.
    for (const other of ['/index.html', '/has space.html', '/assets/x.html', '/'])
      expect(await ask(other)).toMatchObject({ passed: true });
  });

  it('writes an oEmbed file per valid article only when the site’s address is known', async () => {
    const { dir, valid } = articlesDir(tempDirForTest('publish'), 3);
    expect([...(await publishedFiles(dir, undefined)).files.keys()]).toEqual([
      'article-index.json',
      'articles.html',
    ]);
    const { files } = await publishedFiles(dir, 'https://news.example/r/');
    expect([...files.keys()].filter((key) => key.startsWith('oembed/')).sort()).toEqual(
      valid.map((name) => `oembed/${name}.json`),
    );
    expect(JSON.parse(files.get(`oembed/${valid[0]}.json`) ?? '')).toMatchObject({
      type: 'rich',
      version: '1.0',
    });
  });

  it('completes a Vite build with invalid and hostile files among the articles, warning about each', async () => {
    const root = tempDirForTest('vite-build');
    const { dir, valid, invalid, badNames } = articlesDir(root);
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><title>t</title><script type="module" src="./main.js"></script>',
    );
    writeFileSync(join(root, 'main.js'), 'document.title = "built";\n');
    const warnings: string[] = [];
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (message) => void warnings.push(message);
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      customLogger: logger,
      publicDir: false,
      build: { outDir: join(root, 'dist') },
      plugins: [publishArticles(dir)],
    });
    expect(readIndex(join(root, 'dist', 'article-index.json')).articles).toHaveLength(valid.length);
    for (const file of [...invalid.map((bad) => bad.file), ...badNames])
      expect(warnings.some((line) => line.startsWith(join(dir, file)))).toBe(true);
  }, 120_000);
});

function run(script: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('npx', ['tsx', script, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run index-articles', () => {
  it('rewrites a built site’s list from its articles/, leaving out and naming bad files', () => {
    const site = tempDirForTest('index-articles');
    const { dir, valid } = articlesDir(site);
    const { code, stdout, stderr } = run('src/cli/index-articles.ts', site);
    expect(
      readIndex(join(site, 'article-index.json'))
        .articles.map((entry) => entry.name)
        .sort(),
    ).toEqual(valid);
    expect(stdout).toContain(`12 articles, 10 file(s) left out`);
    expect(stderr).toContain(`${join(dir, 'no-headline.json')}: meta.headline: required field is missing`);
    expect(code).toBe(1);
  }, 120_000);

  it('rewrites its static list page too: an article with a page links to it, one without to the app', () => {
    const site = tempDirForTest('index-articles-page');
    const { valid } = articlesDir(site);
    const [paged, unpaged] = valid;
    if (!paged || !unpaged) throw new Error('the generated set has fewer than two valid articles');
    writeFileSync(join(site, `${paged}.html`), '<!doctype html><title>built page</title>');
    writeFileSync(
      join(site, 'index.html'),
      '<link rel="stylesheet" crossorigin href="./assets/index-abc.css">',
    );
    run('src/cli/index-articles.ts', site);
    const page = readFileSync(join(site, 'articles.html'), 'utf8');
    expect(page).toContain(`<a href="./${paged}.html">`);
    expect(page).toContain(`<a href="./#/read/${unpaged}">`);
    expect(page.match(/class="pv-library-entry"/g)).toHaveLength(valid.length);
    expect(page).toContain('<link rel="stylesheet" href="./assets/index-abc.css">');
  }, 120_000);

  it('says to build first when the site has no articles directory', () => {
    const { code, stderr } = run('src/cli/index-articles.ts', tempDirForTest('empty-site'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/articles: cannot read the directory \(ENOENT\); build the site first/);
  }, 120_000);
});
