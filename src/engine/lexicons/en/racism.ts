/** English racism cues; kinds as in fr/racism.ts. */
import { terms, type LexiconSet } from '../types';

const NATIONS = [
  'arabs', 'blacks', 'asians', 'indians', 'pakis', 'pakistanis', 'poles', 'romanians', 'bulgarians', 'gypsies', 'jews', 'muslims',
  'hindus', 'mexicans', 'africans', 'nigerians', 'somalis', 'filipinos', 'immigrants', 'migrants', 'foreigners', 'illegals', 'lithuanians',
  'latvians', 'turks', 'albanians', 'chinese', 'eastern europeans', 'brown people', 'black people', 'asian people', 'indian people',
];

export const racismEn: LexiconSet = {
  lang: 'en',
  name: 'racism',
  entries: [
    ...terms('race.slur', [
      'nigger(s)', 'nigga(s)', 'niggaz', 'chink(s)', 'gook(s)', 'paki(s)', 'wog(s)', 'kike(s)', 'spic(s)', 'wetback(s)', 'raghead(s)',
      'towelhead(s)', 'sand nigger(s)', 'camel jockey(s)', 'curry muncher(s)', 'pikey(s)', 'gyppo(s)', 'gypo(s)', 'dirty jew(s)',
      'dirty arab(s)', 'dirty foreigner(s)', 'bloody foreigner(s)', 'bloody immigrants', 'jungle bunny', 'jungle bunnies', 'slant eyes',
      'slanty eyed', 'coon(s)', 'darkie(s)', 'golliwog(s)', 'beaner(s)', 'chinaman',
    ], { s: 3, strict: true, notPrev: ['maine', 'raccoon'] }),
    ...terms('race.joke', [
      'ni hao', 'nihao', 'ching chong', 'ching chang', 'don t eat my dog', 'dont eat my dog', 'don t eat my cat', 'upset the sacred cows',
      'upset the sacred cow', 'burgers around you', 'beef around you', 'bacon around you', 'pork around you', 'is it a cultural thing',
      'a cultural thing with you', 'cultural thing for you', 'go back to your country', 'go back to where you came from',
      'go back where you came from', 'back to your own country', 'flying carpet', 'don t blow me up', 'dont blow me up', 'rice eater(s)',
      'in your genes',
    ], { s: 2 }),
    ...terms('race.jokecand', ['sacred cow(s)', 'curry', 'ramadan', 'halal', 'camel', 'kebab', 'chopsticks', 'voodoo']),
    ...terms('race.group', NATIONS, { s: 2, cap: true }),
    ...terms('race.group', NATIONS.flatMap((n) => [`those ${n}`, `these ${n}`])),
    ...terms('race.groupvague', ['those people', 'these people', 'their kind', 'your kind', 'that kind of people', 'those types', 'them lot']),
    ...terms('race.origin', [
      'from india', 'from pakistan', 'from manila', 'in india', 'in manila', 'overseas', 'abroad', 'offshore', 'call centre', 'call center',
      'accent', 'foreign', 'origin', 'ethnic', 'immigrant',
    ]),
    ...terms('race.origin', ['indian', 'asian', 'african', 'arab', 'chinese', 'pakistani', 'polish', 'romanian', 'muslim', 'jewish', 'black', 'mexican', 'filipino', 'nigerian'], { cap: true }),
    ...terms('race.pred', [
      'can t read', 'cannot read', 'can t speak', 'cannot speak', 'can t understand', 'can t even', 'can barely', 'are all', 'all the same',
      'lazy', 'dirty', 'stink', 'smell', 'thieves', 'i don t want', 'i do not want', 'sick of', 'fed up with', 'tired of', 'full of',
      'no wonder', 'typical', 'hire people from here', 'people from here', 'speak english properly', 'learn english', 'learn to speak english',
      'anywhere near', 'near my account', 'not another', 'reading off a card', 'reading from a script', 'can t spell',
      'shouldn t be allowed', 'should be banned', 'keep them out', 'kick them out', 'everywhere',
    ], { s: 2 }),
    ...terms('race.predstrong', [
      'send them home', 'send them back', 'go home', 'deport', 'deport them', 'genetic', 'in their genes', 'in their blood', 'taking our jobs',
      'take our jobs', 'savages', 'breed', 'animals', 'backward', 'subhuman', 'their race', 'your race', 'british people', 'english people',
    ], { s: 3 }),
    ...terms('race.demand', [
      'proper british', 'proper english', 'real british', 'real english', 'real american', 'proper american', 'true british',
      'someone white', 'somebody white', 'a white person', 'a white guy', 'a white man', 'a white woman', 'white people only',
      'british born', 'english born', 'a real englishman', 'a real brit', 'a proper brit', 'a real american', 'a white american', 'someone from here', 'someone from this country', 'an englishman', 'a proper englishman', 'a local person', 'not an indian', 'not a foreigner',
      'not some foreigner', 'not an asian', 'not a paki', 'not someone from india', 'not someone from pakistan',
    ], { s: 3 }),
  ],
};
