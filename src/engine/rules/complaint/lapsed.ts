/** lapsed_loyal signals: claimed tenure, then/now contrast, past praise, churn threats, disappointment. */
import type { ComplaintInput } from './types';
import { matchFamily, hypotheticalBefore, inQuestion, negatedBefore, yearIn, type FamilyMatch } from './signals';

export interface LapsedSignals {
  tenure: FamilyMatch[];
  thenNow: FamilyMatch[];
  praisePast: FamilyMatch[];
  churn: FamilyMatch[];
  disappointment: FamilyMatch[];
}

/** A year claimed as "since" must be at least this many years before the ticket. */
const MIN_TENURE_YEARS = 3;

export function lapsedSignals(input: ComplaintInput, ticketYear: number | null): LapsedSignals {
  const { units, lex } = input;
  return {
    tenure: matchFamily(units, lex, 'tenure', 'complaint.tenure', (u, m) => {
      const y = yearIn(u, m);
      if (y === null) return true;
      return ticketYear === null ? y <= new Date(Date.now()).getUTCFullYear() - MIN_TENURE_YEARS : ticketYear - y >= MIN_TENURE_YEARS;
    }),
    thenNow: matchFamily(units, lex, 'thenNow', 'complaint.then_now'),
    praisePast: matchFamily(units, lex, 'praisePast', 'complaint.past_praise'),
    // "if I cancel my subscription, ...?" is a question, not a threat.
    churn: matchFamily(units, lex, 'churn', 'complaint.churn_threat',
      (u, m) => !hypotheticalBefore(u, m.from, lex.hypothetical) && !(inQuestion(u, m.from) && hypotheticalBefore(u, m.from, lex.hypothetical))),
    disappointment: matchFamily(units, lex, 'disappointment', 'complaint.disappointment', (u, m) => !negatedBefore(u.tokens, m.from)),
  };
}
