import { useEffect, useState } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { whenIdle } from '../../shared/when-idle';
import { SourceCard } from './source-card';

type WarmUpSourceCardProps = { prepared: PreparedArticle };

const closeNothing = () => undefined;

// A long article goes on completing its paragraphs for seconds after its text shows, leaving
// the browser no idle time, and a reader may open a card meanwhile: wait no longer than this.
const WARM_UP_WITHIN_MS = 300;

/**
 * Renders and lays out one source card, unseen and unreachable, once the browser is idle after
 * the article shows, then removes it in the same task, before any frame could draw it. The
 * first card a reader opens is then not the first to run the card's code (compiled on first
 * call) nor to look up and shape its faces and weights (traced at 4x CPU on a long article:
 * the card's layout 11 -> 4 ms, the click's script 22 -> 17 ms).
 */
export function WarmUpSourceCard({ prepared }: WarmUpSourceCardProps) {
  // True for one render only: set when idle, cleared as soon as the card is laid out.
  const [layingOut, setLayingOut] = useState(false);
  useEffect(
    () =>
      whenIdle(() => {
        setLayingOut(true);
      }, WARM_UP_WITHIN_MS),
    [],
  );
  // Called once the card is in the document: reading its box lays it out now, and a state
  // change made while React commits is rendered before the browser's next frame.
  const layOutAndRemove = (frame: HTMLDivElement | null) => {
    if (!frame) return;
    frame.getBoundingClientRect();
    setLayingOut(false);
  };

  const attribution = prepared.article.attributions[0];
  if (!layingOut || !attribution) return null;
  return (
    <div ref={layOutAndRemove} className="pv-warm-up" aria-hidden="true" inert>
      <SourceCard attribution={attribution} prepared={prepared} onClose={closeNothing} />
    </div>
  );
}
