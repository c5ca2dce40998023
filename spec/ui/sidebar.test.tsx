/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Analysis } from '../../src/engine/types';
import { renderWithHost } from './render';
import { INSULT_BODY, insult, makeAnalysis, ticketData } from './fixtures';

jest.mock('../../src/engine/analyze', () => ({ analyze: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const analyzeMock = (require('../../src/engine/analyze') as { analyze: jest.Mock }).analyze;

function engineReturns(a: Analysis | ((input: unknown) => Analysis)): void {
  analyzeMock.mockReset();
  analyzeMock.mockImplementation(typeof a === 'function' ? a : () => a);
}

beforeEach(() => engineReturns(makeAnalysis()));

describe('ticket sidebar: reading', () => {
  it('shows the header, the type in plain words, confidence, evidence, history and strategy', async () => {
    const r = renderWithHost(ticketData());
    expect(await screen.findByTestId('ticket-subject')).toHaveTextContent('Cancel my account');
    expect(screen.getByTestId('requester-name')).toHaveTextContent('Claire Martin');
    const card = await screen.findByTestId('card-complaint');
    expect(within(card).getByTestId('complaint-type')).toHaveTextContent('Loyal customer losing faith');
    expect(within(card).getByTestId('complaint-confidence')).toHaveTextContent('72%');
    expect(within(card).getByRole('progressbar', { name: 'Confidence' })).toHaveAttribute('aria-valuenow', '72');
    const mark = within(within(card).getByTestId('complaint-evidence')).getByText('cancel everything');
    expect(mark.tagName).toBe('MARK');
    expect(within(card).getByTestId('complaint-facts')).toHaveTextContent('Customer since 2019 · 12 earlier tickets · 2 rated bad');
    const lines = within(within(card).getByTestId('complaint-strategy')).getAllByRole('listitem');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(r.missing).toEqual([]);
  });

  it('renders evidence as text, never as HTML', async () => {
    const body = 'you <b>idiot</b> <img src=x onerror=alert(1)>';
    engineReturns(makeAnalysis({ incidents: [insult({ evidence: [{ text: '<b>idiot</b>', start: 4, end: 16 }] })] }));
    renderWithHost(ticketData({ comments: [{ id: 1, author_id: 501, public: true, created_at: null, body }] }));
    const ev = await screen.findByTestId('incident-evidence');
    expect(ev.querySelector('b, img')).toBeNull();
    expect(within(ev).getByText('<b>idiot</b>').tagName).toBe('MARK');
  });

  it('runs the analysis after the header has been painted', async () => {
    let headerShownFirst: boolean | null = null;
    engineReturns(() => {
      headerShownFirst = document.querySelector('[data-testid="ticket-subject"]') !== null;
      return makeAnalysis();
    });
    renderWithHost(ticketData());
    await screen.findByTestId('card-complaint');
    expect(headerShownFirst).toBe(true);
  });

  it('says when the requester has not written anything yet', async () => {
    engineReturns(makeAnalysis({ complaintType: { ...makeAnalysis().complaintType, type: 'none', confidence: 0, evidence: [] }, incidents: [] }));
    const r = renderWithHost(ticketData({ comments: [{ id: 2, author_id: 900, public: true, created_at: null, body: 'Hello from the agent.' }] }));
    expect(await screen.findByTestId('state-no-words')).toHaveTextContent('Nothing from the requester yet');
    expect(screen.queryByTestId('card-complaint')).toBeNull();
    expect(screen.getByTestId('incidents-none')).toBeInTheDocument();
    expect(r.missing).toEqual([]);
  });

  it('notes a partial history', async () => {
    const history = { 501: [1, 2, 3].map((id) => ({ id: 800 + id, subject: 's', created_at: null, status: 'solved', satisfaction_rating: { score: 'good' }, tags: [] })) };
    const r = renderWithHost({ ...ticketData({ history, historyPageSize: 1 }) }, (host) => { host.failHistoryPage(2); return () => Promise.resolve(host); });
    expect(await screen.findByTestId('notice-history_partial')).toHaveTextContent(/Only part of the requester's earlier tickets/);
    expect(r.missing).toEqual([]);
  });

  it('notes a truncated text with what was skipped', async () => {
    engineReturns(makeAnalysis({ warnings: ['text_truncated'] }));
    const huge = 'a'.repeat(200_500);
    renderWithHost(ticketData({ comments: [{ id: 1, author_id: 501, public: true, created_at: null, body: huge }] }));
    expect(await screen.findByTestId('notice-text_truncated')).toHaveTextContent('500 characters were not analysed');
  });

  it('shows the API error by code and recovers on retry', async () => {
    const r = renderWithHost(ticketData(), (host) => { host.fail('comments', 'server_error', 1); return () => Promise.resolve(host); });
    expect(await screen.findByTestId('state-error')).toHaveAttribute('data-code', 'server_error');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('card-complaint')).toBeInTheDocument();
    expect(r.missing).toEqual([]);
  });

  it('speaks French to a fr-CA agent, advice included', async () => {
    const r = renderWithHost(ticketData({ locale: 'fr-CA' }));
    const card = await screen.findByTestId('card-complaint');
    expect(card).toHaveTextContent('Qui se plaint');
    expect(within(card).getByTestId('complaint-confidence')).toHaveTextContent('72 %');
    expect(screen.getByRole('button', { name: /Consigner/ })).toBeInTheDocument();
    expect(screen.getByTestId('incident-action').textContent).not.toBe('');
    expect(r.missing).toEqual([]);
  });

  it('reports its content height to the host', async () => {
    const r = renderWithHost(ticketData());
    await screen.findByTestId('card-complaint');
    expect(r.host.resizes.length).toBeGreaterThan(0);
  });
});

describe('ticket sidebar: incidents', () => {
  it('stage 3 and stage 4 badges differ in colour and always say the stage in words', async () => {
    engineReturns(makeAnalysis({ incidents: [
      insult({ stage: 3, action: 'insult.3' }),
      insult({ category: 'threat', stage: 4, action: 'threat.4', tag: 'boundary_threat' }),
    ] }));
    renderWithHost(ticketData());
    await screen.findAllByTestId('incident');
    const badges = screen.getAllByTestId('incident-stage');
    expect(badges.map((b) => b.textContent)).toEqual(['Stage 3/4', 'Stage 4/4']);
    expect(badges.map((b) => b.getAttribute('aria-label'))).toEqual(['Escalation stage 3 of 4', 'Escalation stage 4 of 4']);
    expect(badges[0]?.getAttribute('data-hue')).not.toBe(badges[1]?.getAttribute('data-hue'));
    expect(getComputedStyle(badges[0] as Element).backgroundColor).not.toBe(getComputedStyle(badges[1] as Element).backgroundColor);
  });

  it('shows category, stage, evidence and action; Log it adds the tag', async () => {
    const r = renderWithHost(ticketData());
    const item = await screen.findByTestId('incident');
    expect(item).toHaveTextContent('Insult');
    expect(within(item).getByTestId('incident-stage')).toHaveTextContent('Stage 2/4');
    expect(within(item).getByText('bunch of morons').tagName).toBe('MARK');
    expect(within(item).getByTestId('incident-action').textContent?.length).toBeGreaterThan(10);
    expect(r.host.currentTags).not.toContain('boundary_insult');
    await userEvent.click(within(item).getByRole('button', { name: 'Log it: Insult as tag boundary_insult' }));
    await waitFor(() => expect(r.host.currentTags).toEqual(['billing', 'vip', 'boundary_insult']));
    expect(await within(item).findByTestId('incident-logged')).toHaveTextContent('Logged as boundary_insult');
  });

  it('Not an incident removes only the tag Tact added, keeps the others, and can be undone', async () => {
    const r = renderWithHost(ticketData());
    await userEvent.click(await screen.findByRole('button', { name: /^Log it: Insult/ }));
    await waitFor(() => expect(r.host.currentTags).toContain('boundary_insult'));
    await userEvent.click(screen.getByRole('button', { name: 'Not an incident: Insult' }));
    await waitFor(() => expect(r.host.currentTags).toEqual(['billing', 'vip']));
    expect(await screen.findByTestId('incident-dismissed')).toBeInTheDocument();
    expect(screen.queryByTestId('incident')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Undo: show Insult again' }));
    expect(await screen.findByTestId('incident')).toBeInTheDocument();
  });

  it('dismissing never removes a tag Tact did not add', async () => {
    const r = renderWithHost(ticketData({ ticket: { ...ticketData().ticket!, tags: ['billing', 'boundary_insult'] } }));
    const item = await screen.findByTestId('incident');
    expect(within(item).getByTestId('incident-logged')).toBeInTheDocument();
    await userEvent.click(within(item).getByRole('button', { name: 'Not an incident: Insult' }));
    await screen.findByTestId('incident-dismissed');
    expect(r.host.calls.some((c) => c.startsWith('removeTags'))).toBe(false);
    expect(r.host.currentTags).toEqual(['billing', 'boundary_insult']);
  });

  it('remembers a dismissal for this ticket across reloads', async () => {
    const first = renderWithHost(ticketData());
    await userEvent.click(await screen.findByRole('button', { name: 'Not an incident: Insult' }));
    await screen.findByTestId('incident-dismissed');
    const saved = Object.fromEntries(first.host.state);
    first.unmount();
    renderWithHost(ticketData({ state: saved }));
    expect(await screen.findByTestId('incident-dismissed')).toBeInTheDocument();
    expect(screen.queryByTestId('incident')).toBeNull();
  });

  it('auto-tag mode adds the tags on open and shows them as added', async () => {
    const r = renderWithHost(ticketData({ settings: { auto_tag: true } }));
    await waitFor(() => expect(r.host.currentTags).toContain('boundary_insult'));
    expect(await screen.findByTestId('incident-logged')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Not an incident: Insult' }));
    await waitFor(() => expect(r.host.currentTags).toEqual(['billing', 'vip']));
  });

  it('reports a failed tag write and keeps the ticket as it was', async () => {
    const r = renderWithHost(ticketData(), (host) => { host.fail('addTags', 'forbidden', Infinity); return () => Promise.resolve(host); });
    await userEvent.click(await screen.findByRole('button', { name: /^Log it: Insult/ }));
    expect(await screen.findByTestId('incidents-error')).toHaveTextContent(/could not be changed: Your role is not allowed/);
    expect(r.host.currentTags).toEqual(['billing', 'vip']);
  });

  it('manual flag: category + words, requires the words, adds the tag', async () => {
    engineReturns(makeAnalysis({ incidents: [] }));
    const r = renderWithHost(ticketData());
    await userEvent.click(await screen.findByRole('button', { name: 'Flag an incident' }));
    const form = await screen.findByTestId('manual-form');
    await userEvent.click(within(form).getByRole('button', { name: 'Flag it' }));
    expect(within(form).getByText('Add the words that show the incident.')).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Category' }), 'threat');
    await userEvent.type(within(form).getByRole('textbox', { name: /The words/ }), 'I know where you live');
    await userEvent.click(within(form).getByRole('button', { name: 'Flag it' }));
    const item = await screen.findByTestId('incident');
    expect(item).toHaveAttribute('data-category', 'threat');
    expect(item).toHaveTextContent('Flagged by you');
    expect(within(item).getByText('I know where you live').tagName).toBe('MARK');
    await waitFor(() => expect(r.host.currentTags).toContain('boundary_threat'));
    expect(JSON.parse(r.host.state.get('manual:1001') ?? '[]')).toHaveLength(1);
  });
});

describe('ticket sidebar: complaint type correction', () => {
  it('the type tag follows the agent choice: old Tact tag out, new in, foreign tags kept', async () => {
    const r = renderWithHost(ticketData({ settings: { tag_complaint_type: true, auto_tag: true }, ticket: { ...ticketData().ticket!, tags: ['billing', 'tact_type_extreme_critic'] } }));
    await waitFor(() => expect(r.host.currentTags).toContain('tact_type_lapsed_loyal'));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Correct the type' }), 'passionate');
    await waitFor(() => expect(r.host.currentTags).toContain('tact_type_passionate'));
    expect(r.host.currentTags).not.toContain('tact_type_lapsed_loyal');
    expect(r.host.currentTags).toContain('tact_type_extreme_critic');
    expect(screen.getByTestId('complaint-type')).toHaveTextContent('Enthusiast with a problem');
    expect(screen.getByText('Set by you')).toBeInTheDocument();
  });

  it('without type tags, correcting changes only what is shown', async () => {
    const r = renderWithHost(ticketData());
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Correct the type' }), 'extreme_critic');
    expect(screen.getByTestId('complaint-type')).toHaveAttribute('data-type', 'extreme_critic');
    expect(r.host.calls.filter((c) => c.startsWith('addTags') || c.startsWith('removeTags'))).toEqual([]);
  });

  it('offers the type tag with a button when auto-tag is off', async () => {
    const r = renderWithHost(ticketData({ settings: { tag_complaint_type: true } }));
    await userEvent.click(await screen.findByRole('button', { name: 'Add tag tact_type_lapsed_loyal' }));
    await waitFor(() => expect(r.host.currentTags).toContain('tact_type_lapsed_loyal'));
    expect(await screen.findByTestId('complaint-type-tag')).toBeInTheDocument();
  });
});

describe('ticket sidebar: live updates', () => {
  it('follows tag changes made elsewhere', async () => {
    const r = renderWithHost(ticketData());
    await screen.findByRole('button', { name: /^Log it: Insult/ });
    act(() => r.host.setTagsExternally(['billing', 'boundary_insult']));
    expect(await screen.findByTestId('incident-logged')).toBeInTheDocument();
  });
});

void INSULT_BODY;

describe('notices', () => {
  it('every notice code has its text in both languages', async () => {
    const { NOTICE_CODES } = await import('../../src/ui/states/Notices');
    engineReturns(makeAnalysis({ warnings: NOTICE_CODES }));
    for (const locale of ['en', 'fr']) {
      const r = renderWithHost(ticketData({ locale }));
      await screen.findByTestId('notice-analysis_partial');
      expect(r.missing).toEqual([]);
      r.unmount();
    }
  });
});
