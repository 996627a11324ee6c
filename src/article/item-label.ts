import { excerpt } from './excerpt';
import type { PreparedArticle } from './prepare-article';

/** What an item is, in words, for page titles and notices ("Quote: “bewildered”"). */
export function itemLabel(prepared: PreparedArticle, id: string): string | undefined {
  const short = (text: string) => excerpt(text, 60);
  const quote = prepared.quotesById.get(id);
  if (quote) return `Quote: “${short(quote.parts.map((p) => p.text).join(' … '))}”`;
  const event = prepared.eventsById.get(id);
  if (event) return `Event: ${short(event.summary)}`;
  const source = prepared.sourcesById.get(id);
  if (source) return `Source: ${source.name}`;
  const note = prepared.notesById.get(id);
  if (note) return `Note: ${note.title}`;
  const attribution = prepared.attributionsById.get(id);
  if (attribution) return `Passage: “${short(attribution.range.text)}”`;
  const block = prepared.blocksById.get(id);
  if (block)
    return block.type === 'figure'
      ? `Figure: ${short(block.caption)}`
      : `Paragraph: “${short(block.text.trim())}”`;
  return undefined;
}
