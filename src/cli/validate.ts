import { readFile } from 'node:fs/promises';
import { parseArticleText } from '../article/parse-article';
import { describeProblem } from '../article/article-problem';
import { fileError } from './cli-files';

const USAGE = `usage: npm run validate -- FILE.json [FILE.json…]
  Checks article files with the reader's own rules; exits 0 when all are valid, 1 otherwise.
  A file whose name starts with - is given as ./-name.`;

/** Enough to fix a file from the top; the rest are counted, not printed (a broken file can have millions). */
export const MAX_PRINTED_PROBLEMS = 50;

/** "1 quote", "2 quotes". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `npm run validate -- FILE…`: the reader's own rules, applied to files; exits 1 on any problem. */
async function validateFile(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the file (${fileError(error)})`);
    return false;
  }
  const result = parseArticleText(text);
  if (result.ok) {
    const { body, quotes, sources, events } = result.article;
    console.log(
      `${file}: valid (${[
        count(body.length, 'block'),
        count(sources.length, 'source'),
        count(quotes.length, 'quote'),
        count(events.length, 'event'),
      ].join(', ')})`,
    );
    return true;
  }
  const { problems, more } = result;
  for (const problem of problems.slice(0, MAX_PRINTED_PROBLEMS))
    console.error(`${file}: ${describeProblem(problem)}`);
  const total = problems.length + more;
  const unprinted = total - Math.min(problems.length, MAX_PRINTED_PROBLEMS);
  if (unprinted > 0)
    console.error(`${file}: …and ${unprinted.toLocaleString('en')} more problem(s), not shown`);
  console.error(`${file}: ${total.toLocaleString('en')} problem(s); fix them and run validate again.`);
  return false;
}

const args = process.argv.slice(2);
const endOfOptions = args.indexOf('--');
const options = endOfOptions < 0 ? args : args.slice(0, endOfOptions);
const files = endOfOptions < 0 ? args : [...options, ...args.slice(endOfOptions + 1)];
if (options.includes('--help') || options.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = options.find((arg) => arg.startsWith('-') && arg !== '-');
if (files.length === 0 || unknown) {
  if (unknown) console.error(`validate: unknown option ${unknown}`);
  console.error(USAGE);
  process.exit(2);
}
let allValid = true;
for (const file of files) allValid = (await validateFile(file)) && allValid;
process.exit(allValid ? 0 : 1);
