/**
 * The page's first script (webpack entry "boot", a few KB, run while app.js still
 * downloads): it starts the analysis worker, which loads the engine and builds its
 * tables in parallel with everything else. The app entry shares this module instance.
 */
import { warmEngine } from './analysis/runAnalysis';

warmEngine();
