import type { Article } from '../../../article/article-schema';
import type { Attribution } from '../../../article/sourcing-schema';
import type { TextRange } from '../../../article/text-range-schema';
import { ChangeBuilder, type Change } from './change';
import { eachCurrent, removeAttribution } from './cleanup';
import { freshId } from './ids';
import { isInside, rangeIn } from './text-ranges';

export type NewAttribution = Pick<Attribution, 'range' | 'sourceId' | 'certainty'> &
  Partial<Pick<Attribution, 'cue' | 'hedges' | 'chain'>>;

export function createAttribution(article: Article, input: NewAttribution): { change: Change; id: string } {
  const b = new ChangeBuilder(article);
  const id = freshId(article, 'a', input.range.text);
  const attribution: Attribution = {
    id,
    range: input.range,
    sourceId: input.sourceId,
    ...(input.cue ? { cue: input.cue } : {}),
    chain: input.chain ?? [{ sourceId: input.sourceId }],
    certainty: input.certainty,
    hedges: input.hedges ?? [],
  };
  b.add('attributions', attribution);
  // A quotation inside the passage, by the same speaker, is carried by it.
  for (const q of eachCurrent(b, 'quotes'))
    if (!q.attributionId && q.speakerId === input.sourceId && q.parts.every((p) => isInside(p, input.range)))
      b.replace('quotes', { ...q, attributionId: id });
  return { change: b.done('Add attribution'), id };
}

/** Source, cue, chain, certainty and hedges: replaced as a whole (the chain keeps the source). */
export function updateAttribution(article: Article, attribution: Attribution): Change {
  const b = new ChangeBuilder(article);
  const chain = attribution.chain.some((l) => l.sourceId === attribution.sourceId)
    ? attribution.chain
    : [...attribution.chain, { sourceId: attribution.sourceId }];
  const certainty =
    attribution.certainty === 'hedged' && attribution.hedges.length === 0 ? 'stated' : attribution.certainty;
  b.replace('attributions', { ...attribution, chain, certainty });
  return b.done('Edit attribution');
}

export function deleteAttribution(article: Article, id: string): Change {
  const b = new ChangeBuilder(article);
  removeAttribution(b, id);
  return b.done('Delete attribution');
}

/** Two passages from one: the cue, hedges and quotations go with the half that holds them. */
export function splitAttribution(article: Article, id: string, at: number): { change: Change; id: string } {
  const a = article.attributions.find((x) => x.id === id);
  if (!a) throw new Error(`no attribution "${id}"`);
  const first = rangeIn(article, a.range.blockId, a.range.start, at);
  const second = rangeIn(article, a.range.blockId, at, a.range.end);
  if (!first || !second) throw new Error('split inside the passage, between words');
  const b = new ChangeBuilder(article);
  const newId = freshId(article, 'a', second.text);
  const within = (half: TextRange) => (r: TextRange) => isInside(r, half);
  const cueInSecond = a.cue && isInside(a.cue, second);
  const hedgesOf = (half: TextRange) => a.hedges.filter(within(half));
  const certaintyOf = (hedges: TextRange[]) =>
    a.certainty === 'hedged' && hedges.length === 0 ? 'stated' : a.certainty;
  const { cue, ...base } = a;
  b.replace('attributions', {
    ...base,
    range: first,
    ...(cue && !cueInSecond ? { cue } : {}),
    hedges: hedgesOf(first),
    certainty: certaintyOf(hedgesOf(first)),
  });
  b.add(
    'attributions',
    {
      ...base,
      id: newId,
      range: second,
      ...(cue && cueInSecond ? { cue } : {}),
      hedges: hedgesOf(second),
      certainty: certaintyOf(hedgesOf(second)),
    },
    article.attributions.indexOf(a) + 1,
  );
  for (const q of eachCurrent(b, 'quotes'))
    if (q.attributionId === id && q.parts.every(within(second)))
      b.replace('quotes', { ...q, attributionId: newId });
  for (const e of eachCurrent(b, 'events'))
    if (e.evidence.attributionIds.includes(id))
      b.replace('events', {
        ...e,
        evidence: { ...e.evidence, attributionIds: [...e.evidence.attributionIds, newId] },
      });
  return { change: b.done('Split attribution'), id: newId };
}

const CERTAINTY_ORDER = ['stated', 'hedged', 'inferred'] as const;

/** One passage from two in the same block by the same source, the weaker certainty kept. */
export function mergeAttributions(article: Article, keepId: string, dropId: string): Change {
  const keep = article.attributions.find((x) => x.id === keepId);
  const drop = article.attributions.find((x) => x.id === dropId);
  if (!keep || !drop || keepId === dropId) throw new Error('choose two different attributions');
  if (keep.range.blockId !== drop.range.blockId) throw new Error('only passages in the same paragraph merge');
  if (keep.sourceId !== drop.sourceId) throw new Error('only passages from the same source merge');
  const range = rangeIn(
    article,
    keep.range.blockId,
    Math.min(keep.range.start, drop.range.start),
    Math.max(keep.range.end, drop.range.end),
  );
  if (!range) throw new Error('the passages cannot be joined');
  const b = new ChangeBuilder(article);
  const certainty =
    CERTAINTY_ORDER[
      Math.max(CERTAINTY_ORDER.indexOf(keep.certainty), CERTAINTY_ORDER.indexOf(drop.certainty))
    ];
  const cue = keep.cue ?? drop.cue;
  b.replace('attributions', {
    ...keep,
    range,
    ...(cue ? { cue } : {}),
    hedges: [...keep.hedges, ...drop.hedges],
    certainty: certainty ?? keep.certainty,
  });
  for (const q of eachCurrent(b, 'quotes'))
    if (q.attributionId === dropId) b.replace('quotes', { ...q, attributionId: keepId });
  for (const e of eachCurrent(b, 'events'))
    if (e.evidence.attributionIds.includes(dropId)) {
      const ids = e.evidence.attributionIds.map((x) => (x === dropId ? keepId : x));
      b.replace('events', { ...e, evidence: { ...e.evidence, attributionIds: [...new Set(ids)] } });
    }
  b.remove('attributions', dropId);
  return b.done('Merge attributions');
}
