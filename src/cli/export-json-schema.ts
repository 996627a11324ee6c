import { writeFile } from 'node:fs/promises';
import { JSON_SCHEMA_FILE, articleJsonSchemaText } from './article-json-schema';

/** `npm run schema`: regenerates public/article.schema.json; a unit test fails when it is stale. */
await writeFile(JSON_SCHEMA_FILE, articleJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
