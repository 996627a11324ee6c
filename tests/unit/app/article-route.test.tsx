import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { SMALL_ARTICLE_FILE, readText, smallArticle } from '../../fixtures/load-fixture';

const small = readText(SMALL_ARTICLE_FILE);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the article route', () => {
  it('shows a loading state, then the article named in the URL', async () => {
    const { fetchMock } = renderApp('/read/harbour-council-vote', () => ({ status: 200, body: small }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the article');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' }),
    ).toBeVisible();
    expect(fetchMock.mock.calls[0]?.[0].href).toMatch(/\/articles\/harbour-council-vote\.json$/);
    expect(document.title).toBe('Harbour council delays ferry terminal · Provenance');
  });

  it('says which file was not found and offers a way on', async () => {
    renderApp('/read/gone-article', () => ({ status: 404, body: 'not found' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Article not found' })).toHaveFocus();
    expect(alert).toHaveTextContent('articles/gone-article.json');
    expect(screen.getByRole('link', { name: 'Open the bundled article' })).toBeVisible();
  });

  it('lists an invalid file’s problems with their field paths', async () => {
    const broken = smallArticle();
    broken.quotes[0]!.speakerId = 's-nobody';
    renderApp('/read/broken', () => ({ status: 200, body: JSON.stringify(broken) }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The article file has problems' })).toBeVisible();
    expect(alert).toHaveTextContent('quotes[0].speakerId "s-nobody" names no source');
  });

  it('shows article text from the file as text, never as HTML', async () => {
    const hostile = smallArticle();
    hostile.meta.headline.text = '<img src=x onerror="alert(1)">Headline';
    renderApp('/read/hostile', () => ({ status: 200, body: JSON.stringify(hostile) }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      '<img src=x onerror="alert(1)">Headline',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('retries after a failing network and shows the article once the server is back', async () => {
    let online = false;
    renderApp('/read/harbour-council-vote', () => (online ? { status: 200, body: small } : 'offline'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the server could not be reached');
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' }),
    ).toBeVisible();
  });

  it('refuses an article name that could leave the articles folder, and says so over the bundled article', async () => {
    const { fetchMock } = renderApp('/read/..%2Fsecret', () => ({ status: 200, body: small }));
    expect(await screen.findByRole('alert')).toHaveTextContent('article name is not valid');
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(fetchMock.mock.calls.map(([url]) => url.href).join(' ')).not.toContain('secret');
  });

  it('names the linked item in the page title', async () => {
    renderApp('/read/harbour-council-vote/q-promise', () => ({ status: 200, body: small }));
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe(
      'Quote: “We cannot build on a promise [from the ministry] alone…” · Harbour council delays ferry terminal · Provenance',
    );
  });

  it('shows the article with a dismissable notice when the linked item does not exist', async () => {
    renderApp('/read/harbour-council-vote/q-gone', () => ({ status: 200, body: small }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('This article has no item “q-gone”');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' }),
    ).toBeVisible();
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
