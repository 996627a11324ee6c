import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { articleQueryOptions, matchesBuild } from '../article/article-query';
import { App } from './app';
import { createAppQueryClient } from './query-client';
import { linkedArticle } from './linked-article';
import '../shared/theme.css';
import '../shared/controls.css';
import '../shared/hostile-text.css';

/**
 * Starts the app. index.html may hold the default article already rendered (at build time,
 * scripts/prerender-article.ts): the reader sees its text before this script has run. Then:
 * - that article (plain or deep-linked), and the file fetched is the one rendered → hydrate:
 *   React attaches to the painted HTML, then shows what the link names (ArticleRoute);
 * - a file changed since the build (a correction) or one that failed to load → render afresh
 *   once settled, replacing the HTML in one commit (no loading flash, no layout shift);
 * - any other page (public/boot.js has hidden the pre-rendered HTML) → render at once.
 */
async function start(root: HTMLElement) {
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
  const prerendered = root.dataset.prerendered;
  const hidden = document.documentElement.dataset.pvPage === 'other';
  const prepared = prerendered && name === prerendered ? await loading?.catch(() => undefined) : undefined;
  if (prepared && matchesBuild(prepared)) {
    hydrateRoot(root, app);
  } else {
    // Pre-rendered HTML that boot.js hid belongs to another page: it goes before anything shows.
    if (hidden) root.replaceChildren();
    createRoot(root).render(app);
  }
  // boot.js also hides the article for links it cannot read, which ArticleRoute explains over
  // the default article: hydrated above, it is shown again here. Attributes are only touched
  // when set: a change restyles the whole page.
  if (hidden) delete document.documentElement.dataset.pvPage;
}

const root = document.getElementById('root');
if (root) void start(root);
