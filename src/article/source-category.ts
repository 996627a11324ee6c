import type { Attribution, Source } from './sourcing-schema';

/**
 * How a reader should weigh a passage, from its source and relay chain. These are the marks'
 * colours and the sourcing profile's segments.
 */
export const SOURCE_CATEGORIES = ['anonymous', 'named', 'relayed', 'earlier-report', 'inference'] as const;
export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<SourceCategory | 'unattributed', string> = {
  anonymous: 'Anonymous source',
  named: 'Named source',
  relayed: 'Relayed statement',
  'earlier-report': 'Earlier report',
  inference: 'Reporter’s inference',
  unattributed: 'Unattributed',
};

export function sourceCategory(source: Source): SourceCategory {
  switch (source.kind) {
    case 'publication':
      return 'earlier-report';
    case 'reporter':
      return 'inference';
    default:
      return source.anonymity.anonymous ? 'anonymous' : 'named';
  }
}

/** A passage whose words began with someone other than the credited source is relayed. */
export function attributionCategory(attribution: Attribution, source: Source): SourceCategory {
  const origin = attribution.chain[0]?.sourceId;
  if (origin !== undefined && origin !== attribution.sourceId) return 'relayed';
  return sourceCategory(source);
}
