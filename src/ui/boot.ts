/**
 * The first module the sidebar entry evaluates: it starts, before React and Garden are
 * even evaluated, what can run in parallel with the host handshake: the analysis
 * worker (engine code and tables) and the ticket_sidebar location's code.
 */
import { warmEngine } from './analysis/runAnalysis';
import { preloadLocation } from './locations';

warmEngine();
preloadLocation('ticket_sidebar');
