/** Where the build writes an article's static oEmbed response, from the site's root. */
export function oembedPath(name: string): string {
  return `oembed/${name}.json`;
}
