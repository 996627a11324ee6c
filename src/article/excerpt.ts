/** A short quotation of a longer text for link text and titles, cut at a word. */
export function excerpt(text: string, max = 90): string {
  // Only the start can show: a head with more than `max` characters after collapsing spaces
  // gives the same excerpt as the whole (a long article asks for thousands of these).
  const head = text.trimStart().slice(0, 4 * max);
  const source = head.replace(/\s+/g, ' ').trimEnd().length > max ? head : text;
  const clean = source.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,.;:…]+$/, '')}…`;
}
