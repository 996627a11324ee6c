/**
 * The one place that builds in-app paths to items. An item is named by its id alone (ids are
 * unique within an article), under the article's name: `#/read/NAME/ITEM`.
 */
export function articlePath(articleName: string): string {
  return `/read/${encodeURIComponent(articleName)}`;
}

export function itemPath(articleName: string, itemId: string): string {
  return `${articlePath(articleName)}/${encodeURIComponent(itemId)}`;
}

/** DOM id of the card that an inline control opens for an item. */
export function cardDomId(itemId: string): string {
  return `card-${itemId}`;
}
