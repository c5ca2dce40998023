/** English advice texts (our own words; facts and advice from shared/playbook.md). */
import type { AdviceTexts } from './types';

export const ADVICE_EN: AdviceTexts = {
  typeNames: {
    active_hater: 'Hostile whatever we do',
    extreme_critic: 'Spots every mistake',
    lapsed_loyal: 'Loyal customer losing faith',
    passionate: 'Enthusiast with a problem',
    none: 'No complaint type',
  },
  typeSummaries: {
    active_hater: 'Dislikes the company as a whole; nothing we do will be enough for them.',
    extreme_critic: 'Does not dislike us, but notices and lists every error.',
    lapsed_loyal: 'Was happy with us for a long time, is irritated now and thinking of leaving.',
    passionate: 'One of our best customers: fond of the product, reporting a problem.',
    none: 'A question, a request or a thank-you: no complaint profile to handle.',
  },
  strategies: {
    active_hater: [
      'Do not take the hostility personally and do not argue back.',
      'Answer the concrete point, if there is one, briefly and with facts.',
      'Do not over-invest: do your best work on the request and move on.',
    ],
    extreme_critic: [
      'Take each point seriously and check whether it is true.',
      'Where they are right, fix it and confirm it point by point.',
      'Where they are not, explain once, politely, then move on.',
    ],
    lapsed_loyal: [
      'Listen to the whole story and thank them for their years with us, in so many words.',
      'Recover the service: apologise, fix the problem, and consider a commercial gesture.',
      'Weigh the relationship: keeping a customer costs far less than finding a new one.',
    ],
    passionate: [
      'Thank them: they are among our best customers.',
      'Act on the problem concretely; this is the kind of crack a competitor can use.',
      'Tell them what changed thanks to their feedback.',
    ],
    none: [
      'No complaint profile: answer the request clearly and warmly.',
      'If something goes wrong later, the profile is checked again with the new messages.',
    ],
  },
  categoryNames: {
    insult: 'Insult',
    racism: 'Racism',
    sexism: 'Sexism',
    discrimination: 'Discrimination',
    flirting: 'Flirting',
    threat: 'Threat',
    trolling: 'Trolling',
    harassment: 'Harassment',
    scope_abuse: 'Beyond the contract',
  },
  stageNames: {
    1: 'Let it pass once',
    2: 'Ask what they mean',
    3: 'State the limit',
    4: 'End and report',
  },
  actions: {
    insult: {
      1: 'Stay calm and answer the request itself; do not return the tone or comment on the words.',
      2: 'Say once, calmly, that you are glad to help as long as the exchange stays respectful.',
      3: 'Say that insults towards the team are not acceptable and that you will end the conversation if they go on; cite the conduct policy.',
      4: 'End the conversation politely, keep the messages, and report it to your supervisor: managers back their staff.',
    },
    racism: {
      1: 'Do not laugh along or comment; stay on the request. Never agree to a demand based on origin.',
      2: 'Ask calmly what they mean by that remark, so they hear it for what it is.',
      3: 'Say the remark is offensive and not accepted; you will help only with mutual respect, as company policy states.',
      4: 'End the conversation and report it to your supervisor.',
    },
    sexism: {
      1: 'Let a single remark pass and stay professional; do not hand the case over because of gender.',
      2: 'Ask what they mean, or say lightly that you will pretend you did not hear that, and get back to the topic.',
      3: 'Say you do not accept sexist comments and will end the conversation if they continue; cite company policy.',
      4: 'End the conversation and report it. If they behave afterwards, treat them as usual, without reproach.',
    },
    discrimination: {
      1: 'Do not react to the remark; stay on the request. Never agree to a demand based on who a colleague is.',
      2: 'Ask calmly what they mean, so they hear the remark for what it is.',
      3: 'Say that remarks about a person’s orientation, disability, age or health are not accepted; cite company policy.',
      4: 'End the conversation and report it to your supervisor.',
    },
    flirting: {
      1: 'Take the compliment as if you had not noticed and carry on with the request.',
      2: 'Show you noticed by steering firmly back to the business at hand.',
      3: 'Appeal to professionalism, yours and theirs, and ask to keep to the product or service.',
      4: 'Say you can only help with business matters, otherwise they will have to look elsewhere; if it becomes harassment, end the conversation.',
    },
    threat: {
      1: 'Stay calm and factual, do not argue, and keep a copy of the message.',
      2: 'Ask calmly what they mean, without judging; the safety of the team comes first.',
      3: 'Say that threats against staff are not accepted and that the conversation will end; inform your supervisor.',
      4: 'End the contact, report it to your supervisor and, if needed, to the authorities.',
    },
    trolling: {
      1: 'Stay cool: offer to help if they have a real question, otherwise say you will close the conversation.',
      2: 'Do not feed it: ignore the provocation and answer only real questions.',
      3: 'Send the saved reply: the behaviour is inappropriate and the account may be blocked.',
      4: 'Close the conversation and report the account to your supervisor.',
    },
    harassment: {
      1: 'Recognise the pattern: note each repeated incident and its date.',
      2: 'Say you are not comfortable with these messages and set a clear frame for the exchange.',
      3: 'Restate the frame in writing and warn that further messages of this kind will be reported.',
      4: 'End the contact and hand the case to your supervisor; legal advice or the authorities may follow.',
    },
    scope_abuse: {
      1: 'Restate calmly and precisely what the contract covers.',
      2: 'Offer a quote for the extra work; do not start it for free.',
      3: 'Restate the terms in writing with the quote, and say no extra work starts without agreement.',
      4: 'This has left customer care: hand it to your manager (and to legal if payment is withheld).',
    },
  },
  facts: [
    'Fewer than 4% of unhappy customers say so; most of the silent ones simply never come back.',
    'A customer whose problem was solved well is often more loyal than one who never had a problem.',
    'Keeping a customer costs far less than winning a new one: up to five times less.',
  ],
};
