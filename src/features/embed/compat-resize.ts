import type { EmbedOptions } from '../../shared/app-url';

/**
 * The height in the format another embedding library's parent already listens for, so a host
 * whose CMS plugin resizes Pym.js children or AMP iframes sizes the embed without our loader.
 * Opt-in (`resize=pym|amp`): these formats carry no instance check, so they go to the host's
 * origin when the URL names one, else to any parent (the height is all they say).
 */
export function compatHeightMessage(options: Pick<EmbedOptions, 'resize' | 'childId'>, height: number) {
  const rounded = Math.ceil(height);
  if (options.resize === 'amp') return { sentinel: 'amp', type: 'embed-size', height: rounded };
  if (options.resize === 'pym' && options.childId)
    return ['pym', options.childId, 'height', String(rounded)].join('xPYMx');
  return undefined;
}

export function postCompatHeight(
  options: Pick<EmbedOptions, 'resize' | 'childId' | 'origin'>,
  height: number,
  win: Window = window,
): void {
  const message = compatHeightMessage(options, height);
  if (message === undefined || win.parent === win) return;
  win.parent.postMessage(message, options.origin ?? '*');
}
