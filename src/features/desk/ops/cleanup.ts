import { omit } from './omit';
import type { ChangeBuilder, ItemOf, ListName } from './change';

/**
 * The items of a list as they are now, one at a time: an earlier step in the loop may have
 * changed a later item, so each is read afresh (and skipped if it is gone).
 */
export function* eachCurrent<L extends ListName>(b: ChangeBuilder, list: L): Generator<ItemOf<L>> {
  for (const id of b.article[list].map((item) => item.id)) {
    const item = (b.article[list] as ItemOf<L>[]).find((i) => i.id === id);
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
  b.remove('events', id);
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
