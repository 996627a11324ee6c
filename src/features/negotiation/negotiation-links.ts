/** Where the view's links go: inside the view (a page or an embed) and to the full article. */
export type NegotiationLinks = {
  /** An event in this view, filters kept. */
  event: (eventId: string) => string;
  /** A passage or paragraph in the reader. */
  reader: (itemId: string) => string;
};
