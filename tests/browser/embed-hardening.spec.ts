import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaderSnippet } from '../../src/shared/embed-snippet';
import { smallArticle } from '../fixtures/load-fixture';
import { startHostServer, type HostServer } from './lib/host-server';
import { useReader } from './lib/reader-page';

const OUTSIDE = 'https://elsewhere.example/contact';

/** The small article with a link out of it in its end matter. */
function linkedArticle(): string {
  const article = smallArticle();
  article.body[4] = {
    type: 'end-matter',
    id: 'end-author',
    role: 'contact',
    text: 'Write to the desk',
    href: OUTSIDE,
  };
  return JSON.stringify(article);
}

function wikiPage(snippet: string, before = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Team wiki</title></head>
<body><main><h1>Team wiki</h1>${before}${snippet}<p>After the embed.</p></main></body></html>`;
}

/** Embeds on a hostile or careless host page, judged by what the browser and the servers saw. */
describe('embeds on a careless or hostile host page', () => {
  let host: HostServer;
  const loaderRequests: IncomingHttpHeaders[] = [];
  const reader = useReader({
    handlers: [
      (req, res) => {
        const url = req.url ?? '';
        if (url.endsWith('/embed.js')) loaderRequests.push(req.headers);
        if (!url.endsWith('/articles/linked.json')) return false;
        res.writeHead(200, { 'content-type': 'application/json' }).end(linkedArticle());
        return true;
      },
    ],
  });

  beforeAll(async () => {
    const snippet = (article: string) =>
      loaderSnippet({ pageHref: reader.server.url, article, view: 'reader', theme: 'auto' }).replace(
        ' defer',
        '',
      );
    host = await startHostServer(
      () => ({
        '/links.html': wikiPage(snippet('linked')),
        // Wiki user content: an element whose id is the name an older loader used as its guard.
        '/named-element.html': wikiPage(
          snippet('harbour-council-vote'),
          '<a id="provenanceEmbeds" href="#top">top</a>',
        ),
        '/favicon.ico': '',
      }),
      // A host that would send its full address, query included, with every request.
      { 'Referrer-Policy': 'unsafe-url' },
    );
  });
  afterAll(async () => {
    await host.close();
  });

  async function openFrame(path: string) {
    const page = reader.page;
    await page.goto('about:blank');
    await page.goto(host.url(path));
    const frame = await (await page.waitForSelector('iframe.provenance-embed')).contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForSelector('html[data-pv-app="ready"]', { state: 'attached' });
    await frame.waitForSelector('h1');
    return { page, frame };
  }

  it('opens a link out of the article in a new browsing context, leaving the embed in place', async () => {
    const { page, frame } = await openFrame('/links.html');
    const frameUrl = frame.url();
    await reader.session.context.route(OUTSIDE, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Contact</title>' }),
    );
    const popup = reader.session.context.waitForEvent('page');
    await frame.getByRole('link', { name: 'Write to the desk' }).click();
    const opened = await popup;
    expect(opened.url()).toBe(OUTSIDE);
    // No opener (the new page cannot reach back into the embed) and no referrer.
    expect(await opened.evaluate(() => [window.opener === null, document.referrer])).toEqual([true, '']);
    await opened.close();
    expect(frame.url()).toBe(frameUrl);
    expect(await frame.locator('h1').first().textContent()).toContain('Harbour council');
    expect(page.frames()).toHaveLength(2);
  });

  it('loads embed.js without telling the reader’s server the host page’s address', async () => {
    loaderRequests.length = 0;
    const { page } = await openFrame('/links.html?user=alice&token=s3cret');
    expect(await page.locator('script[src$="embed.js"]').getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(loaderRequests).toHaveLength(1);
    expect(loaderRequests[0]?.referer).toBeUndefined();
  });

  it('still embeds when the host page has an element with the id provenanceEmbeds', async () => {
    const { page, frame } = await openFrame('/named-element.html');
    expect(await frame.locator('h1').first().textContent()).toContain('Harbour council');
    expect(await page.locator('#provenanceEmbeds').count()).toBe(1);
  });
});
