import type { Article } from '../article/article-schema';
import { orderedEvents } from '../article/order-events';
import { whenIdle } from './when-idle';

/** Works the order out when the browser is idle, so that the first click needing it does not wait. */
export function warmEventOrder(article: Article): () => void {
  return whenIdle(() => {
    orderedEvents(article);
  });
}
