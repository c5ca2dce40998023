/** English threats; kinds as in fr/threat.ts (lawyers, ombudsman, reviews, chargebacks are rights). */
import { terms, type LexiconSet } from '../types';

/** Harm to a body part: "I'll break his fingers", "snap your arm" (base verbs only: "my son broke his leg" is news). */
const HARM_VERBS = ['break', 'smash', 'snap', 'crack', 'bust', 'rip off', 'cut off', 'chop off', 'knock out', 'pull out', 'bash in', 'kick in', 'punch in'];
const WHOSE = ['his', 'her', 'your', 'their', 'ur'];
const BODY = ['fingers', 'finger', 'hands', 'hand', 'arm', 'arms', 'legs', 'leg', 'nose', 'neck', 'jaw', 'face', 'teeth', 'knees', 'kneecaps', 'ribs', 'skull', 'head', 'bones', 'back', 'wrist', 'wrists', 'ankles'];
const BODY_HARM = HARM_VERBS.flatMap((v) => WHOSE.flatMap((w) => BODY.map((b) => `${v} ${w} ${b}`)));

export const threatEn: LexiconSet = {
  lang: 'en',
  name: 'threat',
  entries: [
    ...terms('threat.violence', [
      'kill you', 'kill him', 'kill her', 'kill them', 'kill the lot of you', 'kill your', 'murder you', 'murder him', 'beat you up', 'beat him up',
      'beat her up', 'beat the shit out of', 'beat the crap out of', 'kick your ass', 'kick his ass', 'kick your head in', 'kick his head in',
      'kick your teeth in', 'kick his teeth in', 'punch you', 'punch him',
      'punch your', 'punch his',
      'fewer teeth', 'less teeth', 'a few teeth missing', 'missing a few teeth', 'minus a few teeth', 'without his teeth', 'without any teeth', 'in an ambulance', 'in a body bag',
      'end up in hospital', 'end up in the hospital', 'put you in hospital', 'put him in hospital', 'put you in the hospital', 'burn your office',
      'burn the place down', 'burn down your', 'burn your shop', 'blow up your', 'bomb your', 'shoot you', 'shoot him', 'shoot up', 'stab you',
      'stab him', 'slit your throat', 'strangle you', 'strangle him', 'hurt you', 'hurt him', 'hurt her', 'you re dead', 'you are dead', 'dead man walking', 'bash your head', 'bash his head',
      'knock your teeth', 'knock his teeth', 'knock you out', 'knock him out', 'rearrange his face', 'rearrange your face', 'slash your tyres',
      'slash his tyres', 'key his car', 'key your car', 'with a baseball bat', 'my shotgun', 'my gun',
    ], { s: 4 }),
    // "I'll deck you", not the noun ("best deck you guys have made", "the sun deck you booked").
    ...terms('threat.violence', ['deck him', 'deck you'], {
      s: 4,
      notPrev: ['the', 'a', 'this', 'that', 'best', 'new', 'my', 'your', 'our', 'their', 'his', 'her', 'skate', 'sun', 'card', 'top', 'upper', 'lower', 'main', 'whole', 'every', 'each', 'first', 'last', 'great', 'nice', 'favourite', 'favorite', 'wooden', 'old', 'tape', 'cassette', 'boat'],
    }),
    ...terms('threat.violence', BODY_HARM, { s: 4, notPrev: ['could', 'might', 'may', 'nearly', 'almost', 'would', 'probably', 'easily'] }),
    // Harm as a consequence for a third person: a threat unless the sentence is about a hazard ("that loose railing, someone will get hurt").
    ...terms('threat.harm', [
      'get hurt', 'gets hurt', 'someone will get hurt', 'somebody will get hurt', 'someone s going to get hurt', 'someone is going to get hurt', 'people will get hurt',
      'something will happen to him', 'something will happen to her', 'something might happen to him', 'something might happen to her', 'something bad will happen',
      'something bad happens to', 'won t be walking', 'won t walk straight', 'won t be smiling', 'leave in an ambulance', 'leaves in an ambulance', 'be limping',
      'limping home', 'won t recognise him', 'won t recognize him', 'need a dentist', 'needs a dentist', 'need a new face', 'in a wheelchair', 'eating through a straw',
      'in pieces', 'in a box', 'six feet under',
    ], { s: 4 }),
    ...terms('ctx.hazard', [
      'dangerous', 'danger', 'hazard', 'hazardous', 'unsafe', 'safety', 'exposed', 'loose', 'step', 'steps', 'stairs', 'staircase', 'railing', 'wire', 'wires',
      'wiring', 'cable', 'cables', 'electric', 'electrical', 'gas', 'leak', 'leaking', 'fire risk', 'battery', 'batteries', 'ice', 'icy', 'slippery', 'pothole',
      'broken glass', 'glass', 'sharp', 'scaffolding', 'brakes', 'brake', 'tyre', 'tyres', 'overheating', 'smoke', 'recall', 'faulty', 'collapse', 'ceiling', 'roof',
      'kids', 'child', 'children', 'toddler', 'baby', 'seat belt', 'airbag', 'before', 'accident', 'injury', 'injured',
    ]),
    ...terms('threat.intim', [
      'watch your back', 'watch his back', 'careful walking to his car', 'careful walking to your car', 'careful walking home', 'be careful walking',
      'should be careful walking', 'i know where you live', 'i know where he lives', 'i know where she lives', 'know where you live',
      'i know your address', 'i know his address', 'i know which one it is',
      'i know what car he drives', 'i know what he drives', 'i know what car she drives', 'i know what she drives', 'i know what car you drive',
      'i know where she parks', 'i know where he parks', 'i know where you park', 'i know where your kids', 'i know where her kids', 'i know where his kids',
      'i know your kids', 'i know her kids', 'i know his kids', 'i ve seen your kids', 'i ve seen your children', 'i ve seen your wife', 'i ve seen your husband',
      'i ve seen her kids', 'i ve seen his kids', 'i ve seen her husband', 'i ve seen his wife', 'i saw your kids', 'i saw your wife', 'i saw your husband',
      'i ve been watching you', 'i ve been watching her', 'i ve been watching him', 'i ve been following her', 'i ve been following him', 'i followed her home',
      'i followed him home', 'i know her schedule', 'i know his schedule', 'i know your schedule', 'i know her shifts', 'i know his shifts', 'i know your shifts',
      'i know her full name', 'i know his full name', 'i know your full name', 'i found her on facebook', 'i found her address', 'i found his address',
      'i found your address', 'i know where they live', 'i know which school', 'i ll be waiting for you', 'i ll be waiting for him', 'i ll be waiting when',
      'be waiting when he', 'see how brave he is', 'see how brave you are', 'see how tough he is',
      'see how tough you are', 'see how big he is', 'take this outside', 'settle this outside', 'sort this outside', 'teach him a lesson',
      'teach you a lesson', 'pay him a visit', 'pay you a visit', 'i m coming for you', 'i ll find you', 'i will find you',
      'i ll find him', 'i will find him', 'you ve been warned', 'consider yourself warned',
      'have a word with him outside',
      'it would be a shame if', 'would be a shame if something',
      'it d be a shame if', 'it d be a real shame if', 'would be a real shame if', 'shame if something happened to', 'shame if anything happened to',
      'paying him a visit', 'paying you a visit', 'paying her a visit',
      'would hate for anyone to', 'd hate for anyone to', 'hate for anyone to turn up', 'i d hate for anything to', 'i would hate for anything to', 'i d hate for something to', 'i would hate for something to', 'hate for anything to happen to',
      ...['shame', 'pity'].flatMap((w) => [`be a ${w} if one of`, `be a ${w} if someone`, `be a ${w} if something happened`, `be a ${w} if anything happened`, `be a ${w} if something were to happen`]),
      ...['find', 'found', 'tracked down', 'looked up'].flatMap((v) => ['his', 'her'].map((p) => `${v} ${p} home address`)),
      'this could end badly for him', 'this could end badly for her', 'this could end badly for you', 'this won t end well for him', 'this won t end well for you',
      'settle this in the car park', 'won t be in a fit state',
      'looking over his shoulder', 'looking over her shoulder', 'looking over your shoulder', 'look over his shoulder', 'look over her shoulder', 'look over your shoulder',
    ], { s: 3 }),
    ...terms('threat.regret', [
      'you ll regret this', 'you ll regret it', 'you will regret this', 'you will regret it', 'you re going to regret', 'you are going to regret',
      'he ll regret', 'he will regret', 'she ll regret', 'they ll regret', 'he ll be sorry', 'you ll pay for this',
      'you will pay for this', 'he ll pay for this', 'you ll pay for that', 'make you pay', 'make him pay', 'regret the day', 'you ll live to regret',
    ], { s: 3 }),
    // Open-ended regret ("you'll regret ever taking my money"): also lost business ("you'll regret losing me"), so
    // intimidation only with a weak cue in the sentence ("I'll come down to your office myself").
    ...terms('threat.regretweak', ['you ll regret', 'you will regret', 'you re gonna regret', 'you re going to regret']),
    // "You'll be sorry you lost customers like me" regrets lost business: not when a clause follows.
    ...terms('threat.regret', ['you ll be sorry', 'you will be sorry'], { s: 3, notNext: ['you', 'that', 'when', 'to', 'for', 'i', 'if'] }),
    ...terms('threat.know', ['i know where', 'we know where', 'i know what time', 'i know when', 'i know which', 'i ve seen where', 'i found out where', 'i found where']),
    // Broad "I know what...": only with a private-life word right after and a person named ("I know what car she drives").
    ...terms('threat.knowweak', ['i know what', 'i know exactly what', 'i know exactly where', 'i can find out where']),
    ...terms('threat.private', ['drives', 'drive', 'parks', 'parked', 'school', 'gym', 'route', 'commute', 'wife', 'husband', 'daughter', 'son', 'kids', 'children', 'family', 'lives', 'home', 'house', 'shift', 'shifts', 'gets home', 'walks home']),
    ...terms('threat.place', [
      'live', 'lives', 'office', 'offices', 'showroom', 'shop', 'store', 'warehouse', 'depot', 'branch', 'car', 'cars', 'parks', 'park', 'home',
      'house', 'family', 'kids', 'children', 'lock up', 'locks up', 'leave', 'leaves', 'finish', 'finishes', 'clock off', 'drives', 'walks', 'manager',
      'driver', 'engineer', 'installer', 'technician', 'it is', 'one it is', 'drive', 'school', 'gym', 'route', 'commute', 'goes', 'go', 'walk', 'wife', 'husband',
      'daughter', 'son', 'lunch', 'shift', 'shifts', 'bus', 'train', 'gets off', 'parked', 'sleeps', 'jogs', 'runs',
    ]),
    // "I'll be waiting outside at 9 for the pickup": waiting is a threat only next to another cue.
    ...terms('threat.weak', ['i know people who', 'i have friends who', 'i ve got friends who', 'be waiting outside', 'waiting outside your', 'at night', 'i m not joking', 'accidents happen', 'sort him out', 'sort you out', 'you don t know who you re dealing with', 'you have no idea who you re dealing with', 
      'i ll come down', 'i ll come round', 'i ll pop in', 'come down there', 'in person', 'myself', 'come down to your', 'come to your office',
      'turn up at your', 'show up at your', 'i know where your office is', 'you ve been warned', 'believe me', 'trust me',
      'i m warning you', 'i warn you', 'final warning', 'last warning', 'he won t enjoy it', 'you won t enjoy it', 'just saying', 'maybe i ll', 'we ll see', 'i ll be waiting', 'he should be careful',
    ]),
  ],
};
