/** English trolling cues; scoring as in fr/trolling.ts. */
import { terms, type LexiconSet } from '../types';

export const trollingEn: LexiconSet = {
  lang: 'en',
  name: 'trolling',
  entries: [
    ...terms('troll.strong', [
      'just here to waste your time', 'waste your time', 'wasting your time', 'waste of your time lol', 'just wanted to see how long', 'just wanted to see how fast',
      'see how long it takes you', 'see how fast you reply', 'to find out if a human', 'find out if a human', 'if a human reads', 'if you re real', 'if you are real',
      'prove you re human', 'prove you are human', 'prove you re not a bot', 'reply with the word', 'reply with just', 'most fun i ve had',
      'nothing better to do', 'you lot have nothing better', 'just messing with you', 'just trolling', 'i m trolling', 'im trolling', 'u mad', 'you mad bro',
      'triggered much', 'did i trigger you', 'bet you have to', 'bet you have to answer', 'bet you can t', 'i bet you ll reply', 'earn your minimum wage',
      'earn your wage', 'earn your salary', 'earn your keep', 'go on earn', 'dance monkey', 'i have no question', 'i don t have a question',
      'no question lol', 'no real question', 'for the lulz', 'for the lols', 'just for fun', 'i m bored', 'i was bored', 'just to annoy you',
      'annoy you lol', 'say banana', 'type banana', 'in capitals and nothing else',
    ], { s: 2 }),
    ...terms('troll.med', [
      'in haiku', 'as a haiku', 'in rhyme', 'in iambic pentameter', 'in pirate speak', 'in shakespearean', 'as a poem', 'in emoji only', 'serious question',
      'existential question', 'very serious question', 'i m timing you', 'timing you', 'clock is ticking lol', '🤡', '🤪', '🙃', 'me again', 'gluten free',
      'keep the kids', 'get to keep the kids', 'lmao', 'lmaooo', 'hamster', 'in the microwave', 'take your time i know',
    ], { s: 1 }),
  ],
};
