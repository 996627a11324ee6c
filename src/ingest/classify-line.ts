/** What one line of plain text is, by its form alone. */
export type LineKind =
  | { kind: 'caption'; credit: string }
  | { kind: 'alt-slug' }
  | { kind: 'contact' }
  | { kind: 'translation-link'; language: string }
  | { kind: 'author-note'; author: string }
  | { kind: 'editor-note'; correction: boolean }
  | { kind: 'credits'; authors: string[] }
  | { kind: 'paragraph' };

// "… / Image: Daily NK" ends a caption line; "(Photo: …)" closes one or stands alone. A caption
// is a short line, so a long paragraph that mentions "/ Image:" stays a paragraph.
const CAPTION = /\/\s*(?:Image|Photo|Photograph|Picture|Graphic|Illustration)s?\s*:\s*(\S[^/]{0,80}?)\s*$/i;
const PHOTO =
  /\(\s*(?:Photo|Photograph|Picture|Image|Graphic|Illustration|Video)s?(?:\s+by)?\s*:?\s+([^()]{2,400})\)\s*$/i;
const MAX_CAPTION = 600;
const EDITOR_NOTE = /^\s*(?:Editor['’]s note|Editors['’] note|Correction|Clarification|Update)\s*[:：—–-]/i;
const CREDITS =
  /^\s*\(?\s*(?:(?:Additional\s+)?Reporting|Writing|Reported|Written)\s+by\s+[^)]{2,300}\)?\s*$/i;
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
  if (line.length > MAX_CAPTION) return undefined;
  const credit = CAPTION.exec(line)?.[1];
  if (credit !== undefined) return credit;
  // "(Photo: Workers at a shipyard on Feb. 3. Hanbit News/Kang Ji-won)": the credit ends it.
  const inside = PHOTO.exec(line)?.[1]?.trim();
  return inside?.split(/(?<=[.!?])\s+/).at(-1);
}

/** "(Reporting by A and B; Additional reporting by C; Editing by D)": the reporters, not the editors. */
function creditedAuthors(line: string): string[] {
  return line
    .replace(/^[\s(]+|[\s)]+$/g, '')
    .split(/;/)
    .flatMap(
      (part) =>
        /^\s*(?:additional\s+)?(?:reporting|writing|reported|written)\s+by\s+(.+)$/i.exec(part)?.[1] ?? [],
    )
    .flatMap((names) => names.split(/,\s*|\s+and\s+/))
    .map((name) => name.replace(/\s+in\s+\p{Lu}.*$/u, '').trim())
    .filter((name) => /^\p{Lu}/u.test(name));
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
  if (EDITOR_NOTE.test(line))
    return { kind: 'editor-note', correction: /correct|earlier version|misstated|clarif/i.test(line) };
  if (CREDITS.test(line) && line.length <= 400) return { kind: 'credits', authors: creditedAuthors(line) };
  const translation = TRANSLATION.exec(line);
  const language = translation?.[1] && LANGUAGES[translation[1]];
  if (language) return { kind: 'translation-link', language };
  const author = AUTHOR_NOTE.exec(line)?.[1];
  if (author) return { kind: 'author-note', author: author.trim() };
  return { kind: 'paragraph' };
}
