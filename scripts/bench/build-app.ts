import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `npm run build` (typecheck, then vite build), into `outDir` when it is not dist/; `articles`
 * is the folder of articles the build gives pages (decision 007), default public/articles.
 */
export function buildApp(root: string, outDir: string, articles?: string): void {
  const into = resolve(root, outDir);
  const extra = into === resolve(root, 'dist') ? [] : ['--', '--outDir', into, '--emptyOutDir'];
  const env = articles ? { ...process.env, PROVENANCE_ARTICLES: articles } : process.env;
  const result = spawnSync('npm', ['run', 'build', ...extra], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${String(result.status)})`);
}
