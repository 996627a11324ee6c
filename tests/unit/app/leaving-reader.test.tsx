import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppRouterAtReader } from './app-router-at-reader';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The app's routes at the reader, and a way to follow a link as the router does. */
function renderAtReader() {
  const history = renderAppRouterAtReader();
  return {
    go: (path: string) => {
      act(() => {
        history.push(path);
      });
    },
    back: () => {
      act(() => {
        history.go(-1);
      });
    },
  };
}

const railOf = () => document.getElementById('pv-rail');

describe('leaving the reader for another page', () => {
  it('hides the reader at once and takes it down after the new page is shown', async () => {
    const { go } = renderAtReader();
    await screen.findByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' });
    const rail = railOf();
    expect(rail).toBeVisible();

    go('/negotiation/harbour-council-vote');
    // Still there until the new page has been drawn, but not shown.
    expect(rail).toBeInTheDocument();
    expect(rail).not.toBeVisible();
    expect(await screen.findByText(/^Negotiation view ·/)).toBeVisible();
    await waitFor(() => {
      expect(railOf()).toBeNull();
    });
  });

  it('shows the reader again on Back, and the other page goes at once', async () => {
    const { go, back } = renderAtReader();
    await screen.findByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' });
    go('/negotiation/harbour-council-vote');
    await screen.findByText(/^Negotiation view ·/);
    back();
    expect(railOf()).toBeVisible();
    expect(screen.queryByText(/^Negotiation view ·/)).toBeNull();
  });
});
