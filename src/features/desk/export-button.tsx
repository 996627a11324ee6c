import type { Article } from '../../article/article-schema';
import { exportText } from './open-article';

type ExportButtonProps = { article: Article; fileName: string; problems: number };

/** Downloads the article as `npm run validate` reads it; refused while a rule is broken. */
export function ExportButton({ article, fileName, problems }: ExportButtonProps) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportText(article)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button
      type="button"
      className="pv-button"
      aria-disabled={problems > 0}
      aria-describedby={problems > 0 ? 'pv-desk-export-why' : undefined}
      onClick={() => problems === 0 && download()}
    >
      Export JSON
      {problems > 0 && (
        <span id="pv-desk-export-why" className="pv-visually-hidden">
          {' '}
          (fix the {problems} problems first)
        </span>
      )}
    </button>
  );
}
