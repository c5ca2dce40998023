/**
 * zod 4 probes `new Function("")` once to decide whether to compile its parsers. The
 * app's CSP has no 'unsafe-eval', so the probe is blocked and reported as a CSP
 * violation on every load (noise that would hide a real injection). Jitless parsing
 * needs no eval at all. zod/mini and zod share one core, so this configures both.
 * Imported before zod/mini by the modules that use it in the browser, and first by the
 * analysis worker.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
