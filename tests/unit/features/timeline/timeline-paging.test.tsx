import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { followLink, longArticle, renderTimeline } from './render-timeline';

const NAME = 'long-timeline';

function listed(): string[] {
  return [...document.querySelectorAll('.pv-timeline-list > li')].map((item) => item.id);
}

function status() {
  return screen.getByRole('status', { name: 'Events shown' });
}

// Each test renders the timeline of a scaled seed article in jsdom: well under a second alone, but
// several seconds on a busy two-core machine running other suites, past Vitest's 5 s default.
describe('a long timeline', { timeout: 30_000 }, () => {
  it('shows the first 50 events and says how many of how many', () => {
    renderTimeline(longArticle(5), NAME);
    expect(listed()).toHaveLength(50);
    expect(status()).toHaveTextContent('Showing 50 of 105 events');
  });

  it('shows more on request and moves focus to the first event it added', async () => {
    const user = userEvent.setup();
    renderTimeline(longArticle(5), NAME);
    await user.click(screen.getByRole('button', { name: 'Show 50 more events' }));
    const ids = listed();
    expect(ids).toHaveLength(100);
    expect(document.activeElement).toBe(document.getElementById(ids[50]!)?.querySelector('button'));
    expect(status()).toHaveTextContent('Showing 100 of 105 events');

    await user.click(screen.getByRole('button', { name: 'Show 5 more events' }));
    expect(listed()).toHaveLength(105);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });

  it('pages what the filters let through, saying so', async () => {
    const user = userEvent.setup();
    renderTimeline(longArticle(5), NAME);
    await user.click(screen.getByRole('button', { name: 'Filter events' }));
    await user.click(screen.getByRole('checkbox', { name: 'Outbreak' }));
    expect(status()).toHaveTextContent('Showing 50 of 90 matching, 105 events in all');
    expect(listed()).toHaveLength(50);
  });

  it('puts a linked event beyond the first page on the page, opening at it', () => {
    renderTimeline(longArticle(5), NAME, `#/read/${NAME}/e-nampo-proposal-x04`);
    expect(document.getElementById('e-nampo-proposal-x04')).toBeInTheDocument();
    expect(listed().length).toBeGreaterThan(50);
    expect(listed().length % 50).toBe(0);
  });

  it('puts a linked event beyond the first page on the page when a link is followed', async () => {
    renderTimeline(longArticle(5), NAME);
    expect(document.getElementById('e-nampo-proposal-x04')).not.toBeInTheDocument();
    await followLink(() => {
      window.location.hash = `#/read/${NAME}/e-nampo-proposal-x04`;
      return Promise.resolve();
    });
    await waitFor(() => {
      expect(document.getElementById('e-nampo-proposal-x04')).toBeInTheDocument();
    });
    expect(listed().length).toBeGreaterThan(50);
  });

  it('prints every event', () => {
    renderTimeline(longArticle(5), NAME);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(listed()).toHaveLength(105);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(listed()).toHaveLength(50);
  });
});
