import { excerpt } from '../../article/excerpt';
import { SOURCE_KIND_LABELS } from '../../article/source-category';
import type { Attribution, Source } from '../../article/sourcing-schema';
import { ItemLink } from '../../shared/item-link';
import { Permalink } from '../../shared/permalink';
import { SourceFacts } from './source-facts';

/** A source's kind and facts, other names and description: in its entry and its embed card. */
export function SourceFactLines({ source }: { source: Source }) {
  return (
    <>
      <p className="pv-card-meta">
        {SOURCE_KIND_LABELS[source.kind]}
        <SourceFacts source={source} />
      </p>
      {source.aliases.length > 0 && (
        <p className="pv-card-meta">Also called: {source.aliases.map((a) => `“${a}”`).join(', ')}</p>
      )}
      {source.description && <p className="pv-source-description">{source.description}</p>}
    </>
  );
}

type SourceDetailsProps = { source: Source; passages: Attribution[] };

/** What an open source entry shows: its facts, names, permalink and passages as links. */
export function SourceDetails({ source, passages }: SourceDetailsProps) {
  return (
    <>
      <SourceFactLines source={source} />
      <p className="pv-card-footer">
        <Permalink itemId={source.id} label={`source: ${source.name}`} />
      </p>
      {passages.length > 0 && (
        <ol className="pv-passage-links">
          {passages.map((passage) => (
            <li key={passage.id}>
              <ItemLink itemId={passage.id}>{excerpt(passage.range.text)}</ItemLink>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
