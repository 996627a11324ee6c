import { useState, type SyntheticEvent } from 'react';
import type { Article } from '../../article/article-schema';
import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import type { TextRange } from '../../article/text-range-schema';
import type { Change } from './ops/change';
import { createAttribution } from './ops/attribution-ops';
import { createNote } from './ops/note-ops';
import { addInsertion, createQuote } from './ops/quote-ops';
import { findWords, sequence } from './ops/sequence';
import { isInside, withoutQuoteMarks } from './ops/text-ranges';
import { pickedSource, SourcePicker } from './source-picker';
import { EventFields, readEventFields } from './event-fields';
import { field } from './form-field';

type Action = 'quote' | 'attribution' | 'insertion' | 'note' | 'event';

const ACTIONS: { id: Action; label: string }[] = [
  { id: 'quote', label: 'Quotation' },
  { id: 'attribution', label: 'Attribution' },
  { id: 'insertion', label: 'Insertion' },
  { id: 'note', label: 'Note' },
  { id: 'event', label: 'Event' },
];

type SelectionPanelProps = {
  article: Article;
  chosen: TextRange;
  onApply: (change: Change) => void;
  onDone: () => void;
};

/** What the selected words become: each choice opens its small form. */
export function SelectionPanel({ article, chosen, onApply, onDone }: SelectionPanelProps) {
  const [action, setAction] = useState<Action>('quote');
  const [error, setError] = useState<string>();
  const [when, setWhen] = useState<FuzzyDate>({ text: 'not stated', precision: 'unknown', basis: 'stated' });

  const build: Record<Action, (form: FormData) => Change> = {
    quote: (form) => {
      const speaker = pickedSource(article, form, 'speaker');
      const relay = pickedSource(article, form, 'relay');
      const parts = [withoutQuoteMarks(article, chosen)];
      return sequence(article, 'Add quotation', [
        ...speaker.edits,
        ...relay.edits,
        (a) =>
          createQuote(a, {
            parts,
            speakerId: speaker.id ?? '',
            ...(relay.id ? { relayedById: relay.id } : {}),
          }).change,
      ]);
    },
    attribution: (form) => {
      const source = pickedSource(article, form, 'source');
      const cueWords = field(form, 'cue');
      const cue = cueWords ? findWords(article, chosen.blockId, cueWords) : null;
      if (cueWords && !cue) throw new Error(`the cue “${cueWords}” is not in this paragraph`);
      const hedges = field(form, 'hedges')
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean)
        .map((w) => {
          const found = findWords(article, chosen.blockId, w);
          if (!found) throw new Error(`the hedge “${w}” is not in this paragraph`);
          return found;
        });
      const certainty =
        hedges.length > 0 && field(form, 'certainty') === 'stated'
          ? 'hedged'
          : (form.get('certainty') as 'stated');
      return sequence(article, 'Add attribution', [
        ...source.edits,
        (a) =>
          createAttribution(a, {
            range: chosen,
            sourceId: source.id ?? '',
            certainty,
            hedges,
            ...(cue ? { cue } : {}),
          }).change,
      ]);
    },
    insertion: (form) => addInsertion(article, field(form, 'quote'), chosen),
    note: (form) =>
      createNote(article, {
        anchor: chosen,
        title: field(form, 'title'),
        text: field(form, 'text'),
      }).change,
    event: (form) => {
      const fields = readEventFields(article, form);
      return sequence(article, 'Add event', [...fields.edits, (a) => fields.create(a, chosen, when)]);
    },
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      onApply(build[action](new FormData(event.currentTarget)));
      setError(undefined);
      onDone();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };

  const quotes = article.quotes.filter((q) => q.parts.some((p) => isInside(chosen, p)));
  return (
    <section className="pv-desk-selection" aria-labelledby="pv-desk-selection-title">
      <h2 id="pv-desk-selection-title" className="pv-desk-panel-title">
        Selected words
      </h2>
      <blockquote className="pv-desk-chosen">{chosen.text}</blockquote>
      <div className="pv-desk-filters" role="group" aria-label="Make the selected words">
        {ACTIONS.map((a) => (
          <button
            key={a.id}
            type="button"
            className="pv-desk-chip"
            aria-pressed={action === a.id}
            onClick={() => setAction(a.id)}
          >
            {a.label}
          </button>
        ))}
      </div>
      <form className="pv-desk-form" onSubmit={submit} key={action}>
        {action === 'quote' && (
          <>
            <SourcePicker article={article} label="Speaker" name="speaker" />
            <SourcePicker article={article} label="Passed on by (if not the speaker)" name="relay" optional />
          </>
        )}
        {action === 'attribution' && (
          <>
            <SourcePicker article={article} label="Source" name="source" />
            <label className="pv-desk-field">
              Cue words (“said the source”), optional <input name="cue" />
            </label>
            <label className="pv-desk-field">
              Certainty{' '}
              <select name="certainty" defaultValue="stated">
                <option value="stated">stated</option>
                <option value="hedged">hedged</option>
                <option value="inferred">inferred (the reporter’s reading)</option>
              </select>
            </label>
            <label className="pv-desk-field">
              Hedge words, separated by commas <input name="hedges" />
            </label>
          </>
        )}
        {action === 'insertion' &&
          (quotes.length === 0 ? (
            <p className="pv-desk-hint">An insertion lies inside a quotation: these words are in none.</p>
          ) : (
            <label className="pv-desk-field">
              In the quotation{' '}
              <select name="quote">
                {quotes.map((q) => (
                  <option key={q.id} value={q.id}>
                    “{q.parts[0]?.text.slice(0, 60)}…”
                  </option>
                ))}
              </select>
            </label>
          ))}
        {action === 'note' && (
          <>
            <label className="pv-desk-field">
              Title <input name="title" required />
            </label>
            <label className="pv-desk-field">
              Note <textarea name="text" required rows={3} />
            </label>
          </>
        )}
        {action === 'event' && <EventFields article={article} when={when} onWhen={setWhen} />}
        {error && (
          <p className="pv-desk-error" role="alert">
            {error}
          </p>
        )}
        <div className="pv-desk-row-actions">
          <button type="submit" className="pv-button">
            Add {ACTIONS.find((a) => a.id === action)?.label.toLowerCase()}
          </button>
          <button type="button" className="pv-desk-action" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
