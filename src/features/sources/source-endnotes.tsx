import type { PreparedArticle } from '../../article/prepare-article';
import { SOURCE_KIND_LABELS } from '../../article/source-category';
import type { Attribution, Source } from '../../article/sourcing-schema';
import { shareableUrl } from '../../shared/app-url';
import { useArticleName } from '../../shared/article-name-context';
import { itemPath } from '../../shared/item-path';
import { SourceFacts } from './source-facts';
import { sourceNumbers } from './source-numbers';

type SourceEndnotesProps = { prepared: PreparedArticle };

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** The relay chains of a source's passages that pass through others, each once. */
function chainsOf(attributions: Attribution[], prepared: PreparedArticle): string[] {
  return distinct(
    attributions
      .filter((a) => a.chain.length > 1)
      .map((a) =>
        a.chain.map((link) => prepared.sourcesById.get(link.sourceId)?.name ?? link.sourceId).join(' → '),
      ),
  );
}

function certaintyOf(attributions: Attribution[]): string | undefined {
  const hedges = distinct(attributions.flatMap((a) => a.hedges.map((h) => `“${h.text}”`)));
  const hedged = attributions.filter((a) => a.certainty === 'hedged').length;
  const inferred = attributions.filter((a) => a.certainty === 'inferred').length;
  const parts = [
    hedged > 0 && `${hedged} hedged`,
    inferred > 0 && `${inferred} inferred by the reporter`,
    hedges.length > 0 && `hedge words ${hedges.join(', ')}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function Endnote({
  source,
  number,
  prepared,
}: {
  source: Source;
  number: number;
  prepared: PreparedArticle;
}) {
  const articleName = useArticleName();
  const attributions = prepared.attributionsBySource.get(source.id) ?? [];
  const chains = chainsOf(attributions, prepared);
  const certainty = certaintyOf(attributions);
  const passages = attributions.length === 1 ? '1 passage' : `${attributions.length} passages`;
  return (
    <li className="pv-endnote" value={number}>
      <p className="pv-endnote-line">
        <span className="pv-endnote-name">{source.name}</span> — {SOURCE_KIND_LABELS[source.kind]}
        <SourceFacts source={source} /> · {passages}.
        {chains.length > 0 && <> Relayed: {chains.join('; ')}.</>}
        {certainty && <> Certainty: {certainty}.</>}
        {source.description && <span className="pv-endnote-description"> {source.description}</span>}
      </p>
      <p className="pv-endnote-url">{shareableUrl(itemPath(articleName, source.id), window.location.href)}</p>
    </li>
  );
}

/**
 * The print edition's sources: each described once, numbered as the text's footnote marks
 * are (kind, anonymity and its reason, channel, when contacted, relay chains, hedges), with
 * its permalink as an absolute URL. Rendered only while printing (it reads the page's URL).
 */
export function SourceEndnotes({ prepared }: SourceEndnotesProps) {
  const numbers = sourceNumbers(prepared);
  const sources = [...prepared.article.sources].sort(
    (a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0),
  );
  return (
    <section className="pv-endnotes" aria-labelledby="pv-endnotes-heading">
      <h2 id="pv-endnotes-heading" className="pv-print-heading">
        Sources
      </h2>
      <ol className="pv-endnote-list">
        {sources.map((source) => (
          <Endnote key={source.id} source={source} number={numbers.get(source.id) ?? 0} prepared={prepared} />
        ))}
      </ol>
    </section>
  );
}
