import { startStaticServer } from '../tools/static-server';
import { openBrowser } from '../tools/chromium';
const server = await startStaticServer();
for (const [w, h] of [
  [1280, 900],
  [375, 800],
] as const) {
  const b = await openBrowser(server.origin, {
    width: w,
    height: h,
    colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light',
  });
  await b.page.goto(server.url + (process.env.HASH ?? ''));
  await b.page.waitForTimeout(800);
  await b.page.screenshot({ path: `/tmp/shot-${w}.png`, fullPage: process.env.FULL === '1' });
  console.log(w, 'errors', b.pageErrors, 'foreign', b.foreignRequests);
  await b.close();
}
await server.close();
