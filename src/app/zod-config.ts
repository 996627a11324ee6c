import { z } from 'zod';

// zod's JIT probes `eval`, which a strict CSP (script-src 'self') reports as a violation. This
// module is the first import of article/article-parser.ts, the one (lazily loaded) entry to the
// schemas in the browser, so the setting is in place before any schema is built.
z.config({ jitless: true });
