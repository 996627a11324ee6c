import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export type GzipServer = { url: string; origin: string; close: () => Promise<void> };

type Entry = { type: string; body: Buffer; gzip: Buffer | undefined; immutable: boolean };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? listFiles(path) : [path];
  });
}

/** Every file read and gzipped (level 9, as a static host precompresses) before serving. */
function loadFiles(root: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const path of listFiles(root)) {
    const ext = extname(path);
    const body = readFileSync(path);
    const name = `/${relative(root, path).split(sep).join('/')}`;
    files.set(name, {
      type: TYPES[ext] ?? 'application/octet-stream',
      body,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : undefined,
      // Vite's hashed assets never change: cache them for a year, as a real host would.
      immutable: name.startsWith('/assets/'),
    });
  }
  return files;
}

function answer(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? entry.gzip : undefined;
  const body = gzip ?? entry.body;
  res.writeHead(200, {
    'content-type': entry.type,
    'content-length': body.length,
    'cache-control': entry.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves a directory on loopback under `basePath` (e.g. /reader/), gzipped, with no rewrites:
 * the reader's routes live in the fragment. Files added after start are not seen.
 */
export async function startGzipServer(root: string, basePath = '/reader/'): Promise<GzipServer> {
  const files = loadFiles(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (`${path}/` === basePath) {
      res.writeHead(301, { location: basePath }).end();
      return;
    }
    const inside = path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : undefined;
    const entry =
      inside === undefined ? undefined : files.get(inside.endsWith('/') ? `${inside}index.html` : inside);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    answer(req, res, entry);
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
        server.close(() => {
          resolve();
        });
      }),
  };
}
