import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

export type StaticServer = {
  /** The page URL, e.g. http://127.0.0.1:PORT/some/sub/path/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
};

// PROVENANCE_DIST lets parallel work test its own build (`vite build --outDir …`).
export const distDir = process.env.PROVENANCE_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));
const fixtureDirs = ['articles', 'invalid'].map((dir) =>
  fileURLToPath(new URL(`../tests/fixtures/${dir}`, import.meta.url)),
);

/**
 * Serves the built dist/ under a sub-path, as a plain static server would (no rewrites), with
 * the test articles at `articles/` where the build has none of that name (a build's own file is
 * the one its page's digest is of). `handlers` may answer a request first (to fake a failing
 * network).
 */
export async function startStaticServer(
  options: { basePath?: string; handlers?: Handler[]; headers?: Record<string, string>; dist?: string } = {},
): Promise<StaticServer> {
  const basePath = options.basePath ?? '/provenance/reader/';
  const dist = sirv(options.dist ?? distDir, { dev: true, etag: false });
  const overlays = fixtureDirs.map((dir) => sirv(dir, { dev: true, etag: false }));
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    for (const handle of options.handlers ?? []) if (handle(req, res)) return;
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    const original = req.url;
    // The built app, then the test articles (articles/NAME.json) it lacks.
    const overlay = (index: number): void => {
      const next = overlays[index];
      if (!original.startsWith('/articles/') || !next) {
        notFound();
        return;
      }
      req.url = original.slice('/articles'.length);
      next(req, res, () => overlay(index + 1));
    };
    dist(req, res, () => overlay(0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
