/**
 * Which file an article name refers to. Names are restricted to a safe slug so that a URL can
 * never make the reader fetch from another origin or climb out of `articles/`.
 */
const ARTICLE_NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function isArticleName(name: string): boolean {
  return ARTICLE_NAME.test(name);
}

export function articleFile(name: string): string {
  return `articles/${name}.json`;
}

/** The bundled article, named by a meta tag in index.html so a deployment can change it. */
export function defaultArticleName(doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="provenance-default-article"]');
  const name = meta?.content.trim() ?? '';
  return isArticleName(name) ? name : 'dailynk-train-service-talks';
}
