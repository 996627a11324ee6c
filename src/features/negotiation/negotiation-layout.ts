import type { Article } from '../../article/article-schema';
import { EVENT_KINDS } from '../../article/event-kinds';
import type { EventKind, Side, TimelineEvent } from '../../article/event-schema';
import { eventIntervals, type DayInterval } from '../../article/order-events';
import type { PreparedArticle } from '../../article/prepare-article';
import { eventName, timelineData, type TimelineData } from '../../article/timeline-data';
import type { EventsShown } from '../../shared/app-url';
import { axisLabel, axisMark, spanText, type AxisMark } from './axis-time';
import { connectorText, routeConnector } from './connector-route';
import { derivePhases, type PhaseGroup } from './derive-phases';

/** A side's mark, so that no column is told from another by colour alone. */
export const SIDE_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star'] as const;
export type SideShape = (typeof SIDE_SHAPES)[number];

export type Column = { side: Side; index: number; shape: SideShape };

/** Where a row is in a run of rows that share one mark on the axis. */
export type AxisPart = 'single' | 'start' | 'middle' | 'end';
export type AxisCell = { mark: AxisMark; part: AxisPart; label: string; inferred: boolean };

/**
 * A drawn answer: from the proposal's card out to a vertical run in the gutter beside the
 * answer's column, down to the answer's row and into its card, marked by the answer's kind.
 */
export type Connector = {
  id: string;
  from: TimelineEvent;
  to: TimelineEvent;
  /** Column indexes: the proposal's edge the line leaves from, and the answer's column. */
  fromColumn: number;
  toColumn: number;
  /** Gutter g lies left of column g (and right of column g - 1). */
  gutter: number;
  /** Which of the gutter's parallel lanes the line runs in, 0 first. */
  track: number;
  /** Line indexes of the proposal and the answer. */
  fromLine: number;
  toLine: number;
  kind: EventKind;
  /** The connector in words ("China objects to North Korea’s request"). */
  text: string;
};

/** What one line draws of a connector: its start, a stretch passing through, or its end. */
export type ConnectorPiece = {
  connectorId: string;
  kind: EventKind;
  gutter: number;
  track: number;
  part: 'start' | 'through' | 'end';
  /** For a start or an end: which side of its card the gutter is on, and that card's edge column. */
  side: 'left' | 'right';
  column: number;
};

export type EventLine = {
  type: 'event';
  key: string;
  event: TimelineEvent;
  /** The event's columns (a joint event has several) and the span they cover. */
  columns: number[];
  first: number;
  last: number;
  axis: AxisCell;
  pieces: ConnectorPiece[];
  /** Shown though the filters hide it, because a link leads to it. */
  forced: boolean;
  /** The answer relations in words, drawn or not (hidden by the filters). */
  answers: string | undefined;
  answeredBy: string[];
};

export type PhaseLine = {
  type: 'phase';
  key: string;
  id: string;
  title: string;
  /** The phase's interval ("Nov. 1–30, 2020"), from its events' narrowed dates. */
  dates: string;
  derived: boolean;
  pieces: ConnectorPiece[];
};

export type Line = EventLine | PhaseLine;

export type NegotiationLayout = {
  columns: Column[];
  /** Every side and kind the story has, for the filters (the columns are the sides shown). */
  sides: Side[];
  kinds: EventKind[];
  lines: Line[];
  connectors: Connector[];
  /** Events shown, of all the article's events. */
  shown: number;
  total: number;
};

/** Whether the filters let an event through: one of its sides, and its kind, are shown. */
export function passes(event: TimelineEvent, sides: readonly string[], shown: EventsShown): boolean {
  const sideOk = !shown.sides || sides.some((side) => shown.sides?.includes(side));
  return sideOk && (!shown.kinds || shown.kinds.includes(event.kind));
}

function columnsFor(data: TimelineData, shown: EventsShown, forced: TimelineEvent | undefined): Column[] {
  const forcedSides = forced ? (data.sidesOf.get(forced.id) ?? []) : [];
  return data.lanes
    .filter((side) => !shown.sides || shown.sides.includes(side.id) || forcedSides.includes(side.id))
    .map((side, index) => ({ side, index, shape: SIDE_SHAPES[index % SIDE_SHAPES.length] ?? 'circle' }));
}

/** The interval of a group of events: open where any of them is open. */
function unionOf(intervals: DayInterval[]): DayInterval {
  const earliests = intervals.map((i) => i.earliest);
  const latests = intervals.map((i) => i.latest);
  const min = earliests.every(Boolean) ? (earliests as string[]).sort()[0] : undefined;
  const max = latests.every(Boolean) ? (latests as string[]).sort().at(-1) : undefined;
  return { ...(min && { earliest: min }), ...(max && { latest: max }) };
}

const manyYears = new WeakMap<Article, boolean>();

function spansYears(article: Article): boolean {
  let many = manyYears.get(article);
  if (many === undefined) {
    const years = new Set<string>();
    for (const { when } of article.events)
      for (const day of [when.earliest, when.latest]) if (day) years.add(day.slice(0, 4));
    many = years.size > 1;
    manyYears.set(article, many);
  }
  return many;
}

type RawCell = Omit<AxisCell, 'part'>;
const rawCells = new WeakMap<TimelineEvent, RawCell>();

/** An event's mark and label, worked out once: filtering only regroups them. */
function rawCell(event: TimelineEvent, year: boolean): RawCell {
  let cell = rawCells.get(event);
  if (!cell) {
    const mark = axisMark(event.when);
    cell = { mark, label: axisLabel(mark, event.when, year), inferred: event.when.basis === 'inferred' };
    rawCells.set(event, cell);
  }
  return cell;
}

/** Consecutive rows of a phase with the same mark and label share one stretch of the axis. */
function axisCells(events: TimelineEvent[], year: boolean): AxisCell[] {
  const raw = events.map((e) => rawCell(e, year));
  return raw.map((cell, i) => {
    const same = (other: (typeof raw)[number] | undefined) =>
      other !== undefined && other.mark === cell.mark && other.label === cell.label;
    const joinsPrevious = same(raw[i - 1]);
    const joinsNext = same(raw[i + 1]);
    const part: AxisPart = joinsPrevious ? (joinsNext ? 'middle' : 'end') : joinsNext ? 'start' : 'single';
    return { ...cell, part };
  });
}

type PhaseFacts = {
  phases: PhaseGroup[];
  /** Each event's phase (its index). */
  phaseOf: Map<string, number>;
  /** Each phase's interval in words, from all its events (filters do not change it). */
  dates: string[];
};
const phaseFactsOf = new WeakMap<PreparedArticle, PhaseFacts>();

/** What the phases are whatever the filters: worked out once per article (hundreds at scale). */
function phaseFacts(prepared: PreparedArticle, data: TimelineData): PhaseFacts {
  let facts = phaseFactsOf.get(prepared);
  if (facts) return facts;
  const phases = derivePhases(prepared.article, data.events);
  const intervals = eventIntervals(prepared.article);
  const phaseOf = new Map<string, number>();
  const members = phases.map((phase, index) => {
    for (const id of phase.eventIds) phaseOf.set(id, index);
    return [] as DayInterval[];
  });
  for (const event of data.events) members[phaseOf.get(event.id) ?? -1]?.push(intervals.get(event.id) ?? {});
  facts = { phases, phaseOf, dates: members.map((all) => spanText(unionOf(all), true)) };
  phaseFactsOf.set(prepared, facts);
  return facts;
}

type Options = { shown: EventsShown; linkedId?: string };

/**
 * The negotiation view as data, from the article alone: one column per side, the events in
 * the timeline's order (decision 004) grouped into phases (the editor's, else by month), each
 * event's place on the time axis, and a routed connector for every answer whose two ends show.
 * An event a link leads to is shown even when the filters hide it, and says so.
 */
export function negotiationLayout(
  prepared: PreparedArticle,
  { shown, linkedId }: Options,
): NegotiationLayout {
  const data = timelineData(prepared);
  const linked = linkedId ? prepared.eventsById.get(linkedId) : undefined;
  const forced = linked && !passes(linked, data.sidesOf.get(linked.id) ?? [], shown) ? linked : undefined;
  const columns = columnsFor(data, shown, forced);
  const columnOf = new Map(columns.map((c) => [c.side.id, c.index]));
  const visible = data.events.filter(
    (e) => e === forced || (passes(e, data.sidesOf.get(e.id) ?? [], shown) && columns.length > 0),
  );
  const { phases, phaseOf, dates } = phaseFacts(prepared, data);
  const year = spansYears(prepared.article);
  const shownByPhase = phases.map((): TimelineEvent[] => []);
  for (const event of visible) shownByPhase[phaseOf.get(event.id) ?? -1]?.push(event);

  const lines: Line[] = [];
  const lineOf = new Map<string, number>();
  phases.forEach((phase, index) => {
    const members = shownByPhase[index] ?? [];
    if (members.length === 0) return;
    const { id, title, derived } = phase;
    lines.push({
      type: 'phase',
      key: `phase:${id}`,
      id,
      title,
      derived,
      dates: dates[index] ?? '',
      pieces: [],
    });
    const cells = axisCells(members, year);
    members.forEach((event, i) => {
      const indexes = (data.sidesOf.get(event.id) ?? []).flatMap((side) => {
        const column = columnOf.get(side);
        return column === undefined ? [] : [column];
      });
      const own = indexes.length > 0 ? indexes : [0];
      lineOf.set(event.id, lines.length);
      lines.push({
        type: 'event',
        key: event.id,
        event,
        columns: own,
        first: Math.min(...own),
        last: Math.max(...own),
        axis: cells[i] ?? { mark: 'undated', part: 'single', label: '', inferred: false },
        pieces: [],
        forced: event === forced,
        answers: undefined,
        answeredBy: [],
      });
    });
  });

  const connectors: Connector[] = [];
  const hidden = (event: TimelineEvent) => `${eventName(event, data)} (hidden by the filters)`;
  for (const line of lines) {
    if (line.type !== 'event') continue;
    const { event } = line;
    const answered = event.answersId ? prepared.eventsById.get(event.answersId) : undefined;
    if (!answered) continue;
    const fromLine = lineOf.get(answered.id);
    const from = fromLine === undefined ? undefined : lines[fromLine];
    if (from?.type !== 'event' || fromLine === undefined) {
      line.answers = `Answers ${hidden(answered)}.`;
      continue;
    }
    const text = cachedText(answered, event, data);
    const route = routeConnector(from, line);
    connectors.push({
      id: `${answered.id}>${event.id}`,
      from: answered,
      to: event,
      ...route,
      track: 0,
      fromLine,
      toLine: lineOf.get(event.id) ?? fromLine,
      kind: event.kind,
      text,
    });
    line.answers = text;
    from.answeredBy.push(text);
  }
  for (const line of lines)
    if (line.type === 'event')
      for (const answer of data.answeredBy.get(line.event.id) ?? [])
        if (!lineOf.has(answer.id)) line.answeredBy.push(`Answered by ${hidden(answer)}.`);

  assignTracks(connectors);
  for (const c of connectors) {
    const base = { connectorId: c.id, kind: c.kind, gutter: c.gutter, track: c.track };
    lines[c.fromLine]?.pieces.push({ ...base, part: 'start', ...startSide(c) });
    for (let i = c.fromLine + 1; i < c.toLine; i++)
      lines[i]?.pieces.push({ ...base, part: 'through', side: 'left', column: c.toColumn });
    lines[c.toLine]?.pieces.push({ ...base, part: 'end', ...endSide(c) });
  }
  const kinds = EVENT_KINDS.filter((kind) => data.events.some((e) => e.kind === kind));
  return {
    columns,
    sides: data.lanes,
    kinds,
    lines,
    connectors,
    shown: visible.length,
    total: data.events.length,
  };
}

const texts = new WeakMap<TimelineEvent, string>();

function cachedText(proposal: TimelineEvent, answer: TimelineEvent, data: TimelineData): string {
  let text = texts.get(answer);
  if (text === undefined) {
    text = connectorText(proposal, answer, data);
    texts.set(answer, text);
  }
  return text;
}

function startSide(c: Connector): Pick<ConnectorPiece, 'side' | 'column'> {
  return { side: c.gutter > c.fromColumn ? 'right' : 'left', column: c.fromColumn };
}

function endSide(c: Connector): Pick<ConnectorPiece, 'side' | 'column'> {
  return { side: c.gutter > c.toColumn ? 'right' : 'left', column: c.toColumn };
}

/**
 * Lines in one gutter that overlap in height take separate tracks, except answers to the same
 * proposal, which branch from one line.
 */
function assignTracks(connectors: Connector[]): void {
  const byGutter = new Map<number, { until: number; from: string }[]>();
  const sorted = [...connectors].sort((a, b) => a.fromLine - b.fromLine || a.toLine - b.toLine);
  for (const c of sorted) {
    const tracks = byGutter.get(c.gutter) ?? [];
    let track = tracks.findIndex((t) => t.until <= c.fromLine || t.from === c.from.id);
    if (track === -1) track = tracks.push({ until: c.toLine, from: c.from.id }) - 1;
    else {
      const t = tracks[track];
      if (t) tracks[track] = { until: Math.max(t.until, c.toLine), from: c.from.id };
    }
    byGutter.set(c.gutter, tracks);
    c.track = track;
  }
}

// Layouts already worked out, per article, by filters and link: going back to a filter (or
// opening the view after the reader warmed it up) redraws without relaying out.
const layouts = new WeakMap<PreparedArticle, Map<string, NegotiationLayout>>();
const KEEP_LAYOUTS = 8;

/** `negotiationLayout`, remembered for the last few filters of each article. */
export function cachedLayout(prepared: PreparedArticle, options: Options): NegotiationLayout {
  const key = JSON.stringify([options.shown.sides, options.shown.kinds, options.linkedId]);
  let cache = layouts.get(prepared);
  if (!cache) {
    cache = new Map();
    layouts.set(prepared, cache);
  }
  let layout = cache.get(key);
  if (layout) cache.delete(key);
  else layout = negotiationLayout(prepared, options);
  cache.set(key, layout);
  if (cache.size > KEEP_LAYOUTS) cache.delete(cache.keys().next().value ?? key);
  return layout;
}
