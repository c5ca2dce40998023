/**
 * The engine off the main thread, so a huge ticket never freezes the sidebar and the
 * engine's code and lexicons load only here. The engine uses no zod (see
 * engine/bundle.ts), so none is loaded here. Messages: {id, call} in (see
 * engineCalls.ts), {id, result} or {id, error} out.
 */
import { runCall, warmSteps, type EngineCall } from './engineCalls';
import { runSteps } from './steps';

interface Job { id: number; call: EngineCall }

const scope = self as unknown as { onmessage: ((e: MessageEvent<Job>) => void) | null; postMessage(m: unknown): void; navigator?: { language?: string } };

const fail = (id: number, err: unknown) => scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });

scope.onmessage = (e) => {
  const { id, call } = e.data;
  if (call.fn === 'warm') {
    // One step per task: an analysis asked for meanwhile runs between two steps.
    const first = scope.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
    runSteps(warmSteps(first)).then(() => scope.postMessage({ id, result: true }), (err: unknown) => fail(id, err));
    return;
  }
  try {
    scope.postMessage({ id, result: runCall(call) });
  } catch (err) {
    fail(id, err);
  }
};
