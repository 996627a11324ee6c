import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render-app';
import { SEED_ARTICLE_FILE, SMALL_ARTICLE_FILE, readText } from '../../../fixtures/load-fixture';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openSmall() {
  const view = renderApp('/read/harbour-council-vote', () => ({
    status: 200,
    body: readText(SMALL_ARTICLE_FILE),
  }));
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('inline source attributions', () => {
  it('gives each attributed passage a disclosure button named for its source', async () => {
    await openSmall();
    const toggle = screen.getByRole('button', { name: 'Source: a person familiar with the talks, hedged' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Source: Mayor Ana Ortiz' })).toBeVisible();
  });

  it('expands the source card on click, with the source, cue, chain and certainty', async () => {
    await openSmall();
    const toggle = screen.getByRole('button', { name: 'Source: a person familiar with the talks, hedged' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const card = screen.getByRole('group', { name: 'Source card: a person familiar with the talks' });
    expect(toggle).toHaveAttribute('aria-controls', card.id);
    expect(card).toHaveTextContent('Anonymous source');
    expect(card).toHaveTextContent('Anonymous, no reason given');
    expect(card).toHaveTextContent('“according to a person familiar with the talks”');
    expect(within(card).getByRole('list', { name: /Relay chain/ })).toHaveTextContent(
      'a person familiar with the talks→ told the Coastal Ledger',
    );
    expect(card).toHaveTextContent('Hedged by “appears”');
  });

  it('expands and collapses the card with Enter and Space', async () => {
    await openSmall();
    const toggle = screen.getByRole('button', { name: 'Source: Mayor Ana Ortiz' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Source card: Mayor Ana Ortiz' })).toBeVisible();
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Source card: Mayor Ana Ortiz' })).toBeNull();
  });

  it('closes a card from its close button and returns focus to the toggle', async () => {
    await openSmall();
    const toggle = screen.getByRole('button', { name: 'Source: Mayor Ana Ortiz' });
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'Close source card' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('links a card to the other passages from the same source', async () => {
    renderApp('/read/dailynk-train-service-talks', () => ({
      status: 200,
      body: readText(SEED_ARTICLE_FILE),
    }));
    await screen.findByRole('heading', { level: 1 });
    const [toggle] = screen.getAllByRole('button', { name: 'Source: another source inside North Korea' });
    await userEvent.click(toggle!);
    const card = screen.getByRole('group', { name: 'Source card: another source inside North Korea' });
    const links = within(card).getAllByRole('link');
    expect(links.length).toBeGreaterThan(2);
    expect(links[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/read\/dailynk-train-service-talks\/a-/) as string,
    );
  });

  it('keeps every paragraph’s text exactly as published with the marks and toggles in place', async () => {
    const { container } = await openSmall();
    const shown = [...container.querySelectorAll('p.pv-paragraph')].map((p) => p.textContent);
    const published = JSON.parse(readText(SMALL_ARTICLE_FILE)) as { body: { type: string; text?: string }[] };
    expect(shown).toEqual(published.body.filter((b) => b.type === 'paragraph').map((b) => b.text));
  });
});

describe('the sources panel', () => {
  it('lists every source with the number of passages it supports', async () => {
    await openSmall();
    const panel = screen.getByRole('region', { name: /Sources/ });
    expect(within(panel).getByRole('button', { name: /Mayor Ana Ortiz\s*1 passage/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(within(panel).getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('expands all sources and collapses them again', async () => {
    await openSmall();
    const panel = screen.getByRole('region', { name: /Sources/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Expand all' }));
    const disclosures = within(panel).getAllByRole('button', { expanded: true });
    expect(disclosures).toHaveLength(3);
    expect(within(panel).getByRole('link', { name: /We cannot build on a promise/ })).toBeVisible();
    await userEvent.click(within(panel).getByRole('button', { name: 'Collapse all' }));
    expect(within(panel).queryAllByRole('button', { expanded: true })).toHaveLength(0);
  });

  it('highlights all of a source’s passages in the text and says so', async () => {
    const { container } = await openSmall();
    const button = screen.getByRole('button', { name: 'Highlight this source: Mayor Ana Ortiz' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('#a-mayor')).toHaveClass('pv-lit');
    expect(container.querySelector('#a-union')).not.toHaveClass('pv-lit');
    const rail = screen.getByRole('complementary', { name: /Sources, timeline and quotes/ });
    expect(within(rail).getAllByRole('status')[0]).toHaveTextContent(
      'Highlighting passages from Mayor Ana Ortiz',
    );
    await userEvent.click(button);
    expect(container.querySelector('#a-mayor')).not.toHaveClass('pv-lit');
  });
});

describe('the sourcing profile', () => {
  it('offers each kind of source as a control with its share, and highlights its passages', async () => {
    const { container } = await openSmall();
    const profile = screen.getByRole('region', { name: 'Sourcing profile' });
    const anonymous = within(profile).getByRole('button', { name: /Anonymous source \d+%/ });
    await userEvent.click(anonymous);
    expect(anonymous).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('#a-union')).toHaveClass('pv-lit');
    expect(container.querySelector('#a-mayor')).not.toHaveClass('pv-lit');
    expect(profile).toHaveTextContent('3 sources · 3 attributed passages · 1 quote · 3 events');
  });
});

describe('the seed article’s sources', () => {
  it('lists under every source exactly the passages it said or passed on', async () => {
    const seed = JSON.parse(readText(SEED_ARTICLE_FILE)) as {
      sources: { id: string; name: string }[];
      attributions: { id: string; sourceId: string; chain: { sourceId: string }[] }[];
    };
    renderApp('/read/dailynk-train-service-talks', () => ({
      status: 200,
      body: readText(SEED_ARTICLE_FILE),
    }));
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    for (const source of seed.sources) {
      const expected = seed.attributions
        .filter((a) => {
          const credited = a.chain.findIndex((link) => link.sourceId === a.sourceId);
          return a.chain.slice(0, credited + 1).some((link) => link.sourceId === source.id);
        })
        .map((a) => `#/read/dailynk-train-service-talks/${a.id}`);
      const entry = document.getElementById(source.id)!;
      const listed = within(entry)
        .getAllByRole('link')
        .filter((link) => link.getAttribute('rel') !== 'bookmark')
        .map((link) => link.getAttribute('href'));
      expect(listed, source.name).toEqual(expected);
    }
  });
});
