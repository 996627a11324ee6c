import { readFile, writeFile } from 'node:fs/promises';
import { decodeText } from '../ingest/decode-text';
import { ingestText } from '../ingest/ingest-article';

/** `npm run ingest -- FILE.txt [--out FILE.json]`: a draft article from plain text; exits 1 on bad input. */
const USAGE = 'usage: npm run ingest -- FILE.txt [--out FILE.json]';

function parseArgs(args: string[]): { file: string; out?: string } | null {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const rest = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  if (rest.length !== 1 || (outAt >= 0 && !out)) return null;
  const file = rest[0];
  return file ? { file, ...(out ? { out } : {}) } : null;
}

const args = parseArgs(process.argv.slice(2));
if (!args) {
  console.error(USAGE);
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = await readFile(args.file);
} catch (error) {
  console.error(
    `${args.file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
  );
  process.exit(1);
}

// UTF-16 with a byte-order mark (as Windows tools save it) is read as well as UTF-8.
const decoded = decodeText(bytes);
if (!decoded.ok) {
  console.error(`${args.file}: ${decoded.reason}`);
  process.exit(1);
}
const result = ingestText(decoded.text);
if (!result.ok) {
  console.error(`${args.file}: ${result.reason}`);
  process.exit(1);
}
const { article } = result;
const json = `${JSON.stringify(article, null, 2)}\n`;
const summary = `${args.file}: drafted ${article.body.length} blocks, ${article.sources.length} sources, ${article.attributions.length} attributions, ${article.quotes.length} quotes, ${article.events.length} events (all marked draft)`;
if (args.out) {
  await writeFile(args.out, json);
  console.log(`${summary} → ${args.out}`);
} else {
  process.stdout.write(json);
  console.error(summary); // stdout holds the JSON
}
