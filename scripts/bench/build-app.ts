import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** `npm run build` (typecheck, then vite build), into `outDir` when it is not dist/. */
export function buildApp(root: string, outDir: string): void {
  const into = resolve(root, outDir);
  const extra = into === resolve(root, 'dist') ? [] : ['--', '--outDir', into, '--emptyOutDir'];
  const result = spawnSync('npm', ['run', 'build', ...extra], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${String(result.status)})`);
}
