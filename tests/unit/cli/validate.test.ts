import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_FILE, SMALL_ARTICLE_FILE, smallArticle } from '../../fixtures/load-fixture';
import { tempDirForTest } from '../../fixtures/temp-dir';

function validate(...files: string[]): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'src/cli/validate.ts', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('npm run validate', () => {
  it('accepts valid articles and exits 0, counting in words that agree (“1 quote”)', () => {
    const { code, out } = validate(SEED_ARTICLE_FILE, SMALL_ARTICLE_FILE);
    expect(code).toBe(0);
    expect(out).toMatch(/dailynk-train-service-talks\.json: valid \(26 blocks/);
    expect(out).toContain('harbour-council-vote.json: valid (5 blocks, 3 sources, 1 quote, 3 events)');
  });

  it('prints each problem with file and field path and exits 1', () => {
    const dir = tempDirForTest('validate');
    const file = join(dir, 'dangling-speaker.json');
    const article = smallArticle();
    article.quotes[0]!.speakerId = 's-nobody';
    writeFileSync(file, JSON.stringify(article));
    const { code, out } = validate(file);
    expect(code).toBe(1);
    expect(out).toContain(`${file}: quotes[0].speakerId: "s-nobody" names no source`);
  });

  it('says a missing file cannot be read', () => {
    const { code, out } = validate('no-such-article.json');
    expect(code).toBe(1);
    expect(out).toContain('no-such-article.json: cannot read the file (ENOENT)');
  });
}, 60_000);
