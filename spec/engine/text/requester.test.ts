import fc from 'fast-check';
import { parseBundle } from '../../../src/engine/bundle';
import { DISCLAIMER, DISCLAIMER_WORD, DISCLAIMER_WORDS, foldLine, isSpace, ownRanges, requesterTexts, ownText, RequesterText } from '../../../src/engine/text/requester';
import { loadSamples } from '../../../scripts/bench/corpus';
import { ownRangesByFolding } from './own-ranges-reference';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

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
  it('knows the own text\'s length without building it (fast-check, seeded)', () => {
    const ranges = fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 6 }).map((ps) => ps.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })));
    fc.assert(fc.property(fc.string({ minLength: 40, maxLength: 40 }), ranges, (body, own) => {
      const rt = new RequesterText(1, body, own);
      expect(rt.textLength).toBe(rt.text.length);
    }), { numRuns: 500, seed: 20261124 });
  });
  it('attributes nothing when the requester is unknown', () => {
    const { bundle: b } = parseBundle({ ticket: { id: 1 }, comments: [{ id: 1, author_id: 5, body: 'x' }] });
    expect(requesterTexts(b)).toEqual([]);
  });
});

describe('ownRanges folds only the lines that can hold a marker', () => {
  it('isSpace is exactly the white space of trim() and /\\s/ (every BMP code unit)', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== (ch.trim() === '') || isSpace(c) !== /\s/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('folding gives no ":" or ">" from a non-ASCII char (mayBeMarker and quoted lines test the raw char)', () => {
    const wrong: number[] = [];
    for (let cp = 128; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const f = foldLine(String.fromCodePoint(cp));
      if (f.includes(':') || f.includes('>')) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it('DISCLAIMER_WORD finds a disclaimer word written with any char that folds to one of its letters', () => {
    expect(DISCLAIMER.filter((d) => !DISCLAIMER_WORDS.some((w) => d.includes(w)))).toEqual([]);
    const letters = new Set(DISCLAIMER_WORDS.join(''));
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      for (const x of new Set(foldLine(ch))) {
        if (!letters.has(x)) continue;
        for (const w of DISCLAIMER_WORDS) {
          for (let j = w.indexOf(x); j >= 0; j = w.indexOf(x, j + 1)) {
            const written = w.slice(0, j) + ch + w.slice(j + 1);
            DISCLAIMER_WORD.lastIndex = 0;
            if (!DISCLAIMER_WORD.test(written)) missed.push(written);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('gives exactly what folding every line gives (fast-check, seeded)', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(
        '\n', '\r\n', ' ', '\u00a0', '\t', '>', ' > ', 'x', 'Merci.', 'é', 'É', 'İ', '\u212a', 'Σ', '—', '-- ', '--', '__', '---', '-----Original Message-----',
        'Le 20/02/2026 à 10:02, Service a écrit :', 'a ecrit :', 'A écrit:', 'écrit :', 'wrote:', 'On Mon, X wrote:', 'x@y wrote:', 'De : S', 'DE:', 'From: K', 'from :',
        'Envoyé : lundi', 'Sent: b', 'sent :', 'Date : x', 'À : y', 'To: z', 'Message transféré', 'Forwarded message', 'Envoyé de mon iPhone', 'Sent from my Galaxy',
        'Début du message réexpédié', 'Debut du message transfere', 'TELECHARGER OUTLOOK', 'Envoye depuis mon PC', 'Get Outlook for iOS', 'Télécharger Outlook', 'Sent via x', 'envoye avec', 'Begin forwarded message',
        'Ce message et ses pièces jointes', 'CE COURRIEL EST CONFIDENTIEL', 'This e-mail and any attachments', 'confidentiality notice', 'Avis de confidentialité',
        'intended solely for', 'If you are not the intended recipient', 'Si vous n’êtes pas le destinataire', 'si vous avez reçu ce message par erreur',
        'PİECES', 'confİdentİal', 'ERREUR', 'Bonjour, ma box ne marche plus depuis lundi et je suis en colère.', 'De rien', 'Entre', 'Sent', 'get', 'be', 'fr',
      ) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (body) => {
      expect(ownRanges(body)).toEqual(ownRangesByFolding(body));
    }), { numRuns: 20000, seed: 20261123 });
  });

  it('gives what folding gives on the sample tickets kept in the repo', () => {
    // The repo's own fixtures: ../shared is not there on a fresh clone.
    const samples = ['tickets.jsonl', 'holdout/tickets.jsonl', 'xss/tickets.jsonl'].filter((f) => existsSync(join(FIXTURES, f))).flatMap((f) => loadSamples(join(FIXTURES, f)));
    for (const s of samples) {
      for (const c of s.comments ?? []) {
        if (typeof c.body === 'string') expect(ownRanges(c.body)).toEqual(ownRangesByFolding(c.body));
      }
    }
    expect(samples.length).toBeGreaterThan(100);
  });
});
