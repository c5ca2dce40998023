/**
 * The workspace page: plays the Zendesk agent interface around the app iframe.
 * Ticket list, conversation, live tags, reply box, locale / color scheme switches,
 * settings and FAULTS panels, protocol log. All host behaviour is in host.ts.
 */
import { clear, formatDate, h } from './dom';
import { parseCases, type FxCase } from './fixtures';
import { ZafHost, type Scheme } from './host';
import { buildSettings, readOptions, readParameters, writeOptions, type ManifestParameter, type WorkspaceOptions } from './options';
import { faultsPanel, settingsPanel } from './panels';
import { World } from './world';

const APP_PATH = '/app/assets/index.html';

interface Page {
  world: World;
  params: ManifestParameter[];
  manifest: Record<string, unknown>;
  options: WorkspaceOptions;
  host: ZafHost | null;
  frame: HTMLIFrameElement;
  log: string[];
  saveStatus: { kind: 'idle' | 'saving' | 'ok' | 'vetoed'; text: string };
}

const $ = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el;
};

function uuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function loadText(url: string): Promise<string | null> {
  try {
    const res = await fetch(url, { cache: 'no-store' });
    return res.ok ? await res.text() : null;
  } catch {
    return null;
  }
}

function currentCase(p: Page): FxCase | undefined {
  return p.options.ticket === null ? undefined : p.world.case(p.options.ticket);
}

function syncUrl(p: Page): void {
  history.replaceState(null, '', writeOptions(p.options));
}

/** Longest log line shown: a comments payload is summed up, not printed whole. */
const LOG_LINE_MAX = 400;

/**
 * Log a protocol message. The panel is redrawn once per frame, not per message: the
 * host runs on the same thread as the app, and redrawing 300 lines on each of the
 * startup messages would slow the app it hosts.
 */
function addLog(p: Page, dir: 'in' | 'out' | 'note', text: string): void {
  const arrow = dir === 'in' ? 'app → host' : dir === 'out' ? 'host → app' : '·';
  const line = text.length > LOG_LINE_MAX ? `${text.slice(0, LOG_LINE_MAX)}… (${text.length} chars)` : text;
  p.log.push(`${new Date().toISOString().slice(11, 23)}  ${arrow}  ${line}`);
  if (p.log.length > 300) p.log.splice(0, p.log.length - 300);
  if (logFlush === null) logFlush = requestAnimationFrame(() => flushLog(p));
}

let logFlush: number | null = null;
function flushLog(p: Page): void {
  logFlush = null;
  const el = document.getElementById('ws-log');
  if (!el) return;
  el.textContent = p.log.join('\n');
  if ((el.closest('details') as HTMLDetailsElement | null)?.open !== false) el.scrollTop = el.scrollHeight;
}

/** (Re)start the app: a new iframe load, a new handshake, a fresh host session. */
function startApp(p: Page): void {
  const c = currentCase(p);
  const frameWrap = $('ws-app');
  if (!c) {
    p.host = null;
    clear(frameWrap, h('p', { class: 'muted' }, 'Pick a ticket.'));
    return;
  }
  const appGuid = uuid();
  const previousDraft = p.host && p.host.session.ticketId === c.ticket.id ? p.host.draft : '';
  const host = new ZafHost(
    {
      world: p.world, ticketId: c.ticket.id, appGuid, locale: p.options.locale, scheme: p.options.scheme,
      faults: p.options.faults, settings: buildSettings(p.params, p.options.settings),
      appName: typeof p.manifest.name === 'string' ? p.manifest.name : 'App',
      appVersion: typeof p.manifest.version === 'string' ? p.manifest.version : '0.0.0',
      retryAfter: p.options.retryAfter, maxPageSize: p.options.historyPageSize, hookTimeoutMs: p.options.hookTimeoutMs,
      draft: previousDraft,
    },
    {
      post: (msg) => p.frame.contentWindow?.postMessage(msg, location.origin),
      schedule: (fn, ms) => window.setTimeout(fn, ms),
      cancel: (t) => window.clearTimeout(t as number),
      now: () => new Date(),
      changed: (what) => onHostChange(p, what),
      log: (dir, text) => addLog(p, dir, text),
    },
  );
  host.setCommentType(($('ws-internal') as HTMLInputElement).checked ? 'internalNote' : 'publicReply');
  p.host = host;
  addLog(p, 'note', `--- app started for ticket ${c.ticket.id} (locale ${p.options.locale}, ${p.options.scheme}${p.options.faults.size ? `, faults ${[...p.options.faults].join(',')}` : ''})`);
  p.frame.style.height = '480px';
  // Like Zendesk: the agent's color scheme is in the iframe URL, readable before the handshake.
  p.frame.src = `${APP_PATH}?origin=${encodeURIComponent(location.origin)}&app_guid=${appGuid}&colorScheme=${p.options.scheme}`;
  frameWrap.dataset.registered = 'false';
  if (!frameWrap.contains(p.frame)) clear(frameWrap, p.frame);
  renderStatusBar(p);
}

function onHostChange(p: Page, what: string): void {
  if (what === 'tags') renderTags(p);
  else if (what === 'draft') {
    const box = document.getElementById('ws-reply') as HTMLTextAreaElement | null;
    if (box && p.host && box.value !== p.host.draft) box.value = p.host.draft;
  } else if (what === 'comments') renderConversation(p);
  else if (what === 'resize' && p.host?.size.height) p.frame.style.height = p.host.size.height;
  else if (what === 'registered') $('ws-app').dataset.registered = 'true';
  renderStatusBar(p);
}

function renderTicketList(p: Page): void {
  const filter = (document.getElementById('ws-filter') as HTMLInputElement | null)?.value.trim().toLowerCase() ?? '';
  const items = p.world.cases
    .filter((c) => !filter || `${c.ticket.id} ${c.ticket.subject ?? ''} ${c.requester?.name ?? ''}`.toLowerCase().includes(filter))
    .map((c) => h('li', {},
      h('button', {
        class: `ticket-item${c.ticket.id === p.options.ticket ? ' active' : ''}`, type: 'button', 'data-ticket-id': c.ticket.id,
        'aria-current': c.ticket.id === p.options.ticket ? 'true' : null,
        onclick: () => selectTicket(p, c.ticket.id),
      },
      h('span', { class: 'ticket-item-top' }, h('span', { class: 'ticket-id' }, `#${c.ticket.id}`), c.lang ? h('span', { class: 'badge' }, c.lang) : null),
      h('span', { class: 'ticket-item-subject' }, c.ticket.subject ?? '(no subject)'),
      h('span', { class: 'ticket-item-requester' }, c.requester?.name ?? '(no requester)'))));
  clear($('ws-ticket-list'), ...items);
}

function renderTags(p: Page): void {
  const el = $('ws-tags');
  const tags = p.host?.tags ?? [];
  clear(el,
    ...tags.map((t) => h('span', { class: 'tag', 'data-tag': t }, t,
      h('button', { type: 'button', class: 'tag-remove', 'aria-label': `Remove tag ${t}`, onclick: () => p.host?.setTagsByAgent(tags.filter((x) => x !== t)) }, '×'))),
    h('form', { class: 'tag-add', onsubmit: (e: Event) => {
      e.preventDefault();
      const input = (e.target as HTMLFormElement).elements.namedItem('tag') as HTMLInputElement;
      if (input.value.trim()) p.host?.setTagsByAgent([...tags, input.value]);
      input.value = '';
    } }, h('input', { name: 'tag', placeholder: 'add tag', 'aria-label': 'Add a tag', size: 10 })));
  el.dataset.tags = tags.join(' ');
}

function renderConversation(p: Page): void {
  const c = currentCase(p);
  const list = $('ws-conversation');
  if (!c) return clear(list);
  const requesterId = p.options.faults.has('no_requester') ? null : c.ticket.requester_id;
  clear(list, ...p.world.comments(c.ticket.id).map((m) => {
    const author = m.author_id === null ? undefined : p.world.user(m.author_id);
    const mine = m.author_id !== null && m.author_id === requesterId;
    return h('li', { class: `comment${mine ? ' from-requester' : ' from-agent'}${m.public ? '' : ' internal'}` },
      h('div', { class: 'comment-head' },
        h('strong', {}, author?.name ?? 'Unknown user'),
        h('span', { class: 'muted' }, ` ${formatDate(m.created_at)}${m.public ? '' : ' · internal note'}`)),
      h('div', { class: 'comment-body' }, m.body));
  }));
}

function renderTicket(p: Page): void {
  const c = currentCase(p);
  const head = $('ws-ticket-head');
  if (!c) return clear(head, h('p', { class: 'muted' }, 'No ticket.'));
  const r = p.options.faults.has('no_requester') ? null : c.requester;
  clear(head,
    h('h1', { 'data-testid': 'ws-subject' }, c.ticket.subject ?? '(no subject)'),
    h('p', { class: 'meta' },
      h('span', { 'data-testid': 'ws-requester' }, r ? `${r.name} <${r.email ?? 'no e-mail'}>` : 'No requester'),
      ` · #${c.ticket.id} · ${c.ticket.status} · via ${c.ticket.via.channel ?? 'web'} · ${formatDate(c.ticket.created_at)}`));
  renderTags(p);
  renderConversation(p);
  const box = $('ws-reply') as HTMLTextAreaElement;
  box.value = p.host?.draft ?? '';
  p.saveStatus = { kind: 'idle', text: '' };
  renderSaveStatus(p);
}

function renderSaveStatus(p: Page): void {
  const el = $('ws-save-status');
  el.textContent = p.saveStatus.text;
  el.dataset.kind = p.saveStatus.kind;
}

function renderStatusBar(p: Page): void {
  const el = $('ws-status');
  const host = p.host;
  const subs = host ? Object.keys(host.subscriptions()).filter((k) => !k.startsWith('request:')) : [];
  clear(el,
    h('span', { class: `dot ${host?.registered ? 'on' : 'off'}` }),
    host?.registered ? 'App registered' : 'Waiting for the app handshake',
    subs.length ? h('span', { class: 'muted' }, ` · listens to ${subs.join(', ')}`) : null,
    p.options.faults.size ? h('span', { class: 'fault-badge', 'data-testid': 'ws-active-faults' }, `faults: ${[...p.options.faults].join(', ')}`) : null);
}

function selectTicket(p: Page, id: number): void {
  p.options.ticket = id;
  syncUrl(p);
  renderTicketList(p);
  startApp(p);
  renderTicket(p);
}

function setScheme(p: Page, scheme: Scheme): void {
  p.options.scheme = scheme;
  document.documentElement.dataset.scheme = scheme;
  ($('ws-scheme') as HTMLInputElement).checked = scheme === 'dark';
  syncUrl(p);
  p.host?.setColorScheme(scheme);
}

function renderPanels(p: Page): void {
  const current = p.host?.session.settings ?? buildSettings(p.params, p.options.settings);
  clear($('ws-settings'), settingsPanel(p.params, current, (overrides) => {
    p.options.settings = overrides;
    syncUrl(p);
    startApp(p);
    renderPanels(p);
  }));
  clear($('ws-faults'), faultsPanel(p.options, (v) => {
    p.options.faults = v.faults;
    p.options.retryAfter = v.retryAfter;
    p.options.historyPageSize = v.historyPageSize;
    p.options.hookTimeoutMs = v.hookTimeoutMs;
    syncUrl(p);
    startApp(p);
    renderTicket(p);
    renderPanels(p);
  }));
}

function wire(p: Page): void {
  window.addEventListener('message', (e: MessageEvent) => {
    // Only the app frame, served from this origin, talks to the host.
    if (e.source !== p.frame.contentWindow || e.origin !== location.origin) return;
    p.host?.receive(e.data);
  });
  $('ws-filter').addEventListener('input', () => renderTicketList(p));
  const locale = $('ws-locale') as HTMLSelectElement;
  locale.value = p.options.locale.startsWith('fr') ? 'fr' : 'en';
  locale.addEventListener('change', () => {
    p.options.locale = locale.value;
    syncUrl(p);
    startApp(p); // Zendesk reloads apps when the agent's language changes.
  });
  const scheme = $('ws-scheme') as HTMLInputElement;
  scheme.addEventListener('change', () => setScheme(p, scheme.checked ? 'dark' : 'light'));
  $('ws-reload').addEventListener('click', () => startApp(p));
  const box = $('ws-reply') as HTMLTextAreaElement;
  box.addEventListener('input', () => p.host?.setDraft(box.value));
  const internal = $('ws-internal') as HTMLInputElement;
  internal.addEventListener('change', () => {
    p.host?.setCommentType(internal.checked ? 'internalNote' : 'publicReply');
    $('ws-reply-label').textContent = internal.checked ? 'Internal note' : 'Public reply';
  });
  $('ws-submit').addEventListener('click', () => {
    const host = p.host;
    if (!host) return;
    p.saveStatus = { kind: 'saving', text: 'Saving…' };
    renderSaveStatus(p);
    void host.save().then((r) => {
      if (host !== p.host) return;
      p.saveStatus = r.ok ? { kind: 'ok', text: 'Ticket saved.' } : { kind: 'vetoed', text: `Save blocked by the app: ${r.reason}` };
      renderSaveStatus(p);
    });
  });
}

async function boot(): Promise<void> {
  const options = readOptions(location.search);
  document.documentElement.dataset.scheme = options.scheme;
  const [jsonl, manifestText] = await Promise.all([loadText(`/fixtures/${options.fixtures}`), loadText('/app/manifest.json')]);
  const banner = $('ws-banner');
  const problems: string[] = [];
  const { cases, skipped } = parseCases(jsonl ?? '');
  if (jsonl === null) problems.push(`Could not load /fixtures/${options.fixtures}.`);
  if (skipped) problems.push(`${skipped} fixture line(s) skipped (not a ticket bundle).`);
  let manifest: Record<string, unknown> = {};
  try {
    manifest = manifestText ? (JSON.parse(manifestText) as Record<string, unknown>) : {};
  } catch {
    problems.push('dist/manifest.json is not valid JSON.');
  }
  if (manifestText === null) problems.push('No /app/manifest.json: run `npm run build` (the app is served from dist/).');
  if (options.unknownFaults.length) problems.push(`Unknown fault(s) ignored: ${options.unknownFaults.join(', ')}.`);
  const world = new World(cases);
  if (options.ticket === null || !world.case(options.ticket)) {
    if (options.ticket !== null) problems.push(`Ticket ${options.ticket} is not in the sample data.`);
    options.ticket = cases[0]?.ticket.id ?? null;
  }
  clear(banner, ...problems.map((t) => h('p', {}, t)));
  banner.hidden = problems.length === 0;
  const frame = h('iframe', {
    id: 'tact-app', name: 'tact-app', title: 'Tact app (ticket sidebar)', 'data-testid': 'ws-app-frame',
    // Zendesk sandboxes app iframes; same set here.
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-downloads',
  });
  const p: Page = { world, params: readParameters(manifest), manifest, options, host: null, frame, log: [], saveStatus: { kind: 'idle', text: '' } };
  (window as unknown as { tactWorkspace: unknown }).tactWorkspace = { page: p };
  wire(p);
  setScheme(p, options.scheme);
  syncUrl(p);
  renderTicketList(p);
  startApp(p);
  renderTicket(p);
  renderPanels(p);
  document.body.dataset.ready = 'true';
}

void boot();
