import type { Article } from '../../article/article-schema';
import { diffArticles } from './article-diff';
import type { Change } from './ops/change';

type ChangesListProps = { original: Article; article: Article; past: Change[]; onShow: (id: string) => void };

/** The diff against the opened version, then this session's edits, newest first. */
export function ChangesList({ original, article, past, onShow }: ChangesListProps) {
  const diff = diffArticles(original, article);
  const counts = (['added', 'changed', 'removed'] as const).map(
    (w) => `${diff.filter((d) => d.what === w).length} ${w}`,
  );
  return (
    <section aria-labelledby="pv-desk-changes-title">
      <h2 id="pv-desk-changes-title" className="pv-desk-panel-title">
        Changes since opened
      </h2>
      <p>{diff.length === 0 ? 'Nothing has changed.' : counts.join(' · ')}</p>
      <ul className="pv-desk-diff">
        {diff.map((d) => (
          <li key={`${d.list}-${d.id}`} className={`pv-desk-diff--${d.what}`}>
            <span className="pv-desk-badge">{d.what}</span>{' '}
            {d.list === 'meta' ? 'headline and details' : d.list.replace(/s$/, '')}{' '}
            {d.what !== 'removed' && d.list !== 'meta' ? (
              <button type="button" className="pv-link-button" onClick={() => onShow(d.id)}>
                {d.id}
              </button>
            ) : (
              <code>{d.id}</code>
            )}
          </li>
        ))}
      </ul>
      {past.length > 0 && (
        <>
          <h3 className="pv-desk-subtitle">Edits this session</h3>
          <ol className="pv-desk-history" reversed>
            {[...past].reverse().map((change, i) => (
              <li key={past.length - i}>{change.label}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
