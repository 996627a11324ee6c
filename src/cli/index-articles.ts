import { writeFile } from 'node:fs/promises';
import { ARTICLE_INDEX_PATH, articleIndexText } from './article-index-file';

/** `npm run index-articles`: lists public/articles/ for the reader's index page. */
await writeFile(ARTICLE_INDEX_PATH, await articleIndexText());
console.log(`wrote ${ARTICLE_INDEX_PATH}`);
