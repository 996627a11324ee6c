/** Lower-case ASCII words of a text, accents dropped: the raw material of ids made from meaning. */
export function slugWords(text: string, maxWords: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
}

export type IdMaker = (prefix: string, text: string, maxWords?: number) => string;

/**
 * Makes ids from meaning (`p-north-korea-and-china`), unique within one article. Text with no
 * Latin letters (Korean, say) falls back to the prefix's own word, numbered when repeated.
 */
export function createIdMaker(fallback = 'item'): IdMaker {
  const used = new Set<string>();
  const next = new Map<string, number>(); // the next number to try per base, so repeats stay linear
  return (prefix, text, maxWords = 4) => {
    const words = slugWords(text, maxWords).replace(/^[0-9-]+/, '');
    const base = `${prefix}-${words || fallback}`.slice(0, 72).replace(/-+$/, '');
    let id = base;
    for (let n = next.get(base) ?? 2; used.has(id); n += 1) {
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}
