import { readFile } from 'node:fs/promises';
import { decodeText } from '../ingest/decode-text';
import { ingestText } from '../ingest/ingest-article';
import { fileError, samePath, writeOutput } from './cli-files';

/** `npm run ingest -- FILE.txt|- [--out FILE.json] [--force]`: a draft article from plain text. */
const USAGE = `usage: npm run ingest -- FILE.txt [--out FILE.json [--force]]
  FILE.txt     the article as plain text; - reads standard input
  --out FILE   write the draft there (default: standard output); an existing file is kept
               unless --force is given, and the input is never overwritten
  --force      replace an existing --out file`;

type Args = { file: string; out?: string; force: boolean };

function parseArgs(args: string[]): Args | 'help' | null {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  let out: string | undefined;
  let force = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--out') {
      out = args[i + 1];
      if (out === undefined || out === '' || (out.startsWith('-') && out !== '-')) return null;
      i += 1;
    } else if (arg === '--force') force = true;
    else if (arg.startsWith('-') && arg !== '-') return null;
    else rest.push(arg);
  }
  const file = rest[0];
  if (rest.length !== 1 || file === undefined || out === '-') return null;
  return { file, force, ...(out ? { out } : {}) };
}

/** The input's bytes: decoded below, so UTF-16 from standard input is read as from a file. */
async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const args = parseArgs(process.argv.slice(2));
if (args === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (!args) {
  console.error(USAGE);
  process.exit(2);
}
const inputName = args.file === '-' ? 'standard input' : args.file;
if (args.out && args.file !== '-' && samePath(args.file, args.out)) {
  console.error(`${args.out}: refusing to write the draft over its own input; choose another --out file`);
  process.exit(1);
}

let bytes: Uint8Array;
try {
  bytes = await readInput(args.file);
} catch (error) {
  console.error(`${inputName}: cannot read the file (${fileError(error)})`);
  process.exit(1);
}

// UTF-16 with a byte-order mark (as Windows tools save it) is read as well as UTF-8.
const decoded = decodeText(bytes);
if (!decoded.ok) {
  console.error(`${inputName}: ${decoded.reason}`);
  process.exit(1);
}
const result = ingestText(decoded.text);
if (!result.ok) {
  console.error(`${inputName}: ${result.reason}`);
  process.exit(1);
}
const { article } = result;
const json = `${JSON.stringify(article, null, 2)}\n`;
const summary = `${inputName}: drafted ${article.body.length} blocks, ${article.sources.length} sources, ${article.attributions.length} attributions, ${article.quotes.length} quotes, ${article.events.length} events (all marked draft)`;
if (args.out) {
  const problem = await writeOutput(args.out, json, args.force);
  if (problem) {
    console.error(`${args.out}: ${problem}`);
    process.exit(1);
  }
  console.log(`${summary} → ${args.out}`);
} else {
  process.stdout.write(json);
  console.error(summary); // stdout holds the JSON
}
