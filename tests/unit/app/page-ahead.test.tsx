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
});

async function renderAtReader() {
  const history = renderAppRouterAtReader();
  await screen.findByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' });
  document.title = 'The reader';
  const link = document.createElement('a');
  link.href = `#${VIEW}`;
  link.textContent = 'To the view';
  document.body.append(link);
  return { history, link };
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
    link.remove();
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
    link.remove();
  });

  it('keeps the page drawn for the focused link while the pointer passes over another link', async () => {
    const { link } = await renderAtReader();
    const list = document.createElement('a');
    list.href = '#/articles';
    document.body.append(list);
    fireEvent.focusIn(link);
    await waitFor(() => {
      expect(aheadRow()).not.toBeNull();
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.pointerOver(list, { pointerType: 'mouse' });
      fireEvent.pointerOut(list, { relatedTarget: document.body });
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(aheadRow()).not.toBeNull();
    } finally {
      vi.useRealTimers();
      link.remove();
      list.remove();
    }
  });

  it('draws nothing for a tap, nor for a link to a page it cannot draw at once', async () => {
    const { link } = await renderAtReader();
    const list = document.createElement('a');
    list.href = '#/articles';
    document.body.append(list);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.pointerOver(link, { pointerType: 'touch' });
      fireEvent.pointerOver(list, { pointerType: 'mouse' });
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(document.querySelector('.pv-page-slot')).toBeNull();
    } finally {
      vi.useRealTimers();
      link.remove();
      list.remove();
    }
  });
});
