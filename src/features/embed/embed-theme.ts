import type { EmbedOptions } from '../../shared/app-url';

const PROPERTIES = ['--pv-accent', '--pv-font-body', '--pv-font-ui'] as const;

/**
 * Applies an embed's theme to `root` (the document element): `data-pv-theme` picks the light or
 * dark palette (embed.css), absent for `auto` so the host's colour scheme decides; the host's
 * accent and font go in as custom properties through the CSSOM, which a strict CSP allows and
 * which cannot be escaped from. The values were checked when the URL was read (app-url.ts).
 * Returns a function that undoes it all.
 */
export function applyEmbedTheme(root: HTMLElement, options: EmbedOptions): () => void {
  if (options.theme === 'auto') delete root.dataset.pvTheme;
  else root.dataset.pvTheme = options.theme;
  root.dataset.pvEmbed = options.view;
  if (options.accent) root.style.setProperty('--pv-accent', options.accent);
  if (options.font) {
    root.style.setProperty('--pv-font-body', options.font);
    root.style.setProperty('--pv-font-ui', options.font);
  }
  return () => {
    delete root.dataset.pvTheme;
    delete root.dataset.pvEmbed;
    for (const property of PROPERTIES) root.style.removeProperty(property);
  };
}
