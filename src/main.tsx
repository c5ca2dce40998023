/**
 * First version of the sidebar entry: proves the SDK handshake end to end (ticket subject,
 * requester name, agent locale, color scheme). The UI engineer replaces it with the real
 * sidebar, keeping the `ticket-subject` and `requester-name` test ids.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import ZAFClientFactory, { type ZAFClient } from 'zendesk_app_framework_sdk';

type Lang = 'en' | 'fr';
type Scheme = 'light' | 'dark';

const TEXT: Record<Lang, Record<'outside' | 'loading' | 'error' | 'subject' | 'requester' | 'none', string>> = {
  en: {
    outside: 'Open this app inside Zendesk: it needs a ticket to work on.',
    loading: 'Loading the ticket…',
    error: 'The ticket could not be read.',
    subject: 'Subject',
    requester: 'Requester',
    none: '(unknown)',
  },
  fr: {
    outside: 'Ouvrez cette application dans Zendesk : elle a besoin d’un ticket.',
    loading: 'Chargement du ticket…',
    error: 'Impossible de lire le ticket.',
    subject: 'Objet',
    requester: 'Demandeur',
    none: '(inconnu)',
  },
};

const langOf = (locale: unknown): Lang => (typeof locale === 'string' && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en');
const schemeOf = (v: unknown): Scheme => (v === 'dark' ? 'dark' : 'light');

interface TicketView { subject: string | null; requester: string | null }

function readTicket(raw: unknown): TicketView {
  const t = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const req = t.requester && typeof t.requester === 'object' ? (t.requester as Record<string, unknown>) : {};
  return {
    subject: typeof t.subject === 'string' ? t.subject : null,
    requester: typeof req.name === 'string' ? req.name : null,
  };
}

function Sidebar({ client }: { client: ZAFClient }): JSX.Element {
  const [lang, setLang] = useState<Lang>('en');
  const [scheme, setScheme] = useState<Scheme>('light');
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const onScheme = (value: unknown): void => setScheme(schemeOf(value));
    client.on('colorScheme.changed', onScheme);
    let live = true;
    // context() resolves once `app.registered` has arrived (at once if it already has).
    client
      .context()
      .then(() => client.get(['ticket', 'currentUser.locale', 'colorScheme']))
      .then((data) => {
        if (!live) return;
        setLang(langOf(data['currentUser.locale']));
        setScheme(schemeOf(data.colorScheme));
        setTicket(readTicket(data.ticket));
        void client.invoke('resize', { width: '100%', height: '160px' });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      client.off('colorScheme.changed', onScheme);
    };
  }, [client]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.colorScheme = scheme;
    document.body.style.background = scheme === 'dark' ? '#1f2327' : '#ffffff';
    document.body.style.color = scheme === 'dark' ? '#e9ebed' : '#2f3941';
  }, [lang, scheme]);

  const tx = TEXT[lang];
  if (failed) return <p role="alert">{tx.error}</p>;
  if (!ticket) return <p aria-busy="true">{tx.loading}</p>;
  return (
    <dl data-testid="sidebar" data-scheme={scheme} data-lang={lang} style={{ font: '14px/1.4 system-ui, sans-serif', margin: 8 }}>
      <dt>{tx.subject}</dt>
      <dd data-testid="ticket-subject">{ticket.subject ?? tx.none}</dd>
      <dt>{tx.requester}</dt>
      <dd data-testid="requester-name">{ticket.requester ?? tx.none}</dd>
    </dl>
  );
}

function start(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const client = ZAFClientFactory.init();
  const root = createRoot(el);
  if (!client) {
    const lang = langOf(navigator.language);
    root.render(<p data-testid="not-in-host">{TEXT[lang].outside}</p>);
    return;
  }
  root.render(
    <StrictMode>
      <Sidebar client={client} />
    </StrictMode>,
  );
}

start();
