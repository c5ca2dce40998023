import { ALL_LEXICONS } from '../../../src/engine/lexicons';
import { expandTerm, PhraseMatcher } from '../../../src/engine/text/matcher';
import { phraseKeys, tokenize } from '../../../src/engine/text/tokens';
import { categories } from '../rules/incident/tester';

/** Kinds that make an incident on their own (no context needed). */
const ALONE = /^(?:ins\.(?:strong|addr)|race\.(?:slur|joke)|sex\.strong|disc\.(?:slur|strong)|flirt\.(?:ask|sexual|kiss)|threat\.(?:violence|intim|regret)|troll\.strong|harass\.phrase)$/;

/** Everyday words that abuse lists get wrong (notes/deps.md) and must never fire alone. */
const CLEAN = [
  'connaissance', 'conseil', 'conseiller', 'concombre', 'console', 'Condom', 'Montcuq', 'en retard', 'sale', 'manche', 'gourde', 'punaise',
  'purée', 'flûte', 'mince', 'fric', 'chien', 'porc', 'nul', 'fou', 'vache', 'pour', 'pomme', 'doux', 'attaque', 'bonne', 'chat', 'banane',
  'Bitche', 'salopette', 'pédale', 'habite', 'calculs', 'rappeler', 'dégager', 'démonter', 'décharger', 'veuve', 'bosser', 'drague', 'meuf',
  'con', 'un retard de livraison', 'raton laveur', 'Scunthorpe', 'assistant', 'Dickens', 'cocktail', 'therapist', 'Cockburn', 'retardant', 'shuttlecock',
  'analytics', 'analysis', 'Clitheroe', 'Hancock', 'Penistone', 'Sussex', 'Middlesex', 'assume', 'class', 'Cassandra', 'grape', 'button',
  'kill the process', 'killing my battery', 'shoot me an email', 'sacré', 'noir', 'black', 'white', 'gay', 'Japanese', 'Spanish', 'fire',
  'love', 'honey', 'dear', 'darling', 'sweet', 'baby', 'dick', 'cock', 'bitch about', 'hell of a', 'damn', 'crap', 'merde', 'putain',
  'bloody', 'sucks', 'screw', 'butt hinge', 'Dick Johnson', 'pretty good', 'hot water', 'belle journée', 'bonne journée',
];

describe('lexicons', () => {
  it('compile, and every term yields tokens', () => {
    const m = new PhraseMatcher(ALL_LEXICONS);
    expect(m.entries.length).toBeGreaterThan(1500);
    for (const e of m.entries) expect(e.keys.length).toBeGreaterThan(0);
  });

  it('have no duplicate term within a kind of one language', () => {
    const dups: string[] = [];
    for (const set of ALL_LEXICONS) {
      const seen = new Set<string>();
      for (const e of set.entries) {
        for (const raw of typeof e.t === 'string' ? [e.t] : e.t) {
          for (const t of expandTerm(raw)) {
            const key = `${e.k}|${phraseKeys(t).join(' ')}`;
            if (seen.has(key)) dups.push(`${set.lang}/${set.name}: ${t}`);
            seen.add(key);
          }
        }
      }
    }
    expect(dups).toEqual([]);
  });

  it('no entry that fires alone matches a clean word', () => {
    const m = new PhraseMatcher(ALL_LEXICONS);
    const bad: string[] = [];
    for (const w of CLEAN) {
      for (const lang of ['fr', 'en'] as const) {
        for (const h of m.match(tokenize(w), lang)) if (ALONE.test(h.e.kind)) bad.push(`${w} -> ${h.e.term} (${h.e.kind})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(CLEAN)('the clean word %s raises no incident in a sentence', (w) => {
    expect(categories(`Bonjour, j'ai une question sur ${w}, merci.`)).toEqual([]);
    expect(categories(`Hello, I have a question about ${w}, thanks.`)).toEqual([]);
  });

  it('expands optional parts', () => {
    expect(expandTerm('enculé(e)(s)').sort()).toEqual(['enculé', 'enculée', 'enculées', 'enculés']);
  });
});
