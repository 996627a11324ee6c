import { omit } from './omit';
import type { ChangeBuilder, ItemOf, ListName } from './change';

/**
 * The items of a list as they are now, one at a time: an earlier step in the loop may have
 * changed a later item, so each is read afresh (and skipped if it is gone).
 */
export function* eachCurrent<L extends ListName>(b: ChangeBuilder, list: L): Generator<ItemOf<L>> {
  const items = (): ItemOf<L>[] => b.article[list] ?? [];
  for (const id of items().map((item) => item.id)) {
    const item = items().find((i) => i.id === id);
    if (item) yield item;
  }
}

/**
 * Removing an item removes or rewrites every reference to it, so the article stays valid:
 * these are the one place that knows who points at whom.
 */
export function removeAttribution(b: ChangeBuilder, id: string): void {
  for (const quote of eachCurrent(b, 'quotes'))
    if (quote.attributionId === id) {
      const rest = omit(quote, 'attributionId');
      b.replace('quotes', rest);
    }
  for (const event of eachCurrent(b, 'events'))
    if (event.evidence.attributionIds.includes(id))
      b.replace('events', {
        ...event,
        evidence: {
          ...event.evidence,
          attributionIds: event.evidence.attributionIds.filter((a) => a !== id),
        },
      });
  b.remove('attributions', id);
}

export function removeQuote(b: ChangeBuilder, id: string): void {
  for (const quote of eachCurrent(b, 'quotes'))
    if (quote.parentId === id) {
      const rest = omit(quote, 'parentId');
      b.replace('quotes', rest);
    }
  for (const event of eachCurrent(b, 'events'))
    if (event.evidence.quoteIds.includes(id))
      b.replace('events', {
        ...event,
        evidence: { ...event.evidence, quoteIds: event.evidence.quoteIds.filter((q) => q !== id) },
      });
  b.remove('quotes', id);
}

export function removeNote(b: ChangeBuilder, id: string): void {
  for (const quote of eachCurrent(b, 'quotes'))
    if (quote.noteIds.includes(id))
      b.replace('quotes', { ...quote, noteIds: quote.noteIds.filter((n) => n !== id) });
  b.remove('notes', id);
}

export function removeEvent(b: ChangeBuilder, id: string): void {
  for (const event of eachCurrent(b, 'events')) {
    if (event.id === id) continue;
    if (event.answersId === id || event.afterIds.includes(id)) {
      const { answersId, ...rest } = event;
      b.replace('events', {
        ...rest,
        ...(answersId && answersId !== id ? { answersId } : {}),
        afterIds: event.afterIds.filter((e) => e !== id),
      });
    }
  }
  for (const note of eachCurrent(b, 'notes'))
    if (note.reference?.eventId === id) {
      const reference = omit(note.reference, 'eventId');
      b.replace('notes', { ...note, reference });
    }
  leavePhase(b, id);
  b.remove('events', id);
}

/** Takes an event out of the editor's phases (when the article has them). */
export function leavePhase(b: ChangeBuilder, eventId: string): void {
  for (const phase of eachCurrent(b, 'phases'))
    if (phase.eventIds.includes(eventId))
      b.replace('phases', { ...phase, eventIds: phase.eventIds.filter((e) => e !== eventId) });
}

/**
 * Puts an event into a phase: `phaseIndex`, else the last one. When an article names phases,
 * every event belongs to one (an integrity rule), so a new event must join one.
 */
export function joinPhase(b: ChangeBuilder, eventId: string, phaseIndex?: number): void {
  const phases = b.article.phases ?? [];
  const phase = phases[phaseIndex ?? phases.length - 1];
  if (phase) b.replace('phases', { ...phase, eventIds: [...phase.eventIds, eventId] });
}

/** The index of the phase an event is in, or undefined. */
export function phaseIndexOf(b: ChangeBuilder, eventId: string): number | undefined {
  const at = (b.article.phases ?? []).findIndex((p) => p.eventIds.includes(eventId));
  return at < 0 ? undefined : at;
}

/** A source goes with what only it backs: passages credited to it and quotations it spoke. */
export function removeSource(b: ChangeBuilder, id: string): void {
  for (const attribution of eachCurrent(b, 'attributions')) {
    if (attribution.sourceId === id) removeAttribution(b, attribution.id);
    else if (attribution.chain.some((link) => link.sourceId === id))
      b.replace('attributions', {
        ...attribution,
        chain: attribution.chain.filter((link) => link.sourceId !== id),
      });
  }
  for (const quote of eachCurrent(b, 'quotes')) {
    if (quote.speakerId === id) removeQuote(b, quote.id);
    else if (quote.relayedById === id) {
      const rest = omit(quote, 'relayedById');
      b.replace('quotes', rest);
    }
  }
  b.remove('sources', id);
}
