import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadNegotiationRoute } from '../../../src/app/negotiation-chunk';
import { renderAppRouterAtReader } from './app-router-at-reader';
const VIEW = '/negotiation/harbour-council-vote';

// Drawn ahead only when the view's code is here (the reader loads it when idle).
beforeAll(async () => {
  await loadNegotiationRoute();
});

afterEach(() => {
  vi.unstubAllGlobals();
  for (const link of document.querySelectorAll('body > a')) link.remove();
});

/** A link outside the app, as the reader's own links are to the document's listeners. */
function appendLink(href: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = href;
  document.body.append(link);
  return link;
}

/** Fires `events`, then lets every wait they started run out (a resting pointer's included). */
function afterEveryWait(events: () => void) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    events();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
  } finally {
    vi.useRealTimers();
  }
}

async function renderAtReader() {
  const history = renderAppRouterAtReader();
  await screen.findByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' });
  document.title = 'The reader';
  return { history, link: appendLink(`#${VIEW}`) };
}

const ahead = () => document.querySelector<HTMLElement>('.pv-page-slot[data-ahead]');
const aheadRow = () => document.querySelector<HTMLElement>('.pv-page-slot[data-ahead] .pv-neg-row');
const firstRow = () => document.querySelector<HTMLElement>('.pv-page-slot .pv-neg-row');

describe('a page drawn ahead of a click', () => {
  it('draws the view out of sight while the pointer rests on a link to it, and the click shows those rows', async () => {
    const { history, link } = await renderAtReader();
    fireEvent.pointerOver(link);
    await waitFor(() => {
      expect(aheadRow()).not.toBeNull();
    });
    const row = firstRow();
    // Nothing of it reaches beyond its own elements while out of sight.
    expect(document.title).toBe('The reader');
    expect(document.getElementById('pv-rail')).not.toBeNull();

    act(() => {
      history.push(VIEW);
    });
    expect(ahead()).toBeNull();
    // The very rows drawn ahead, now shown: the click did not draw them again.
    expect(firstRow()).toBe(row);
    await waitFor(() => {
      expect(document.title).toMatch(/^Negotiation view · /);
    });
  });

  it('draws it for a link the keyboard focuses, and takes it down when the focus leaves', async () => {
    const { link } = await renderAtReader();
    fireEvent.focusIn(link);
    await waitFor(() => {
      expect(aheadRow()).not.toBeNull();
    });
    fireEvent.focusOut(link, { relatedTarget: document.body });
    await waitFor(() => {
      expect(document.querySelector('.pv-page-slot')).toBeNull();
    });
  });

  it('keeps the page drawn for the focused link while the pointer passes over another link', async () => {
    const { link } = await renderAtReader();
    const list = appendLink('#/articles');
    fireEvent.focusIn(link);
    await waitFor(() => {
      expect(aheadRow()).not.toBeNull();
    });
    afterEveryWait(() => {
      fireEvent.pointerOver(list, { pointerType: 'mouse' });
      fireEvent.pointerOut(list, { relatedTarget: document.body });
    });
    expect(aheadRow()).not.toBeNull();
  });

  it('draws nothing for a tap, nor for a link to a page it cannot draw at once', async () => {
    const { link } = await renderAtReader();
    const list = appendLink('#/articles');
    afterEveryWait(() => {
      fireEvent.pointerOver(link, { pointerType: 'touch' });
      fireEvent.pointerOver(list, { pointerType: 'mouse' });
    });
    expect(document.querySelector('.pv-page-slot')).toBeNull();
  });
});
