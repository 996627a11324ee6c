import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallArticle } from '../../fixtures/load-fixture';
import { tempDirForTest } from '../../fixtures/temp-dir';
import { AnnotationCollectionModel } from '../publish/web-annotation-model';

function exportArticle(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('npx', ['tsx', 'src/cli/export-article.ts', ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, PROVENANCE_SITE_URL: '' },
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run export -- --format web-annotation', () => {
  it('writes a bundled article’s attributions and quotes as a W3C annotation collection', () => {
    const { code, stdout } = exportArticle(
      '--format',
      'web-annotation',
      'dailynk-train-service-talks',
      '--site-url',
      'https://news.example/reader',
    );
    expect(code).toBe(0);
    const collection = AnnotationCollectionModel.parse(JSON.parse(stdout));
    expect(collection.id).toBe('https://news.example/reader/annotations/dailynk-train-service-talks.jsonld');
    expect(collection.total).toBe(44);
    const page = collection.first as { items: { target: { source: string }[] }[] };
    const sources = new Set(page.items.flatMap((item) => item.target.map((target) => target.source)));
    expect([...sources]).toEqual(['https://news.example/reader/#/read/dailynk-train-service-talks']);
  }, 120_000);

  it('exports a file by path into --out, with relative IRIs when no site address is given', () => {
    const dir = tempDirForTest('export');
    const file = join(dir, 'harbour.json');
    const out = join(dir, 'harbour.jsonld');
    writeFileSync(file, JSON.stringify(smallArticle()));
    const { code, stdout } = exportArticle('--format=web-annotation', file, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`${file}: 4 annotations (3 attributions, 1 quotes) → ${out}`);
    const collection = AnnotationCollectionModel.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(collection.id).toBe('annotations/harbour.jsonld');
  }, 120_000);

  it('refuses an unknown format, and names the file, path and reason of an invalid article', () => {
    expect(exportArticle('--format', 'rdf', 'x').code).toBe(2);
    const dir = tempDirForTest('export');
    const file = join(dir, 'broken.json');
    const article = smallArticle();
    article.quotes[0]!.speakerId = 's-nobody';
    writeFileSync(file, JSON.stringify(article));
    const { code, stderr } = exportArticle('--format', 'web-annotation', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: quotes[0].speakerId: "s-nobody" names no source`);
  }, 120_000);
});
