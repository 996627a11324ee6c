import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, eagerCompile } from '../../../src/boot/build/eager-compile-plugin';
import { tempDirForTest } from '../../fixtures/temp-dir';

type Chunk = { type: 'chunk'; isEntry: boolean; facadeModuleId: string | null; fileName: string };
type WriteBundle = (options: { dir?: string }, bundle: Record<string, Chunk>) => void;

describe('eagerCompile: the app’s entry chunk marked for V8’s eager compilation', () => {
  it('puts the hint on the first line of the chunk index.html loads, and of no other file', () => {
    const dir = tempDirForTest('eager-compile');
    const files = { 'index-abc.js': 'const app=1;', 'embed-def.js': 'const embed=2;', 'lazy-ghi.js': 'x()' };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
    const bundle: Record<string, Chunk> = {
      app: { type: 'chunk', isEntry: true, facadeModuleId: '/repo/index.html', fileName: 'index-abc.js' },
      embed: { type: 'chunk', isEntry: true, facadeModuleId: '/repo/src/embed.ts', fileName: 'embed-def.js' },
      lazy: { type: 'chunk', isEntry: false, facadeModuleId: '/repo/index.html', fileName: 'lazy-ghi.js' },
    };
    (eagerCompile().writeBundle as unknown as WriteBundle)({ dir }, bundle);
    expect(readFileSync(join(dir, 'index-abc.js'), 'utf8')).toBe(`${EAGER_COMPILE_HINT}\nconst app=1;`);
    expect(readFileSync(join(dir, 'embed-def.js'), 'utf8')).toBe('const embed=2;');
    expect(readFileSync(join(dir, 'lazy-ghi.js'), 'utf8')).toBe('x()');
  });
});
