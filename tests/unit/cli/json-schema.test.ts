import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, articleJsonSchemaText } from '../../../src/cli/article-json-schema';
import { readText } from '../../fixtures/load-fixture';

describe('public/article.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing it)', () => {
    expect(readText(JSON_SCHEMA_FILE)).toBe(articleJsonSchemaText());
  });
});
