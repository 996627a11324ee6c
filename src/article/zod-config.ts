import { z } from 'zod';

// zod's JIT probes `eval`, which a strict CSP (script-src 'self') reports as a violation, and the
// probe runs when an object schema is built, so the setting must come before any schema module
// runs. It lives here, in the data core, so no layer above has to remember it: it is the first
// import of the two doors to the schemas, article-parser.ts (the reader's lazily loaded entry)
// and parse-article.ts (the CLI's and the ingest's, which the desk runs in the browser).
z.config({ jitless: true });
