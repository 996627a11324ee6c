import { validAccent, validFont } from '../shared/app-url';
import { contrastRatio } from '../features/embed/colour-contrast';

/** 4.5:1, WCAG AA for text: the accent colours links and the pull quote's rule. */
export const MIN_CONTRAST = 4.5;

export type EmbedLook = {
  accent: string | undefined;
  font: string | undefined;
  /** What is wrong with each field as typed ('' when nothing is). */
  accentError: string;
  fontError: string;
  /** The accent's contrast against the host's background, in words ('' without an accent). */
  contrast: string;
  lowContrast: boolean;
};

/** The embed's accent and font as the editor typed them, checked, and the accent's contrast. */
export function embedLook(accentText: string, fontText: string, background: string): EmbedLook {
  const accent = validAccent(accentText.trim());
  const font = validFont(fontText);
  const ratio = accent ? contrastRatio(accent, background) : undefined;
  const readable = ratio === undefined || ratio >= MIN_CONTRAST;
  return {
    accent,
    font,
    accentError: accentText.trim() && !accent ? 'Write a colour as #rgb or #rrggbb, e.g. #0055aa.' : '',
    fontError:
      fontText.trim() && !font
        ? 'Use font names only (letters, digits, spaces, hyphens), separated by commas.'
        : '',
    contrast:
      ratio === undefined
        ? ''
        : `${ratio.toFixed(1)}:1 against the host’s background: ${readable ? 'readable' : `too low for links (needs ${MIN_CONTRAST}:1)`}.`,
    lowContrast: !readable,
  };
}
