import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { followLink, renderTimeline, seedArticle } from './render-timeline';

const OFFER = 'The council offers the union a review.';
const REJECTION = 'The union rejects the review.';
const VOTE = 'The council votes 5–2 to delay the terminal.';

function timeline() {
  return screen.getByRole('region', { name: /^Timeline/ });
}

function eventItem(summary: string): HTMLElement {
  const item = screen.getByRole('button', { name: summary }).closest('li');
  if (!item) throw new Error(`no event item for ${summary}`);
  return item;
}

async function openFilters() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Filter events' }));
  return user;
}

describe('TimelinePanel', () => {
  it('lists every event in order in a labelled region, each item named by the event id', () => {
    renderTimeline();
    const headings = within(timeline()).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([OFFER, REJECTION, VOTE]);
    expect(eventItem(OFFER)).toHaveAttribute('id', 'e-review-offer');
    expect(eventItem(VOTE).parentElement?.tagName).toBe('OL');
  });

  it('shows each event’s date, kind and actors, saying when a date is inferred', () => {
    renderTimeline();
    const offer = eventItem(OFFER);
    expect(offer).toHaveTextContent('early March 2024, inferred');
    expect(offer).toHaveTextContent('Proposal · the harbour council');
    const stated = within(eventItem(REJECTION)).getByText('early March 2024');
    expect(stated.closest('p')).toHaveTextContent(/^early March 2024$/);
    expect(within(eventItem(VOTE)).getByText('March 12, 2024').closest('time')).toHaveAttribute(
      'datetime',
      '2024-03-12',
    );
  });

  it('expands an event to show the article’s wording and its evidence, and collapses it again', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const toggle = screen.getByRole('button', { name: VOTE });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Closed, the details are not shown (not even built).
    expect(screen.queryByText('“voted 5–2 on Tuesday to delay the new ferry terminal”')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details).toBeVisible();
    expect(
      within(details!).getByText('“voted 5–2 on Tuesday to delay the new ferry terminal”'),
    ).toBeVisible();
    expect(within(details!).getByText(/The Tuesday before publication/)).toBeVisible();
    const links = within(details!)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('rel') !== 'bookmark');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#/read/harbour-council-vote/p-vote',
      '#/read/harbour-council-vote/a-vote',
      '#/read/harbour-council-vote/q-promise',
    ]);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(details).not.toBeVisible();
  });

  it('connects an answer to what it answers, in words and as links both ways', () => {
    renderTimeline();
    const answers = within(eventItem(REJECTION)).getByRole('link', {
      name: 'Harbour council’s proposal of early March 2024',
    });
    expect(answers.closest('li')).toHaveTextContent(
      'Answers: Harbour council’s proposal of early March 2024',
    );
    expect(answers).toHaveAttribute('href', '#/read/harbour-council-vote/e-review-offer');
    const answeredBy = within(eventItem(OFFER)).getByRole('link', {
      name: 'Dockworkers’ union’s rejection of early March 2024',
    });
    expect(answeredBy.closest('li')).toHaveTextContent('Answered by:');
    expect(answeredBy).toHaveAttribute('href', '#/read/harbour-council-vote/e-union-rejects');
  });

  it('filters by kind and announces the new count', async () => {
    renderTimeline();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Showing 3 of 3 events');
    const user = await openFilters();
    const kinds = screen.getByRole('group', { name: 'Kinds' });
    await user.click(within(kinds).getByRole('checkbox', { name: 'Proposal' }));
    expect(status).toHaveTextContent('Showing 2 of 3 events');
    expect(screen.queryByRole('button', { name: OFFER })).not.toBeInTheDocument();
  });

  it('filters by side with the keyboard', async () => {
    renderTimeline();
    const user = await openFilters();
    const union = within(screen.getByRole('group', { name: 'Sides' })).getByRole('checkbox', {
      name: 'Dockworkers’ union',
    });
    union.focus();
    await user.keyboard(' ');
    expect(union).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 3 events');
    expect(screen.queryByRole('button', { name: REJECTION })).not.toBeInTheDocument();
  });

  it('filters by actor, says when nothing matches, and shows all again', async () => {
    renderTimeline();
    const user = await openFilters();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Actor' }), 'the dockworkers’ union');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3 events');
    await user.click(screen.getByRole('checkbox', { name: 'Rejection' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 3 events');
    expect(screen.getByText('No events match these filters.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show all events' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 events');
  });

  it('shows every event again when a link leads to one the filters hide', async () => {
    renderTimeline();
    const user = await openFilters();
    await user.click(screen.getByRole('checkbox', { name: 'Proposal' }));
    expect(screen.queryByRole('button', { name: OFFER })).not.toBeInTheDocument();
    await followLink(() =>
      user.click(screen.getByRole('link', { name: 'Harbour council’s proposal of early March 2024' })),
    );
    expect(await screen.findByRole('button', { name: OFFER })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Proposal' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 events');
  });

  it('expands and collapses every event at once', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    for (const summary of [OFFER, REJECTION, VOTE])
      expect(screen.getByRole('button', { name: summary })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.getByRole('button', { name: OFFER })).toHaveAttribute('aria-expanded', 'false');
  });

  it('highlights an event’s evidence as a pressed toggle', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole('button', { name: VOTE }));
    const highlight = screen.getByRole('button', { name: `Highlight evidence for: ${VOTE}` });
    expect(highlight).toHaveAttribute('aria-pressed', 'false');
    await user.click(highlight);
    expect(highlight).toHaveAttribute('aria-pressed', 'true');
  });

  it('says who answered whom above the list, and only among the events shown', async () => {
    renderTimeline(seedArticle(), 'dailynk-train-service-talks');
    const digest = within(timeline()).getByRole('list', { name: 'Who answered whom' });
    expect(digest).toHaveTextContent(
      'China answered North Korea 4 times: 2 objections, 1 rejection, 1 statement',
    );
    // North Korea's events hidden: what China answered is not shown, so nothing is told.
    const user = await openFilters();
    await user.click(screen.getByRole('checkbox', { name: /North Korea/ }));
    await waitFor(() => {
      expect(within(timeline()).queryByRole('list', { name: 'Who answered whom' })).toBeNull();
    });
  });

  it('says a date line once for a run of events dated alike: "as above" shown, the date said', () => {
    renderTimeline(seedArticle(), 'dailynk-train-service-talks');
    const items = [...document.querySelectorAll<HTMLElement>('.pv-timeline-list > li')];
    const lines = items.map((item) => item.querySelector<HTMLElement>('.pv-event-date'));
    const repeats = lines.filter((line) => line?.classList.contains('pv-event-date--as-above'));
    expect(repeats.length).toBeGreaterThan(0);
    lines.forEach((line, index) => {
      if (!line?.classList.contains('pv-event-date--as-above')) return;
      // Shown as "as above" (the rest hidden from sight), said in full as the line above it.
      expect(within(line).getByText('as above')).toHaveAttribute('aria-hidden', 'true');
      const said = line.querySelector('.pv-visually-hidden')?.textContent;
      const above = lines[index - 1];
      const aboveSaid = above?.querySelector('.pv-visually-hidden')?.textContent ?? above?.textContent;
      expect(said).toBe(aboveSaid);
    });
    // A line unlike the one above is shown in full.
    expect(lines[0]).not.toHaveClass('pv-event-date--as-above');
  });

  it('shows the seed article’s 21 events, undated ones said to be so', () => {
    renderTimeline(seedArticle(), 'dailynk-train-service-talks');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 21 of 21 events');
    const first = document.getElementById('e-agreement-restart-trains');
    expect(first?.parentElement?.firstElementChild).toBe(first);
    expect(first).toHaveTextContent('no later than Oct. 26, 2020, inferred');
    expect(document.getElementById('e-no-tourists-until-january')).toHaveTextContent(
      'until at least January 2021, inferred',
    );
    expect(document.getElementById('e-diplomats-told')).toHaveTextContent('a Monday before publication');
    expect(
      within(document.getElementById('e-china-rejects-nampo')!).getByRole('link', {
        name: 'North Korea’s proposal of early November 2020',
      }),
    ).toHaveAttribute('href', '#/read/dailynk-train-service-talks/e-nampo-proposal');
  });
});
