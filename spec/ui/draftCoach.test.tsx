/** @jest-environment jsdom */
import { useCallback } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HostProvider, useHost } from '../../src/ui/host/HostProvider';
import { useDraftCoach, type DraftCheck } from '../../src/ui/hooks/useDraftCoach';
import { useSendGuard } from '../../src/ui/hooks/useSendGuard';
import { DraftCoach } from '../../src/ui/cards/DraftCoach';
import { createMemoryHost, sampleMemoryData, type MemoryHost } from '../../src/host/memory';
import type { DraftFinding } from '../../src/engine/types';

/** A tiny stand-in checker: the coach's behaviour does not depend on the rules. */
function fakeCheck(text: string): DraftFinding[] {
  const out: DraftFinding[] = [];
  let at = text.indexOf('calm down');
  while (at >= 0) {
    out.push({ text: 'calm down', start: at, end: at + 9, ruleId: 'calm_down', reason: 'It dismisses the feeling.', suggestion: 'I understand this is frustrating', lang: 'en' });
    at = text.indexOf('calm down', at + 9);
  }
  return out;
}

function Coach({ warn, checker = fakeCheck }: { warn: boolean; checker?: DraftCheck }) {
  const { host } = useHost();
  const check = useCallback(checker, [checker]);
  useSendGuard(host, warn, check, (n) => `${n} risky`);
  return <DraftCoach coach={useDraftCoach(host, check)} />;
}

function setup(draft = '', warn = false, checker?: DraftCheck): { host: MemoryHost; missing: string[] } {
  const host = createMemoryHost(sampleMemoryData({ draft }));
  const missing: string[] = [];
  render(<HostProvider connect={() => Promise.resolve(host)} onMissingKey={(k) => missing.push(k)}><Coach warn={warn} checker={checker} /></HostProvider>);
  return { host, missing };
}

describe('draft coach', () => {
  it('says so when the reply is empty, then follows typing (debounced)', async () => {
    const { host, missing } = setup('');
    expect(await screen.findByText(/appear here as you type/)).toBeInTheDocument();
    act(() => host.typeDraft('Hello, please calm'));
    act(() => host.typeDraft('Hello, please calm down.'));
    const item = await screen.findByTestId('draft-finding');
    expect(item).toHaveTextContent('It dismisses the feeling.');
    expect(within(item).getByText('calm down').tagName).toBe('MARK');
    expect(missing).toEqual([]);
  });

  it('applies the suggestion to exactly that span, then undoes it', async () => {
    const draft = 'Hello Sam, calm down, we are on it. Best, Lea';
    const { host } = setup(draft);
    await userEvent.click(await screen.findByRole('button', { name: /replace “calm down”/ }));
    await waitFor(() => expect(host.currentDraft).toBe('Hello Sam, I understand this is frustrating, we are on it. Best, Lea'));
    expect(screen.getByTestId('draft-message')).toHaveTextContent('Replaced “calm down”');
    expect(await screen.findByTestId('draft-clean')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo the last replacement' }));
    await waitFor(() => expect(host.currentDraft).toBe(draft));
    expect(await screen.findByTestId('draft-finding')).toBeInTheDocument();
  });

  it('re-locates the phrase when the agent edited before it, touching nothing else', async () => {
    const { host } = setup('Please calm down.');
    const button = await screen.findByRole('button', { name: /replace “calm down”/ });
    // The agent types in front of the phrase; the event has not reached us yet.
    host.typeDraft('Hi Ann! Please calm down.');
    await userEvent.click(button);
    await waitFor(() => expect(host.currentDraft).toBe('Hi Ann! Please I understand this is frustrating.'));
    expect(screen.getByTestId('draft-message')).toHaveTextContent('was found and replaced');
  });

  it('refuses when the phrase is no longer in the reply (stale draft)', async () => {
    const { host } = setup('Please calm down.');
    const button = await screen.findByRole('button', { name: /replace “calm down”/ });
    host.typeDraft('Please bear with me.');
    const before = host.calls.filter((c) => c === 'setDraft').length;
    await userEvent.click(button);
    expect(await screen.findByText(/no longer there: nothing was replaced/)).toBeInTheDocument();
    expect(host.calls.filter((c) => c === 'setDraft').length).toBe(before);
    expect(host.currentDraft).toBe('Please bear with me.');
  });

  it('undo keeps the reply when it changed after the replacement', async () => {
    const { host } = setup('calm down');
    await userEvent.click(await screen.findByRole('button', { name: /replace/ }));
    await waitFor(() => expect(host.currentDraft).toBe('I understand this is frustrating'));
    host.typeDraft('I understand this is frustrating. More text.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo the last replacement' }));
    expect(await screen.findByText(/changed since the replacement/)).toBeInTheDocument();
    expect(host.currentDraft).toBe('I understand this is frustrating. More text.');
  });

  it('reports a host failure on apply without touching the reply', async () => {
    const { host } = setup('calm down');
    const button = await screen.findByRole('button', { name: /replace/ });
    host.fail('setDraft', 'network');
    await userEvent.click(button);
    expect(await screen.findByText(/could not be changed: The connection to Zendesk was lost/)).toBeInTheDocument();
    expect(host.currentDraft).toBe('calm down');
  });

  it('warn before send: the first submit with risky phrases is stopped, the second goes through', async () => {
    const { host } = setup('calm down', true);
    await screen.findByTestId('draft-finding');
    expect(await host.triggerSave()).toEqual({ ok: false, message: '1 risky' });
    expect(await host.triggerSave()).toEqual({ ok: true });
    host.typeDraft('All good here.');
    expect(await host.triggerSave()).toEqual({ ok: true });
  });

  it('warn before send: an internal note goes through, the public reply is stopped', async () => {
    const { host } = setup('calm down', true);
    await screen.findByTestId('draft-finding');
    host.setInternalNote(true);
    expect(await host.triggerSave()).toEqual({ ok: true });
    host.setInternalNote(false);
    expect(await host.triggerSave()).toEqual({ ok: false, message: '1 risky' });
  });

  it('no send hook when warn_before_send is off', async () => {
    const { host } = setup('calm down', false);
    await screen.findByTestId('draft-finding');
    expect(await host.triggerSave()).toEqual({ ok: true });
  });

  it('asynchronous check (worker): a late result for an older draft is never shown', async () => {
    const slow: Array<() => void> = [];
    // Drafts holding "calm down" are checked slowly; the others at once.
    const checker: DraftCheck = (text) => new Promise((resolve) => {
      const done = () => resolve(fakeCheck(text));
      if (text.includes('calm down')) slow.push(done);
      else setTimeout(done, 0);
    });
    const { host } = setup('', false, checker);
    await screen.findByText(/appear here as you type/);
    act(() => host.typeDraft('Please calm down.'));
    await waitFor(() => expect(slow).toHaveLength(1));
    act(() => host.typeDraft('Please bear with me.'));
    expect(await screen.findByTestId('draft-clean')).toBeInTheDocument();
    act(() => slow.forEach((f) => f()));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('draft-finding')).toBeNull();
    expect(screen.getByTestId('draft-clean')).toBeInTheDocument();
  });

  it('asynchronous check: the send guard waits for it', async () => {
    const checker: DraftCheck = (text) => new Promise((resolve) => setTimeout(() => resolve(fakeCheck(text)), 5));
    const { host } = setup('calm down', true, checker);
    await screen.findByTestId('draft-finding');
    expect(await host.triggerSave()).toEqual({ ok: false, message: '1 risky' });
  });

  it('a failing check never blocks a save', async () => {
    const { host } = setup('calm down', true, () => Promise.reject(new Error('worker down')));
    await screen.findByTestId('card-draft');
    expect(await host.triggerSave()).toEqual({ ok: true });
  });
});
