import { z } from 'zod';
import { ArticleShapeSchema } from '../article/article-shape-schema';

export const JSON_SCHEMA_FILE = 'public/article.schema.json';

/** The JSON Schema that ships in public/, generated from the zod schema (the one source of truth). */
export function articleJsonSchemaText(): string {
  const schema = z.toJSONSchema(ArticleShapeSchema, { io: 'input', target: 'draft-2020-12' });
  const titled = {
    ...schema,
    $id: 'article.schema.json',
    title: 'Provenance article',
    description:
      'A news article with its sources, attributions, quotes, notes and timeline. Cross-field rules (unique ids, references, ranges matching text, no cycles) are checked by `npm run validate`.',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
