import { excerpt } from '../article/excerpt';
import type { PreparedArticle } from '../article/prepare-article';
import { whoLine } from '../features/quotes/describe-quote';
import type { EmbedView, EventsShown } from '../shared/app-url';
import type { SnippetFallback } from '../shared/embed-snippet';
import { quoteCardKey } from '../features/quotes/quote-keys';
import { cardKey, sourceEntryKey } from '../features/sources/source-keys';
import { eventKey } from '../features/timeline/timeline-keys';
import { cardKind } from './embed-card-kind';

/** One thing the dialog can embed: a view, and the item it opens at when the view uses one. */
export type EmbedForm = { key: string; view: EmbedView; item?: string; label: string };

/** The disclosure key of each item that makes a card (a quote, event, source entry or passage), by the features' own builders. */
function cardItemsByKey(prepared: PreparedArticle): Map<string, string> {
  const { article } = prepared;
  const pairs: [string, string][] = [
    ...article.quotes.map((q): [string, string] => [quoteCardKey(q.id), q.id]),
    ...article.events.map((e): [string, string] => [eventKey(e.id), e.id]),
    ...article.sources.map((s): [string, string] => [sourceEntryKey(s.id), s.id]),
    ...article.attributions.map((a): [string, string] => [cardKey(a.id), a.id]),
  ];
  return new Map(pairs);
}

/** The items a reader has opened, newest first, from the open disclosures (oldest first). */
export function openedItems(prepared: PreparedArticle, openKeys: Iterable<string>): string[] {
  const byKey = cardItemsByKey(prepared);
  const ids = [...openKeys].flatMap((key) => {
    const id = byKey.get(key);
    return id && cardKind(prepared, id) ? [id] : [];
  });
  return [...new Set(ids.reverse())];
}

/** "Quote: “bewildered” — a source in North Korea": the item named, as the dialog lists it. */
export function cardLabel(prepared: PreparedArticle, id: string): string {
  const quote = prepared.quotesById.get(id);
  if (quote)
    return `Quote: “${excerpt(quote.parts.map((p) => p.text).join(' … '), 50)}” — ${whoLine(prepared, quote)}`;
  const event = prepared.eventsById.get(id);
  if (event) return `Event: ${excerpt(event.summary, 60)}`;
  const source = prepared.sourcesById.get(id);
  if (source) return `Source: ${source.name}`;
  const attribution = prepared.attributionsById.get(id);
  const by = attribution && prepared.sourcesById.get(attribution.sourceId)?.name;
  if (attribution) return `Passage: “${excerpt(attribution.range.text, 50)}”${by ? ` — ${by}` : ''}`;
  return id;
}

type FormsRequest = {
  prepared: PreparedArticle;
  /** The item the page's URL names (any kind: a paragraph too). */
  linked: string | undefined;
  /** Items opened on the page, newest first. */
  opened: readonly string[];
  shown?: EventsShown;
};

const MAX_CARDS = 6;

/**
 * Every form that fits what is open: a card per opened item (and the linked one), the timeline
 * (at the newest event, with the page's filters), the quotes index, and the whole article (at
 * the linked or newest item). An item goes only where the view uses it.
 */
export function embedForms({ prepared, linked, opened, shown }: FormsRequest): EmbedForm[] {
  const candidates = [...new Set([...opened, ...(linked ? [linked] : [])])];
  const cards = candidates.filter((id) => cardKind(prepared, id)).slice(0, MAX_CARDS);
  const forms: EmbedForm[] = cards.map((id) => ({
    key: `card:${id}`,
    view: 'card',
    item: id,
    label: `${cardLabel(prepared, id)} (a card)`,
  }));
  if (prepared.article.events.length > 0) {
    const event = candidates.find((id) => prepared.eventsById.has(id));
    const filtered = (shown?.sides?.length ?? 0) + (shown?.kinds?.length ?? 0) > 0;
    const at = event ? `, opened at “${excerpt(prepared.eventsById.get(event)?.summary ?? event, 50)}”` : '';
    forms.push({
      key: 'timeline',
      view: 'timeline',
      ...(event && { item: event }),
      label: `The timeline${filtered ? ', filtered as on this page' : ''}${at}`,
    });
  }
  if (prepared.article.quotes.length > 0)
    forms.push({ key: 'quotes', view: 'quotes', label: 'The quotes index' });
  const start = linked ?? candidates[0];
  forms.push({
    key: 'reader',
    view: 'reader',
    ...(start && { item: start }),
    label: start ? `The whole article, opened at ${cardLabelOrBlock(prepared, start)}` : 'The whole article',
  });
  return forms;
}

function cardLabelOrBlock(prepared: PreparedArticle, id: string): string {
  if (cardKind(prepared, id)) return cardLabel(prepared, id).replace(/^\w+/, (kind) => kind.toLowerCase());
  const block = prepared.blocksById.get(id);
  return block && block.type !== 'figure' ? `the paragraph “${excerpt(block.text.trim(), 40)}”` : 'an item';
}

/** The form the dialog starts on: the page's own view (a tab, the negotiation view), else the newest card. */
export function firstForm(forms: readonly EmbedForm[], preferred: EmbedView | undefined): EmbedForm {
  const reader = forms[forms.length - 1] as EmbedForm;
  const match = preferred && forms.find((form) => form.view === preferred);
  return match ?? forms.find((form) => form.view === 'card') ?? reader;
}

/** The text a host page without JavaScript shows in the placeholder. */
export function fallbackFor(prepared: PreparedArticle, form: EmbedForm): SnippetFallback {
  const { meta } = prepared.article;
  const from = `“${meta.headline.text}”, ${meta.publisher.name}`;
  const quote = form.view === 'card' && form.item ? prepared.quotesById.get(form.item) : undefined;
  if (quote)
    return {
      quote: quote.parts.map((p) => p.text).join(' … '),
      line: `${whoLine(prepared, quote)}, in ${from}`,
    };
  if (form.view === 'card' && form.item) return { line: `${cardLabel(prepared, form.item)}, from ${from}` };
  const what = form.view === 'timeline' ? 'The timeline of ' : form.view === 'quotes' ? 'The quotes in ' : '';
  return { line: `${what}${from}` };
}
