import { useState, type SyntheticEvent, type ReactNode } from 'react';
import type { Article } from '../../article/article-schema';
import type { TimelineEvent } from '../../article/event-schema';
import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import type { Note, Quote } from '../../article/quote-schema';
import type { Attribution, Source } from '../../article/sourcing-schema';
import { ChannelSchema } from '../../article/sourcing-schema';
import type { Change } from './ops/change';
import { updateAttribution } from './ops/attribution-ops';
import { updateEvent } from './ops/event-ops';
import { updateNote } from './ops/note-ops';
import { omit } from './ops/omit';
import { updateQuote } from './ops/quote-ops';
import { findWords, sequence } from './ops/sequence';
import { mergeSources, updateSource } from './ops/source-ops';
import type { ReviewList } from './ops/review-ops';
import { EventFields, readEventFields } from './event-fields';
import { pickedSource, SourceKindField, SourcePicker } from './source-picker';
import { RelayChainFields, readChain } from './relay-chain-fields';
import { field } from './form-field';

type ItemEditorProps = {
  article: Article;
  list: ReviewList;
  id: string;
  onApply: (change: Change) => void;
  onClose: () => void;
};

const CHANNELS = ChannelSchema.shape.type.options;

/** A correction is a review: the saved item is no longer a draft. */
function reviewed<T extends { draft?: boolean }>(item: T): T {
  return omit(item, 'draft') as T;
}

function text(form: FormData, name: string): string {
  return field(form, name).trim();
}

function SourceFields({ source, article }: { source: Source; article: Article }) {
  return (
    <>
      <label className="pv-desk-field">
        Name as the article gives it <input name="name" required defaultValue={source.name} />
      </label>
      <SourceKindField name="kind" defaultValue={source.kind} className="pv-desk-field" />
      <label className="pv-desk-check">
        <input type="checkbox" name="anonymous" defaultChecked={source.anonymity.anonymous} /> Anonymous
      </label>
      <label className="pv-desk-field">
        Reason for anonymity, verbatim <input name="reason" defaultValue={source.anonymity.reason} />
      </label>
      <div className="pv-desk-inline">
        <label>
          Channel{' '}
          <select name="channel" defaultValue={source.channel?.type ?? ''}>
            <option value="">not stated</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          in the article’s words <input name="channel-text" defaultValue={source.channel?.text} />
        </label>
      </div>
      <label className="pv-desk-field">
        Other names in the text, separated by commas{' '}
        <input name="aliases" defaultValue={source.aliases.join(', ')} />
      </label>
      <label className="pv-desk-field">
        Description (editorial) <input name="description" defaultValue={source.description} />
      </label>
      {article.sources.length > 1 && (
        <label className="pv-desk-field">
          Same person or body as{' '}
          <select name="merge-into" defaultValue="">
            <option value="">no other source</option>
            {article.sources
              .filter((s) => s.id !== source.id)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
      )}
    </>
  );
}

function readSource(article: Article, source: Source, form: FormData): Change {
  const channelType = text(form, 'channel');
  const reason = text(form, 'reason');
  const description = text(form, 'description');
  const channelText = text(form, 'channel-text');
  const next: Source = {
    ...omit(omit(reviewed(source), 'channel'), 'description'),
    name: text(form, 'name'),
    kind: field(form, 'kind') as Source['kind'],
    aliases: text(form, 'aliases')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    anonymity: { anonymous: form.get('anonymous') === 'on', ...(reason ? { reason } : {}) },
    ...(channelType
      ? {
          channel: {
            type: channelType as NonNullable<Source['channel']>['type'],
            ...(channelText ? { text: channelText } : {}),
          },
        }
      : {}),
    ...(description ? { description } : {}),
  };
  const into = text(form, 'merge-into');
  return sequence(article, into ? 'Merge sources' : 'Edit source', [
    (a) => updateSource(a, next),
    ...(into ? [(a: Article) => mergeSources(a, into, source.id)] : []),
  ]);
}

function AttributionFields({ article, attribution }: { article: Article; attribution: Attribution }) {
  return (
    <>
      <SourcePicker
        article={article}
        label="Credited source"
        name="source"
        defaultId={attribution.sourceId}
      />
      <label className="pv-desk-field">
        Cue words <input name="cue" defaultValue={attribution.cue?.text} />
      </label>
      <label className="pv-desk-field">
        Certainty{' '}
        <select name="certainty" defaultValue={attribution.certainty}>
          <option value="stated">stated</option>
          <option value="hedged">hedged</option>
          <option value="inferred">inferred</option>
        </select>
      </label>
      <label className="pv-desk-field">
        Hedge words, separated by commas{' '}
        <input name="hedges" defaultValue={attribution.hedges.map((h) => h.text).join(', ')} />
      </label>
      <RelayChainFields article={article} chain={attribution.chain} />
    </>
  );
}

function readAttribution(article: Article, a: Attribution, form: FormData): Change {
  const source = pickedSource(article, form, 'source');
  const find = (words: string) => {
    const found = findWords(article, a.range.blockId, words);
    if (!found) throw new Error(`“${words}” is not in this paragraph`);
    return found;
  };
  const cue = text(form, 'cue');
  const hedges = text(form, 'hedges')
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean)
    .map(find);
  const certainty = field(form, 'certainty') as Attribution['certainty'];
  return sequence(article, 'Edit attribution', [
    ...source.edits,
    (current) =>
      updateAttribution(current, {
        ...omit(reviewed(a), 'cue'),
        sourceId: source.id ?? a.sourceId,
        ...(cue ? { cue: find(cue) } : {}),
        hedges,
        certainty: hedges.length > 0 && certainty === 'stated' ? 'hedged' : certainty,
        chain: readChain(form, source.id ?? a.sourceId, a.chain),
      }),
  ]);
}

function EditorForm({
  title,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  onSubmit: (form: FormData) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const [error, setError] = useState<string>();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      onSubmit(new FormData(event.currentTarget));
      onClose();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };
  return (
    <section className="pv-desk-editor" aria-labelledby="pv-desk-editor-title">
      <h2 id="pv-desk-editor-title" className="pv-desk-panel-title">
        {title}
      </h2>
      <form className="pv-desk-form" onSubmit={submit}>
        {children}
        {error && (
          <p className="pv-desk-error" role="alert">
            {error}
          </p>
        )}
        <div className="pv-desk-row-actions">
          <button type="submit" className="pv-button">
            Save
          </button>
          <button type="button" className="pv-desk-action" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function EventEditor({
  article,
  event,
  onApply,
  onClose,
}: { article: Article; event: TimelineEvent } & Pick<ItemEditorProps, 'onApply' | 'onClose'>) {
  const [when, setWhen] = useState<FuzzyDate>(event.when);
  const submit = (form: FormData) => {
    const fields = readEventFields(article, form);
    const next: TimelineEvent = { ...omit(reviewed(event), 'answersId'), ...fields.values, when };
    if (next.actorIds.length === 0) throw new Error('an event needs at least one actor');
    onApply(sequence(article, 'Edit event', [...fields.edits, (a) => updateEvent(a, next)]));
  };
  return (
    <EditorForm title={`Event: ${event.summary.slice(0, 60)}`} onSubmit={submit} onClose={onClose}>
      <p className="pv-desk-hint">Wording: “{event.wording.text}”</p>
      <EventFields article={article} event={event} when={when} onWhen={setWhen} />
    </EditorForm>
  );
}

/** "Correct": the form for one item, saved as one change (and as reviewed). */
export function ItemEditor({ article, list, id, onApply, onClose }: ItemEditorProps) {
  const props = { onClose };
  if (list === 'sources') {
    const source = article.sources.find((s) => s.id === id);
    if (!source) return null;
    return (
      <EditorForm
        title={`Source: ${source.name}`}
        onSubmit={(f) => onApply(readSource(article, source, f))}
        {...props}
      >
        <SourceFields article={article} source={source} />
      </EditorForm>
    );
  }
  if (list === 'attributions') {
    const a = article.attributions.find((x) => x.id === id);
    if (!a) return null;
    return (
      <EditorForm title="Attribution" onSubmit={(f) => onApply(readAttribution(article, a, f))} {...props}>
        <p className="pv-desk-hint">Passage: “{a.range.text}”</p>
        <AttributionFields article={article} attribution={a} />
      </EditorForm>
    );
  }
  if (list === 'quotes') {
    const q = article.quotes.find((x) => x.id === id);
    if (!q) return null;
    const submit = (form: FormData) => {
      const speaker = pickedSource(article, form, 'speaker');
      const relay = pickedSource(article, form, 'relay');
      const next: Quote = {
        ...omit(reviewed(q), 'relayedById'),
        speakerId: speaker.id ?? q.speakerId,
        ...(relay.id ? { relayedById: relay.id } : {}),
      };
      onApply(
        sequence(article, 'Edit quotation', [...speaker.edits, ...relay.edits, (a) => updateQuote(a, next)]),
      );
    };
    return (
      <EditorForm title="Quotation" onSubmit={submit} {...props}>
        <p className="pv-desk-hint">“{q.parts.map((p) => p.text).join(' … ')}”</p>
        <SourcePicker article={article} label="Speaker" name="speaker" defaultId={q.speakerId} />
        <SourcePicker
          article={article}
          label="Passed on by (if not the speaker)"
          name="relay"
          defaultId={q.relayedById ?? ''}
          optional
        />
      </EditorForm>
    );
  }
  if (list === 'events') {
    const event = article.events.find((e) => e.id === id);
    return event ? <EventEditor article={article} event={event} onApply={onApply} onClose={onClose} /> : null;
  }
  const note = article.notes.find((n) => n.id === id);
  if (!note) return null;
  const submit = (form: FormData) => {
    const next: Note = { ...reviewed(note), title: text(form, 'title'), text: text(form, 'text') };
    onApply(updateNote(article, next));
  };
  return (
    <EditorForm title="Note" onSubmit={submit} {...props}>
      <label className="pv-desk-field">
        Title <input name="title" required defaultValue={note.title} />
      </label>
      <label className="pv-desk-field">
        Note <textarea name="text" required rows={4} defaultValue={note.text} />
      </label>
    </EditorForm>
  );
}
