import { scaleArticle } from '../../../tools/scale-article';
import type { Article } from '../../../src/article/article-schema';
import { readText, SEED_ARTICLE_FILE } from '../../fixtures/load-fixture';
import type { Handler } from '../../../tools/static-server';

/** Serves the seed `copies` times over (as the benchmark scales it) as `articles/NAME.json`. */
export function scaledSeedHandler(name: string, copies: number): Handler {
  const seed = JSON.parse(readText(SEED_ARTICLE_FILE)) as Article;
  const text = JSON.stringify(scaleArticle(seed, copies, 'long'));
  return (req, res) => {
    if (!req.url?.endsWith(`/articles/${name}.json`)) return false;
    res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    return true;
  };
}
