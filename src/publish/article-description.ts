import type { Article } from '../article/article-schema';
import { excerpt } from '../article/excerpt';

/** A sentence or two for search results and link previews: the standfirst, else the opening. */
export function articleDescription(article: Article): string {
  if (article.meta.standfirst) return excerpt(article.meta.standfirst.text, 300);
  const opening = article.body.find((block) => block.type === 'paragraph');
  return opening ? excerpt(opening.text, 200) : article.meta.headline.text;
}
