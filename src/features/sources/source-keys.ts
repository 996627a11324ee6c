import type { ProfileCategory } from './sourcing-profile';
import {
  disclosureKey,
  highlightKey,
  type DisclosureKey,
  type HighlightKey,
} from '../../shared/reader-state';

/** Disclosure and highlight keys (shared reader state) owned by the sources feature. */
export function sourceEntryKey(sourceId: string): DisclosureKey {
  return disclosureKey('source', sourceId);
}

/** An attribution's card under its paragraph. */
export function cardKey(attributionId: string): DisclosureKey {
  return disclosureKey('card', attributionId);
}

/** "Highlight this source": its passages and the quotes it spoke. */
export function sourceHighlightKey(sourceId: string): HighlightKey {
  return highlightKey('source', sourceId);
}

/** A bar of the sourcing profile: every passage of one kind of source. */
export function categoryHighlightKey(category: ProfileCategory): HighlightKey {
  return highlightKey('category', category);
}
