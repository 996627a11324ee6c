import { z } from 'zod';

// zod's JIT probes `eval`, which a strict CSP (script-src 'self') reports as a violation. This
// module is main.tsx's first import, so the setting is in place before any schema is built.
z.config({ jitless: true });
