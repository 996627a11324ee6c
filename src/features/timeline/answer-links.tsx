import type { TimelineEvent } from '../../article/event-schema';
import { ItemLink } from '../../shared/item-link';
import { eventName, type TimelineData } from '../../article/timeline-data';

type AnswerLinksProps = { event: TimelineEvent; data: TimelineData; eventsById: Map<string, TimelineEvent> };

/** The connection between a proposal and its answers, in words and as links both ways. */
export function AnswerLinks({ event, data, eventsById }: AnswerLinksProps) {
  const answered = event.answersId ? eventsById.get(event.answersId) : undefined;
  const answers = data.answeredBy.get(event.id) ?? [];
  if (!answered && answers.length === 0) return null;
  return (
    <ul className="pv-event-answers">
      {answered && (
        <li className="pv-event-answers-to">
          <span aria-hidden="true">↩ </span>Answers:{' '}
          <ItemLink itemId={answered.id}>{eventName(answered, data)}</ItemLink>
        </li>
      )}
      {answers.length > 0 && (
        <li className="pv-event-answered-by">
          <span aria-hidden="true">↪ </span>Answered by:{' '}
          {answers.map((answer, index) => (
            <span key={answer.id}>
              {index > 0 && ', '}
              <ItemLink itemId={answer.id}>{eventName(answer, data)}</ItemLink>
            </span>
          ))}
        </li>
      )}
    </ul>
  );
}
