import { z } from 'zod';

/**
 * Extension pages run under a CSP without 'unsafe-eval'. zod 4 probes `new Function` to build
 * faster object parsers; jitless mode skips the probe (and the CSP violation it would log).
 * Imported first by each extension entrypoint.
 */
z.config({ jitless: true });
