/** English out-of-contract cues; kinds as in fr/scope.ts ("is hosting included? please quote" is clean). */
import { terms, type LexiconSet } from '../types';

export const scopeEn: LexiconSet = {
  lang: 'en',
  name: 'scope_abuse',
  entries: [
    ...terms('scope.free', [
      'do it under the contract', 'do it within the retainer', 'under the existing contract', 'under our current contract',
      'within the current plan', 'should just be included', 'should just be covered', 'on the same monthly fee', 'at no charge', 'at no extra charge', 'at no extra cost', 'at no cost', 'for free', 'free of charge', 'for nothing', 'not paying a penny', 'not paying a cent',
      'not paying a dime', 'not paying it', 'not paying for', 'not paying extra', 'not paying more', 'not paying any more', 'i won t pay', 'i will not pay',
      'i refuse to pay', 'refuse to pay', 'not going to pay', 'i m not paying', 'throw this in', 'throw it in', 'throw that in', 'should be covered',
      'should be included', 'ought to be included', 'must be included', 'no extra charge', 'without charge', 'without charging', 'on the house', 'not a penny more',
      'won t pay extra', 'won t pay a penny more', 'not a cent more', 'not paying anything more', 'not paying anything extra', 'i won t be paying', 'won t be paying',
      'not paying a penny more', 'no extra cost', 'without extra cost', 'without paying more', 'not a penny extra', 'not paying another', 'not paying any extra',
      'not a penny', 'not one penny', 'not one cent', 'absorb it', 'absorb the cost', 'absorb that', 'absorb the extra', 'not signing a change order', 'won t sign a change order',
      'not signing any change order', 'no change order', 'not signing an amendment', 'won t sign an amendment', 'as part of the licence', 'as part of the license', 'as part of the retainer',
    ], { s: 2 }),
    ...terms('scope.press', [
      'while you re at it', 'while you are at it', 'whilst you re at it', 'whilst you are at it', 'since you re at it', 'since you are at it', 'withhold', 'withholding', 'the final invoice waits', 'invoice waits', 'payment waits', 'won t pay the final',
      'i m not signing it', 'not signing the amendment', 'i won t sign it', 'won t sign the amendment', 'won t pay the balance', 'not paying the balance', 'hold back payment', 'hold the payment', 'no payment until', 'won t sign off', 'not signing off',
      'any proper agency would', 'any decent agency would', 'any good agency would', 'any proper firm would', 'it s the least you can do', 'the least you could do',
      'that s the minimum', 'redo the whole', 'given these errors i expect', 'i expect you to also', 'given the bugs above', 'given these bugs', 'given the errors above',
    ], { s: 2 }),
    ...terms('scope.pressweak', ['after everything we ve spent', 'after everything i ve spent', 'after all the money', 'after all we ve paid', 'after everything we ve paid', 'won t be renewed', 'will not be renewed', 'plenty of other', 'take our business elsewhere']),
    ...terms('scope.scope', [
      'contract', 'statement of work', 'sow', 'scope', 'quote', 'quoted', 'retainer', 'agreed', 'we agreed', 'agreement', 'revision rounds', 'only covers', 'remote support only',
      'purchase order', 'proposal', 'out of scope', 'outside the scope', 'engagement letter', 'letter of engagement', 'plan', 'package', 'subscription', 'tier',
      'service agreement', 'sla', 'order form', 'fixed fee', 'fixed price', 'the brief', 'estimate', 'our deal', 'the deal', 'monthly fee', 'bundle', 'licence', 'license', 'membership', 'the terms', 'terms and conditions',
    ]),
    // Asking for more than that: "you'll also do my wife's return", "add the blog too".
    ...terms('scope.extra', [
      'also do', 'also build', 'also design', 'also add', 'also want', 'also need', 'also expect', 'also redo', 'also set up', 'also write', 'also migrate', 'you ll also',
      'you will also', 'add', 'throw in', 'redo', 'more pages', 'more users', 'more seats', 'more licences', 'extra pages', 'extra users', 'do my', 'set up my',
    ]),
    ...terms('scope.ack', ['i know', 'yes i know', 'i m aware', 'i am aware', 'i accept that', 'i realise', 'i realize', 'granted', 'i understand that']),
  ],
};
