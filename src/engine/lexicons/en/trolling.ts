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
      'triggered much', 'did i trigger you', 'did i make you nervous', 'making you nervous lol', 'nervous much', 'touchy much', 'bet you have to', 'bet you have to answer', 'bet you can t', 'i bet you ll reply', 'earn your minimum wage',
      'earn your wage', 'earn your salary', 'earn your keep', 'go on earn', 'dance monkey', 'i have no question', 'i don t have a question',
      'no question lol', 'no real question', 'for the lulz', 'for the lols', 'just for fun', 'i m bored', 'i was bored', 'just to annoy you',
      'annoy you lol', 'say banana', 'type banana', 'in capitals and nothing else',
      // testing whether anyone reads, bets and dares: no request at all
      'see if a real person reads', 'if a real person reads', 'a real person reads these', 'does anyone actually read these', 'anyone actually read these',
      'does anyone even read these', 'is anyone even reading this', 'see if anyone reads', 'see if this gets read', 'see if anyone is there', 'won a bet', 'lost a bet',
      'for a bet', 'on a bet', 'bet my mate', 'bet my friend', 'my mate bet me', 'my friend bet me', 'dared me', 'for a dare', 'on a dare', 'no actual question',
      'not a real question', 'not a real complaint', 'not a serious complaint', 'joke ticket', 'sorry not sorry', 'cheers for the tenner', 'refund my free time',
      'refund my time', 'how long you last before', 'before you crack', 'how long before you crack', 'fun watching you', 'fun watching u', 'watching you try to stay polite', 'watching u try to stay polite', 'how many support agents does it take',
      'how many agents does it take', 'if ur human', 'if you re human', 'if you are human', 'don t actually need anything', 'dont actually need anything', 'play along', 'not a customer btw',
      'answer wrong and', 'if you answer wrong', 'wrong answer and i', 'you re paid to answer', 'you re paid to read this', 'paid to answer this', 'tell me a joke', 'entertain me', 'i ll wait lol',
    ], { s: 2 }),
    ...terms('troll.med', [
      'in haiku', 'as a haiku', 'in rhyme', 'in iambic pentameter', 'in pirate speak', 'in shakespearean', 'as a poem', 'in emoji only', 'serious question',
      'existential question', 'very serious question', 'i m timing you', 'timing you', 'clock is ticking lol', '🤡', '🤪', '🙃', 'me again', 'gluten free',
      'keep the kids', 'get to keep the kids', 'lmao', 'lmaooo', 'hamster', 'in the microwave', 'take your time i know',
      // absurd mock complaints
      'formally complain that', 'too good', 'too polite', 'too helpful', 'too efficient', 'too nice', 'emotional damage', 'my feelings',
      'the moon', 'gravity', 'aliens', 'unicorn(s)', 'my goldfish', 'my pet rock', 'a wizard', 'a dragon', 'what s your favourite colour',
      'what is your favourite colour', 'asking for a friend', 'asking for my goldfish', 'asking for my cat', 'asking for my dog', 'asking for an astronaut',
      'play the hold music backwards', 'blub blub', 'are u a bot', 'are you a bot', 'square root of', 'blue whale', 'show your working', 'make your day worse', 'sighing at your desk', 'ok real question', 'clock s ticking', 'round 3', 'round three', 'what s heavier', 'a kilo of feathers', 'ur no fun', 'you re no fun', 'your no fun', 'u r no fun', 'black hole', 'a crime against', 'testing testing', 'just saying hi', 'just wanted to say hi', 'just bored', 'i don t even have an account', 'i dont even have an account', 'i m not even a customer', 'im not even a customer', 'not even your customer',
    ], { s: 1, notNext: ['lamp', 'lamps', 'light', 'lights', 'boot', 'boots', 'phase', 'phases', 'calendar', 'landing', 'cream', 'lounger', 'roof', 'visor', 'hat', 'damage', 'protection', 'block'] }),
    // Self-declared jokes: 1 point, never inside a question ("is this a joke? I was charged twice").
    ...terms('troll.self', ['this is a joke', 'just a joke', 'only joking', 'just joking', 'just kidding', 'jk', 'i m joking', 'i m kidding', 'totally kidding']),
  ],
};
