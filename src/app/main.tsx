import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { articleQueryOptions, matchesBuild } from '../article/article-query';
import { App } from './app';
import { createAppQueryClient } from './query-client';
import { linkedArticle } from './linked-article';
import '../shared/theme.css';
import '../shared/controls.css';

/**
 * Starts the app. index.html may hold the default article already rendered (at build time,
 * scripts/prerender-article.ts): the reader sees its text before this script has run. Then:
 * - the plain article, and the file fetched is the one rendered → hydrate (attach, no rebuild);
 * - another view of that article (a deep link, a passage) or a file changed since the build →
 *   render afresh once the article is loaded, replacing the HTML in one commit (no flash of a
 *   loading state, no layout shift);
 * - any other page (public/boot.js has hidden the pre-rendered HTML) → render at once.
 */
async function start(root: HTMLElement) {
  const queryClient = createAppQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  const linked = linkedArticle(window.location.hash);
  // Fetched now, before React's first render: the route then finds the request under way.
  const loading = linked ? queryClient.query(articleQueryOptions(linked.name)) : undefined;
  // Errors are left to the article route, which shows them (and offers a retry).
  loading?.catch(() => undefined);
  const prerendered = root.dataset.prerendered;
  if (loading && prerendered && linked?.name === prerendered) {
    const prepared = await loading.catch(() => undefined);
    if (prepared && linked.whole && matchesBuild(prepared)) {
      hydrateRoot(root, app);
      return;
    }
  }
  // Pre-rendered HTML that boot.js hid belongs to another page: it goes before anything shows.
  if (prerendered !== undefined && document.documentElement.dataset.pvPage === 'other')
    root.replaceChildren();
  root.removeAttribute('data-prerendered');
  createRoot(root).render(app);
}

const root = document.getElementById('root');
if (root) void start(root);
