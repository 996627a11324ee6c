import type { PreparedArticle } from '../../article/prepare-article';
import { SOURCE_CATEGORIES, UNATTRIBUTED, type SourceCategory } from '../../article/source-category';

export type ProfileCategory = SourceCategory | typeof UNATTRIBUTED;

export type ProfileShare = { category: ProfileCategory; characters: number; percent: number };

export type SourcingProfile = {
  /** Shares of the body text, largest first; categories with no text are left out. */
  shares: ProfileShare[];
  totalCharacters: number;
  counts: { sources: number; passages: number; quotes: number; events: number };
};

/** Whether a UTF-16 code unit is white space as the regular expression `\s` means it. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * How much of the article's paragraph text rests on each kind of source, counted in characters
 * (whitespace excluded). Where passages overlap, a character counts once, for the innermost.
 */
export function sourcingProfile(prepared: PreparedArticle): SourcingProfile {
  const order: ProfileCategory[] = [...SOURCE_CATEGORIES, UNATTRIBUTED];
  const unattributed = order.length - 1;
  const indexOf = new Map(order.map((category, index) => [category, index]));
  const characters = order.map(() => 0);
  let total = 0;
  const paragraphs = prepared.article.body.flatMap((block) => (block.type === 'paragraph' ? [block] : []));
  // Who owns each character, as an index into `order`: one typed array for every paragraph, as
  // a long article has a million characters.
  const owner = new Uint8Array(paragraphs.reduce((most, block) => Math.max(most, block.text.length), 0));
  for (const block of paragraphs) {
    const { text } = block;
    owner.fill(unattributed, 0, text.length);
    // Sorted by start, so a later (inner) passage overwrites the one around it.
    for (const attribution of prepared.attributionsByBlock.get(block.id) ?? []) {
      const category = prepared.categoryOfAttribution.get(attribution.id);
      const index = category === undefined ? unattributed : (indexOf.get(category) ?? unattributed);
      owner.fill(index, attribution.range.start, attribution.range.end);
    }
    for (let i = 0; i < text.length; i += 1) {
      if (isSpace(text.charCodeAt(i))) continue;
      const index = owner[i] ?? unattributed;
      characters[index] = (characters[index] ?? 0) + 1;
      total += 1;
    }
  }
  const shares = order
    .map((category, index) => {
      const count = characters[index] ?? 0;
      return { category, characters: count, percent: total === 0 ? 0 : (100 * count) / total };
    })
    .filter((share) => share.characters > 0);
  const { article } = prepared;
  return {
    shares,
    totalCharacters: total,
    counts: {
      sources: article.sources.length,
      passages: article.attributions.length,
      quotes: article.quotes.length,
      events: article.events.length,
    },
  };
}

/** Rounds shares to whole percentages that still add up to 100 (largest remainder). */
export function wholePercents(shares: ProfileShare[]): number[] {
  const floors = shares.map((s) => Math.floor(s.percent));
  let left = shares.length === 0 ? 0 : 100 - floors.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((s, i) => [s.percent - Math.floor(s.percent), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, index] of byRemainder) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}
