/**
 * flirting: romantic or sexual advances to the agent. Strong cues count alone: asking
 * the agent out, "are you single", looks addressed to the agent ("vous devez être aussi
 * jolie", "you're gorgeous"), a compliment on the agent's voice/photo/smile, a kiss emoji,
 * sexual remarks. Weak cues ("vous finissez à quelle heure ?", "elle est canon" where
 * "elle" may be a product, "bisous", 😍) count only in pairs or next to a strong cue.
 * Following up an invitation ("about that drink", "toujours partante pour ce verre ?") is a
 * weak cue; what the agent wears ("you should wear that red top again") is a strong one.
 * Warmth ("vous êtes un ange", "you're a star", "a lifesaver") has no cue at all.
 */
import type { Hit } from '../../text/matcher';
import type { Token } from '../../text/tokens';
import { cancelled, framed, inSentence, kindSet, ofKind, span, type Doc, type Finding, type IncidentRule } from './context';

const FRAME = kindSet('flirt.frame');
const FRAME3 = kindSet('flirt.frame3');
const MOD = kindSet('flirt.mod');

/** Words that may follow "are you single" as a question about the agent ("...and looking?", "...lol"). */
const AFTER_SINGLE = new Set(['and', 'or', 'lol', 'haha', 'now', 'yet', 'still', 'by', 'any', 'though', 'at', 'because', 'xx', 'x', 'right', 'too', 'then', 'babe', 'darling', 'love']);
/** "Are you single-sourcing the drivers?", "you single handedly fixed it": "single" opens a compound, not a question about the agent. */
function compoundSingle(doc: Doc, h: Hit): boolean {
  if (doc.tokens[h.j - 1]?.norm !== 'single') return false;
  const next = doc.tokens[h.j];
  return next !== undefined && next.brk === 0 && next.kind === 'word' && !AFTER_SINGLE.has(next.norm);
}

/** "xX_Kev_Xx": letters glued to a handle by "_" or "." are part of a name, not kisses. */
function inHandle(doc: Doc, h: Hit): boolean {
  const a = (doc.tokens[h.i] as Token).start;
  const b = (doc.tokens[h.j - 1] as Token).end;
  const before = doc.body.charAt(a - 1);
  const after = doc.body.charAt(b);
  return before === '_' || after === '_' || (before === '.' && a >= 2 && doc.body.charAt(a - 2) !== ' ');
}

export const flirting: IncidentRule = {
  meta: { id: 'incident/flirting', category: 'flirting', languages: ['fr', 'en'], description: 'Romantic or sexual advances to the agent', triggers: ['flirt.ask', 'flirt.sexual', 'flirt.kiss', 'flirt.looks', 'flirt.feature', 'flirt.wear', 'flirt.clothes', 'flirt.askweak', 'flirt.kissweak', 'flirt.followup'] },
  check(doc: Doc): Finding[] {
    const strong: Array<{ hs: Hit[]; why: string; sev: 1 | 2 }> = [];
    const weak: Array<{ hs: Hit[]; why: string }> = [];
    const ok = (h: Hit) => {
      const c = cancelled(doc, h);
      return c === null || c === 'self';
    };
    for (const h of ofKind(doc, 'flirt.ask')) if (ok(h) && !compoundSingle(doc, h)) strong.push({ hs: [h], why: 'asking-out', sev: 1 });
    for (const h of ofKind(doc, 'flirt.sexual')) if (ok(h)) strong.push({ hs: [h], why: 'sexual', sev: 2 });
    // A kiss inside quotes is a text the requester dictates ("write on the card: « ... 😘 »"), not sent to the agent.
    for (const h of ofKind(doc, 'flirt.kiss')) if (!(doc.tokens[h.i] as Token).quoted) strong.push({ hs: [h], why: 'kiss', sev: 1 });
    for (const h of ofKind(doc, 'flirt.looks')) {
      if (!ok(h)) continue;
      const f = framed(doc, h.i, FRAME, MOD, null, 4);
      if (f && f !== 'intens') { strong.push({ hs: [f, h], why: 'looks', sev: 1 }); continue; }
      const f3 = framed(doc, h.i, FRAME3, MOD, null, 4);
      if (f3 && f3 !== 'intens') weak.push({ hs: [f3, h], why: 'looks' });
    }
    for (const h of ofKind(doc, 'flirt.feature')) {
      const c = inSentence(doc, h, 'flirt.compliment').filter((x) => x.i !== h.i);
      if (c.length > 0 && ok(h)) strong.push({ hs: [h, c[0] as Hit], why: 'looks', sev: 1 });
    }
    // What the agent wears, said to or about them ("you should wear that red top", "la robe de votre photo vous va bien").
    for (const h of ofKind(doc, 'flirt.wear')) {
      const clothes = inSentence(doc, h, 'flirt.clothes');
      if (clothes.length > 0 && ok(h)) strong.push({ hs: [h, clothes[0] as Hit], why: 'looks', sev: 1 });
    }
    for (const h of ofKind(doc, 'flirt.clothes')) {
      const feature = inSentence(doc, h, 'flirt.feature').filter((f) => f.i > h.i);
      if (feature.length > 0 && ok(h) && !strong.some((s) => s.hs.includes(h))) strong.push({ hs: [h, feature[0] as Hit], why: 'looks', sev: 1 });
    }
    for (const k of ['flirt.askweak', 'flirt.kissweak', 'flirt.followup']) for (const h of ofKind(doc, k)) if (ok(h) && !inHandle(doc, h)) weak.push({ hs: [h], why: 'hint' });
    // FR and EN lists share emoji: count weak cues by position, not by entry.
    const weakSpots = new Set(weak.map((w) => (w.hs[w.hs.length - 1] as Hit).i));
    if (strong.length === 0 && weakSpots.size < 2) return [];
    const all = [...strong.map((s) => ({ ...s })), ...weak.map((w) => ({ ...w, sev: 1 as const }))];
    return all.map((c) => ({ ruleId: `${this.meta.id}/${c.why}`, category: 'flirting', sev: c.sev, spans: c.hs.map((h) => span(doc, h)) }));
  },
};
