import { eventIntervals } from '../../article/order-events';
import type { PreparedArticle } from '../../article/prepare-article';
import { timelineData } from '../../article/timeline-data';
import { whenIdle } from '../../shared/when-idle';
import { cachedLayout } from './negotiation-layout';
import { rehearseView } from './rehearse-view';

/**
 * Works out the unfiltered view's layout when the browser is idle, one step per idle moment
 * (each is a long task on a 1,000-event story), then rehearses drawing its first rows, so that
 * opening the view only draws it, and with code and fonts already warm. Returns a cancel.
 */
export function warmNegotiation(prepared: PreparedArticle): () => void {
  const steps: (() => unknown)[] = [
    () => timelineData(prepared),
    () => eventIntervals(prepared.article),
    () => cachedLayout(prepared, { shown: {} }),
    () => (endRehearsal = rehearseView(prepared)),
  ];
  let cancel: () => void = () => undefined;
  let endRehearsal: () => void = () => undefined;
  const next = (index: number) => {
    const step = steps[index];
    if (!step) return;
    cancel = whenIdle(() => {
      step();
      next(index + 1);
    });
  };
  next(0);
  return () => {
    cancel();
    endRehearsal();
  };
}
