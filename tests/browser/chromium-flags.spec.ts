import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../../tools/chromium';

describe('the Chromium that tests and the bench launch', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('runs the page under test and no page of its own (no omnibox popups beside it)', async () => {
    session = await openBrowser('http://127.0.0.1');
    const cdp = await session.context.newCDPSession(session.page);
    // The popups are created as the profile starts: wait for that, not for a fixed time.
    await session.page.goto('about:blank');
    await session.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    );
    const { targetInfos } = await cdp.send('Target.getTargets');
    expect(targetInfos.filter((target) => target.type !== 'page').map((target) => target.url)).toEqual([]);
  });
});
