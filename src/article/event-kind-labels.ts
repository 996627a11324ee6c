import type { EventKind } from './event-schema';

export const KIND_LABELS: Record<EventKind, string> = {
  report: 'Report',
  agreement: 'Agreement',
  request: 'Request',
  proposal: 'Proposal',
  objection: 'Objection',
  rejection: 'Rejection',
  order: 'Order',
  outbreak: 'Outbreak',
  decision: 'Decision',
  statement: 'Statement',
  meeting: 'Meeting',
  other: 'Development',
};
