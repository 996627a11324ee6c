import { buildAppPath, shareableUrl, type EmbedTheme, type EmbedView, type EventsShown } from './app-url';

export type SnippetRequest = {
  /** The reader page's address (any server, any sub-path); its fragment is ignored. */
  pageHref: string;
  article: string;
  item?: string;
  view: EmbedView;
  theme: EmbedTheme;
  /** The timeline's filters, carried into a timeline embed. */
  shown?: EventsShown;
};

/** The filters that go with a request: only a timeline embed has them. */
function filtersOf(request: SnippetRequest): EventsShown {
  if (request.view !== 'timeline' || !request.shown) return {};
  const { sides, kinds } = request.shown;
  return { ...(sides && sides.length > 0 && { sides }), ...(kinds && kinds.length > 0 && { kinds }) };
}

/** A fixed height for the plain iframe, and the loader's height until the first report. */
export const EMBED_HEIGHTS: Record<EmbedView, number> = {
  reader: 800,
  timeline: 600,
  quotes: 600,
  card: 320,
};

export const VIEW_TITLES: Record<EmbedView, string> = {
  reader: 'article',
  timeline: 'timeline',
  quotes: 'quotes',
  card: 'card',
};

export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The reader page's address without a fragment: where embed.js and the embeds live. */
export function readerBase(pageHref: string): string {
  return shareableUrl('', pageHref);
}

/** A placeholder for public/embed.js, and the script tag that loads it. */
export function loaderSnippet(request: SnippetRequest): string {
  const base = readerBase(request.pageHref);
  const filters = filtersOf(request);
  const attributes = [
    `data-provenance-embed="${attribute(base)}"`,
    `data-article="${attribute(request.article)}"`,
    request.item ? `data-item="${attribute(request.item)}"` : '',
    `data-view="${request.view}"`,
    `data-theme="${request.theme}"`,
    filters.sides ? `data-sides="${attribute(filters.sides.join(','))}"` : '',
    filters.kinds ? `data-kinds="${attribute(filters.kinds.join(','))}"` : '',
  ].filter(Boolean);
  const script = new URL('embed.js', base).toString();
  // no-referrer: the host's own policy may be `unsafe-url`, which would send the reader's server
  // the host page's full address (query string included) with the request for embed.js.
  return `<div ${attributes.join(' ')}></div>\n<script src="${attribute(script)}" defer referrerpolicy="no-referrer"></script>`;
}

/** A plain iframe: no loader, a fixed height, no messages (it names no host origin). */
export function iframeSnippet(request: SnippetRequest): string {
  const path = buildAppPath(
    {
      kind: 'embed',
      article: request.article,
      ...(request.item ? { item: request.item } : {}),
      embed: { view: request.view, theme: request.theme, ...filtersOf(request) },
    },
    request.article,
  );
  const src = shareableUrl(path, request.pageHref);
  return [
    `<iframe src="${attribute(src)}"`,
    `  title="Provenance: ${VIEW_TITLES[request.view]}" width="100%" height="${EMBED_HEIGHTS[request.view]}"`,
    `  loading="lazy" referrerpolicy="no-referrer"`,
    `  sandbox="${EMBED_SANDBOX}"></iframe>`,
  ].join('\n');
}
