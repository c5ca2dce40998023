/**
 * The engine off the main thread, so a huge ticket never freezes the sidebar and the
 * engine's code and lexicons load only here. The engine uses no zod (see
 * engine/bundle.ts), so none is loaded here. Messages: {id, call} in (see
 * engineCalls.ts), {id, result} or {id, error} out.
 */
import { runCall, type EngineCall } from './engineCalls';

interface Job { id: number; call: EngineCall }

const scope = self as unknown as { onmessage: ((e: MessageEvent<Job>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const { id, call } = e.data;
  try {
    scope.postMessage({ id, result: runCall(call) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
