import type { PreparedArticle } from '../../article/prepare-article';
import type { Attribution } from '../../article/sourcing-schema';
import { linkHow } from './describe-source';

type RelayChainProps = { attribution: Attribution; prepared: PreparedArticle };

/** Who told whom, read left to right: "Chinese officials → a source in North Korea → Daily NK". */
export function RelayChain({ attribution, prepared }: RelayChainProps) {
  return (
    <ol className="pv-chain" aria-label="Relay chain, from the original speaker to the publication">
      {attribution.chain.map((link, index) => {
        const source = prepared.sourcesById.get(link.sourceId);
        // How the words reached this link is told by the link before it ("by phone, Wednesday").
        const previous = attribution.chain[index - 1];
        const how = previous ? linkHow(previous, prepared.sourcesById.get(previous.sourceId)) : '';
        return (
          <li key={link.sourceId} className="pv-chain-link">
            {index > 0 && (
              <span className="pv-chain-arrow">
                <span aria-hidden="true">→ </span>
                <span className="pv-visually-hidden">told </span>
              </span>
            )}
            <span className="pv-chain-name">{source?.name ?? link.sourceId}</span>
            {how && <span className="pv-chain-how"> ({how})</span>}
          </li>
        );
      })}
    </ol>
  );
}
