import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyItems } from '../../fixtures/hostile-corpus';
import { SEED_TEXT_FILE, SMALL_ARTICLE_FILE, readText } from '../../fixtures/load-fixture';
import { tempDirForTest } from '../../fixtures/temp-dir';

function run(script: string, args: string[], input?: string): { code: number; out: string; err: string } {
  const result = spawnSync('npx', ['tsx', script, ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

const ingest = (args: string[], input?: string) => run('src/cli/ingest.ts', args, input);
const validate = (args: string[]) => run('src/cli/validate.ts', args);
const SEED_TEXT = readText(SEED_TEXT_FILE);

describe('npm run ingest --out', () => {
  it('refuses to replace an existing file without --force, and leaves it as it was', () => {
    const out = join(tempDirForTest('ingest'), 'curated.json');
    writeFileSync(out, readText(SMALL_ARTICLE_FILE));
    const refused = ingest([SEED_TEXT_FILE, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`${out}: the file exists already; pass --force to replace it\n`);
    expect(readFileSync(out, 'utf8')).toBe(readText(SMALL_ARTICLE_FILE));
    const forced = ingest([SEED_TEXT_FILE, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"draft": true');
  });

  it('refuses to write over its own input, even with --force or by another spelling', () => {
    const dir = tempDirForTest('ingest');
    const input = join(dir, 'story.txt');
    writeFileSync(input, SEED_TEXT);
    const refused = ingest([input, '--out', join(dir, '.', 'story.txt'), '--force']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/refusing to write the draft over its own input/);
    expect(readFileSync(input, 'utf8')).toBe(SEED_TEXT);
  });

  it('says in one line that a folder is missing, without a stack trace', () => {
    const out = join(tempDirForTest('ingest'), 'no-such-folder', 'draft.json');
    const { code, err } = ingest([SEED_TEXT_FILE, '--out', out]);
    expect(code).toBe(1);
    expect(err).toBe(`${out}: cannot write there: the folder does not exist\n`);
  });

  it('says in one line that a path cannot be written to', () => {
    const dir = tempDirForTest('ingest');
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const inside = ingest([SEED_TEXT_FILE, '--out', join(file, 'draft.json')]);
    expect(inside.err).toBe(
      `${join(file, 'draft.json')}: cannot write there: a part of the path is not a folder\n`,
    );
    const folder = ingest([SEED_TEXT_FILE, '--out', dir, '--force']);
    expect(folder.code).toBe(1);
    expect(folder.err).toBe(`${dir}: cannot write there: it is a folder\n`);
  });

  it('reads standard input when the file is -', () => {
    const { code, out, err } = ingest(['-'], SEED_TEXT);
    expect(code).toBe(0);
    expect(err).toMatch(/^standard input: drafted 26 blocks/);
    expect((JSON.parse(out) as { meta: { draft: boolean } }).meta.draft).toBe(true);
  });

  it('prints its usage for --help and exits 0', () => {
    const { code, out } = ingest(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: npm run ingest -- FILE\.txt/);
  });
}, 120_000);

describe('npm run validate, misused', () => {
  it('prints its usage for --help instead of reading a file called --help', () => {
    const { code, out, err } = validate(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: npm run validate -- FILE\.json/);
    expect(err).toBe('');
  });

  it('refuses an unknown option with its usage', () => {
    const { code, err } = validate(['--strict', SMALL_ARTICLE_FILE]);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown option --strict\nusage:/);
  });

  it('prints the first 50 problems of a file with thousands, and counts the rest', () => {
    const file = join(tempDirForTest('validate'), 'empty-sources.json');
    writeFileSync(file, emptyItems(5_000));
    const { code, err } = validate([file]);
    const lines = err.trim().split('\n');
    expect(code).toBe(1);
    expect(lines).toHaveLength(52);
    expect(lines[50]).toMatch(/^.*: …and [\d,]+ more problem\(s\), not shown$/);
    expect(lines[51]).toMatch(/: [\d,]+ problem\(s\); fix them/);
  });

  it('refuses a list of a million empty items at once, in one line', () => {
    const file = join(tempDirForTest('validate'), 'a-million-sources.json');
    writeFileSync(file, emptyItems(1_000_000));
    const started = Date.now();
    const { code, err } = validate([file]);
    expect(code).toBe(1);
    expect(err).toBe(
      `${file}: sources: 1,000,000 items, where a list in an article may hold at most 10,000\n${file}: 1 problem(s); fix them and run validate again.\n`,
    );
    // Was 49 s and 3.1 GB; now the time is mostly tsx starting (a generous bound for a busy machine).
    expect(Date.now() - started).toBeLessThan(30_000);
  });
}, 120_000);
