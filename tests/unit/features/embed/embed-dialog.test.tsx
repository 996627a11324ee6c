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

const textbox = (dialog: HTMLElement, name: RegExp) =>
  within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name }).value;

async function showSelect(dialog: HTMLElement) {
  return within(dialog).findByRole<HTMLSelectElement>('combobox', { name: 'Show' });
}

// The dialog's fields load on demand: the first test in a file waits for that chunk too.
describe('the Embed dialog', { timeout: 20_000 }, () => {
  it('offers the linked item as a named card, in the loader and iframe snippets', async () => {
    const { dialog } = await openDialog('/read/dailynk-train-service-talks/q-bewildered');
    const show = await showSelect(dialog);
    expect(show).toHaveValue('card:q-bewildered');
    expect(show.selectedOptions[0]?.textContent).toBe(
      'Quote: “bewildered” — a source in North Korea (a card)',
    );
    const loader = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: /With the loader/ });
    expect(loader).toHaveAttribute('readonly');
    const code = loader.value;
    expect(code).toContain('data-article="dailynk-train-service-talks"');
    expect(code).toContain('data-item="q-bewildered"');
    expect(code).toContain('data-view="card"');
    expect(code).toContain('data-theme="host"');
    // Hosts without JavaScript show the quote and its attribution as plain HTML.
    expect(code).toContain('<blockquote><p>“bewildered”</p><p>— a source in North Korea, in “North Korea');
    expect(code).toMatch(
      /<script src="http:\/\/[^"]+\/embed\.js" defer referrerpolicy="no-referrer"><\/script>/,
    );
    const iframe = textbox(dialog, /Plain iframe/);
    expect(iframe).toContain('#/embed/dailynk-train-service-talks/q-bewildered?view=card&amp;theme=light');
    expect(iframe).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(iframe).toContain('title="Provenance: card"');
  });

  it('offers a card for a quote opened from its chip, named, and starts on it', async () => {
    const user = userEvent.setup();
    renderApp('/read/dailynk-train-service-talks', () => ({ status: 200, body: seed }));
    const chip = await screen.findByRole('button', {
      name: /^Quote from a source in North Korea.*“bewildered”/,
    });
    await user.click(chip);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed on another page' });
    const show = await showSelect(dialog);
    expect(show).toHaveValue('card:q-bewildered');
    expect(textbox(dialog, /With the loader/)).toContain('data-item="q-bewildered"');
  });

  it('starts on the timeline when its tab is open, and never writes the linked quote into it', async () => {
    const user = userEvent.setup();
    renderApp('/read/dailynk-train-service-talks/q-bewildered', () => ({ status: 200, body: seed }));
    await user.click(await screen.findByRole('tab', { name: 'Timeline' }));
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed on another page' });
    expect(await showSelect(dialog)).toHaveValue('timeline');
    const loader = textbox(dialog, /With the loader/);
    expect(loader).toContain('data-view="timeline"');
    expect(loader).not.toContain('data-item');
    expect(textbox(dialog, /Plain iframe/)).toContain('#/embed/dailynk-train-service-talks?view=timeline');
  });

  it('writes no item into the quotes index, and the whole article opens at the linked item', async () => {
    const { user, dialog } = await openDialog('/read/dailynk-train-service-talks/q-bewildered');
    const show = await showSelect(dialog);
    await user.selectOptions(show, 'quotes');
    expect(textbox(dialog, /With the loader/)).not.toContain('data-item');
    expect(textbox(dialog, /Plain iframe/)).not.toContain('q-bewildered');
    await user.selectOptions(show, 'reader');
    expect(show.selectedOptions[0]?.textContent).toContain(
      'The whole article, opened at quote: “bewildered”',
    );
    expect(textbox(dialog, /With the loader/)).toContain('data-item="q-bewildered"');
  });

  it('changes the snippets with the theme, accent and font, and says what is wrong with a bad one', async () => {
    const { user, dialog } = await openDialog('/read/dailynk-train-service-talks');
    await user.selectOptions(await showSelect(dialog), 'timeline');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Theme' }), 'dark');
    const accent = within(dialog).getByRole('textbox', { name: 'Accent colour (optional)' });
    await user.type(accent, 'red');
    expect(accent).toHaveAttribute('aria-invalid', 'true');
    expect(accent).toHaveAccessibleDescription(/Write a colour as #rgb or #rrggbb/);
    expect(textbox(dialog, /With the loader/)).not.toContain('data-accent');
    await user.clear(accent);
    await user.type(accent, '#ffee00');
    // Yellow on the default white host page: the check says it is too faint.
    expect(accent).toHaveAccessibleDescription(/1\.\d:1 against the host’s background: too low/);
    await user.type(within(dialog).getByRole('textbox', { name: 'Font (optional)' }), 'Georgia, serif');
    expect(textbox(dialog, /With the loader/)).toContain('data-accent="#ffee00" data-font="Georgia, serif"');
    expect(textbox(dialog, /Plain iframe/)).toContain(
      '#/embed/dailynk-train-service-talks?view=timeline&amp;theme=dark&amp;accent=%23ffee00&amp;font=Georgia,+serif',
    );
  });

  it('shows a preview of the chosen form', async () => {
    const { user, dialog } = await openDialog('/read/dailynk-train-service-talks/q-bewildered');
    await showSelect(dialog);
    const preview = within(dialog).getByTitle<HTMLIFrameElement>('Preview of the embed');
    expect(preview.src).toContain('#/embed/dailynk-train-service-talks/q-bewildered?view=card');
    await user.selectOptions(await showSelect(dialog), 'quotes');
    expect(within(dialog).getByTitle<HTMLIFrameElement>('Preview of the embed').src).toContain(
      '?view=quotes',
    );
  });

  it('carries the negotiation view’s filters into a timeline snippet, and only there', async () => {
    const { user, dialog } = await openDialog('/negotiation/dailynk-train-service-talks?sides=china');
    const show = await showSelect(dialog);
    expect(show).toHaveValue('timeline');
    expect(show.selectedOptions[0]?.textContent).toBe('The timeline, filtered as on this page');
    expect(textbox(dialog, /With the loader/)).toContain(
      'data-view="timeline" data-theme="host" data-sides="china"',
    );
    expect(textbox(dialog, /Plain iframe/)).toContain('?view=timeline&amp;theme=light&amp;sides=china');
    await user.selectOptions(show, 'quotes');
    expect(textbox(dialog, /With the loader/)).not.toContain('data-sides');
  });

  it('copies a snippet and says so', async () => {
    const { user, dialog } = await openDialog('/read/dailynk-train-service-talks/q-bewildered');
    await showSelect(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Copy loader snippet' }));
    expect(await within(dialog).findByText('Copied: loader snippet')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toContain('data-provenance-embed=');
  });

  it('closes on Escape and gives focus back to the Embed button', async () => {
    const { user, button, dialog } = await openDialog('/read/dailynk-train-service-talks');
    await showSelect(dialog);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    expect(button).toHaveFocus();
  });
});
