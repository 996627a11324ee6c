import type { Figure } from '../../article/body-schema';

type FigureBlockProps = { figure: Figure };

/**
 * A figure. When the image file is absent, one quiet line says so in its place (no empty box
 * in the middle of the text) above the caption and credit; the alt text stays its accessible
 * name, and is shown when the editor wrote it as a description (a published alt text is often
 * a file's keywords, which the caption says better).
 */
export function FigureBlock({ figure }: FigureBlockProps) {
  const editorial = figure.alt.origin === 'editorial';
  const credited = figure.credit && !figure.caption.includes(figure.credit) ? figure.credit : undefined;
  return (
    <figure id={figure.id} className={figure.src ? 'pv-figure' : 'pv-figure pv-figure--missing'}>
      {figure.src ? (
        <img className="pv-figure-image" src={figure.src} alt={figure.alt.text} loading="lazy" />
      ) : (
        <p
          className="pv-figure-placeholder"
          role="img"
          aria-label={`Image not available: ${figure.alt.text}`}
        >
          <span aria-hidden="true">
            <span className="pv-figure-placeholder-label">Image not kept with this copy</span>
            {/* A published alt text is the article's own words: in the page (its no-script
                copy too), if often a file's keywords that the caption says better. */}
            {!editorial && (
              <span className="pv-figure-alt pv-verbatim" hidden>
                {figure.alt.text}
              </span>
            )}
            {editorial && (
              <>
                {': '}
                <span className="pv-figure-alt">{figure.alt.text}</span>{' '}
                <span className="pv-figure-alt-origin">(description by the editor)</span>
              </>
            )}
          </span>
        </p>
      )}
      <figcaption className="pv-figcaption">
        <span className="pv-verbatim">{figure.caption}</span>
        {credited && <span className="pv-figure-credit"> {credited}</span>}
      </figcaption>
    </figure>
  );
}
