import { Fragment } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import type { Quote } from '../../article/quote-schema';
import { ItemLink } from '../../shared/item-link';
import { revealElement } from '../../shared/reveal-item';
import { excerpt, speakerName } from './describe-quote';
import { INSERTION_EXPLANATION } from './insertion-mark';

type QuoteFactsProps = { quote: Quote; prepared: PreparedArticle };

function chainNames(prepared: PreparedArticle, quote: Quote): string[] {
  const chain = quote.attributionId ? prepared.attributionsById.get(quote.attributionId)?.chain : undefined;
  const ids = chain?.map((link) => link.sourceId) ?? [quote.speakerId, quote.relayedById];
  const names = ids.filter((id) => id !== undefined).map((id) => prepared.sourcesById.get(id)?.name ?? id);
  const publisher = prepared.article.meta.publisher.name;
  return names.at(-1) === publisher ? names : [...names, publisher];
}

function revealPart(quoteId: string, part: number) {
  const element = document.querySelector<HTMLElement>(`q[data-quote="${quoteId}"][data-part="${part}"]`);
  if (element) revealElement(element);
}

/** The card's facts: relay chain, parts, nesting, insertions and notes. */
export function QuoteFacts({ quote, prepared }: QuoteFactsProps) {
  const parent = quote.parentId ? prepared.quotesById.get(quote.parentId) : undefined;
  const children = prepared.article.quotes.filter((q) => q.parentId === quote.id);
  const notes = quote.noteIds.map((id) => prepared.notesById.get(id)).filter((n) => n !== undefined);
  return (
    <dl className="pv-facts">
      <dt>How we know</dt>
      <dd className="pv-quote-chain">
        {chainNames(prepared, quote).map((name, index) => (
          <span key={index}>
            {index > 0 && <span aria-hidden="true"> → </span>}
            {index > 0 && <span className="pv-visually-hidden"> told </span>}
            <bdi>{name}</bdi>
          </span>
        ))}
      </dd>
      {quote.parts.length > 1 && (
        <>
          <dt>In the text</dt>
          <dd className="pv-quote-parts">
            {quote.parts.map((part, index) => (
              <button
                key={part.start}
                type="button"
                className="pv-link-button"
                onClick={() => {
                  revealPart(quote.id, index);
                }}
              >
                Go to part {index + 1}
              </button>
            ))}
          </dd>
        </>
      )}
      {parent && (
        <>
          <dt>Quoted within</dt>
          <dd>
            <ItemLink itemId={parent.id}>{excerpt(parent.parts[0]?.text ?? parent.id, 70)}</ItemLink> (
            {speakerName(prepared, parent)})
          </dd>
        </>
      )}
      {children.length > 0 && (
        <>
          <dt>Quotes</dt>
          <dd>
            {children.map((child) => (
              <span key={child.id}>
                {speakerName(prepared, child)}:{' '}
                <ItemLink itemId={child.id}>{excerpt(child.parts[0]?.text ?? child.id, 70)}</ItemLink>
              </span>
            ))}
          </dd>
        </>
      )}
      {quote.insertions.length > 0 && (
        <>
          <dt>Editor’s insertions</dt>
          <dd>
            <ul className="pv-insertion-list">
              {quote.insertions.map((insertion) => (
                <li key={`${insertion.blockId}-${insertion.start}`}>
                  <span className="pv-insertion pv-insertion--static">{insertion.text}</span>
                </li>
              ))}
            </ul>
            <span className="pv-quote-card-aside">{INSERTION_EXPLANATION}; not the speaker’s words.</span>
          </dd>
        </>
      )}
      {notes.map((note) => (
        <Fragment key={note.id}>
          <dt>Editor’s note</dt>
          <dd className="pv-quote-card-note">
            <strong>{note.title}.</strong> {note.text}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
