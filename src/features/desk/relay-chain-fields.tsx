import { useState } from 'react';
import type { Article } from '../../article/article-schema';
import type { RelayLink } from '../../article/sourcing-schema';
import { fields } from './form-field';

type RelayChainFieldsProps = { article: Article; chain: RelayLink[] };

/**
 * Who told whom, origin first: "Chinese officials → a source in North Korea → Daily NK". Each
 * link is a source; links can be added at the origin, removed, and the credited source is
 * always in the chain (the desk adds it if the editor leaves it out).
 */
export function RelayChainFields({ article, chain }: RelayChainFieldsProps) {
  const [links, setLinks] = useState(chain.map((l) => l.sourceId));
  const name = (id: string) => article.sources.find((s) => s.id === id)?.name ?? id;
  const unused = article.sources.filter((s) => !links.includes(s.id));
  const [adding, setAdding] = useState(unused[0]?.id ?? '');
  return (
    <fieldset className="pv-desk-fieldset">
      <legend>Relay chain, origin first</legend>
      <ol className="pv-desk-chain">
        {links.map((id, i) => (
          <li key={id}>
            <input type="hidden" name="chain" value={id} />
            {name(id)}{' '}
            {links.length > 1 && (
              <button
                type="button"
                className="pv-link-button"
                aria-label={`Remove ${name(id)} from the chain`}
                onClick={() => setLinks(links.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      {unused.length > 0 && (
        <div className="pv-desk-inline">
          <label>
            Add at the origin{' '}
            <select value={adding} onChange={(e) => setAdding(e.target.value)}>
              {unused.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="pv-desk-action"
            onClick={() => adding && setLinks([adding, ...links])}
          >
            Add link
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** The chain the form holds, channels kept for links that stay; the credited source included. */
export function readChain(form: FormData, sourceId: string, previous: RelayLink[]): RelayLink[] {
  const ids = fields(form, 'chain');
  const withSource = ids.includes(sourceId) ? ids : [...ids, sourceId];
  return withSource.map((id) => previous.find((l) => l.sourceId === id) ?? { sourceId: id });
}
