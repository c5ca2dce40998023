/** English cues for other identity-based attacks; kinds as in fr/discrimination.ts. */
import { terms, type LexiconSet } from '../types';

/** Staff or people named by a disability ("the lad with autism", "a disabled presenter"). */
const PERSON = ['lad', 'guy', 'man', 'woman', 'girl', 'lady', 'one', 'bloke', 'chap', 'person', 'presenter', 'coach', 'agent', 'driver', 'technician', 'engineer'];
const CONDITION = ['with autism', 'in the wheelchair', 'in a wheelchair', 'with the stutter', 'with a stutter', 'with the stammer', 'with a stammer', 'with down syndrome', 'who s deaf', 'who is deaf', 'who s blind', 'with a hearing aid'];
const DISABLED_PEOPLE = PERSON.flatMap((p) => [...['the', 'a'].flatMap((d) => CONDITION.map((c) => `${d} ${p} ${c}`)), `a disabled ${p}`, `the disabled ${p}`, `an autistic ${p}`, `the autistic ${p}`]);

export const discriminationEn: LexiconSet = {
  lang: 'en',
  name: 'discrimination',
  entries: [
    ...terms('disc.slur', [
      'faggot(s)', 'fag(s)', 'dyke(s)', 'tranny', 'trannies', 'poof(s)', 'poofter(s)', 'shemale(s)', 'spaz', 'spazz', 'spastic(s)',
      'mong(s)', 'cripple(s)', 'gimp(s)', 'libtard(s)', 'fatso', 'fatty', 'lardass', 'old fart(s)', 'old codger(s)', 'old bag', 'old biddy',
      'senile old', 'deaf idiot', 'deaf old', 'blind idiot',
    ], { s: 3, strict: true, notPrev: ['a', 'the', 'of', 'river', 'sea', 'packet', 'smoke'] }),
    ...terms('disc.group', [
      'people with mental health problems', 'boomers like him', 'boomers like her',
      'old people', 'old folks', 'oldies', 'pensioners', 'boomers', 'the elderly', 'elderly people', 'disabled people', 'the disabled',
      'handicapped people', 'people with disabilities', 'people with hearing problems', 'people with a disability', 'deaf people',
      'the deaf', 'blind people', 'the blind', 'gays', 'gay people', 'lesbians', 'homosexuals', 'trans people', 'transgender people',
      'fat people', 'obese people', 'autistic people', 'people with autism', 'people with mental health',
      'the deaf guy', 'the deaf girl', 'the deaf woman', 'the deaf one', 'the blind guy', 'the old guy', 'the old lady', 'the old woman',
      'the old man', 'the old girl', 'the gay guy', 'the gay one', 'the fat guy', 'the fat one', 'the disabled guy', 'the one in the wheelchair',
      ...['50', '60', '65', '70', 'fifty', 'sixty', 'seventy'].flatMap((a) => [`people over ${a}`, `staff over ${a}`]), 'anyone his age', 'anyone her age', 'anyone that age', 'kids her age', 'kids his age', 'kids your age', 'kids that age',
      'is hiv positive', 'hiv positive people', 'someone with hiv', 'someone with aids',
      'people that age', 'people of that age', 'people of his age', 'people of her age', 'at that age', 'at her age', 'at his age', 'at their age', 'people her age', 'people his age', 'someone that old',
      'the stutter', 'with a stutter',
      'older people', 'older staff', 'older workers', 'older employees', 'older women', 'older men', 'older ladies', 'elderly staff', 'someone your age',
      'someone his age', 'someone her age', 'people your age', 'at your age', 'over 60s', 'over 50s', 'grannies', 'old timers', 'old ladies', 'old men',
      'people with mental problems', 'people with mental illness', 'people with mental health issues', 'mentally ill people', 'the mentally ill',
      'depressed people', 'people with depression', 'people with anxiety', 'people with cancer', 'people with hiv', 'people with aids', 'epileptics',
      'people in wheelchairs', 'wheelchair users', 'people with dyslexia', 'dyslexics', 'people with a stutter', 'stutterers', 'bisexuals', 'queers', 'queer people',
    ]),
    // What is said of the group: kept out of jobs, not normal. Sympathy ("shouldn't have to wait") is not in here.
    ...terms('disc.pred', [
      'shouldn t work', 'should not work', 'should be retired', 'too old', 'past it', 'over the hill', 'not normal', 'unnatural', 'put on the phones',
      'no business', 'have no place', 'has no place', 'don t belong', 'do not belong', 'shouldn t be allowed', 'should not be allowed', 'can t do the job',
      'cannot do the job', 'keep them away', 'get rid of them', 'should stick to', 'can t handle', 'cannot handle', 'can t cope', 'can t keep up',
      'shouldn t be handling', 'should not be handling', 'shouldn t be dealing with', 'shouldn t be working', 'shouldn t be employed', 'shouldn t be hired', 'shouldn t be put', 'shouldn t be on', 'shouldn t be answering',
      'shouldn t be in charge', 'shouldn t be serving', 'shouldn t be doing', 'should not be working', 'should not be employed', 'should not be hired',
      'should not be put', 'should not be on', 'should not be in charge', 'shouldn t do', 'should not do', 'shouldn t answer', 'should not answer',
      'shouldn t handle', 'should not handle', 'shouldn t run', 'shouldn t deal with', 'shouldn t serve', 'get me someone normal', 'someone normal',
      'a normal person', 'it s not natural', 'are a joke', 'are useless', 'are hopeless', 'looks wrong', 'look wrong', 'shouldn t be fronting', 'should not be fronting',
      'shouldn t be let', 'should not be let', 'give me the creeps', 'gives me the creeps', 'i m not having', 'shouldn t be letting', 'should not be letting', 'touching my food',
    ]),
    // Belittling context for an orientation label ("obviously gay, no wonder...", "people like that").
    ...terms('disc.neg', [
      'no wonder', 'typical', 'people like that', 'people like him', 'people like her', 'people like them', 'his sort', 'her sort', 'that sort', 'their sort',
      'his type', 'that type', 'i don t want', 'don t want', 'do not want', 'someone normal', 'a normal', 'a real man', 'not natural', 'unnatural', 'disgusting',
      'gross', 'can t stand', 'keep away', 'weird', 'shouldn t be', 'should not be', 'not right',
    ]),
    ...terms('disc.term', [
      'a straight', 'straight guy', 'straight man', 'straight woman', 'a normal man', 'a normal woman', 'a normal person', 'normal man or woman',
      'someone normal', 'a real man', 'a real woman',
      'somebody over seventy',
      'someone young', 'somebody young', 'a young person', 'a younger person',
      'someone who s all there', 'someone who is all there', 'someone younger', 'a younger', 'someone who can hear', 'someone under 30', 'someone under 40', 'someone under 50', 'somebody under 40', 'someone under thirty', 'someone under forty', 'someone able bodied', 'not a gay', 'not a trans', 'no gays',
    ]),
    ...terms('disc.reject', ['advice from a gay', 'advice from some gay', 'advice from a lesbian', 'served by a gay', 'deal with a gay', 'dealing with a gay', 'talk to a gay']),
    ...terms('disc.strong', [
      'not the deaf guy', 'not the deaf one', 'not the deaf man', 'not the deaf woman', 'not the deaf girl', 'not the deaf lady', 'not the blind guy', 'not the old guy', 'not the old man', 'not the old woman', 'not the old lady', 'not the gay guy', 'not the gay one', 'not the disabled guy', 'not the fat guy', 'not the fat one', 'not the one in the wheelchair',
      'not the deaf guy again', 'not the deaf one again', 'not the old woman again', 'not the old lady again', 'not the old guy again',
      'it s unnatural', 'mentally ill freak',
    ], { s: 2 }),
    // Who is wanted, right after the demand ("I don't want a gay man handling my account", "anyone over sixty"); "As a gay
    // man, I'd like..." names the writer.
    // A person named by a disability: a group (with a derogatory predicate) and a person wanted or refused (after a demand).
    ...terms('disc.person', DISABLED_PEOPLE.filter((p) => p !== 'the disabled guy' && p !== 'the one in the wheelchair')),
    ...terms('disc.termafter', ['anyone over 50', 'anyone over 60', 'anyone over 65', 'anyone over 70', 'anyone over fifty', 'anyone over sixty', 'anyone over sixty five', 'anyone over seventy', 'anybody over 50', 'anybody over 60', 'anybody over 65', 'anybody over 70', 'anybody over fifty', 'anybody over sixty', 'anybody over sixty five', 'anybody over seventy', 'a gay man', 'a gay woman', 'a gay guy', 'a gay person', 'a gay adviser', 'a gay advisor', 'a gay agent', 'someone gay', 'anyone gay', 'a lesbian', 'a homosexual', 'a trans person', 'a trans woman', 'a trans man', 'anyone trans', 'someone trans']),
    // Orientation words: only as a label of staff ("obviously gay") next to a belittling context (rules/incident/discrimination.ts).
    ...terms('disc.orient', ['gay', 'homo', 'lesbian', 'queer', 'bi', 'camp', 'effeminate', 'a poof'], { strict: true }),
    ...terms('disc.labeler', ['obviously', 'clearly', 'so', 'such a', 'sounds', 'sounded', 'a bit', 'bit of a', 'total', 'flaming', 'screaming', 'proper', 'typical']),
    // Disability used to call someone names ("are you deaf?", "you retard").
    ...terms('disc.disab', [
      'deaf', 'blind', 'retarded', 'retard(s)', 'autistic', 'mental', 'a mental case', 'special needs', 'brain damaged', 'disabled', 'handicapped', 'crippled',
      'dyslexic', 'mongoloid', 'schizo', 'bipolar', 'senile', 'deaf and dumb', 'deaf as a post', 'blind as a bat',
    ], { strict: true, notNext: ['friendly', 'accessible', 'aware', 'community', 'services', 'service', 'support', 'access', 'customers', 'users', 'people', 'person', 'children', 'spot', 'spots', 'date', 'test', 'tests', 'copy', 'note', 'question', 'to', 'sided', 'health', 'eye', 'badge', 'parking'] }),
    // Ageing at someone: "you're too old for this job" (second person: also "to understand"), "he's too old for the job".
    ...terms('disc.tooold2', [
      'you re too old', 'you are too old', 'you re way too old', 'you re far too old', 'you re past it', 'you re past your sell by date',
      ...['obviously', 'clearly', 'really', 'just', 'simply', 'probably', 'surely', 'definitely', 'a bit', 'getting', 'frankly', 'honestly'].flatMap((a) => [`you re ${a} too old`, `you are ${a} too old`]),
    ]),
    ...terms('disc.tooold3', [
      ...['obviously', 'clearly', 'really', 'just', 'simply', 'probably', 'definitely', 'a bit', 'getting'].flatMap((a) => [`he s ${a} too old`, `she s ${a} too old`]),
      'he s too old', 'she s too old', 'he is too old', 'she is too old', 'he s way too old', 'she s way too old', 'he s far too old', 'she s far too old',
      'he s past it', 'she s past it', 'past his sell by date', 'past her sell by date',
    ]),
    ...terms('disc.agestrong', ['should be put out to pasture', 'put him out to pasture', 'put her out to pasture', 'people that age shouldn t', 'people your age shouldn t', 'people her age shouldn t', 'people his age shouldn t', 'people of that age shouldn t', 'people that age can t', 'people your age can t', 'someone that age shouldn t', 'you should be retired', 'you should retire', 'he should be retired', 'she should be retired', 'go and retire', 'time to retire grandad', 'time you retired']),
    ...terms('disc.jobstrong', ['job', 'role', 'position', 'working here', 'work here', 'be working', 'tech support', 'customer service', 'the phones', 'this line of work', 'be employed', 'doing this']),
    ...terms('disc.jobweak', ['understand', 'learn', 'keep up', 'computers', 'technology', 'tech', 'cope', 'handle', 'work', 'help']),
    ...terms('disc.voc', ['grandad', 'granddad', 'grandpa', 'gramps', 'granny', 'grandma', 'old timer', 'boomer', 'ok boomer', 'old lady'], { strict: true }),
    ...terms('disc.gender', ['they them', 'non binary', 'nonbinary', 'transgender', 'she they', 'he they', ]),
    ...terms('disc.genderpred', [
      'whatever that is', 'whatever it is', 'that thing', 'it thing', 'don t assign that', 'do not assign that', 'a normal man or woman',
      'normal man or woman', 'real man or woman', 'not dealing with',
    ]),
  ],
};
