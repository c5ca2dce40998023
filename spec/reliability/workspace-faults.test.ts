/**
 * Workspace options added for the reliability e2e tests (spec/e2e/faults.e2e.ts,
 * xss.e2e.ts): the huge_comment and tags_race faults, and the `fixtures` query parameter.
 */
import { registered, rig } from '../workspace/helpers';
import { FAULT_NAMES, FAULTS } from '../../src/workspace/faults';
import { DEFAULT_FIXTURES, fixturesPath, readOptions, writeOptions } from '../../src/workspace/options';
import { HUGE_COMMENT_CHARS, padLastRequesterComment } from '../../src/workspace/rest';
import fs from 'node:fs';
import path from 'node:path';

type Obj = Record<string, unknown>;
const args = (m: Obj | undefined): unknown[] => ((m?.message as Obj | undefined)?.responseArgs ?? []) as unknown[];

describe('workspace fault huge_comment', () => {
  it('pads the requester\'s last public comment past 1 MB in REST comments, keeping its words first', () => {
    const r = registered(rig({ faults: ['huge_comment'] }));
    r.app({ key: 'request:1', message: { url: '/api/v2/tickets/7001/comments.json' } });
    r.advance(50);
    const [body] = args(r.last('zaf.request:1.done'));
    const comments = (body as { comments: { id: number; body: string }[] }).comments;
    const first = comments.find((c) => c.id === 1);
    expect(first?.body.length).toBeGreaterThanOrEqual(HUGE_COMMENT_CHARS);
    expect(first?.body.startsWith('It dropped again.\n\nThird time.')).toBe(true);
    // Agent replies and internal notes are untouched.
    expect(comments.find((c) => c.id === 2)?.body).toBe('Looking into it.');
    expect(comments.find((c) => c.id === 3)?.body).toBe('internal <b>note</b>');
  });

  it('leaves a ticket without requester comment as it is, and is off by default', () => {
    const list = [{ id: 1, author_id: 2, public: true, created_at: null, body: 'agent' }];
    expect(padLastRequesterComment(list, 9)).toBe(list);
    const r = registered(rig());
    r.app({ key: 'request:1', message: { url: '/api/v2/tickets/7001/comments.json' } });
    r.advance(50);
    const [body] = args(r.last('zaf.request:1.done'));
    expect((body as { comments: { body: string }[] }).comments[0]?.body).toBe('It dropped again.\n\nThird time.');
  });
});

describe('workspace fault tags_race', () => {
  it('lands another agent\'s tag right before each app tag write; delta writes keep it', () => {
    const r = registered(rig({ faults: ['tags_race'] }), ['ticket.tags.changed']);
    r.app({ id: 1, request: 'invoke', params: { 'ticket.tags.add': [['boundary_insult']] } });
    expect(r.host.tags).toEqual(['internet', 'outage', 'other_agent_1', 'boundary_insult']);
    r.app({ id: 2, request: 'invoke', params: { 'ticket.tags.remove': [['boundary_insult']] } });
    expect(r.host.tags).toEqual(['internet', 'outage', 'other_agent_1', 'other_agent_2']);
    // The app heard about the foreign change as a ticket.tags.changed event.
    const events = r.sent.filter((m) => m.key === 'zaf.ticket.tags.changed').map((m) => m.message);
    expect(events).toContainEqual(['internet', 'outage', 'other_agent_1']);
  });

  it('makes an overwriting write (set ticket.tags from a stale read) lose the foreign tag', () => {
    const r = registered(rig({ faults: ['tags_race'] }));
    const stale = r.host.tags;
    r.app({ id: 1, request: 'set', params: { 'ticket.tags': [...stale, 'boundary_insult'] } });
    expect(r.host.tags).toEqual(['internet', 'outage', 'boundary_insult']);
  });
});

describe('workspace fixtures option', () => {
  it('accepts a .jsonl path inside spec/fixtures only', () => {
    expect(fixturesPath('xss/tickets.jsonl')).toBe('xss/tickets.jsonl');
    for (const bad of [null, '', '../package.json', 'xss/../../x.jsonl', '/etc/passwd.jsonl', 'https://x.example/a.jsonl', 'a.json', 'a b.jsonl']) {
      expect(fixturesPath(bad)).toBe(DEFAULT_FIXTURES);
    }
  });

  it('round-trips through the URL and defaults to tickets.jsonl', () => {
    expect(readOptions('').fixtures).toBe('tickets.jsonl');
    const o = readOptions('?fixtures=xss/tickets.jsonl&fault=huge_comment,tags_race');
    expect(o.fixtures).toBe('xss/tickets.jsonl');
    expect([...o.faults]).toEqual(['huge_comment', 'tags_race']);
    expect(readOptions(writeOptions(o)).fixtures).toBe('xss/tickets.jsonl');
    expect(writeOptions(readOptions(''))).not.toContain('fixtures');
  });

  it('documents every fault in docs/workspace.md', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/workspace.md'), 'utf8');
    for (const f of FAULT_NAMES) expect(doc).toContain(`| \`${f}\``);
    expect(doc).toContain('`fixtures`');
    expect(Object.keys(FAULTS)).toEqual(expect.arrayContaining(['huge_comment', 'tags_race']));
  });
});
