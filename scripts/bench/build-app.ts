import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `npm run build` (typecheck, then vite build), into `outDir` when it is not dist/; `articles`
 * is the folder of articles the build gives pages (decision 007), default public/articles;
 * `speedOff` the speed measures it leaves out (src/boot/speed-measures.ts), default none.
 */
export function buildApp(
  root: string,
  outDir: string,
  articles?: string,
  speedOff: readonly string[] = [],
): void {
  const into = resolve(root, outDir);
  const extra = into === resolve(root, 'dist') ? [] : ['--', '--outDir', into, '--emptyOutDir'];
  const env: NodeJS.ProcessEnv = { ...process.env, PROVENANCE_SPEED_OFF: speedOff.join(',') };
  if (articles) env.PROVENANCE_ARTICLES = articles;
  const result = spawnSync('npm', ['run', 'build', ...extra], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${String(result.status)})`);
}
