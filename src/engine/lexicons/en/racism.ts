/** English racism cues; kinds as in fr/racism.ts. */
import { terms, type LexiconSet } from '../types';

/** In-group origins a customer may demand ("put me through to someone British"). */
const NAT_IN = ['british', 'english', 'american', 'scottish', 'welsh', 'irish', 'australian', 'canadian', 'white', 'european'];
/** Other nationality / ethnicity / religion words, any case ("not another indian call centre"). */
const NAT_OUT = [
  'indian', 'pakistani', 'bangladeshi', 'chinese', 'asian', 'african', 'black', 'arab', 'arabic', 'muslim', 'jewish', 'hindu', 'mexican', 'latino',
  'hispanic', 'filipino', 'nigerian', 'ghanaian', 'somali', 'polish', 'romanian', 'bulgarian', 'albanian', 'lithuanian', 'turkish', 'eastern european',
  'foreign', 'brown', 'french', 'german', 'spanish', 'italian', 'portuguese', 'russian', 'ukrainian', 'vietnamese', 'thai', 'korean', 'japanese',
  'egyptian', 'moroccan', 'foreigner', 'immigrant',
];
/** Plural nouns whose lower-case form is unambiguous after "the"/"all" ("the chinese are", "all indians"): not poles, blacks. */
const NATIONS_LOWER = ['arabs', 'asians', 'indians', 'pakis', 'pakistanis', 'romanians', 'bulgarians', 'gypsies', 'jews', 'muslims', 'hindus', 'mexicans',
  'africans', 'nigerians', 'somalis', 'filipinos', 'immigrants', 'migrants', 'foreigners', 'lithuanians', 'albanians', 'chinese', 'eastern europeans'];

const NATIONS = [
  'arabs', 'blacks', 'asians', 'indians', 'pakis', 'pakistanis', 'poles', 'romanians', 'bulgarians', 'gypsies', 'jews', 'muslims',
  'hindus', 'mexicans', 'africans', 'nigerians', 'somalis', 'filipinos', 'immigrants', 'migrants', 'foreigners', 'illegals', 'lithuanians',
  'latvians', 'turks', 'albanians', 'chinese', 'eastern europeans',
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
      'ni hao', 'nihao', 'ching chong', 'ching chang', 'flied lice', 'me love you long time', 'don t eat my dog', 'dont eat my dog', 'don t eat my cat', 'upset the sacred cows',
      'upset the sacred cow', 'burgers around you', 'beef around you', 'bacon around you', 'pork around you', 'is it a cultural thing',
      'a cultural thing with you', 'cultural thing for you', 'go back to your country', 'go back to where you came from',
      'go back where you came from', 'back to your own country', 'flying carpet', 'don t blow me up', 'dont blow me up', 'rice eater(s)',
      'in your genes',
    ], { s: 2 }),
    // Clichés and mock greetings aimed at the agent's origin: racist with a laugh in the sentence ("Namaste lol", "do the needful jk").
    ...terms('race.jokecand', [
      'sacred cow(s)', 'ramadan', 'camel', 'chopsticks', 'voodoo', 'namaste', 'konnichiwa', 'salaam', 'salaam alaikum', 'hola amigo',
      'shalom', 'bollywood', 'kung fu', 'tuk tuk', 'do the needful', 'thank you come again', 'me love you long time', 'rice paddy', 'rice field', 'sombrero',
      'your gods', 'mud hut', 'cow worship', 'snake charmer',
    ]),
    // Food clichés: only when the sentence addresses the agent ("do you eat curry every day lol"), never "the curry was cold lol".
    ...terms('race.jokefood', ['curry', 'halal', 'kebab', 'taco(s)', 'burrito(s)', 'sushi', 'dog meat', 'rice']),
    // Eating pets, the cliché aimed at East Asians ("bet you had dog for dinner lol"); not "eat dog food".
    ...terms('race.jokefood', [
      'dog for dinner', 'dog for lunch', 'dog for breakfast', 'cat for dinner', 'cat for lunch', 'eat dog', 'eat dogs', 'ate dog', 'eating dog',
      'eat cat', 'eat cats', 'ate cat', 'eating cat', 'eat your dog', 'eat my dog', 'eat my cat',
    ], { notNext: ['food', 'foods', 'treat', 'treats', 'biscuit', 'biscuits', 'chow', 'bowl', 'bowls', 'kibble'] }),
    ...terms('race.group', NATIONS, { s: 2, cap: true }),
    ...terms('race.group', NATIONS.flatMap((n) => [`those ${n}`, `these ${n}`])),
    ...terms('race.group', NATIONS_LOWER.flatMap((n) => [`the ${n}`, `all ${n}`, `all the ${n}`, `you ${n}`])),
    ...terms('race.group', ['chinese', 'indian', 'asian', 'african', 'arab', 'muslim', 'jewish', 'mexican', 'foreign', 'brown', 'black', 'pakistani', 'romanian', 'polish'].map((n) => `${n} people`)),
    // A nationality word; racist only in a person phrase with a demand or a rejection (rules/incident/racism.ts).
    ...terms('race.natin', NAT_IN, { strict: true }),
    ...terms('race.nat', NAT_OUT, { strict: true }),
    // Who: the nationality word after one of these names a person ("someone British").
    ...terms('race.head', ['someone', 'somebody', 'anyone', 'anybody', 'only', 'a proper', 'a real', 'a genuine']),
    // Staff nouns after a nationality word ("an Indian call centre", "a British agent").
    ...terms('race.staff', [
      'agent(s)', 'person', 'people', 'guy(s)', 'bloke(s)', 'man', 'men', 'woman', 'women', 'lady', 'ladies', 'girl(s)', 'staff', 'rep(s)', 'representative(s)',
      'employee(s)', 'operator(s)', 'advisor(s)', 'adviser(s)', 'worker(s)', 'call centre(s)', 'call center(s)', 'callcentre', 'helpdesk', 'help desk', 'technician(s)',
      'engineer(s)', 'manager', 'colleague(s)', 'chap', 'fella', 'lad', 'support staff',
    ]),
    // Rejecting staff by origin: "not another Indian call centre", "anyone but a foreigner".
    ...terms('race.reject', ['not another', 'not some', 'not one of those', 'not one of these', 'no more', 'anyone but', 'anybody but', 'anyone except', 'anybody except', 'instead of another', 'instead of some', 'rather than another', 'rather than some', 'enough of these', 'enough with the']),
    // Speaking a language is a need, not a demand by origin ("someone English-speaking", "who speaks Spanish").
    ...terms('ctx.langneed', ['speaking', 'speaker', 'speakers', 'speaks', 'language', 'languages', 'translate', 'translation', 'translator', 'interpreter', 'bilingual', 'fluent', 'my english', 'understand english', 'native']),
    // A people's "nature": racist once an origin is named in the comment ("lying is in their blood").
    ...terms('race.nature', [
      'in their blood', 'in their dna', 'in their nature', 'in their culture', 'it s their culture', 'that s their culture', 'it s cultural with them',
      'that s how they are', 'that s what they re like', 'that s what they are like', 'they re all like that', 'they are all like that', 'they re all the same',
      'they are all the same', 'typical of them', 'typical of that lot', 'typical of those people', 'typical of these people', 'typical of their kind',
      'what do you expect from them', 'what else do you expect from', 'you lot are all the same', 'you people are all the same', 'born that way',
    ], { s: 2 }),
    // Mocking the agent's name or origin ("what kind of name is that", "where are you really from").
    ...terms('race.mock', [
      'your good name', 'kindly be restarting', 'is that all they teach you', 'teach you in your village', 'back in your village',
      'what kind of name is that', 'what sort of name is that', 'what kind of a name is that', 'is that even a real name', 'is that even a name', 'is that your real name',
      'what s your real name', 'what is your real name', 'your real name', 'can t even pronounce', 'cannot even pronounce', 'can t pronounce your name', 'can t pronounce that',
      'where are you really from', 'where are you actually from', 'where are you from really', 'where are you from originally', 'where s that name from',
      'where is that name from', 'with a name like that', 'with a name like yours', 'made up name', 'sounds made up', 'proper accent',
      'a proper english name', 'put on a proper accent', 'speak properly', 'speak english properly', 'learn english', 'learn proper english',
      'learn to speak english', 'your funny name',
    ], { s: 1 }),
    // Staff named by religious dress: racist when the sentence rejects them (rules/incident/racism.ts).
    ...terms('race.attire', ['in the headscarf', 'in a headscarf', 'in the hijab', 'in a hijab', 'in the turban', 'in a turban', 'in the burka', 'in the niqab', 'with the headscarf', 'with the turban', 'praying five times a day']),
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
      // A people's supposed habits ("I know what you Indians are like with haggling").
      'i know what you re like', 'i know what you are like', 'i know how you are', 'we know what you re like', 'i know your sort',
      'haggling', 'haggle', 'bargaining', 'scammers', 'con artists',
    ], { s: 2 }),
    ...terms('race.predstrong', [
      'send them home', 'send them back', 'go home', 'deport', 'deport them', 'genetic', 'in their genes', 'in their blood', 'taking our jobs',
      'take our jobs', 'savages', 'breed', 'animals', 'backward', 'subhuman', 'their race', 'your race', 'british people', 'english people',
    ], { s: 3 }),
    ...terms('race.demand', [
      // Staff wanted by birthplace: a person asked for ("someone who was actually born in this country"), never "my husband was born in...".
      ...['someone', 'somebody', 'an agent', 'a person'].flatMap((who) => ['', 'who was ', 'who was actually ', 'who s ', 'that was '].flatMap((rel) => ['this country', 'the uk', 'britain', 'england', 'america', 'the us'].map((where) => `${who} ${rel}born in ${where}`))),
      'rather deal with a christian', 'someone christian', 'a proper christian', 'not a muslim', 'not some muslim',
      'proper british', 'proper english', 'real british', 'real english', 'real american', 'proper american', 'true british',
      'someone white', 'somebody white', 'a white person', 'a white guy', 'a white man', 'a white woman', 'white people only',
      'british born', 'english born', 'a real englishman', 'a real brit', 'a proper brit', 'a real american', 'a white american', 'someone from here', 'someone from this country', 'an englishman', 'a proper englishman', 'a local person', 'not an indian', 'not a foreigner',
      'not some foreigner', 'not one of those foreigners', 'not one of these foreigners', 'not one of them foreigners', 'not an asian', 'not a paki', 'not someone from india', 'not someone from pakistan',
    ], { s: 3 }),
  ],
};
