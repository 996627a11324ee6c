import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render-app';
import { SEED_ARTICLE_FILE, readText } from '../../../fixtures/load-fixture';

const seed = readText(SEED_ARTICLE_FILE);

beforeEach(() => {
  // jsdom has no idle callbacks; the reader page preloads its panels with them.
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => window.setTimeout(callback, 0));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    window.clearTimeout(handle);
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openDialog(path: string) {
  const user = userEvent.setup();
  renderApp(path, () => ({ status: 200, body: seed }));
  const button = await screen.findByRole('button', { name: 'Embed' });
  await user.click(button);
  const dialog = screen.getByRole('dialog', { name: 'Embed on another page' });
  return { user, button, dialog };
}

describe('the Embed dialog', () => {
  it('offers the loader and iframe snippets for the linked item, as a card', async () => {
    const { dialog } = await openDialog('/read/dailynk-train-service-talks/q-bewildered');
    expect(within(dialog).getByRole('combobox', { name: 'Show' })).toHaveValue('card');
    const loader = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: /With the loader/ });
    expect(loader).toHaveAttribute('readonly');
    const code = loader.value;
    expect(code).toContain('data-article="dailynk-train-service-talks"');
    expect(code).toContain('data-item="q-bewildered"');
    expect(code).toContain('data-view="card"');
    expect(code).toMatch(
      /<script src="http:\/\/[^"]+\/embed\.js" defer referrerpolicy="no-referrer"><\/script>/,
    );
    const iframe = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: /Plain iframe/ }).value;
    expect(iframe).toContain('#/embed/dailynk-train-service-talks/q-bewildered?view=card');
    expect(iframe).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(iframe).toContain('title="Provenance: card"');
  });

  it('changes the snippets with the chosen view and theme', async () => {
    const { user, dialog } = await openDialog('/read/dailynk-train-service-talks');
    const show = within(dialog).getByRole('combobox', { name: 'Show' });
    expect(within(show).queryByRole('option', { name: 'This item as a card' })).toBeNull();
    await user.selectOptions(show, 'timeline');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Theme' }), 'dark');
    const iframe = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: /Plain iframe/ }).value;
    expect(iframe).toContain('#/embed/dailynk-train-service-talks?view=timeline&amp;theme=dark');
  });

  it('copies a snippet and says so', async () => {
    const { user, dialog } = await openDialog('/read/dailynk-train-service-talks/q-bewildered');
    await user.click(within(dialog).getByRole('button', { name: 'Copy loader snippet' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Copied: loader snippet');
    expect(await navigator.clipboard.readText()).toContain('data-provenance-embed=');
  });

  it('closes on Escape and gives focus back to the Embed button', async () => {
    const { user, button } = await openDialog('/read/dailynk-train-service-talks');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    expect(button).toHaveFocus();
  });
});
