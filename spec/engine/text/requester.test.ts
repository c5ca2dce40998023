import { parseBundle } from '../../../src/engine/bundle';
import { ownRanges, requesterTexts, ownText } from '../../../src/engine/text/requester';

const own = (body: string) => ownRanges(body).map((r) => body.slice(r.start, r.end)).join('|');

describe('ownRanges', () => {
  it('cuts French quoted history', () => {
    expect(own('Merci de rembourser.\n\nIsabelle\n\nLe 20/02/2026 à 10:02, Service Client a écrit :\n> Bonjour, espèce de...')).toBe('Merci de rembourser.\n\nIsabelle');
  });
  it('cuts English quoted history, also when the header wraps', () => {
    expect(own('Fine.\n\nOn 1 Mar 2026, at 10:40, Billing Team wrote:\n> idiot')).toBe('Fine.');
    expect(own('Fine.\nOn Mon, 4 May 2026 at 16:02, Sophie <s@x.example>\nwrote:\n> idiot')).toBe('Fine.');
  });
  it('cuts forwarded messages and Outlook headers', () => {
    expect(own('Voir ci-dessous.\n\n-------- Message transféré --------\nDe : R.\n> abrutis')).toBe('Voir ci-dessous.');
    expect(own('See below.\n---------- Forwarded message ---------\nFrom: K\n> idiot')).toBe('See below.');
    expect(own('Ok.\n-----Original Message-----\nFrom: a\nSent: b\nidiots')).toBe('Ok.');
    expect(own('Ok.\nDe : Support\nEnvoyé : lundi\nObjet : bande de nazes')).toBe('Ok.');
  });
  it('drops ">" lines in the middle and keeps what follows', () => {
    expect(own('Top.\n> quoted idiot\nMine again.')).toBe('Top.|Mine again.');
  });
  it('cuts signatures and disclaimers', () => {
    expect(own('Box HS.\n\nT. V\nEnvoyé de mon iPhone')).toBe('Box HS.\n\nT. V');
    expect(own('Broken.\nSent from my Samsung Galaxy')).toBe('Broken.');
    expect(own('Texte.\n-- \nJean, 06 00 00 00 00')).toBe('Texte.');
    expect(own('Merci pour la facture rectifiée.\n\nH.\nCe message et ses pièces jointes sont confidentiels.')).toBe('Merci pour la facture rectifiée.\n\nH.');
  });
});

describe('requesterTexts', () => {
  const { bundle } = parseBundle({
    ticket: { id: 1, requester_id: 5 },
    comments: [
      { id: 1, author_id: 5, public: true, body: 'Bonjour, ma box ne marche plus depuis lundi.' },
      { id: 2, author_id: 9, public: false, body: 'Note interne: client pénible' },
      { id: 3, author_id: 9, public: true, body: 'Bonjour, je regarde.' },
      { id: 4, author_id: 5, public: false, body: 'private by requester' },
      { id: 5, author_id: 5, public: true, body: 'Thanks, it works again now.\nOn Mon, X wrote:\n> hi' },
    ],
  });
  it('keeps only the requester public comments, with language', () => {
    const rts = requesterTexts(bundle);
    expect(rts.map((r) => r.commentId)).toEqual([1, 5]);
    expect(rts.map((r) => r.lang)).toEqual(['fr', 'en']);
    expect(ownText(rts[1] as (typeof rts)[number])).toBe('Thanks, it works again now.');
  });
  it('attributes nothing when the requester is unknown', () => {
    const { bundle: b } = parseBundle({ ticket: { id: 1 }, comments: [{ id: 1, author_id: 5, body: 'x' }] });
    expect(requesterTexts(b)).toEqual([]);
  });
});
