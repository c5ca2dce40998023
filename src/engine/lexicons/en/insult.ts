/** English insults; kinds as in fr/insult.ts ("retard", "are you deaf?" are discrimination: en/discrimination.ts). */
import { terms, type LexiconSet } from '../types';

export const insultEn: LexiconSet = {
  lang: 'en',
  name: 'insult',
  entries: [
    ...terms('ins.strong', [
      'idiot(s)', 'moron(s)', 'imbecile(s)', 'cretin(s)', 'halfwit(s)', 'half wit(s)', 'dimwit(s)', 'nitwit(s)', 'dumbass', 'dumbasses',
      'dumb ass', 'jackass', 'jackasses', 'buffoon(s)', 'numpty', 'numpties', 'pillock(s)', 'plonker(s)', 'airhead(s)', 'bonehead(s)',
      'meathead(s)', 'blockhead(s)', 'knucklehead(s)', 'lowlife', 'lowlifes', 'braindead idiots', 'brain dead', 'braindead', 'nincompoop(s)',
      'dunce(s)', 'ignoramus', 'drongo(s)', 'galah(s)', 'trained monkey(s)', 'thick as mince', 'thick as a brick', 'thick as pigshit', 'pair of cowboys', 'bunch of cowboys', 'bunch of clowns', 'bunch of muppets', 'bunch of idiots',
    ], { s: 2 }),
    ...terms('ins.strong', [
      'asshole(s)', 'arsehole(s)', 'bastard(s)', 'prick(s)', 'dickhead(s)', 'wanker(s)', 'tosser(s)', 'twat(s)', 'cunt(s)', 'douchebag(s)',
      'scumbag(s)', 'knobhead(s)', 'bellend(s)', 'dipshit(s)', 'shithead(s)', 'motherfucker(s)', 'fucker(s)', 'fuckwit(s)', 'fuckface',
      'bitches', 'son of a bitch', 'sons of bitches', 'piece of shit', 'pieces of shit', 'sack of shit', 'asshat(s)', 'ass hat(s)',
      'dick head(s)', 'cocksucker(s)', 'whore(s)', 'slut(s)',
    ], { s: 3, notPrev: ['en', 'le', 'du', 'de', 'un', 'mon', 'votre', 'sans'] }),
    { t: 'bitch', k: 'ins.strong', s: 3, notNext: ['about', 'and', 'at'] },
    // "that muppet Darren"; not the puppets ("the Muppets", "muppet show").
    ...terms('ins.strong', ['muppet(s)'], { notPrev: ['the', 'a', 'of', 'our', 'my'], notNext: ['show', 'movie', 'film', 'films', 'movies', 'toy', 'toys', 'marathon', 'christmas', 'babies', 'episode', 'episodes', 'season', 'series', 'collection', 'dvd', 'dvds', 'box'] }),
    ...terms('ins.weak', [
      'stupid', 'stoopid', 'clueless', 'jobsworth(s)', 'dumb', 'thick', 'dense', 'pathetic', 'idiotic', 'moronic', 'brainless', 'clown(s)', 'muppet(s)', 'fool(s)',
      'dummy', 'dummies', 'loser(s)', 'jerk(s)', 'scum', 'vermin', 'parasite(s)', 'leech(es)', 'git(s)', 'prat(s)', 'sod(s)', 'dick(s)',
      'douche(s)', 'amateur(s)', 'incompetents', 'coward(s)', 'freak(s)', 'psycho(s)', 'nutter(s)', 'lunatic(s)', 'maniac(s)', 'goon(s)',
      'troglodyte(s)', 'neanderthal(s)', 'useless idiots', 'waste of space', 'waste of oxygen', 'waste of skin', 'lowlife scum',
    ], { s: 2, strict: true }),
    ...terms('ins.weakobj', [
      'weasel(s)', 'snake(s)', 'pig(s)', 'cow(s)', 'rat(s)', 'mug(s)', 'donkey(s)', 'monkey(s)', 'ape(s)', 'baboon(s)', 'ass(es)', 'arse(s)',
      'peasant(s)', 'toad(s)', 'worm(s)', 'slug(s)', 'cabbage(s)', 'potato(es)', 'numbskull(s)', 'tool(s)', 'knob(s)', 'plank(s)',
    ], { s: 2, strict: true }),
    ...terms('ins.addr', [
      'fuck you', 'f you', 'fuck u', 'fuk you', 'screw you', 'fuck off', 'piss off', 'sod off', 'bugger off', 'get stuffed', 'go to hell',
      'go fuck yourself', 'fuck yourself', 'fuck yourselves', 'kiss my ass', 'kiss my arse', 'up yours', 'eat shit', 'stfu', 'gfy',
      'suck my dick', 'suck my balls', 'bite me', 'shut your mouth', 'shut your face', 'shut your trap', 'drop dead',
      'go die', 'go and die', 'rot in hell', 'burn in hell', 'f off', 'eff off', 'shove it up your', 'stick it up your',
    ], { s: 3, notNext: ['over'] }),
    { t: 'shut up', k: 'ins.addr', s: 2, notNext: ['and'] },
    ...terms('ins.frame', [
      'you', 'you re', 'you are', 'ur', 'u r', 'u', 'you were', 'you guys are', 'you lot are', 'you people are', 'your lot are', 'you all are',
      'you re all', 'you are all', 'y all are', 'bunch of', 'pack of', 'band of', 'gang of', 'herd of', 'load of',
      'you absolute', 'you complete', 'you utter', 'you bloody', 'you fucking', 'you stupid', 'you little', 'you useless', 'you pathetic',
      'thanks', 'cheers', 'listen', 'hey', 'oi',
    ]),
    // "your developers are clowns": the staff named as the subject (not the writer's own: "our engineers").
    ...terms('ins.frame3', [
      'staff are', 'agents are', 'developers are', 'devs are', 'engineers are', 'technicians are', 'employees are', 'managers are',
      'reps are', 'advisers are', 'advisors are', 'operators are', 'programmers are', 'coders are', 'bosses are', 'team are',
    ], { notPrev: ['our', 'my', 'their', 'his', 'her', 'its'] }),
    ...terms('ins.frame3', ['run by', 'staffed by', 'managed by', 'is a', 'is an', 'are a', 'are all', 'is such a', 'are such', 'he s a', 'she s a', 'they re a', 'they are']),
    ...terms('ins.mod', [
      'all', 'a', 'an', 'the', 'such', 'just', 'nothing', 'but', 'so', 'really', 'very', 'lot', 'pair', 'of', 'bunch', 'totally', 'completely',
      'absolutely', 'clearly', 'obviously', 'honestly', 'frankly', 'truly', 'literally', 'basically', 'guys', 'being', 'probably', 'definitely', 'certainly', 'surely',
    ]),
    ...terms('ins.intens', [
      'absolute', 'complete', 'utter', 'total', 'right', 'proper', 'bloody', 'fucking', 'f*cking', 'effing', 'freaking', 'frigging', 'flaming',
      'little', 'stupid', 'old', 'useless', 'pathetic', 'lazy', 'brainless', 'braindead', 'spineless', 'smug', 'ignorant', 'clueless',
      'miserable', 'sorry', 'dumb', 'gormless', 'witless', 'incompetent', 'worthless', 'filthy', 'dirty', 'sad', 'fat', 'ugly', 'dumbass',
      'lying', 'thieving', 'sniveling', 'snivelling', 'arrogant', 'condescending', 'jumped up', 'two faced', 'big', 'massive',
    ]),
  ],
};
