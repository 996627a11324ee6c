import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useArticle } from '../article/article-query';
import { itemLabel } from '../article/item-label';
import { selectedMessage } from '../features/embed/embed-messages';
import { hostChannel, postToHost } from '../features/embed/host-channel';
import { ArticleError } from '../features/reader/article-error';
import { ArticleLoading } from '../features/reader/article-loading';
import {
  buildAppPath,
  parseAppLocation,
  type AppLocation,
  type EmbedOptions,
  type EventsShown,
} from '../shared/app-url';
import { articlePath, itemPath } from '../shared/item-path';
import { cardKind } from './embed-card-kind';
import { EmbedShell } from './embed-shell';
import { EmbedView, itemShownIn } from './embed-view';

type EmbedLocation = Extract<AppLocation, { kind: 'embed' }>;

const FALLBACK: EmbedOptions = { view: 'reader', theme: 'auto' };

/** `#/embed/…`: an article, or one item of it, in compact chrome for another site's page. */
export function EmbedRoute() {
  const { pathname, search } = useLocation();
  const parsed = useMemo(() => parseAppLocation(pathname, search), [pathname, search]);
  if (parsed.kind === 'embed') return <EmbedArticle location={parsed} />;
  return (
    <EmbedShell options={FALLBACK} readerPath="/" staysInside={() => false} onSelect={() => undefined}>
      <main className="pv-embed-panel">
        <h1 className="pv-embed-title">Nothing to show</h1>
        <p>{parsed.kind === 'bad-link' ? parsed.reason : 'This embed link does not name an article.'}</p>
      </main>
    </EmbedShell>
  );
}

function EmbedArticle({ location }: { location: EmbedLocation }) {
  const { article, item, embed } = location;
  const navigate = useNavigate();
  const query = useArticle(article);
  const prepared = query.data;
  // An item the article does not have is left out: the host's fragment may name another embed's.
  const known = prepared && item && itemLabel(prepared, item) ? item : undefined;
  const headline = prepared?.article.meta.headline.text;

  useEffect(() => {
    document.title = [headline, 'Provenance embed'].filter(Boolean).join(' · ');
  }, [headline]);

  const shown = useMemo(
    () => ({ ...(embed.sides && { sides: embed.sides }), ...(embed.kinds && { kinds: embed.kinds }) }),
    [embed],
  );
  // The timeline's filters live in the frame's URL, as in the negotiation view's.
  const show = useCallback(
    (next: EventsShown) => {
      const options: EmbedOptions = { ...embed };
      delete options.sides;
      delete options.kinds;
      void navigate(buildAppPath({ ...location, embed: { ...options, ...next } }, article), {
        replace: true,
      });
    },
    [embed, location, navigate, article],
  );

  const select = useCallback(
    (next: string, from: 'reader' | 'host') => {
      if (!prepared || !itemLabel(prepared, next)) return;
      // A card follows the host only to another item that makes a card.
      if (embed.view === 'card' && !cardKind(prepared, next)) return;
      // Replace, not push: the frame's history is the host page's back button.
      void navigate(buildAppPath({ ...location, item: next }, article), { replace: true });
      const channel = hostChannel(embed);
      if (from === 'reader' && channel) postToHost(channel, selectedMessage(channel.id, next));
    },
    [prepared, navigate, location, article, embed],
  );

  return (
    <EmbedShell
      options={embed}
      readerPath={known ? itemPath(article, known) : articlePath(article)}
      staysInside={(id) => (prepared ? itemShownIn(prepared, embed.view, id) : false)}
      onSelect={select}
      loading={query.isPending}
    >
      {query.isPending ? (
        <ArticleLoading offline={query.fetchStatus === 'paused'} />
      ) : query.isError ? (
        <ArticleError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
      ) : (
        <EmbedView
          prepared={query.data}
          articleName={article}
          itemId={known}
          view={embed.view}
          sourcing={embed.sourcing}
          shown={shown}
          onShow={show}
        />
      )}
    </EmbedShell>
  );
}
