import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Builds the app into `outDir` as `npm run build` does (without the type check), with extra
 * environment: PROVENANCE_ARTICLES (the articles to make pages of), PROVENANCE_FIRST_PAINT=off
 * (the plain app). Takes some seconds; give the hook that calls it a timeout of its own.
 */
export async function buildApp(outDir: string, env: Record<string, string> = {}): Promise<void> {
  await run(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    {
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}
