import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { articleQueryOptions, matchesBuild } from '../article/article-query';
import { App } from './app';
import { HoldFarRuns } from '../features/reader/run-gates';
import { createAppQueryClient } from './query-client';
import { linkedArticle } from './linked-article';
import {
  anchorRouterPath,
  OTHER_PAGE,
  ownArticleName,
  PAGE_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  readBootRoute,
  ROOT_ID,
} from '../boot/contract';
import '../shared/theme.css';
import '../shared/controls.css';
import '../boot/boot.css';
import '../shared/hostile-text.css';

/**
 * Starts the app (decision 007). The page may hold its article already rendered (at build time,
 * src/boot/build/): the reader sees its text before this script has run. Then:
 * - that article (plain or deep-linked), and the file fetched is the one rendered → hydrate:
 *   React attaches to the painted HTML, then shows what the link names (ArticleRoute);
 * - a file changed since the build (a correction) or one that failed to load → render afresh
 *   once settled, replacing the HTML in one commit (no loading flash, no layout shift);
 * - any other page (boot.js has hidden the pre-rendered HTML) → render at once.
 */
async function start(root: HTMLElement) {
  routeFromAnchor();
  const queryClient = createAppQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  const name = linkedArticle(window.location.hash);
  // Fetched now, before React's first render: the route then finds the request under way.
  const loading = name ? queryClient.query(articleQueryOptions(name)) : undefined;
  // Errors are left to the article route, which shows them (and offers a retry).
  loading?.catch(() => undefined);
  const prerendered = root.getAttribute(PRERENDERED_ATTRIBUTE);
  const hidden = document.documentElement.getAttribute(PAGE_ATTRIBUTE) === OTHER_PAGE;
  const prepared = prerendered && name === prerendered ? await loading?.catch(() => undefined) : undefined;
  if (prepared && matchesBuild(prepared)) {
    hydrateRoot(root, <HoldFarRuns value={true}>{app}</HoldFarRuns>);
  } else {
    // Pre-rendered HTML that boot.js hid belongs to another page: it goes before anything shows.
    if (hidden) root.replaceChildren();
    createRoot(root).render(app);
  }
  // boot.js also hides the article for links it cannot read, which ArticleRoute explains over
  // the default article: hydrated above, it is shown again here. Attributes are only touched
  // when set: a change restyles the whole page.
  if (hidden) document.documentElement.removeAttribute(PAGE_ATTRIBUTE);
}

/**
 * A plain `#ID` (how an article's page is linked to an item, working without JavaScript too)
 * becomes the router's `#/read/NAME/ID` before the router reads it: the item is then revealed
 * and its card opened as for any deep link. Replaced, not pushed: Back leaves the page as before.
 */
function routeFromAnchor() {
  const route = readBootRoute(window.location.hash, ownArticleName(document));
  const plainAnchor = route.kind === 'own' && route.item && !window.location.hash.startsWith('#/');
  if (plainAnchor && route.item)
    history.replaceState(history.state, '', `#${anchorRouterPath(route.article, route.item)}`);
}

const root = document.getElementById(ROOT_ID);
if (root) void start(root);
