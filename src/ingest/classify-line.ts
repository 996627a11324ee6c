/** What one line of plain text is, by its form alone. */
export type LineKind =
  | { kind: 'caption'; credit: string }
  | { kind: 'alt-slug' }
  | { kind: 'contact' }
  | { kind: 'translation-link'; language: string }
  | { kind: 'author-note'; author: string }
  | { kind: 'paragraph' };

const CAPTION = /\/\s*(?:Image|Photo|Photograph|Picture|Graphic|Illustration)s?\s*:\s*(\S.*?)\s*$/i;
const CONTACT = /^\s*(?:please\s+)?(?:direct|send|address)\s+(?:any\s+)?(?:comments|questions|corrections)/i;
const TRANSLATION = /^\s*Read (?:this (?:article|story) )?in ([A-Z][a-z]+)\.?\s*$/;
const AUTHOR_NOTE =
  /^\s*((?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*) is (?:one of|an?|the)\b.*\b(?:journalists?|reporters?|correspondents?|editors?|writers?|contributors?|columnists?)\b/u;
// "dandong trucks donju public bonds": a file name or slug standing in for the image.
const ALT_SLUG = /^[a-z0-9][a-z0-9 _'’-]*[a-z0-9]$/;

const LANGUAGES: Record<string, string> = {
  Korean: 'ko',
  Chinese: 'zh',
  Japanese: 'ja',
  English: 'en',
  Russian: 'ru',
  Spanish: 'es',
  French: 'fr',
  German: 'de',
  Arabic: 'ar',
  Vietnamese: 'vi',
};

export function captionCredit(line: string): string | undefined {
  return CAPTION.exec(line)?.[1];
}

export function classifyLine(line: string, next: string | undefined): LineKind {
  const credit = captionCredit(line);
  if (credit !== undefined) return { kind: 'caption', credit };
  const trimmed = line.trim();
  if (next !== undefined && captionCredit(next) !== undefined && ALT_SLUG.test(trimmed)) {
    const words = trimmed.split(/\s+/).length;
    if (words <= 10) return { kind: 'alt-slug' };
  }
  if (CONTACT.test(line)) return { kind: 'contact' };
  const translation = TRANSLATION.exec(line);
  const language = translation?.[1] && LANGUAGES[translation[1]];
  if (language) return { kind: 'translation-link', language };
  const author = AUTHOR_NOTE.exec(line)?.[1];
  if (author) return { kind: 'author-note', author: author.trim() };
  return { kind: 'paragraph' };
}
