import { startTransition, useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Article } from '../../article/article-schema';
import { prepareArticle, type PreparedArticle } from '../../article/prepare-article';
import { afterNextPaint } from '../../shared/after-next-paint';
import { cachedLayout } from './negotiation-layout';
import type { NegotiationLinks } from './negotiation-links';
import { NegotiationView } from './negotiation-view';
import { phaseGroups } from './phase-groups';

/** About a screen of rows: what the view's first frame draws. */
const SAMPLE_EVENTS = 12;
// The sample's ids are its own: the page may hold the article's (its timeline) meanwhile.
const rename = (id: string) => `pv-rehearsal-${id}`;
const NOWHERE: NegotiationLinks = { event: () => '#', reader: () => '#' };
const ignore = () => undefined;

/** The article's first events in the view's order, under ids of their own, as a small article. */
export function rehearsalArticle(prepared: PreparedArticle): Article {
  const { article } = prepared;
  const sample = new Set<string>();
  for (const group of phaseGroups(cachedLayout(prepared, { shown: {} }).lines)) {
    if (sample.size >= SAMPLE_EVENTS) break;
    for (const line of group.events) sample.add(line.event.id);
  }
  const events = article.events
    .filter((event) => sample.has(event.id))
    .map(({ answersId, afterIds, ...event }) => ({
      ...event,
      id: rename(event.id),
      ...(answersId && sample.has(answersId) ? { answersId: rename(answersId) } : {}),
      afterIds: afterIds.filter((id) => sample.has(id)).map(rename),
    }));
  const phases = article.phases
    ?.filter((phase) => phase.eventIds.some((id) => sample.has(id)))
    .map((phase) => ({
      ...phase,
      id: rename(phase.id),
      eventIds: phase.eventIds.filter((id) => sample.has(id)).map(rename),
    }));
  return {
    ...article,
    body: [],
    attributions: [],
    quotes: [],
    notes: [],
    events,
    ...(phases ? { phases } : {}),
  };
}

function Shown({ children, onShown }: { children: ReactNode; onShown: () => void }) {
  useEffect(() => afterNextPaint(onShown), [onShown]);
  return children;
}

/**
 * Draws the view's first rows once, out of sight and out of the accessibility tree, then takes
 * them down: the first opening of the view then runs its code warm (compiled, not interpreted
 * for the first time) and lays out its text in fonts and sizes the browser has already set up.
 * Done when the reader is idle; the first opening of the view was about twice a later one
 * (decision 012). Returns a cancel.
 */
export function rehearseView(prepared: PreparedArticle): () => void {
  const sample = prepareArticle(rehearsalArticle(prepared));
  const host = document.createElement('div');
  host.className = 'pv-rehearsal';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const root = createRoot(host);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    root.unmount();
    host.remove();
  };
  startTransition(() => {
    root.render(
      <Shown onShown={end}>
        <div className="pv-page pv-neg-page">
          <NegotiationView
            prepared={sample}
            shown={{}}
            linkedId={undefined}
            onShow={ignore}
            links={NOWHERE}
          />
        </div>
      </Shown>,
    );
  });
  return end;
}
