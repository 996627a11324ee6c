import type { Article } from '../../article/article-schema';
import { articleFile } from '../../article/article-names';
import { describeProblem } from '../../article/article-problem';
import { parseArticleText } from '../../article/parse-article';
import { ingestText } from '../../ingest/ingest-article';

export type Opened = { ok: true; article: Article } | { ok: false; message: string };

function fromJson(text: string, where: string): Opened {
  const parsed = parseArticleText(text);
  if (parsed.ok) return { ok: true, article: parsed.article };
  const first = parsed.problems.slice(0, 5).map(describeProblem).join('; ');
  const more = parsed.problems.length > 5 ? ` (and ${parsed.problems.length - 5} more)` : '';
  return { ok: false, message: `${where}: ${first}${more}` };
}

/** Plain text becomes a draft by the same ingest as `npm run ingest`, here in the browser. */
export function openText(text: string, where = 'the pasted text'): Opened {
  const result = ingestText(text);
  return result.ok ? result : { ok: false, message: `${where}: ${result.reason}` };
}

/** A picked file: an article when it is JSON, else plain text to draft from. */
export async function openFile(file: File): Promise<Opened> {
  const text = await file.text();
  const json = file.name.toLowerCase().endsWith('.json') || /^\s*\{/.test(text);
  return json ? fromJson(text, file.name) : openText(text, file.name);
}

export async function openServerArticle(name: string): Promise<Opened> {
  const file = articleFile(name);
  try {
    const response = await fetch(new URL(file, document.baseURI));
    if (!response.ok)
      return {
        ok: false,
        message: `${file}: the server answered ${response.status}${response.status === 404 ? ' (no such article)' : ''}`,
      };
    return fromJson(await response.text(), file);
  } catch {
    return { ok: false, message: `${file}: the server could not be reached` };
  }
}

/** The file to download: what `npm run validate` reads, pointed at the schema beside it. */
export function exportText(article: Article): string {
  return `${JSON.stringify({ $schema: '../article.schema.json', ...article }, null, 2)}\n`;
}
