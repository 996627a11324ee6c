import type { Article } from '../../article/article-schema';
import { EVENT_KINDS } from '../../article/event-kinds';
import type { EventKind, TimelineEvent } from '../../article/event-schema';
import type { FuzzyDate } from '../../article/fuzzy-date-schema';
import type { TextRange } from '../../article/text-range-schema';
import type { Change } from './ops/change';
import { createActor, createEvent } from './ops/event-ops';
import { DateFields } from './date-fields';
import { field, fields } from './form-field';

type EventFieldsProps = {
  article: Article;
  event?: TimelineEvent;
  when: FuzzyDate;
  onWhen: (date: FuzzyDate) => void;
};

/** Kind, summary, actors (or a new one, on a side), the date, and what it answers or follows. */
export function EventFields({ article, event, when, onWhen }: EventFieldsProps) {
  const others = article.events.filter((e) => e.id !== event?.id);
  return (
    <>
      <label className="pv-desk-field">
        Kind{' '}
        <select name="kind" defaultValue={event?.kind ?? 'statement'}>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="pv-desk-field">
        Summary (one line) <input name="summary" required defaultValue={event?.summary} />
      </label>
      <fieldset className="pv-desk-fieldset">
        <legend>Actors</legend>
        {article.actors.map((a) => (
          <label key={a.id} className="pv-desk-check">
            <input
              type="checkbox"
              name="actors"
              value={a.id}
              defaultChecked={event?.actorIds.includes(a.id)}
            />{' '}
            {a.name}{' '}
            <span className="pv-desk-hint">({article.sides.find((s) => s.id === a.sideId)?.name})</span>
          </label>
        ))}
        <div className="pv-desk-inline">
          <label>
            New actor <input name="new-actor" />
          </label>
          <label>
            on the side{' '}
            <select name="new-actor-side">
              {article.sides.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              <option value="">a new side</option>
            </select>
          </label>
          <label>
            or a new side named <input name="new-side" />
          </label>
        </div>
      </fieldset>
      <DateFields legend="When" value={when} published={article.meta.published} onChange={onWhen} />
      <label className="pv-desk-field">
        Answers{' '}
        <select name="answers" defaultValue={event?.answersId ?? ''}>
          <option value="">nothing</option>
          {others.map((e) => (
            <option key={e.id} value={e.id}>
              {e.summary.slice(0, 70)}
            </option>
          ))}
        </select>
      </label>
      <label className="pv-desk-field">
        Follows{' '}
        <select name="after" defaultValue={event?.afterIds[0] ?? ''}>
          <option value="">nothing stated</option>
          {others.map((e) => (
            <option key={e.id} value={e.id}>
              {e.summary.slice(0, 70)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The event fields of a submitted form: a new actor to make first, then the event's values. */
export function readEventFields(article: Article, form: FormData) {
  const edits: ((a: Article) => Change)[] = [];
  const actorIds = fields(form, 'actors');
  const newActor = field(form, 'new-actor').trim();
  if (newActor) {
    // A typed side's name wins over the list (an existing side of that name is reused).
    const typedSide = field(form, 'new-side').trim();
    const known = article.sides.find((s) => s.name.toLowerCase() === typedSide.toLowerCase());
    const sideId = typedSide ? known?.id : field(form, 'new-actor-side');
    const made = createActor(article, newActor, sideId ? { id: sideId } : { name: typedSide || newActor });
    edits.push(() => made.change);
    actorIds.push(made.id);
  }
  const answersId = field(form, 'answers');
  const after = field(form, 'after');
  const values = {
    kind: field(form, 'kind') as EventKind,
    summary: field(form, 'summary').trim(),
    actorIds,
    ...(answersId ? { answersId } : {}),
    afterIds: after ? [after] : [],
  };
  const create = (current: Article, wording: TextRange, when: FuzzyDate): Change => {
    const made = createEvent(current, {
      wording,
      when,
      kind: values.kind,
      summary: values.summary,
      actorIds,
    });
    const event = made.change.steps[0];
    if (event?.list !== 'events' || !event.after) return made.change;
    const withLinks = {
      ...(event.after as TimelineEvent),
      afterIds: values.afterIds,
      ...(answersId ? { answersId } : {}),
    };
    return { ...made.change, steps: [{ ...event, after: withLinks }] };
  };
  return { edits, values, create };
}
