import type { Attribution, Source } from './sourcing-schema';

/**
 * How a reader should weigh a passage, from its source and relay chain. These are the marks'
 * colours and the sourcing profile's segments.
 */
export const SOURCE_CATEGORIES = [
  'anonymous',
  'named',
  'relayed',
  'earlier-report',
  'inference',
  'own-reporting',
] as const;
export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<SourceCategory | 'unattributed', string> = {
  anonymous: 'Anonymous source',
  named: 'Named source',
  relayed: 'Relayed statement',
  'earlier-report': 'Earlier report',
  inference: 'Reporter’s inference',
  'own-reporting': 'Publication’s own reporting',
  unattributed: 'Unattributed',
};

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  'anonymous-person': 'Anonymous source',
  'named-person': 'Named source',
  group: 'Group',
  organization: 'Organization',
  publication: 'The publication',
  'earlier-report': 'Earlier report',
  reporter: 'Reporter’s analysis',
  document: 'Document',
};

/** A marker for text that no attribution covers, used where categories are listed. */
export const UNATTRIBUTED = 'unattributed';

export function sourceCategory(source: Source): SourceCategory {
  switch (source.kind) {
    case 'publication':
      return 'own-reporting';
    case 'earlier-report':
      return 'earlier-report';
    case 'reporter':
      return 'inference';
    default:
      return source.anonymity.anonymous ? 'anonymous' : 'named';
  }
}

/**
 * A passage whose words began with someone other than the credited source is relayed; the
 * reporter's reading of what others said stays an inference.
 */
export function attributionCategory(attribution: Attribution, source: Source): SourceCategory {
  if (source.kind === 'reporter') return 'inference';
  const origin = attribution.chain[0]?.sourceId;
  if (origin !== undefined && origin !== attribution.sourceId) return 'relayed';
  return sourceCategory(source);
}
