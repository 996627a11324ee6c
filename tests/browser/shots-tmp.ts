import { startStaticServer } from './lib/static-server';
import { openBrowser } from './lib/chromium';
const server = await startStaticServer();
for (const scheme of ['light', 'dark'] as const)
  for (const [w, h] of [[1280, 900], [375, 800]] as const) {
    const b = await openBrowser(server.origin, { width: w, height: h, colorScheme: scheme });
    await b.page.goto(server.url + (process.env.HASH ?? '#/articles'));
    await b.page.waitForSelector('html[data-pv-app="ready"]', { state: 'attached' });
    await b.page.waitForSelector(process.env.WAIT ?? '.pv-library-count');
    await b.page.screenshot({ path: `/tmp/meta/${process.env.NAME ?? 'list'}-${scheme}-${w}.png`, fullPage: process.env.FULL === '1' });
    console.log(w, scheme, 'errors', b.pageErrors, 'foreign', b.foreignRequests);
    await b.close();
  }
await server.close();
