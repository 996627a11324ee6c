import type { ArticleProblem } from '../../article/article-problem';
import type { Article } from '../../article/article-schema';

type ProblemsListProps = { article: Article; problems: ArticleProblem[]; onShow: (id: string) => void };

/** The item a problem's path names (`quotes[3].parts[0]` → that quotation), to link to it. */
export function problemItem(article: Article, path: string): { id: string; list: string } | undefined {
  const match = /^(sources|attributions|quotes|notes|sides|actors|events)\[(\d+)\]/.exec(path);
  if (!match) return undefined;
  const list = match[1] as 'sources';
  const item = article[list][Number(match[2])];
  return item ? { id: item.id, list } : undefined;
}

/** The schema's and the integrity rules' findings, live, each linked to the item it is about. */
export function ProblemsList({ article, problems, onShow }: ProblemsListProps) {
  return (
    <section aria-labelledby="pv-desk-problems-title">
      <h2 id="pv-desk-problems-title" className="pv-desk-panel-title">
        Problems
      </h2>
      {problems.length === 0 ? (
        <p className="pv-desk-ok">No problems: the article passes the schema and the integrity rules.</p>
      ) : (
        <ul className="pv-desk-problems">
          {problems.map((problem, i) => {
            const item = problemItem(article, problem.path);
            return (
              <li key={`${problem.path}-${i}`}>
                {item ? (
                  <button type="button" className="pv-link-button" onClick={() => onShow(item.id)}>
                    {item.id}
                  </button>
                ) : (
                  <code>{problem.path || 'the file'}</code>
                )}
                : {problem.message}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
