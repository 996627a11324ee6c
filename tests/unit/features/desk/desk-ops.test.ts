import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/article/article-schema';
import { parseArticleData } from '../../../../src/article/parse-article';
import { ingestText } from '../../../../src/ingest/ingest-article';
import { applyChange, invertChange, type Change } from '../../../../src/features/desk/ops/change';
import {
  createSource,
  deleteSource,
  mergeSources,
  splitSource,
  updateSource,
} from '../../../../src/features/desk/ops/source-ops';
import {
  createAttribution,
  deleteAttribution,
  mergeAttributions,
  splitAttribution,
} from '../../../../src/features/desk/ops/attribution-ops';
import {
  addInsertion,
  createQuote,
  deleteQuote,
  mergeQuotes,
  removeInsertion,
  splitQuote,
} from '../../../../src/features/desk/ops/quote-ops';
import { createNote, deleteNote, mergeNotes, splitNote } from '../../../../src/features/desk/ops/note-ops';
import {
  createActor,
  createEvent,
  deleteEvent,
  mergeEvents,
  splitEvent,
} from '../../../../src/features/desk/ops/event-ops';
import {
  acceptAll,
  acceptItem,
  draftCount,
  rejectAll,
  rejectItem,
  settleDraft,
} from '../../../../src/features/desk/ops/review-ops';
import { rangeIn, withoutQuoteMarks } from '../../../../src/features/desk/ops/text-ranges';
import { readText, SEED_ARTICLE_FILE, SEED_TEXT_FILE } from '../../../fixtures/load-fixture';

function curated(): Article {
  const parsed = parseArticleData(JSON.parse(readText(SEED_ARTICLE_FILE)));
  if (!parsed.ok) throw new Error('the seed article must be valid');
  return parsed.article;
}

function drafted(): Article {
  const result = ingestText(readText(SEED_TEXT_FILE));
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

function problems(article: Article): string[] {
  const parsed = parseArticleData(JSON.parse(JSON.stringify(article)));
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

/** Applies a change, checks the result is valid, then that its inverse gives back the original. */
function roundTrip(article: Article, change: Change): Article {
  const after = applyChange(article, change);
  expect(problems(after)).toEqual([]);
  expect(applyChange(after, invertChange(change))).toEqual(article);
  return after;
}

function paragraph(article: Article, index = 0) {
  const block = article.body.filter((b) => b.type === 'paragraph')[index];
  if (block?.type !== 'paragraph') throw new Error('no paragraph');
  return block;
}

function words(article: Article, blockIndex: number, phrase: string) {
  const block = paragraph(article, blockIndex);
  const start = block.text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the paragraph`);
  const range = rangeIn(article, block.id, start, start + phrase.length);
  if (!range) throw new Error('empty range');
  return range;
}

describe('ranges from a selection', () => {
  it('trims white space at either edge and copies the words from the block', () => {
    const article = curated();
    const block = paragraph(article);
    const range = rangeIn(article, block.id, 0, 12);
    expect(range).toEqual({ blockId: block.id, start: 0, end: 11, text: 'North Korea' });
  });

  it('gives nothing for a selection of spaces or an unknown block', () => {
    const article = curated();
    expect(rangeIn(article, paragraph(article).id, 5, 6)).toBeNull();
    expect(rangeIn(article, 'p-nowhere', 0, 3)).toBeNull();
  });

  it('leaves the quotation marks out of a quotation selected with them', () => {
    const article = curated();
    const block = article.body.find((b) => b.id === 'p-china-objected');
    if (block?.type !== 'paragraph') throw new Error('no block');
    const range = rangeIn(article, block.id, 0, 188)!;
    expect(withoutQuoteMarks(article, range).text.startsWith('China, which')).toBe(true);
    expect(withoutQuoteMarks(article, range).text.endsWith('scuttled,')).toBe(true);
  });
});

describe('sources', () => {
  it('creates a source with an id made from its name, and undoes it', () => {
    const article = curated();
    const { change, id } = createSource(article, { name: 'A customs officer', kind: 'anonymous-person' });
    const after = roundTrip(article, change);
    expect(id).toBe('src-a-customs-officer');
    expect(after.sources.at(-1)).toMatchObject({ name: 'A customs officer', anonymity: { anonymous: true } });
  });

  it('renames a source and sets its anonymity reason', () => {
    const article = curated();
    const source = article.sources[0]!;
    const after = roundTrip(
      article,
      updateSource(article, { ...source, name: 'Renamed', anonymity: { anonymous: true, reason: 'safety' } }),
    );
    expect(after.sources[0]).toMatchObject({ name: 'Renamed', anonymity: { reason: 'safety' } });
  });

  it('merges a duplicate: its passages and quotations move, its name becomes an alias', () => {
    const article = curated();
    const [keep, drop] = [article.sources[0]!, article.sources[1]!];
    const moved = article.quotes.filter((q) => q.speakerId === drop.id).length;
    expect(moved).toBeGreaterThan(0);
    const after = roundTrip(article, mergeSources(article, keep.id, drop.id));
    expect(after.sources.some((s) => s.id === drop.id)).toBe(false);
    expect(after.sources.find((s) => s.id === keep.id)?.aliases).toContain(drop.name);
    expect(after.quotes.filter((q) => q.speakerId === keep.id).length).toBe(
      article.quotes.filter((q) => q.speakerId === keep.id).length + moved,
    );
  });

  it('merges sources in a relay chain without repeating the kept one', () => {
    const article = curated();
    const relayed = article.attributions.find((a) => a.chain.length > 1)!;
    const [first, second] = relayed.chain;
    const after = roundTrip(article, mergeSources(article, first!.sourceId, second!.sourceId));
    const chain = after.attributions.find((a) => a.id === relayed.id)!.chain.map((l) => l.sourceId);
    expect(new Set(chain).size).toBe(chain.length);
  });

  it('splits chosen quotations off into a new source', () => {
    const article = curated();
    const quote = article.quotes[0]!;
    const { change, id } = splitSource(article, quote.speakerId, 'A second informant', {
      attributionIds: [],
      quoteIds: [quote.id],
    });
    const after = roundTrip(article, change);
    expect(after.quotes[0]!.speakerId).toBe(id);
  });

  it('deletes a source with the passages and quotations only it backs', () => {
    const article = curated();
    const id = article.quotes[0]!.speakerId;
    const after = roundTrip(article, deleteSource(article, id));
    expect(after.quotes.some((q) => q.speakerId === id)).toBe(false);
    expect(after.attributions.some((a) => a.chain.some((l) => l.sourceId === id))).toBe(false);
  });
});

describe('attributions', () => {
  it('creates an attribution and lets the quotation inside it be carried by it', () => {
    const article = drafted();
    const { change: sourceChange, id: sourceId } = createSource(article, {
      name: 'Harbour master',
      kind: 'named-person',
    });
    const withSource = applyChange(article, sourceChange);
    const range = words(withSource, 0, 'North Korea and China');
    const { change } = createAttribution(withSource, { range, sourceId, certainty: 'stated' });
    const after = roundTrip(withSource, change);
    expect(after.attributions.at(-1)).toMatchObject({ sourceId, chain: [{ sourceId }] });
  });

  it('splits a passage in two and merges it back', () => {
    const article = curated();
    const a = article.attributions[0]!;
    const { change, id } = splitAttribution(article, a.id, a.range.start + 12);
    const split = roundTrip(article, change);
    expect(split.attributions.find((x) => x.id === id)?.range.start).toBe(a.range.start + 12);
    const merged = roundTrip(split, mergeAttributions(split, a.id, id));
    expect(merged.attributions.find((x) => x.id === a.id)?.range).toEqual(a.range);
  });

  it('deletes an attribution and the references to it', () => {
    const article = curated();
    const a = article.quotes.find((q) => q.attributionId)!.attributionId!;
    const after = roundTrip(article, deleteAttribution(article, a));
    expect(after.quotes.some((q) => q.attributionId === a)).toBe(false);
    expect(after.events.some((e) => e.evidence.attributionIds.includes(a))).toBe(false);
  });
});

describe('quotations and insertions', () => {
  it('makes a quotation from selected words, carried by the attribution that holds them', () => {
    const base = curated();
    const quote = base.quotes.find(
      (q) => q.attributionId && q.parts.length === 1 && q.insertions.length === 0,
    )!;
    const article = applyChange(base, deleteQuote(base, quote.id));
    const { change, id } = createQuote(article, { parts: quote.parts, speakerId: quote.speakerId });
    const after = roundTrip(article, change);
    expect(after.quotes.find((q) => q.id === id)).toMatchObject({
      attributionId: quote.attributionId,
      parts: quote.parts,
    });
  });

  it('refuses a quotation over words already quoted', () => {
    const article = curated();
    const quote = article.quotes[0]!;
    expect(() => createQuote(article, { parts: quote.parts, speakerId: quote.speakerId })).toThrow(/already/);
  });

  it('adds an insertion inside a quotation and refuses one outside it', () => {
    const article = curated();
    const quote = article.quotes.find((q) => q.insertions.length > 0)!;
    const insertion = quote.insertions[0]!;
    const without = roundTrip(article, removeInsertion(article, quote.id, 0));
    const back = roundTrip(without, addInsertion(without, quote.id, insertion));
    expect(back.quotes.find((q) => q.id === quote.id)?.insertions).toEqual(quote.insertions);
    const outside = rangeIn(article, paragraph(article).id, 0, 5)!;
    expect(() => addInsertion(article, quote.id, outside)).toThrow(/inside/);
  });

  it('splits a two-part quotation and merges it again', () => {
    const article = curated();
    const quote = article.quotes.find((q) => q.parts.length > 1)!;
    const { change, id } = splitQuote(article, quote.id, 1);
    const split = roundTrip(article, change);
    expect(split.quotes.find((q) => q.id === id)?.parts).toEqual(quote.parts.slice(1));
    const merged = roundTrip(split, mergeQuotes(split, quote.id, id));
    expect(merged.quotes.find((q) => q.id === quote.id)?.parts).toEqual(quote.parts);
  });

  it('deletes a quotation and the evidence that named it', () => {
    const article = curated();
    const quote = article.events.flatMap((e) => e.evidence.quoteIds)[0]!;
    const after = roundTrip(article, deleteQuote(article, quote));
    expect(after.events.some((e) => e.evidence.quoteIds.includes(quote))).toBe(false);
  });
});

describe('notes', () => {
  it('creates a note on a passage, lists it on the quotation there, merges, splits and deletes', () => {
    const article = curated();
    const quote = article.quotes[0]!;
    const anchor = quote.parts[0]!;
    const { change, id } = createNote(article, { anchor, title: 'Context', text: 'Why this matters.' });
    const one = roundTrip(article, change);
    expect(one.quotes[0]!.noteIds).toContain(id);
    const other = createNote(one, {
      anchor: paragraph(one).id ? rangeIn(one, paragraph(one).id, 0, 11)! : anchor,
      title: 'More',
      text: 'Also.',
    });
    const two = roundTrip(one, other.change);
    const merged = roundTrip(two, mergeNotes(two, id, other.id));
    expect(merged.notes.find((n) => n.id === id)?.anchors).toHaveLength(2);
    const split = splitNote(merged, id, [1]);
    roundTrip(merged, split.change);
    const gone = roundTrip(one, deleteNote(one, id));
    expect(gone.quotes[0]!.noteIds).not.toContain(id);
  });
});

describe('events', () => {
  it('creates an actor and an event on selected wording with its evidence', () => {
    const article = curated();
    const actor = createActor(article, 'Port authority', { name: 'China' });
    const withActor = roundTrip(article, actor.change);
    const wording = words(withActor, 0, 'moved away from plans');
    const { change, id } = createEvent(withActor, {
      wording,
      kind: 'decision',
      summary: 'Plans are dropped.',
      actorIds: [actor.id],
      when: { text: 'recently', precision: 'unknown', basis: 'stated' },
    });
    const after = roundTrip(withActor, change);
    expect(after.events.find((e) => e.id === id)?.evidence.attributionIds.length).toBeGreaterThan(0);
  });

  it('merges two events, moving answers to the kept one, and splits one by actors', () => {
    const article = curated();
    const answered = article.events.find((e) => e.answersId)!;
    const target = answered.answersId!;
    const keep = article.events.find((e) => {
      if (e.id === target || e.id === answered.id) return false;
      try {
        mergeEvents(article, e.id, target);
        return true;
      } catch {
        return false;
      }
    })!;
    const merged = roundTrip(article, mergeEvents(article, keep.id, target));
    expect(merged.events.find((e) => e.id === answered.id)?.answersId).toBe(keep.id);
    const many = article.events.find((e) => e.actorIds.length > 1)!;
    const split = splitEvent(article, many.id, [many.actorIds[0]!]);
    expect(roundTrip(article, split.change).events.find((e) => e.id === split.id)?.actorIds).toEqual([
      many.actorIds[0],
    ]);
  });

  it('refuses to merge events that would then follow each other in a circle', () => {
    const base = curated();
    const [x, y, z] = base.events;
    // y comes after x, z after y: merging x into z would put z after y after z.
    const article = {
      ...base,
      events: base.events.map((e) =>
        e.id === y!.id ? { ...e, afterIds: [x!.id] } : e.id === z!.id ? { ...e, afterIds: [y!.id] } : e,
      ),
    };
    expect(problems(article)).toEqual([]);
    expect(() => mergeEvents(article, z!.id, x!.id)).toThrow(/circle/);
  });

  it('deletes an event and every answer and ordering that named it', () => {
    const article = curated();
    const target = article.events.find((e) => e.answersId)!.answersId!;
    const after = roundTrip(article, deleteEvent(article, target));
    expect(after.events.some((e) => e.answersId === target || e.afterIds.includes(target))).toBe(false);
  });
});

describe('review of a draft', () => {
  it('accepts one item, then all of a kind, each undone as one step', () => {
    const article = drafted();
    const before = draftCount(article);
    const source = article.sources.find((s) => s.draft)!;
    const one = roundTrip(article, acceptItem(article, 'sources', source.id));
    expect(draftCount(one)).toBe(before - 1);
    const all = roundTrip(one, acceptAll(one, 'quotes'));
    expect(all.quotes.some((q) => q.draft)).toBe(false);
  });

  it('rejects a source with what only it backs, keeping the draft valid', () => {
    const article = drafted();
    const source = article.sources.find((s) => article.quotes.some((q) => q.speakerId === s.id))!;
    const after = roundTrip(article, rejectItem(article, 'sources', source.id));
    expect(after.quotes.some((q) => q.speakerId === source.id)).toBe(false);
  });

  it('rejects all draft events at once, undone as one step, and the article stays valid', () => {
    const article = drafted();
    const kept = article.events.length;
    expect(kept).toBeGreaterThan(1);
    const after = roundTrip(article, rejectAll(article, 'events'));
    expect(after.events).toEqual([]);
    expect(after.quotes).toEqual(article.quotes);
  });

  it('rejects all draft sources at once, with what only they back', () => {
    const article = drafted();
    const after = roundTrip(article, rejectAll(article, 'sources'));
    expect(after.sources).toEqual([]);
    expect(after.quotes).toEqual([]);
  });

  it('ends the draft once nothing is left to review, and undo brings it back', () => {
    let article = drafted();
    expect(article.meta.draft).toBe(true);
    for (const list of ['sources', 'attributions', 'quotes', 'notes', 'events'] as const)
      article = roundTrip(article, acceptAll(article, list));
    expect(draftCount(article)).toBe(0);
    expect(article.meta.draft).toBeUndefined();
  });

  it('counts a correction of the last draft item as the end of the draft', () => {
    let article = drafted();
    for (const list of ['sources', 'attributions', 'quotes', 'notes'] as const)
      article = applyChange(article, acceptAll(article, list));
    const last = article.events.filter((e) => e.draft);
    for (const event of last.slice(1))
      article = applyChange(article, acceptItem(article, 'events', event.id));
    const corrected = { ...last[0]! };
    delete corrected.draft;
    const change = settleDraft(article, {
      label: 'Edit event',
      steps: [{ list: 'events', index: 0, before: last[0]!, after: { ...corrected, summary: 'Fixed' } }],
    });
    const after = roundTrip(article, change);
    expect(after.meta.draft).toBeUndefined();
  });
});
