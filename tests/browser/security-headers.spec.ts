import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../tools/security-headers';
import { hostPage, startHostServer, type HostServer } from './lib/host-server';
import { useReader } from './lib/reader-page';
import { startStaticServer, type StaticServer } from '../../tools/static-server';

const ARTICLE = 'dailynk-train-service-talks';

/**
 * The sample header set (scripts/security-headers.ts, docs/serving.md) on every route: the app
 * works with no violation, and only the listed host may frame it. The allowed host listens on
 * a port chosen first, so that the reader's header can name it.
 */
describe('served with the sample security headers', () => {
  let allowed: HostServer;
  let refused: HostServer;
  let readerUrl = '';
  const pages = () => ({
    '/wiki.html': hostPage(readerUrl, { article: ARTICLE, view: 'reader' }),
    '/card.html': hostPage(readerUrl, { article: ARTICLE, item: 'q-bewildered', view: 'card' }),
    // Asked for by the browser: a 404 would be a console error.
    '/favicon.ico': '',
  });
  let server: StaticServer | undefined;
  const reader = useReader({ headers: {} });

  beforeAll(async () => {
    allowed = await startHostServer(pages);
    refused = await startHostServer(pages);
    // A second reader server, on its own origin, with the allowed host's origin in its header.
    server = await startStaticServer({ headers: securityHeaders([allowed.origin]) });
    readerUrl = server.url;
  });
  afterAll(async () => {
    await allowed.close();
    await refused.close();
    await server?.close();
  });

  it.each([
    ['the bundled article', '', 'North Korea'],
    ['a deep link', `#/read/${ARTICLE}/q-bewildered`, 'North Korea'],
    ['a passage link', `#/read/${ARTICLE}?exact=${encodeURIComponent('Nampo Port')}`, 'North Korea'],
    ['another article', '#/read/harbour-council-vote', 'Harbour council'],
    ['the list of articles', '#/articles', 'Articles'],
    ['an embed route opened directly', `#/embed/${ARTICLE}?view=timeline`, 'North Korea'],
    ['an error page', '#/read/invalid-dangling-speaker', 'The article file has problems'],
    ['a bad link', `#/read/${ARTICLE}/NOT-AN-ID`, 'North Korea'],
  ])('shows %s with no violation and no request elsewhere', async (_, fragment, heading) => {
    const session = reader.session;
    session.pageErrors.length = 0;
    const page = session.page;
    await page.goto('about:blank');
    const response = await page.goto(`${readerUrl}${fragment}`);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
    await page.waitForSelector('html[data-pv-app="ready"]', { state: 'attached' });
    await page.locator('h1', { hasText: heading }).first().waitFor();
    // A control works: the app is running, not only its pre-rendered HTML.
    if (fragment === '') {
      await page.locator('#a-moved-away .pv-source-toggle').click();
      await page.getByRole('group', { name: 'Source card: Daily NK' }).waitFor();
    }
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests.filter((url) => !url.startsWith(new URL(readerUrl).origin))).toEqual([]);
  });

  it.each(['/wiki.html', '/card.html'])('is framed by the allowed host (%s)', async (path) => {
    const session = reader.session;
    session.pageErrors.length = 0;
    const page = session.page;
    await page.goto('about:blank');
    await page.goto(allowed.url(path));
    const frame = await (await page.waitForSelector('iframe.provenance-embed')).contentFrame();
    await frame?.waitForSelector('html[data-pv-app="ready"]', { state: 'attached' });
    await frame?.waitForSelector('main');
    expect(session.pageErrors).toEqual([]);
  });

  it('is refused by a host it does not list: the frame stays empty and the browser says why', async () => {
    const session = reader.session;
    session.pageErrors.length = 0;
    const page = session.page;
    await page.goto('about:blank');
    const blocked = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
    await page.goto(refused.url('/wiki.html'));
    await page.waitForSelector('iframe.provenance-embed');
    expect((await blocked).text()).toContain(new URL(readerUrl).origin);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(
      await frame
        ?.locator('main')
        .count()
        .catch(() => 0),
    ).toBe(0);
  });
});
