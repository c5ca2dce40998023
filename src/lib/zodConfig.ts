/**
 * zod 4 probes `new Function("")` once to decide whether to compile its parsers. The
 * app's CSP has no 'unsafe-eval', so the probe is blocked and reported as a CSP
 * violation on every load (noise that would hide a real injection). Jitless parsing
 * needs no eval at all. Imported first by every browser entry (sidebar, analysis worker).
 */
import { z } from 'zod';

z.config({ jitless: true });
