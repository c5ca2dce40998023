/**
 * Runs the engine off the main thread so a huge ticket never freezes the sidebar.
 * Messages: {id, input, options} in, {id, analysis} or {id, error} out.
 */
import '../../lib/zodConfig';
import { analyze } from '../../engine/analyze';

interface Job { id: number; input: unknown; options: unknown }

const scope = self as unknown as { onmessage: ((e: MessageEvent<Job>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const { id, input, options } = e.data;
  try {
    scope.postMessage({ id, analysis: analyze(input, options as Parameters<typeof analyze>[1]) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
