import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type HostServer = { origin: string; url: (path: string) => string; close: () => Promise<void> };

/**
 * A stand-in for someone else's site (an intranet wiki) on its own loopback port, so on another
 * origin than the reader: serves the given HTML pages by path, with the given headers.
 */
export async function startHostServer(
  pages: () => Record<string, string>,
  headers: Record<string, string> = {},
): Promise<HostServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const page = pages()[path];
    if (page === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, ...headers }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An intranet page with prose around one placeholder and the loader, as docs/embedding.md shows. */
export function hostPage(readerUrl: string, attributes: Record<string, string>): string {
  const data = Object.entries({ 'provenance-embed': readerUrl, ...attributes })
    .map(([name, value]) => `data-${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join(' ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Team wiki: North Korea rail talks</title>
  </head>
  <body>
    <main>
      <h1>Team wiki: North Korea rail talks</h1>
      <p>Background reading for Thursday's briefing. The article below is embedded from the reader.</p>
      <div ${data}></div>
      <p id="after-embed">Questions to the desk editor.</p>
    </main>
    <script src="${readerUrl}embed.js"></script>
  </body>
</html>`;
}
