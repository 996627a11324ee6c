import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../../src/article/article-schema';
import { parseArticleData } from '../../../../src/article/parse-article';
import { prepareArticle, type PreparedArticle } from '../../../../src/article/prepare-article';
import {
  cachedLayout,
  negotiationLayout,
  type EventLine,
  type NegotiationLayout,
} from '../../../../src/features/negotiation/negotiation-layout';
import { spanText } from '../../../../src/features/negotiation/axis-time';
import { readText, SEED_ARTICLE_FILE, smallArticle } from '../../../fixtures/load-fixture';

function prepared(input: ArticleInput): PreparedArticle {
  const result = parseArticleData(input);
  if (!result.ok) throw new Error('fixture is invalid');
  return prepareArticle(result.article);
}

const seed = () => prepared(JSON.parse(readText(SEED_ARTICLE_FILE)) as ArticleInput);
const events = (layout: NegotiationLayout) =>
  layout.lines.filter((line): line is EventLine => line.type === 'event');
const lineOf = (layout: NegotiationLayout, id: string) => events(layout).find((l) => l.event.id === id)!;

describe('the negotiation layout of the seed article', () => {
  const layout = negotiationLayout(seed(), { shown: {} });

  it('has one column per side, each with its own shape', () => {
    expect(layout.columns.map((c) => [c.side.name, c.shape])).toEqual([
      ['North Korea', 'circle'],
      ['China', 'square'],
      ['Daily NK', 'diamond'],
    ]);
  });

  it('heads the events with the editor’s five phases, dated from the events’ narrowed intervals', () => {
    const phases = layout.lines.flatMap((l) => (l.type === 'phase' ? [[l.title, l.dates]] : []));
    expect(phases).toEqual([
      ['The deal: trains by the end of November, some tourists', 'by Nov. 10, 2020'],
      ['Outbreaks in China, doubts in Pyongyang', 'by Nov. 10, 2020'],
      ['North Korea changes its terms twice; China objects twice', 'by Nov. 10, 2020'],
      ['The delegations meet: Nampo Port, refused', 'Nov. 1–25, 2020'],
      ['Tourism off until at least January', 'by Nov. 30, 2020'],
    ]);
    expect(events(layout)).toHaveLength(21);
  });

  it('puts each event at its interval: a point, a bracket, an open bound, or the order alone', () => {
    const axis = (id: string) => {
      const { mark, label, part } = lineOf(layout, id).axis;
      return [mark, label, part];
    };
    expect(axis('e-oct-26-report')).toEqual(['point', 'Oct. 26', 'single']);
    expect(axis('e-agreement-restart-trains')).toEqual(['open-start', 'by Oct. 26', 'single']);
    expect(axis('e-delegations-meet')).toEqual(['bracket', 'Nov. 1–10', 'start']);
    expect(axis('e-nampo-proposal')).toEqual(['bracket', 'Nov. 1–10', 'end']);
    expect(axis('e-qingdao-outbreak')).toEqual(['bracket', 'October', 'single']);
    // Five undated events in a row share one dotted stretch, labelled once.
    expect(axis('e-nk-requests-renegotiation')).toEqual(['undated', 'order known, date not', 'start']);
    expect(axis('e-train-resumption-scuttled')).toEqual(['undated', 'order known, date not', 'end']);
  });

  it('spans a joint event over every side it belongs to', () => {
    const agreement = lineOf(layout, 'e-agreement-restart-trains');
    expect([agreement.columns, agreement.first, agreement.last]).toEqual([[0, 1], 0, 1]);
  });

  it('draws every answer as a connector from the proposal’s column to the answer’s', () => {
    expect(
      layout.connectors.map((c) => [c.from.id, c.to.id, c.fromColumn, c.toColumn, c.gutter, c.kind]),
    ).toEqual([
      ['e-nk-requests-renegotiation', 'e-china-objects-renegotiation', 0, 1, 1, 'objection'],
      ['e-nk-proposes-supplies-only', 'e-china-objects-supplies-only', 0, 1, 1, 'objection'],
      ['e-nampo-proposal', 'e-china-rejects-nampo', 0, 1, 1, 'rejection'],
      ['e-nampo-proposal', 'e-nampo-watched-statement', 0, 1, 1, 'statement'],
    ]);
    expect(layout.connectors.map((c) => c.text)).toEqual([
      'China objects to North Korea’s request.',
      'China objects to North Korea’s proposal.',
      'China rejects North Korea’s proposal of early November 2020.',
      'China’s statement answers North Korea’s proposal of early November 2020.',
    ]);
    // Two answers to one proposal branch from one track; the line passes the first answer's row.
    expect(layout.connectors.map((c) => c.track)).toEqual([0, 0, 0, 0]);
    const rejection = lineOf(layout, 'e-china-rejects-nampo');
    expect(rejection.pieces.map((p) => p.part).sort()).toEqual(['end', 'through']);
  });

  it('leaves a hidden answer out of the drawing but says so in words', () => {
    const requests = negotiationLayout(seed(), { shown: { kinds: ['request', 'proposal'] } });
    expect(requests.connectors).toHaveLength(0);
    expect(lineOf(requests, 'e-nk-requests-renegotiation').answeredBy).toEqual([
      'Answered by China’s objection (hidden by the filters).',
    ]);
    expect(requests.shown).toBe(3);
  });

  it('shows only the sides asked for, and adds back an event a link leads to', () => {
    const china = negotiationLayout(seed(), {
      shown: { sides: ['china'] },
      linkedId: 'e-nk-requests-renegotiation',
    });
    expect(china.columns.map((c) => c.side.id)).toEqual(['north-korea', 'china']);
    expect(lineOf(china, 'e-nk-requests-renegotiation').forced).toBe(true);
    expect(china.connectors.map((c) => c.to.id)).toEqual(['e-china-objects-renegotiation']);
    expect(events(china).filter((l) => l.forced)).toHaveLength(1);
  });
});

describe('the remembered layouts', () => {
  it('gives back the same layout for the same filters and link, a new one for others', () => {
    const article = seed();
    const all = cachedLayout(article, { shown: {} });
    expect(cachedLayout(article, { shown: {} })).toBe(all);
    const china = cachedLayout(article, { shown: { sides: ['china'] } });
    expect(china).not.toBe(all);
    expect(china.columns.map((c) => c.side.id)).toEqual(['china']);
    expect(cachedLayout(article, { shown: {}, linkedId: 'e-nk-requests-renegotiation' })).not.toBe(all);
    // Back to every event: drawn from memory, the very rows the view drew before.
    expect(cachedLayout(article, { shown: {} })).toBe(all);
    expect(all).toEqual(negotiationLayout(article, { shown: {} }));
  });
});

describe('the negotiation layout without editor’s phases', () => {
  it('derives one phase per month, answers drawn across the two sides', () => {
    const layout = negotiationLayout(prepared(smallArticle()), { shown: {} });
    expect(layout.lines.map((l) => (l.type === 'phase' ? `${l.title} (${l.dates})` : l.event.id))).toEqual([
      'March 2024 (March 1–12, 2024)',
      'e-review-offer',
      'e-union-rejects',
      'e-vote',
    ]);
    expect(layout.connectors.map((c) => [c.fromColumn, c.toColumn, c.text])).toEqual([
      [0, 1, 'Dockworkers’ union rejects Harbour council’s proposal of early March 2024.'],
    ]);
  });
});

describe('spanText', () => {
  it.each([
    [{ earliest: '2020-10-26', latest: '2020-10-26' }, false, 'Oct. 26'],
    [{ earliest: '2020-11-01', latest: '2020-11-10' }, true, 'Nov. 1–10, 2020'],
    [{ earliest: '2020-10-01', latest: '2020-11-30' }, true, 'October–November 2020'],
    [{ earliest: '2020-10-20', latest: '2020-11-05' }, false, 'Oct. 20 – Nov. 5'],
    [{ latest: '2020-10-26' }, false, 'by Oct. 26'],
    [{ earliest: '2021-01-01' }, true, 'from Jan. 1, 2021'],
    [{}, false, 'date not stated'],
  ])('writes %j (with the year: %s) as %s', (interval, year, text) => {
    expect(spanText(interval, year)).toBe(text);
  });
});
