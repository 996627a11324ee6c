import {
  disclosureKey,
  highlightKey,
  type DisclosureKey,
  type HighlightKey,
} from '../../shared/reader-state';

/** The disclosure key of an event's details (apart from the panel, which loads on demand). */
export function eventKey(eventId: string): DisclosureKey {
  return disclosureKey('event', eventId);
}

/** The highlight an event's "Highlight evidence" sets. */
export function eventHighlightKey(eventId: string): HighlightKey {
  return highlightKey('event', eventId);
}
