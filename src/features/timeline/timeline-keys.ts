/** The disclosure key of an event's details (apart from the panel, which loads on demand). */
export function eventKey(eventId: string): string {
  return `event:${eventId}`;
}
