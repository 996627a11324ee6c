import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/article-schema';
import { blockText } from '../../src/article/body-schema';
import { readText, SEED_ARTICLE_FILE, SEED_TEXT_FILE } from '../fixtures/load-fixture';
import { tempDirForTest } from '../fixtures/temp-dir';
import { useReader } from './lib/reader-page';
import { openNewDesk } from './lib/desk-page';

/**
 * The "done when": the seed's plain text, pasted into the desk, becomes by the UI alone an
 * article equivalent to the curated one (every quotation with its speaker and insertions, every
 * source with its kind, every attribution with its source, certainty, hedges, cue and relay
 * chain, the main events with their kinds, sides, answers and stated dates), and its export
 * validates. Every click, key, choice and typed field is counted.
 */

/** An editor's hands: each call is one action (a click, a key, a choice, a typed field). */
function hands(page: Page) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    click: async (target: Locator) => {
      count++;
      await target.click();
    },
    fill: async (target: Locator, text: string) => {
      count++;
      await target.fill(text);
    },
    choose: async (target: Locator, option: string | { label: string }) => {
      count++;
      await target.selectOption(option);
    },
    check: async (target: Locator) => {
      count++;
      await target.check();
    },
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
  };
}

type Hands = ReturnType<typeof hands>;

/** The editor's reading of the events, as they would enter it: wording, kind, who, when, answers. */
type EventPlan = {
  wording: string;
  kind: string;
  summary: string;
  actors: string[];
  newActor?: { name: string; side: string; sideIsNew?: boolean };
  date?: { phrase: string };
  answers?: string;
};

const CHINA = 'China (Chinese officials)';
const PLAN: EventPlan[] = [
  {
    wording:
      'North Korea and China had agreed to restart international train service from the end of November and permit tourism on a limited basis',
    kind: 'agreement',
    summary: 'North Korea and China agree to restart train service and permit limited tourism.',
    actors: ['North Korea'],
    newActor: { name: CHINA, side: 'China', sideIsNew: true },
    date: { phrase: 'before Oct. 26' },
  },
  {
    wording: 'Daily NK had reported on Oct. 26',
    kind: 'report',
    summary: 'Daily NK reports the agreement.',
    actors: ['Daily NK'],
    date: { phrase: 'Oct. 26' },
  },
  {
    wording:
      'China and North Korea agreed to secretly transport supplies along with Chinese tourists once they resumed international train services',
    kind: 'agreement',
    summary: 'China and North Korea agree to move supplies secretly with tourists.',
    actors: ['North Korea', CHINA],
  },
  {
    wording:
      'North Korean authorities had recently proposed to China that the issue of permitting tourists through international train service “be discussed again.”',
    kind: 'request',
    summary: 'North Korea asks China to reopen the question of tourists.',
    actors: ['North Korea'],
  },
  {
    wording: 'China, which felt this indicated distrust in its quarantine situation, strongly objected',
    kind: 'objection',
    summary: 'China strongly objects, reading the request as distrust.',
    actors: [CHINA],
    answers: 'North Korea asks China to reopen the question of tourists.',
  },
  {
    wording:
      'North Korea proposed that it would accept only the supplies while denying entry to Chinese tourists',
    kind: 'proposal',
    summary: 'North Korea proposes taking in only the supplies.',
    actors: ['North Korea'],
  },
  {
    wording: 'China appears to have objected',
    kind: 'objection',
    summary: 'China objects to the supplies-only proposal.',
    actors: [CHINA],
    answers: 'North Korea proposes taking in only the supplies.',
  },
  {
    wording: 'China’s sudden decision to suspend the resumption of train service',
    kind: 'decision',
    summary: 'China suspends the restart of train service.',
    actors: [CHINA],
  },
  {
    wording:
      'a North Korean delegation in China rushed to propose to the Chinese side the exchange of supplies through Nampo Port',
    kind: 'proposal',
    summary: 'The North Korean delegation proposes trade through Nampo Port.',
    actors: [],
    newActor: { name: 'the North Korean delegation in China', side: 'North Korea' },
    date: { phrase: 'early November' },
  },
  {
    wording: 'China turned down this proposal, too.',
    kind: 'rejection',
    summary: 'China turns down the Nampo Port proposal.',
    // After the early-November proposal, before publication: some day in November.
    date: { phrase: 'November' },
    actors: [CHINA],
    answers: 'The North Korean delegation proposes trade through Nampo Port.',
  },
  {
    wording: 'Chinese officials told North Korea that it could not resume trade through Nampo Port',
    kind: 'statement',
    summary: 'Chinese officials say trade through Nampo Port cannot resume.',
    // After the early-November proposal, before publication: some day in November.
    date: { phrase: 'November' },
    actors: [CHINA],
    answers: 'The North Korean delegation proposes trade through Nampo Port.',
  },
  {
    wording: 'Comrade Kim Jong Un’s order not to restart tourism until the Eighth Party Congress',
    kind: 'order',
    summary: 'Kim Jong Un orders no tourism before the Eighth Party Congress.',
    actors: [],
    newActor: { name: 'Kim Jong Un', side: 'North Korea' },
  },
  {
    wording:
      'North Korea has reportedly decided not to accept Chinese tourists through at least next January',
    kind: 'decision',
    summary: 'North Korea decides to accept no Chinese tourists until January.',
    actors: ['North Korea'],
  },
];

/** Selects words with the keyboard's way in: typed into "Select words", then Enter. */
async function selectTyped(page: Page, act: Hands, words: string) {
  await act.fill(page.getByRole('textbox', { name: 'Select words' }), words);
  await act.press('Enter');
  await page.locator('.pv-desk-selection').waitFor();
}

async function addEvent(page: Page, act: Hands, plan: EventPlan) {
  await selectTyped(page, act, plan.wording);
  const form = page.locator('.pv-desk-selection');
  await act.click(form.getByRole('button', { name: 'Event', exact: true }));
  await act.choose(form.getByLabel('Kind'), plan.kind);
  await act.fill(form.getByLabel('Summary (one line)'), plan.summary);
  for (const actor of plan.actors)
    await act.check(form.getByRole('checkbox', { name: `${actor} (`, exact: false }).first());
  if (plan.newActor) {
    await act.fill(form.getByLabel('New actor', { exact: true }), plan.newActor.name);
    if (plan.newActor.sideIsNew) await act.fill(form.getByLabel('or a new side named'), plan.newActor.side);
    else await act.choose(form.getByLabel('on the side'), { label: plan.newActor.side });
  }
  if (plan.date) {
    await act.fill(form.getByLabel('Date phrase'), plan.date.phrase);
    await act.click(form.getByRole('button', { name: 'Propose dates' }));
  }
  if (plan.answers) await act.choose(form.getByLabel('Answers'), { label: plan.answers });
  await act.click(form.getByRole('button', { name: 'Add event' }));
  await form.waitFor({ state: 'detached' });
}

// --- What "equivalent" means, read from both files -------------------------------------------

const sourceName = (a: Article, id: string | undefined) => a.sources.find((s) => s.id === id)?.name;

function quotations(a: Article) {
  return a.quotes
    .map((q) => ({
      text: q.parts.map((p) => p.text).join(' … '),
      speaker: sourceName(a, q.speakerId),
      relayedBy: sourceName(a, q.relayedById),
      insertions: q.insertions.map((i) => i.text),
    }))
    .sort((x, y) => x.text.localeCompare(y.text));
}

/** Attributions by their passage (the same words, give or take the cue's sentence end). */
function attributionOf(from: Article, id: string, to: Article) {
  const a = from.attributions.find((x) => x.id === id);
  const block = from.body.find((b) => b.id === a?.range.blockId);
  const blockIds = to.body.filter((b) => block && blockText(b) === blockText(block)).map((b) => b.id);
  return to.attributions.find(
    (x) =>
      a && blockIds.includes(x.range.blockId) && x.range.start < a.range.end && a.range.start < x.range.end,
  );
}

function attributionFacts(article: Article, a: Article['attributions'][number]) {
  return {
    source: sourceName(article, a.sourceId),
    certainty: a.certainty,
    hedges: a.hedges.map((h) => h.text),
    cue: a.cue?.text,
    chain: a.chain.map((l) => sourceName(article, l.sourceId)),
  };
}

function sources(a: Article) {
  return a.sources.map((s) => `${s.name} · ${s.kind}`).sort();
}

/** The main events: every agreement, decision, order and report, and all that answer or are answered. */
function mainEvents(a: Article) {
  const answered = new Set(a.events.flatMap((e) => (e.answersId ? [e.answersId] : [])));
  return a.events.filter(
    (e) =>
      ['agreement', 'decision', 'order', 'report'].includes(e.kind) ||
      e.answersId !== undefined ||
      answered.has(e.id),
  );
}

/** An event of `to` whose wording overlaps the event's wording in `from` (blocks matched by text). */
function sameEvent(from: Article, id: string, to: Article) {
  const event = from.events.find((e) => e.id === id);
  if (!event) return undefined;
  const block = from.body.find((b) => b.id === event.wording.blockId);
  const blockIds = to.body.filter((b) => block && blockText(b) === blockText(block)).map((b) => b.id);
  return to.events.find(
    (e) =>
      blockIds.includes(e.wording.blockId) &&
      e.wording.start < event.wording.end &&
      event.wording.start < e.wording.end,
  );
}

function sidesOf(a: Article, actorIds: string[]) {
  const sideOf = (id: string) => a.actors.find((x) => x.id === id)?.sideId;
  return [...new Set(actorIds.map((id) => a.sides.find((s) => s.id === sideOf(id))?.name))].sort();
}

describe('the seed article made at the desk', () => {
  const reader = useReader({ width: 1280, height: 900 });

  it('goes from the pasted seed text to an export equivalent to the curated article, by the UI alone', async () => {
    const page = reader.page;
    await openNewDesk(page, reader.server.url);
    const act = hands(page);
    const started = Date.now();

    await act.fill(page.getByLabel('Article text'), readText(SEED_TEXT_FILE));
    await act.click(page.getByRole('button', { name: 'Draft from this text' }));
    await page.getByText(/of \d+ reviewed/).waitFor();

    // Headline and the publication month (the article states no date).
    await act.click(page.getByText('Headline, publisher and date'));
    const details = page.locator('.pv-desk-meta');
    await act.fill(
      details.getByLabel('Headline'),
      'North Korea and China move away from plans to restart international train service',
    );
    await act.fill(details.getByLabel('Date phrase'), 'November 2020');
    await act.click(details.getByRole('button', { name: 'Propose dates' }));
    await act.choose(details.getByLabel('Basis'), 'inferred');
    await act.click(details.getByRole('button', { name: 'Save details' }));

    // Sources: "China" is the Chinese officials; Kim Jong Un, whose order is relayed, is missing.
    await act.click(page.getByRole('button', { name: /^Sources/ }));
    await act.click(
      page
        .locator('.pv-desk-row')
        .filter({ hasText: /^China/ })
        .getByRole('button', { name: 'Correct' }),
    );
    const editor = page.locator('.pv-desk-editor');
    await act.fill(editor.getByLabel('Name as the article gives it'), 'Chinese officials');
    await act.choose(editor.getByLabel('Kind'), 'group');
    await act.fill(editor.getByLabel(/^Other names/), 'China, the Chinese side, Beijing');
    await act.click(editor.getByRole('button', { name: 'Save' }));
    await act.click(page.getByRole('button', { name: 'New source' }));
    const newSource = page.getByRole('form', { name: 'New source' });
    await act.fill(newSource.getByLabel('Name as the article gives it'), 'Kim Jong Un');
    await act.choose(newSource.getByLabel('Kind'), 'named-person');
    await act.click(newSource.getByRole('button', { name: 'Add source' }));
    await act.click(page.getByRole('button', { name: /^Accept all \d+ sources/ }));

    // Relay chains: Kim Jong Un's order and the Chinese complaint reach the article second-hand.
    await act.click(page.getByRole('button', { name: /^Attributions/ }));
    for (const [passage, origin] of [
      ['On Monday, [North Korea’s]', 'Kim Jong Un'],
      ['China complained that North Korea', 'Chinese officials'],
      ['The source said Chinese officials', 'Chinese officials'],
    ] as const) {
      await act.click(
        page.locator('.pv-desk-row').filter({ hasText: passage }).getByRole('button', { name: 'Correct' }),
      );
      await act.choose(editor.getByLabel('Add at the origin'), { label: origin });
      await act.click(editor.getByRole('button', { name: 'Add link' }));
      await act.click(editor.getByRole('button', { name: 'Save' }));
      await editor.waitFor({ state: 'detached' });
    }
    // Hedges: the hedging word, not the words around it; "could" in a quotation is not the reporter's.
    const correct = async (passage: string, edit: () => Promise<void>) => {
      await act.click(
        page.locator('.pv-desk-row').filter({ hasText: passage }).getByRole('button', { name: 'Correct' }),
      );
      await edit();
      await act.click(editor.getByRole('button', { name: 'Save' }));
      await editor.waitFor({ state: 'detached' });
    };
    const hedges = () => editor.getByLabel('Hedge words, separated by commas');
    await correct('North Korea appears to have been', () => act.fill(hedges(), 'appears'));
    await correct('China appears to have objected', () => act.fill(hedges(), 'appears'));
    await correct('and that he “seems to believe', () => act.fill(hedges(), 'seems'));
    await correct('According to the source', async () => {
      await act.fill(hedges(), '');
      await act.choose(editor.getByLabel('Certainty'), 'stated');
    });
    await correct('In short, the source’s report', () =>
      act.fill(editor.getByLabel('Cue words'), 'In short, the source’s report suggests'),
    );
    await act.click(page.getByRole('button', { name: /^Accept all \d+ attributions/ }));

    // Quotations and insertions: the ingest found them all; accepted after reading them.
    await act.click(page.getByRole('button', { name: /^Quotations/ }));
    await act.click(page.getByRole('button', { name: /^Accept all \d+ quotations/ }));

    // Events: the ingest's candidates are sentences around date words; the editor makes them anew.
    await act.click(page.getByRole('button', { name: /^Events/ }));
    await act.click(page.getByRole('button', { name: /^Reject all \d+ events/ }));
    for (const plan of PLAN) await addEvent(page, act, plan);

    await page.getByText(/nothing left to review/).waitFor();
    expect(await page.getByRole('tab', { name: /Problems/ }).textContent()).toBe('Problems (0)');

    await act.fill(page.getByLabel('File name'), 'dailynk-train-service-talks');
    const download = page.waitForEvent('download');
    await act.click(page.getByRole('button', { name: 'Export JSON' }));
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('dailynk-train-service-talks.json');
    const file = join(tempDirForTest('desk-seed'), saved.suggestedFilename());
    await saved.saveAs(file);
    const seconds = (Date.now() - started) / 1000;
    console.log(`seed to curated-equivalent export: ${act.count} UI actions, ${seconds.toFixed(1)} s`);

    const made = JSON.parse(readText(file)) as Article;
    const curated = JSON.parse(readText(SEED_ARTICLE_FILE)) as Article;
    expect(made.meta.draft).toBeUndefined();
    expect(made.meta.published).toMatchObject({ earliest: '2020-11-01', latest: '2020-11-30' });
    expect(quotations(made)).toEqual(quotations(curated));
    expect(sources(made)).toEqual(sources(curated));
    expect(made.attributions).toHaveLength(curated.attributions.length);
    for (const a of curated.attributions) {
      const twin = attributionOf(curated, a.id, made);
      expect(twin, `an attribution over “${a.range.text}”`).toBeDefined();
      if (twin) expect(attributionFacts(made, twin), a.id).toEqual(attributionFacts(curated, a));
    }
    const main = mainEvents(curated);
    expect(main.length).toBeGreaterThanOrEqual(10);
    for (const event of main) {
      const twin = sameEvent(curated, event.id, made);
      expect(twin, `an event over “${event.wording.text}”`).toBeDefined();
      if (!twin) continue;
      expect(twin.kind, event.id).toBe(event.kind);
      expect(sidesOf(made, twin.actorIds), event.id).toEqual(sidesOf(curated, event.actorIds));
      const answers = twin.answersId && made.events.find((e) => e.id === twin.answersId);
      expect(answers ? sameEvent(made, answers.id, curated)?.id : undefined, event.id).toBe(event.answersId);
      if (event.when.earliest)
        expect({ earliest: twin.when.earliest, latest: twin.when.latest }, event.id).toEqual({
          earliest: event.when.earliest,
          latest: event.when.latest,
        });
    }
    // The same check as `npm run validate`, by the CLI itself: it exits 1 on any problem.
    execFileSync('npx', ['tsx', 'src/cli/validate.ts', file], { stdio: 'pipe' });
  }, 240_000);
});
