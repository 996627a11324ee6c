import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render-app';
import { SEED_ARTICLE_FILE, readText } from '../../../fixtures/load-fixture';

const seed = readText(SEED_ARTICLE_FILE);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.pvTheme;
});

describe('the embed route', () => {
  it('shows one quote as a pull quote with its attribution and a link out in a new tab', async () => {
    renderApp(
      '/embed/dailynk-train-service-talks/q-bewildered?view=card&theme=dark&accent=%230055aa',
      () => ({
        status: 200,
        body: seed,
      }),
    );
    const quote = await screen.findByRole('figure');
    expect(quote).toHaveTextContent('bewildered');
    expect(quote).toHaveTextContent('—');
    expect(screen.queryByRole('tablist')).toBeNull();
    const out = screen.getByRole('link', { name: /Open in Provenance/ });
    expect(out).toHaveAttribute('target', '_blank');
    expect(out).toHaveAttribute('rel', 'noopener');
    expect(out.getAttribute('href')).toMatch(/#\/read\/dailynk-train-service-talks\/q-bewildered$/);
    expect(document.documentElement.dataset.pvTheme).toBe('dark');
    expect(document.documentElement.style.getPropertyValue('--pv-accent')).toBe('#0055aa');
  });

  it('shows the timeline alone under the article’s headline', async () => {
    renderApp('/embed/dailynk-train-service-talks?view=timeline', () => ({ status: 200, body: seed }));
    expect(await screen.findByRole('list', { name: 'Columns, left to right' })).toHaveTextContent(
      'North KoreaChinaDaily NK',
    );
    expect(screen.getByRole('heading', { level: 2, name: /^The deal/ })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('North Korea');
    expect(screen.queryByRole('heading', { name: /^Quotes/ })).toBeNull();
  });
});
