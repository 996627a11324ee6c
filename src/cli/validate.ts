import { readFile } from 'node:fs/promises';
import { parseArticleText } from '../article/parse-article';
import { describeProblem } from '../article/article-problem';

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
    console.error(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
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
  for (const problem of result.problems) console.error(`${file}: ${describeProblem(problem)}`);
  console.error(`${file}: ${result.problems.length} problem(s); fix them and run validate again.`);
  return false;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE.json [FILE.json…]');
  process.exit(2);
}
let allValid = true;
for (const file of files) allValid = (await validateFile(file)) && allValid;
process.exit(allValid ? 0 : 1);
