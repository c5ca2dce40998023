/// <reference types="@testing-library/jest-dom" />
/**
 * Test helpers: render the App against the memory host and collect translation keys
 * missing from translations/*.json (a missing key fails the test that shows it).
 */
import { render, type RenderResult } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { createMemoryHost, sampleMemoryData, type MemoryHost, type MemoryHostData } from '../../src/host/memory';
import type { HostPort } from '../../src/host/port';

// jsdom has no Worker (and jest's CommonJS has no import.meta): the engine runs on the main thread.
jest.mock('../../src/ui/analysis/createWorker', () => ({ createWorker: () => null }));

export interface Rendered extends RenderResult { host: MemoryHost; missing: string[] }

export function renderWithHost(data: Partial<MemoryHostData> = {}, connect?: (host: MemoryHost) => () => Promise<HostPort>): Rendered {
  const host = createMemoryHost(sampleMemoryData(data));
  const missing: string[] = [];
  const conn = connect ? connect(host) : () => Promise.resolve<HostPort>(host);
  const r = render(<App connect={conn} onMissingKey={(k) => missing.push(k)} />);
  return { ...r, host, missing };
}
