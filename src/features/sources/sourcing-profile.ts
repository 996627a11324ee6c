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
  const characters = new Map<ProfileCategory, number>();
  let total = 0;
  for (const block of prepared.article.body) {
    if (block.type !== 'paragraph') continue;
    const owner: (ProfileCategory | undefined)[] = Array.from({ length: block.text.length });
    // Sorted by start, so a later (inner) passage overwrites the one around it.
    for (const attribution of prepared.attributionsByBlock.get(block.id) ?? []) {
      const category = prepared.categoryOfAttribution.get(attribution.id);
      owner.fill(category, attribution.range.start, attribution.range.end);
    }
    // Counted over character codes, and added up once per run of one owner: a long article has
    // a million characters.
    for (let start = 0; start < block.text.length;) {
      const category = owner[start];
      let count = 0;
      let i = start;
      for (; i < block.text.length && owner[i] === category; i += 1)
        if (!isSpace(block.text.charCodeAt(i))) count += 1;
      const key = category ?? UNATTRIBUTED;
      characters.set(key, (characters.get(key) ?? 0) + count);
      total += count;
      start = i;
    }
  }
  const order: ProfileCategory[] = [...SOURCE_CATEGORIES, UNATTRIBUTED];
  const shares = order
    .map((category) => {
      const count = characters.get(category) ?? 0;
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
