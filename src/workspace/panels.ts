/** Settings and FAULTS panels of the workspace: forms that restart the app with new values. */
import { FAULTS, FAULT_NAMES, type FaultName } from './faults';
import { h } from './dom';
import type { ManifestParameter, WorkspaceOptions } from './options';

export function settingsPanel(params: ManifestParameter[], current: Record<string, unknown>, apply: (overrides: Record<string, string>) => void): HTMLElement {
  const fields = params.filter((p) => !p.secure && p.type !== 'hidden');
  const form = h('form', { class: 'panel-form', 'data-testid': 'ws-settings-form' });
  for (const p of fields) {
    const id = `setting-${p.name}`;
    const value = current[p.name];
    let input: HTMLElement;
    if (p.type === 'checkbox') input = h('input', { id, name: p.name, type: 'checkbox', checked: value === true });
    else if (p.type === 'multiline') input = h('textarea', { id, name: p.name, rows: 3 }, typeof value === 'string' ? value : '');
    else input = h('input', { id, name: p.name, type: p.type === 'number' ? 'number' : 'text', value: value === null || value === undefined ? '' : String(value) });
    form.append(h('div', { class: `field field-${p.type}` }, h('label', { for: id }, p.name), input));
  }
  form.append(
    h('div', { class: 'panel-actions' },
      h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'ws-settings-apply' }, 'Apply and restart the app'),
      h('button', { type: 'button', class: 'btn', onclick: () => apply({}) }, 'Reset to defaults')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const overrides: Record<string, string> = {};
    for (const p of fields) {
      const el = form.elements.namedItem(p.name);
      if (el instanceof HTMLInputElement && el.type === 'checkbox') overrides[p.name] = String(el.checked);
      else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) overrides[p.name] = el.value;
    }
    // Keep only what differs from the defaults, so the URL stays short.
    for (const p of fields) {
      const def = p.default === undefined || p.default === null ? (p.type === 'checkbox' ? 'false' : '') : String(p.default);
      if (overrides[p.name] === def) delete overrides[p.name];
    }
    apply(overrides);
  });
  if (fields.length === 0) form.prepend(h('p', { class: 'muted' }, 'manifest.json declares no parameters (or was not found).'));
  return form;
}

export interface FaultValues { faults: Set<FaultName>; retryAfter: number; historyPageSize: number; hookTimeoutMs: number }

export function faultsPanel(o: WorkspaceOptions, apply: (v: FaultValues) => void): HTMLElement {
  const form = h('form', { class: 'panel-form', 'data-testid': 'ws-faults-form' });
  for (const name of FAULT_NAMES) {
    const id = `fault-${name}`;
    form.append(h('div', { class: 'field field-checkbox' },
      h('input', { id, name, type: 'checkbox', checked: o.faults.has(name) }),
      h('label', { for: id }, h('code', {}, name), ' ', h('span', { class: 'muted' }, FAULTS[name]))));
  }
  const num = (name: string, label: string, value: number): HTMLElement =>
    h('div', { class: 'field' }, h('label', { for: `opt-${name}` }, label), h('input', { id: `opt-${name}`, name, type: 'number', value }));
  form.append(
    num('retry_after', 'Retry-After (seconds)', o.retryAfter),
    num('history_page_size', 'History page size (max per_page)', o.historyPageSize),
    num('hook_timeout', 'Save hook timeout (ms)', o.hookTimeoutMs),
    h('div', { class: 'panel-actions' },
      h('button', { type: 'submit', class: 'btn primary', 'data-testid': 'ws-faults-apply' }, 'Apply and restart the app'),
      h('button', { type: 'button', class: 'btn', onclick: () => apply({ faults: new Set(), retryAfter: 1, historyPageSize: 100, hookTimeoutMs: 30_000 }) }, 'Clear faults')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const faults = new Set<FaultName>(FAULT_NAMES.filter((n) => (form.elements.namedItem(n) as HTMLInputElement | null)?.checked));
    const read = (n: string, def: number): number => {
      const v = Number((form.elements.namedItem(n) as HTMLInputElement | null)?.value);
      return Number.isFinite(v) && v >= 0 ? v : def;
    };
    apply({ faults, retryAfter: read('retry_after', 1), historyPageSize: Math.max(1, read('history_page_size', 100)), hookTimeoutMs: Math.max(100, read('hook_timeout', 30_000)) });
  });
  return form;
}
