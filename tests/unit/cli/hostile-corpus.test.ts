import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileCorpus } from '../../fixtures/hostile-corpus';

/** One run of `npm run validate` over the whole corpus; its lines, by file. */
function validateAll(): { code: number; linesOf: (file: string) => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-corpus-'));
  const files = hostileCorpus().map((c) => {
    const file = join(dir, `${c.name}.json`);
    writeFileSync(file, c.text);
    return file;
  });
  let output: string;
  let code = 0;
  try {
    output = execFileSync('npx', ['tsx', 'src/cli/validate.ts', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    output = e.stdout + e.stderr;
    code = e.status;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const lines = output.split('\n');
  return {
    code,
    linesOf: (name) => lines.filter((line) => line.startsWith(join(dir, `${name}.json`) + ':')),
  };
}

describe('npm run validate on broken and hostile articles', () => {
  const run = validateAll();

  it('exits non-zero when any file has a problem', () => {
    expect(run.code).toBe(1);
  });

  it.each(hostileCorpus().map((c) => [c.name, c] as const))('%s', (name, corpusCase) => {
    const lines = run.linesOf(name);
    if (corpusCase.problems.length === 0) {
      expect(lines).toEqual([expect.stringMatching(/: valid \(/) as string]);
      return;
    }
    for (const [path, words] of corpusCase.problems) {
      const prefix = path ? `${path}: ` : '';
      expect(
        lines.some((line) => line.includes(`.json: ${prefix}`) && line.includes(words)),
        `${path} ${words}\n${lines.join('\n')}`,
      ).toBe(true);
    }
  });
}, 120_000);
