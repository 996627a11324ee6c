import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

/** The page scripts and their typed sources: boot.js in every page's head, start.js after it. */
export const BOOT_SCRIPTS = {
  'boot.js': fileURLToPath(new URL('../boot.ts', import.meta.url)),
  'start.js': fileURLToPath(new URL('../start.ts', import.meta.url)),
} as const;
export type BootScript = keyof typeof BOOT_SCRIPTS;

/**
 * Compiles one page script from its typed source into a single minified file with the contract
 * inlined (no imports: it must run before anything else has loaded).
 */
export async function compileBootScript(script: BootScript): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry: BOOT_SCRIPTS[script], formats: ['iife'], name: 'provenanceBoot', fileName: () => script },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((result) => result.output).find((file) => file.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`compileBootScript: no output for ${script}`);
  return chunk.code;
}

/**
 * boot.js and start.js are compiled from src/boot/*.ts: emitted into the build, and served by
 * the dev server (`npm start`), where index.html asks for ./boot.js as in the build.
 */
export function bootScripts(scripts: readonly BootScript[]): Plugin {
  return {
    name: 'provenance-boot-scripts',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const script = scripts.find((name) => req.url?.split('?')[0]?.endsWith(`/${name}`));
        if (!script) {
          next();
          return;
        }
        compileBootScript(script).then(
          (code) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(code),
          next,
        );
      });
    },
    async generateBundle() {
      for (const script of scripts)
        this.emitFile({ type: 'asset', fileName: script, source: await compileBootScript(script) });
    },
  };
}
