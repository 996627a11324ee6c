import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// zod probes `new Function` when it builds an object schema unless its JIT is off, and a strict
// CSP reports that probe as a violation. Each door to the schemas turns it off (it is their
// first import, so before any schema is built); the test setup turns it on again to check.
async function zodConfig() {
  const { z } = await import('zod');
  return z.config();
}

describe('the doors to the schemas', () => {
  beforeEach(async () => {
    vi.resetModules();
    (await zodConfig()).jitless = false;
  });
  afterAll(async () => {
    (await zodConfig()).jitless = true;
  });

  it("turn zod's JIT off: the parser the reader loads", async () => {
    await import('../../../src/article/article-parser');
    expect((await zodConfig()).jitless).toBe(true);
  });

  it("turn zod's JIT off: parse-article, which the CLI and the ingest use", async () => {
    await import('../../../src/article/parse-article');
    expect((await zodConfig()).jitless).toBe(true);
  });
});
