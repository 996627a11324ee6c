import type { Article } from '../../article/article-schema';
import { MONTH_NAMES } from '../../article/format-fuzzy-date';
import type { TimelineEvent } from '../../article/event-schema';

export type PhaseGroup = { id: string; title: string; eventIds: Set<string>; derived: boolean };

const DATED = new Set(['day', 'weekday', 'part-of-month', 'month']);

function monthOf(event: TimelineEvent): string | undefined {
  const { earliest, latest, precision } = event.when;
  return DATED.has(precision) && earliest && latest ? earliest.slice(0, 7) : undefined;
}

function monthTitle(key: string): string {
  const [year, month] = key.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? ''} ${year ?? ''}`;
}

/**
 * The phases the view heads events with: the editor's, in their order (the schema checks that
 * each event is in one and none comes before what it must follow); else one per month, in
 * timeline order, an undated event staying in the phase of the events around it.
 */
export function derivePhases(article: Article, ordered: readonly TimelineEvent[]): PhaseGroup[] {
  let phases = derived.get(article);
  if (!phases) {
    phases = phasesOf(article, ordered);
    derived.set(article, phases);
  }
  return phases;
}

const derived = new WeakMap<Article, PhaseGroup[]>();

function phasesOf(article: Article, ordered: readonly TimelineEvent[]): PhaseGroup[] {
  if (article.phases && article.phases.length > 0)
    return article.phases.map((p) => ({
      id: p.id,
      title: p.title,
      eventIds: new Set(p.eventIds),
      derived: false,
    }));
  const phases: (PhaseGroup & { month?: string })[] = [];
  for (const event of ordered) {
    const month = monthOf(event);
    let current = phases.at(-1);
    if (!current || (month && current.month && month !== current.month)) {
      current = { id: `phase-${phases.length + 1}`, title: '', eventIds: new Set(), derived: true };
      phases.push(current);
    }
    current.month ??= month;
    current.eventIds.add(event.id);
  }
  return phases.map(({ month, ...phase }) => ({
    ...phase,
    title: month ? monthTitle(month) : 'Order known, dates not',
  }));
}
