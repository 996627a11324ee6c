import { buildAppPath, shareableUrl, type EmbedResizer, type EmbedView, type EventsShown } from './app-url';

/**
 * The snippet's theme: `host` (the default) follows the page the embed sits in (the loader reads
 * its background; a plain iframe takes what the editor said about it), else a fixed palette.
 * `auto` (the viewer's system setting) is kept for snippets written before.
 */
export const SNIPPET_THEMES = ['host', 'light', 'dark'] as const;
export type SnippetTheme = (typeof SNIPPET_THEMES)[number] | 'auto';

/** What a host page without JavaScript shows in the placeholder: plain text and a link. */
export type SnippetFallback = { quote?: string; line: string };

export type SnippetRequest = {
  /** The reader page's address (any server, any sub-path); its fragment is ignored. */
  pageHref: string;
  article: string;
  /** Only when the view uses it: the card's item, or the item the reader or timeline opens at. */
  item?: string;
  view: EmbedView;
  theme: SnippetTheme;
  accent?: string;
  font?: string;
  /** The timeline's filters, carried into a timeline embed. */
  shown?: EventsShown;
  /** Whether the host page is dark: what `host` means in a plain iframe. */
  hostDark?: boolean;
  /** The plain iframe's height, as the preview measured it. */
  height?: number;
  /** The plain iframe also reports its height as Pym.js or AMP expects. */
  resize?: EmbedResizer;
  fallback?: SnippetFallback;
};

/** The filters that go with a request: only a timeline embed has them. */
function filtersOf(request: SnippetRequest): EventsShown {
  if (request.view !== 'timeline' || !request.shown) return {};
  const { sides, kinds } = request.shown;
  return { ...(sides && sides.length > 0 && { sides }), ...(kinds && kinds.length > 0 && { kinds }) };
}

/** The item, when the view uses one: the quotes index opens at none. */
function itemOf(request: SnippetRequest): string | undefined {
  return request.view === 'quotes' ? undefined : request.item;
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

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The reader page's address without a fragment: where embed.js and the embeds live. */
export function readerBase(pageHref: string): string {
  return shareableUrl('', pageHref);
}

/** The full reader at the item (or the article): the fallback's and the card's link. */
export function readerLink(request: Pick<SnippetRequest, 'pageHref' | 'article' | 'item'>): string {
  const { article, item } = request;
  return shareableUrl(
    buildAppPath({ kind: 'article', article, ...(item && { item }) }, article),
    request.pageHref,
  );
}

function fallbackHtml(request: SnippetRequest): string {
  const { fallback } = request;
  if (!fallback) return '';
  const link = `<a href="${escapeHtml(readerLink({ ...request, item: itemOf(request) }))}">Open in Provenance</a>`;
  if (fallback.quote)
    return `\n  <blockquote><p>“${escapeHtml(fallback.quote)}”</p><p>— ${escapeHtml(fallback.line)}</p></blockquote>\n  <p>${link}</p>\n`;
  return `\n  <p>${escapeHtml(fallback.line)}. ${link}</p>\n`;
}

/** A placeholder for public/embed.js (with text for hosts that run no script), and the script. */
export function loaderSnippet(request: SnippetRequest): string {
  const base = readerBase(request.pageHref);
  const filters = filtersOf(request);
  const item = itemOf(request);
  const attributes = [
    `data-provenance-embed="${escapeHtml(base)}"`,
    `data-article="${escapeHtml(request.article)}"`,
    item ? `data-item="${escapeHtml(item)}"` : '',
    `data-view="${request.view}"`,
    `data-theme="${request.theme}"`,
    request.accent ? `data-accent="${escapeHtml(request.accent)}"` : '',
    request.font ? `data-font="${escapeHtml(request.font)}"` : '',
    filters.sides ? `data-sides="${escapeHtml(filters.sides.join(','))}"` : '',
    filters.kinds ? `data-kinds="${escapeHtml(filters.kinds.join(','))}"` : '',
  ].filter(Boolean);
  const script = new URL('embed.js', base).toString();
  // no-referrer: the host's own policy may be `unsafe-url`, which would send the reader's server
  // the host page's full address (query string included) with the request for embed.js.
  return `<div ${attributes.join(' ')}>${fallbackHtml(request)}</div>\n<script src="${escapeHtml(script)}" defer referrerpolicy="no-referrer"></script>`;
}

/** The embed's own URL for a request, without a host to talk to (a plain iframe, a preview). */
export function embedUrl(request: SnippetRequest, extra: { origin?: string; id?: string } = {}): string {
  const item = itemOf(request);
  const theme = request.theme === 'host' ? (request.hostDark ? 'dark' : 'light') : request.theme;
  const path = buildAppPath(
    {
      kind: 'embed',
      article: request.article,
      ...(item ? { item } : {}),
      embed: {
        view: request.view,
        theme,
        ...(request.accent && { accent: request.accent }),
        ...(request.font && { font: request.font }),
        ...extra,
        ...(request.resize && { resize: request.resize }),
        ...filtersOf(request),
      },
    },
    request.article,
  );
  return shareableUrl(path, request.pageHref);
}

/** A plain iframe: no loader, the height the preview measured, no messages unless asked. */
export function iframeSnippet(request: SnippetRequest): string {
  const height = request.height ?? EMBED_HEIGHTS[request.view];
  return [
    `<iframe src="${escapeHtml(embedUrl(request))}"`,
    `  title="Provenance: ${VIEW_TITLES[request.view]}" width="100%" height="${height}"`,
    `  loading="lazy" referrerpolicy="no-referrer"`,
    `  sandbox="${EMBED_SANDBOX}"></iframe>`,
  ].join('\n');
}
