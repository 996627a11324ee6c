import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT_FILE } from '../../fixtures/load-fixture';
import { tempDirForTest } from '../../fixtures/temp-dir';

function run(script: string, ...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', script, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('npm run ingest', () => {
  it('writes a draft of the seed text that npm run validate accepts', () => {
    const out = join(tempDirForTest('ingest'), 'draft.json');
    const ingest = run('src/cli/ingest.ts', SEED_TEXT_FILE, '--out', out);
    expect(ingest.code).toBe(0);
    expect(ingest.out).toMatch(/drafted 26 blocks, .* 16 quotes/);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { meta: { draft: boolean } }).meta.draft).toBe(true);
    const validate = run('src/cli/validate.ts', out);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain(`${out}: valid (26 blocks`);
  });

  it('says which file is empty and exits 1', () => {
    const file = join(tempDirForTest('ingest'), 'empty.txt');
    writeFileSync(file, '\r\n\r\n');
    expect(run('src/cli/ingest.ts', file)).toEqual({
      code: 1,
      out: `${file}: the file has no text (every line is empty)\n`,
    });
  });

  it('says a missing file cannot be read and exits 1', () => {
    const { code, out } = run('src/cli/ingest.ts', 'no-such-article.txt');
    expect(code).toBe(1);
    expect(out).toContain('no-such-article.txt: cannot read the file (ENOENT)');
  });
}, 60_000);
