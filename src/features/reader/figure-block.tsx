import type { Figure } from '../../article/body-schema';

type FigureBlockProps = { figure: Figure };

/** A figure; when the image file is absent, a neutral placeholder shows the alt text instead. */
export function FigureBlock({ figure }: FigureBlockProps) {
  const published = figure.alt.origin === 'published';
  return (
    <figure id={figure.id} className="pv-figure">
      {figure.src ? (
        <img className="pv-figure-image" src={figure.src} alt={figure.alt.text} loading="lazy" />
      ) : (
        <div
          className="pv-figure-placeholder"
          role="img"
          aria-label={`Image not available: ${figure.alt.text}`}
        >
          <span className="pv-figure-placeholder-label" aria-hidden="true">
            Image not available
          </span>
          <span className={published ? 'pv-figure-alt pv-verbatim' : 'pv-figure-alt'} aria-hidden="true">
            {figure.alt.text}
          </span>
          {!published && (
            <span className="pv-figure-alt-origin" aria-hidden="true">
              (description by the editor)
            </span>
          )}
        </div>
      )}
      <figcaption className="pv-figcaption pv-verbatim">{figure.caption}</figcaption>
    </figure>
  );
}
