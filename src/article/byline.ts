/** Authors as a byline names them: "Ann Lee", "Ann Lee and Bo Chan", "Ann Lee, Bo Chan and Cy Diaz". */
export function authorList(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1) ?? ''}`;
}
