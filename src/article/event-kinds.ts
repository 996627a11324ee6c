/** The kinds of event, in the timeline filter's order; a plain list, so it needs no zod. */
export const EVENT_KINDS = [
  'report',
  'agreement',
  'request',
  'proposal',
  'objection',
  'rejection',
  'order',
  'outbreak',
  'decision',
  'statement',
  'meeting',
  'other',
] as const;
