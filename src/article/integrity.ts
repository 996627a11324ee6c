import type { z } from 'zod';
import type { ArticleShapeSchema } from './article-shape-schema';
import { blockText } from './body-schema';
import type { FuzzyDate } from './fuzzy-date-schema';
import type { TextRange } from './text-range-schema';
import { findCycle } from './find-cycle';

type Shape = z.infer<typeof ArticleShapeSchema>;
type Path = (string | number)[];
type Report = (message: string, path: Path) => void;

/** Ids share one namespace because a deep link names an item by its id alone. */
function collectIds(article: Shape, report: Report): Set<string> {
  const seen = new Map<string, string>();
  const lists = [
    'body',
    'sources',
    'attributions',
    'quotes',
    'notes',
    'sides',
    'actors',
    'events',
    'phases',
  ] as const;
  for (const list of lists) {
    (article[list] ?? []).forEach((item, index) => {
      const first = seen.get(item.id);
      if (first) report(`duplicate id "${item.id}" (first used at ${first})`, [list, index, 'id']);
      else seen.set(item.id, `${list}[${index}]`);
    });
  }
  return new Set(seen.keys());
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function rangeProblem(text: string, range: TextRange): [string, string] | null {
  if (range.start >= range.end) return [`start (${range.start}) must be before end (${range.end})`, 'start'];
  if (range.end > text.length)
    return [
      `end (${range.end}) is past the end of block "${range.blockId}" (${text.length} characters)`,
      'end',
    ];
  for (const edge of ['start', 'end'] as const) {
    if (range[edge] > 0 && isLowSurrogate(text.charCodeAt(range[edge])))
      return [`${edge} (${range[edge]}) splits a character in two`, edge];
  }
  // Compared in place: a long article has thousands of ranges, and a copy of each adds up.
  if (range.end - range.start === range.text.length && text.startsWith(range.text, range.start)) return null;
  const actual = text.slice(range.start, range.end);
  return [
    `text does not match block "${range.blockId}" at ${range.start}–${range.end}: the block has ${JSON.stringify(actual)}`,
    'text',
  ];
}

function checkRange(texts: Map<string, string>, range: TextRange, path: Path, report: Report): void {
  const text = texts.get(range.blockId);
  const problem: [string, string] | null =
    text === undefined
      ? [`blockId "${range.blockId}" names no block in body`, 'blockId']
      : rangeProblem(text, range);
  if (problem) report(problem[0], [...path, problem[1]]);
}

function inside(inner: TextRange, outer: TextRange): boolean {
  return inner.blockId === outer.blockId && inner.start >= outer.start && inner.end <= outer.end;
}

function checkDate(date: FuzzyDate | undefined, path: Path, report: Report): void {
  if (date?.earliest && date.latest && date.earliest > date.latest)
    report(`earliest (${date.earliest}) is after latest (${date.latest})`, [...path, 'earliest']);
}

export function checkIntegrity(article: Shape, ctx: z.RefinementCtx): void {
  const report: Report = (message, path) => ctx.addIssue({ code: 'custom', message, path });
  collectIds(article, report);
  const texts = new Map(article.body.map((block) => [block.id, blockText(block)]));

  const idsOf = (list: { id: string }[]) => new Set(list.map((item) => item.id));
  const known = {
    block: idsOf(article.body),
    source: idsOf(article.sources),
    attribution: idsOf(article.attributions),
    quote: idsOf(article.quotes),
    note: idsOf(article.notes),
    side: idsOf(article.sides),
    actor: idsOf(article.actors),
    event: idsOf(article.events),
  };
  const ref = (kind: keyof typeof known, id: string | undefined, path: Path) => {
    if (id !== undefined && !known[kind].has(id)) report(`"${id}" names no ${kind}`, path);
  };

  article.meta.authors.forEach((a, i) => ref('block', a.bioBlockId, ['meta', 'authors', i, 'bioBlockId']));
  article.meta.versions.forEach((v, i) => ref('block', v.blockId, ['meta', 'versions', i, 'blockId']));
  checkDate(article.meta.published, ['meta', 'published'], report);

  article.body.forEach((block, i) => {
    if (block.type === 'figure' && block.credit && !block.caption.includes(block.credit))
      report(`credit "${block.credit}" does not appear in the caption`, ['body', i, 'credit']);
  });

  article.sources.forEach((s, i) => checkDate(s.contacted, ['sources', i, 'contacted'], report));

  article.attributions.forEach((a, i) => {
    const path = ['attributions', i];
    checkRange(texts, a.range, [...path, 'range'], report);
    if (a.cue) checkRange(texts, a.cue, [...path, 'cue'], report);
    a.hedges.forEach((h, j) => checkRange(texts, h, [...path, 'hedges', j], report));
    ref('source', a.sourceId, [...path, 'sourceId']);
    a.chain.forEach((link, j) => {
      ref('source', link.sourceId, [...path, 'chain', j, 'sourceId']);
      checkDate(link.when, [...path, 'chain', j, 'when'], report);
    });
    if (!a.chain.some((link) => link.sourceId === a.sourceId))
      report(`the chain does not include the credited source "${a.sourceId}"`, [...path, 'chain']);
    const repeated = a.chain.find((link, j) => a.chain.findIndex((l) => l.sourceId === link.sourceId) !== j);
    if (repeated) report(`the relay chain loops back to "${repeated.sourceId}"`, [...path, 'chain']);
    if (a.certainty === 'hedged' && a.hedges.length === 0)
      report('a hedged attribution must name its hedge words', [...path, 'hedges']);
  });

  article.quotes.forEach((q, i) => {
    const path = ['quotes', i];
    q.parts.forEach((p, j) => checkRange(texts, p, [...path, 'parts', j], report));
    q.insertions.forEach((ins, j) => {
      checkRange(texts, ins, [...path, 'insertions', j], report);
      if (!q.parts.some((part) => inside(ins, part)))
        report('the insertion lies outside the quote’s parts', [...path, 'insertions', j]);
    });
    ref('source', q.speakerId, [...path, 'speakerId']);
    ref('source', q.relayedById, [...path, 'relayedById']);
    ref('attribution', q.attributionId, [...path, 'attributionId']);
    ref('quote', q.parentId, [...path, 'parentId']);
    q.noteIds.forEach((id, j) => ref('note', id, [...path, 'noteIds', j]));
  });

  article.notes.forEach((n, i) => {
    n.anchors.forEach((a, j) => checkRange(texts, a, ['notes', i, 'anchors', j], report));
    ref('event', n.reference?.eventId, ['notes', i, 'reference', 'eventId']);
  });

  article.actors.forEach((a, i) => ref('side', a.sideId, ['actors', i, 'sideId']));

  article.events.forEach((e, i) => {
    const path = ['events', i];
    checkRange(texts, e.wording, [...path, 'wording'], report);
    e.actorIds.forEach((id, j) => ref('actor', id, [...path, 'actorIds', j]));
    ref('event', e.answersId, [...path, 'answersId']);
    e.afterIds.forEach((id, j) => ref('event', id, [...path, 'afterIds', j]));
    e.evidence.attributionIds.forEach((id, j) =>
      ref('attribution', id, [...path, 'evidence', 'attributionIds', j]),
    );
    e.evidence.quoteIds.forEach((id, j) => ref('quote', id, [...path, 'evidence', 'quoteIds', j]));
    checkDate(e.when, [...path, 'when'], report);
    checkDate(e.until, [...path, 'until'], report);
  });

  const parents = new Map(article.quotes.map((q) => [q.id, q.parentId ? [q.parentId] : []]));
  const answers = new Map(article.events.map((e) => [e.id, e.answersId ? [e.answersId] : []]));
  const after = new Map(article.events.map((e) => [e.id, e.afterIds]));
  reportCycle('quotes', parents, report);
  reportCycle('events', answers, report);
  reportCycle('events', after, report);
  checkPhases(article, known.event, report);
}

/**
 * Phases, when given, hold every event once, and never put an event in an earlier phase than
 * one it must follow (its `afterIds` or the event it answers).
 */
function checkPhases(article: Shape, events: Set<string>, report: Report): void {
  const phases = article.phases ?? [];
  if (phases.length === 0) return;
  const phaseOf = new Map<string, number>();
  phases.forEach((phase, i) =>
    phase.eventIds.forEach((id, j) => {
      const path = ['phases', i, 'eventIds', j];
      if (!events.has(id)) report(`"${id}" names no event`, path);
      else if (phaseOf.has(id)) report(`event "${id}" is already in phases[${phaseOf.get(id) ?? 0}]`, path);
      else phaseOf.set(id, i);
    }),
  );
  article.events.forEach((e, i) => {
    const own = phaseOf.get(e.id);
    if (own === undefined) {
      report(`event "${e.id}" is in no phase: when phases are given, each event is in one`, ['phases']);
      return;
    }
    for (const before of e.answersId ? [...e.afterIds, e.answersId] : e.afterIds) {
      const theirs = phaseOf.get(before);
      if (theirs !== undefined && theirs > own)
        report(
          `event "${e.id}" must follow "${before}", which is in a later phase (phases[${theirs}], this one is in phases[${own}])`,
          ['events', i, 'id'],
        );
    }
  });
}

function reportCycle(list: string, edges: Map<string, string[]>, report: Report): void {
  const cycle = findCycle([...edges.keys()], (id) => edges.get(id) ?? []);
  if (!cycle) return;
  const index = [...edges.keys()].indexOf(cycle[0] ?? '');
  report(`these refer to each other in a circle: ${cycle.join(' → ')}`, [list, index]);
}
