/** English threats; kinds as in fr/threat.ts (lawyers, ombudsman, reviews, chargebacks are rights). */
import { terms, type LexiconSet } from '../types';

export const threatEn: LexiconSet = {
  lang: 'en',
  name: 'threat',
  entries: [
    ...terms('threat.violence', [
      'kill you', 'kill him', 'kill her', 'kill them', 'kill the lot of you', 'kill your', 'murder you', 'murder him', 'beat you up', 'beat him up',
      'beat her up', 'beat the shit out of', 'beat the crap out of', 'kick your ass', 'kick his ass', 'kick your head in', 'kick his head in',
      'kick your teeth in', 'kick his teeth in', 'smash your face', 'smash his face', 'smash your head', 'smash his head', 'punch you', 'punch him',
      'punch your', 'punch his', 'deck him', 'deck you', 'break your legs', 'break his legs', 'break your neck', 'break his neck', 'break your face',
      'break his nose', 'break your nose', 'break your jaw', 'break his jaw', 'fewer teeth', 'less teeth', 'in an ambulance', 'in a body bag',
      'end up in hospital', 'end up in the hospital', 'put you in hospital', 'put him in hospital', 'put you in the hospital', 'burn your office',
      'burn the place down', 'burn down your', 'burn your shop', 'blow up your', 'bomb your', 'shoot you', 'shoot him', 'shoot up', 'stab you',
      'stab him', 'slit your throat', 'strangle you', 'strangle him', 'hurt you', 'hurt him', 'hurt her', 'get hurt', 'someone will get hurt',
      'somebody will get hurt', 'someone s going to get hurt', 'you re dead', 'you are dead', 'dead man walking', 'bash your head', 'bash his head',
      'knock your teeth', 'knock his teeth', 'knock you out', 'knock him out', 'rearrange his face', 'rearrange your face', 'slash your tyres',
      'slash his tyres', 'key his car', 'key your car', 'with a baseball bat', 'my shotgun', 'my gun',
    ], { s: 4 }),
    ...terms('threat.intim', [
      'watch your back', 'watch his back', 'careful walking to his car', 'careful walking to your car', 'careful walking home', 'be careful walking',
      'should be careful walking', 'i know where you live', 'i know where he lives', 'i know where she lives', 'know where you live',
      'i know your address', 'i know his address', 'i know what time you', 'i know what time he', 'i know what time she', 'i know which one it is',
      'i know what car he drives', 'i know what he drives', 'i ll be waiting for you', 'i ll be waiting for him', 'i ll be waiting when',
      'be waiting when he', 'be waiting outside', 'waiting outside your', 'see how brave he is', 'see how brave you are', 'see how tough he is',
      'see how tough you are', 'see how big he is', 'take this outside', 'settle this outside', 'sort this outside', 'teach him a lesson',
      'teach you a lesson', 'pay him a visit', 'pay you a visit', 'i m coming for you', 'i ll find you', 'i will find you',
      'i ll find him', 'i will find him', 'you ve been warned', 'consider yourself warned',
      'have a word with him outside',
      'it would be a shame if', 'would be a shame if something',
    ], { s: 3 }),
    ...terms('threat.regret', [
      'you ll regret this', 'you ll regret it', 'you will regret this', 'you will regret it', 'you re going to regret', 'you are going to regret',
      'he ll regret', 'he will regret', 'she ll regret', 'they ll regret', 'you ll be sorry', 'you will be sorry', 'he ll be sorry', 'you ll pay for this',
      'you will pay for this', 'he ll pay for this', 'you ll pay for that', 'make you pay', 'make him pay', 'regret the day', 'you ll live to regret',
    ], { s: 3 }),
    ...terms('threat.know', ['i know where', 'we know where', 'i know what time', 'i know when', 'i know which']),
    ...terms('threat.place', [
      'live', 'lives', 'office', 'offices', 'showroom', 'shop', 'store', 'warehouse', 'depot', 'branch', 'car', 'cars', 'parks', 'park', 'home',
      'house', 'family', 'kids', 'children', 'lock up', 'locks up', 'leave', 'leaves', 'finish', 'finishes', 'clock off', 'drives', 'walks', 'manager',
      'driver', 'engineer', 'installer', 'technician', 'it is', 'one it is',
    ]),
    ...terms('threat.weak', ['at night', 'i m not joking', 'accidents happen', 'sort him out', 'sort you out', 'you don t know who you re dealing with', 'you have no idea who you re dealing with', 
      'i ll come down', 'i ll come round', 'i ll pop in', 'come down there', 'in person', 'myself', 'you ve been warned', 'believe me', 'trust me',
      'i m warning you', 'i warn you', 'final warning', 'last warning', 'maybe i ll', 'we ll see', 'i ll be waiting', 'he should be careful',
    ]),
  ],
};
