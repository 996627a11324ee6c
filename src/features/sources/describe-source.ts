import { formatFuzzyDate } from '../../article/format-fuzzy-date';
import type { Attribution, RelayLink, Source } from '../../article/sourcing-schema';
import { channelLabel } from '../../article/channel-label';
import { CATEGORY_LABELS, type SourceCategory } from '../../article/source-category';

/** "by phone, a Wednesday before publication": how one link of a chain was made. */
export function linkHow(link: RelayLink, source: Source | undefined): string {
  const channel = channelLabel(link.channel ?? source?.channel);
  const when = link.when ?? source?.contacted;
  return [channel, when ? formatFuzzyDate(when) : ''].filter(Boolean).join(', ');
}

/** The toggle's accessible name: "Source: a source in North Korea, by phone, hedged". */
export function toggleName(attribution: Attribution, source: Source | undefined): string {
  const parts = [`Source: ${source?.name ?? attribution.sourceId}`];
  const channel = channelLabel(source?.channel);
  if (channel) parts.push(channel);
  if (attribution.certainty !== 'stated') parts.push(attribution.certainty);
  return parts.join(', ');
}

const CERTAINTY_TIPS: Record<Attribution['certainty'], string> = {
  stated: '',
  hedged: ' · ? hedged',
  inferred: ' · ? inferred by the reporter',
};

/** What a source chip says when pointed at, focused or tapped: "Anonymous source · ? hedged (“appears”)". */
export function toggleTip(category: SourceCategory, attribution: Attribution): string {
  const hedges = attribution.hedges.map((hedge) => `“${hedge.text}”`).join(', ');
  const certainty = CERTAINTY_TIPS[attribution.certainty] + (hedges ? ` (${hedges})` : '');
  return `${CATEGORY_LABELS[category]}${certainty}: open the source card`;
}
