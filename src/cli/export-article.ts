import { readFile, writeFile } from 'node:fs/promises';
import { describeProblem } from '../article/article-problem';
import { parseArticleText } from '../article/parse-article';
import { articlePath } from '../shared/item-path';
import { parseSiteUrl, SITE_URL_ENV } from '../publish/site-url';
import { webAnnotations } from '../publish/web-annotations';
import { ARTICLES_DIR } from './article-index-file';

/**
 * `npm run export -- --format web-annotation NAME|FILE.json [--out FILE] [--site-url URL]`:
 * an article's attributions and quotations as W3C Web Annotations (JSON-LD). Exits 1 on a
 * missing or invalid article, 2 on bad arguments.
 */
const USAGE =
  'usage: npm run export -- --format web-annotation NAME|FILE.json [--out FILE.jsonld] [--site-url https://…/]';
const FORMATS = ['web-annotation'] as const;

type Args = { format: (typeof FORMATS)[number]; article: string; out?: string; siteUrl?: string };

function parseArgs(argv: string[]): Args | string {
  const options = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag === '--format' || flag === '--out' || flag === '--site-url') {
      const value = inline ?? argv[(i += 1)];
      if (value === undefined) return `${flag} needs a value`;
      options.set(flag, value);
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else rest.push(arg);
  }
  const format = FORMATS.find((known) => known === options.get('--format'));
  if (!format) return `--format must be one of: ${FORMATS.join(', ')}`;
  const [article, extra] = rest;
  if (article === undefined || extra !== undefined) return 'name exactly one article';
  const out = options.get('--out');
  const siteUrl = options.get('--site-url');
  return { format, article, ...(out ? { out } : {}), ...(siteUrl ? { siteUrl } : {}) };
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(`${args}\n${USAGE}`);
  process.exit(2);
}

const isFile = args.article.endsWith('.json');
const file = isFile ? args.article : `${ARTICLES_DIR}/${args.article}.json`;
const name = (file.split('/').pop() ?? '').replace(/\.json$/, '');
let siteUrl: string | undefined;
try {
  siteUrl = parseSiteUrl(args.siteUrl ?? process.env[SITE_URL_ENV]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

let text: string;
try {
  text = await readFile(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  process.exit(1);
}
const result = parseArticleText(text);
if (!result.ok) {
  for (const problem of result.problems) console.error(`${file}: ${describeProblem(problem)}`);
  process.exit(1);
}

// The reader's page for the article and the collection's own address; relative to the site's
// root when its address is not known (decision 008).
const page = `#${articlePath(name)}`;
const collection = `annotations/${name}.jsonld`;
const collectionId = siteUrl ? new URL(collection, siteUrl).href : collection;
const source = siteUrl ? new URL(page, siteUrl).href : page;
const annotations = webAnnotations(result.article, { source, id: collectionId });
const json = `${JSON.stringify(annotations, null, 2)}\n`;
const summary = `${file}: ${annotations.total} annotations (${result.article.attributions.length} attributions, ${result.article.quotes.length} quotes)`;
if (!siteUrl)
  console.error(
    `${file}: no site address (--site-url or ${SITE_URL_ENV}): the annotations' IRIs are relative`,
  );
if (args.out) {
  await writeFile(args.out, json);
  console.log(`${summary} → ${args.out}`);
} else {
  process.stdout.write(json);
  console.error(summary);
}
