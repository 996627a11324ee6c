import { formatFuzzyDate } from '../../article/format-fuzzy-date';
import type { Source } from '../../article/sourcing-schema';
import { channelLabel } from '../../article/channel-label';

type SourceFactsProps = { source: Source };

/** Anonymity and its stated reason, channel, when contacted: each after a separator. */
export function SourceFacts({ source }: SourceFactsProps) {
  const channel = channelLabel(source.channel);
  return (
    <>
      {source.anonymity.anonymous && (
        <>
          {' · '}Anonymous
          {source.anonymity.reason ? `, “${source.anonymity.reason}”` : ', no reason given'}
        </>
      )}
      {channel && (
        <>
          {' · '}Reached {channel}
        </>
      )}
      {source.contacted && (
        <>
          {' · '}Contacted: {formatFuzzyDate(source.contacted)}
          {source.contacted.basis === 'inferred' && ' (inferred)'}
        </>
      )}
    </>
  );
}
