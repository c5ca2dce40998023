/**
 * The page's first script (webpack entry "boot", a few KB, run while app.js still
 * downloads): it starts the analysis worker, which loads the engine and builds its
 * tables in parallel with everything else, and fetches the host adapter and the
 * settings parser (with zod) so that they are loaded and initialised before the host
 * registers the app, not after. The app entry shares this module instance and these
 * chunks (the same import() resolves at once there).
 */
import { warmEngine } from './analysis/runAnalysis';

warmEngine();
import(/* webpackChunkName: "host-zendesk" */ '../host/zendesk/adapter').catch(() => undefined);
import(/* webpackChunkName: "settings" */ '../lib/settings').catch(() => undefined);
