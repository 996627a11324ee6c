import { useRef, useState, type ReactNode } from 'react';
import { shareableUrl, type EmbedOptions } from '../shared/app-url';
import { useEmbedLinks } from '../features/embed/use-embed-links';
import { useEmbedTheme, useHeightReporting, useHostRequests } from '../features/embed/use-embed-frame';

type EmbedShellProps = {
  options: EmbedOptions;
  /** The full reader's path for this view (the "Open in Provenance" link). */
  readerPath: string;
  /** Whether a link to an item is followed inside the embed (the view shows it). */
  staysInside: (item: string) => boolean;
  /** Shows an item here: the reader followed a link to it, or the host asked for it. */
  onSelect: (item: string, from: 'reader' | 'host') => void;
  /** The article is still loading: the foot waits for the view, instead of jumping down when it comes. */
  loading?: boolean;
  children: ReactNode;
};

/**
 * Compact chrome around an embed view: the host's theme, the height reports, links that leave
 * the view opening the full reader in a new tab, and a link to the full reader at the foot.
 */
export function EmbedShell({
  options,
  readerPath,
  staysInside,
  onSelect,
  loading = false,
  children,
}: EmbedShellProps) {
  const root = useRef<HTMLDivElement>(null);
  // The host page's loader says when that page turns light or dark (a theme that follows it).
  const [hostTheme, setHostTheme] = useState<'light' | 'dark'>();
  const themed = hostTheme ? { ...options, theme: hostTheme } : options;
  useEmbedTheme(themed);
  useHeightReporting(root, options);
  useHostRequests(root, options, {
    onOpen: (item) => {
      onSelect(item, 'host');
    },
    onTheme: setHostTheme,
  });
  useEmbedLinks(root, {
    staysInside,
    select: (item) => {
      onSelect(item, 'reader');
    },
  });
  return (
    <div ref={root} className={`pv-embed pv-embed--${options.view}`}>
      {children}
      {!loading && (
        <footer className="pv-embed-footer">
          <p>
            <a href={shareableUrl(readerPath, window.location.href)} target="_blank" rel="noopener">
              Open in Provenance<span className="pv-visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        </footer>
      )}
    </div>
  );
}
