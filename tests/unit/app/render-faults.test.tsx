import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { SMALL_ARTICLE_FILE, readText } from '../../fixtures/load-fixture';

// A timeline that cannot render, as a bug or a strange article might make it.
vi.mock('../../../src/features/timeline/timeline-panel', () => ({
  TimelinePanel: () => {
    throw new Error('the events could not be drawn');
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a feature area that fails to render', () => {
  it('shows a message in its place while the article stays readable', async () => {
    renderApp('/read/harbour-council-vote', () => ({ status: 200, body: readText(SMALL_ARTICLE_FILE) }));
    await screen.findByRole('heading', { level: 1, name: 'Harbour council delays ferry terminal' });
    await userEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sorry, the timeline could not be shown. the events could not be drawn');
    // The paragraph's text, whatever marks split it into elements.
    const paragraph = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' && /The money has to be in the account first/.test(element.textContent),
    );
    expect(paragraph).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Sources' })).toBeVisible();
    // React and the boundary report the fault on the console, as they should; expected here.
    expect(vi.mocked(console.error)).toHaveBeenCalled();
    vi.mocked(console.error).mockClear();
  });
});
