import type { PreparedArticle } from '../article/prepare-article';
import { SourceEndnotes } from '../features/sources/source-endnotes';
import { TimelinePrintTable } from '../features/timeline/timeline-print-table';
import { shareableUrl } from '../shared/app-url';
import { articlePath } from '../shared/item-path';
import { usePrinting } from '../shared/reader-state';
import './print-edition.css';

type PrintEditionProps = { prepared: PreparedArticle; articleName: string };

/**
 * What a printed page adds after the article, in place of the rail and the inline cards: the
 * sources once each as endnotes (numbered as the text's footnote marks), the timeline as a
 * table, and the article's address. Quotations are in the text already and are not repeated.
 * Rendered only while printing: `beforeprint` is heard before the page is laid out for print.
 */
export function PrintEdition({ prepared, articleName }: PrintEditionProps) {
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <div className="pv-print-edition">
      <SourceEndnotes prepared={prepared} />
      {prepared.article.events.length > 0 && <TimelinePrintTable prepared={prepared} />}
      <p className="pv-print-url">
        Online, with every source, quote and event:{' '}
        {shareableUrl(articlePath(articleName), window.location.href)}
      </p>
    </div>
  );
}
