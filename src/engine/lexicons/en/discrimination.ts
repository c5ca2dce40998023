/** English cues for other identity-based attacks; kinds as in fr/discrimination.ts. */
import { terms, type LexiconSet } from '../types';

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
      'old people', 'old folks', 'oldies', 'pensioners', 'boomers', 'the elderly', 'elderly people', 'disabled people', 'the disabled',
      'handicapped people', 'people with disabilities', 'people with hearing problems', 'people with a disability', 'deaf people',
      'the deaf', 'blind people', 'the blind', 'gays', 'gay people', 'lesbians', 'homosexuals', 'trans people', 'transgender people',
      'fat people', 'obese people', 'autistic people', 'people with autism', 'people with mental health',
      'the deaf guy', 'the deaf girl', 'the deaf woman', 'the deaf one', 'the blind guy', 'the old guy', 'the old lady', 'the old woman',
      'the old man', 'the old girl', 'the gay guy', 'the gay one', 'the fat guy', 'the fat one', 'the disabled guy', 'the one in the wheelchair',
      'at that age', 'at her age', 'at his age', 'at their age', 'people her age', 'people his age', 'someone that old',
      'the stutter', 'with a stutter',
    ]),
    ...terms('disc.pred', [
      'shouldn t be', 'should not be', 'shouldn t work', 'should be retired', 'too old', 'past it', 'over the hill',
      'not normal', 'unnatural', 'disgusting', 'embarrassing', 'put on the phones', 'no business', 'no place',
      'don t belong', 'do not belong', 'shouldn t be allowed', 'can t do the job', 'cannot do the job',
      'keep away', 'get rid of',
    ]),
    ...terms('disc.term', [
      'a straight', 'straight guy', 'straight man', 'straight woman', 'a normal man', 'a normal woman', 'a normal person', 'normal man or woman',
      'someone normal', 'a real man', 'a real woman',
      'someone younger', 'a younger', 'someone who can hear', 'someone able bodied', 'not a gay', 'not a trans', 'no gays',
    ]),
    ...terms('disc.strong', [
      'not the deaf guy', 'not the deaf one', 'not the deaf man', 'not the deaf woman', 'not the deaf girl', 'not the deaf lady', 'not the blind guy', 'not the old guy', 'not the old man', 'not the old woman', 'not the old lady', 'not the gay guy', 'not the gay one', 'not the disabled guy', 'not the fat guy', 'not the fat one', 'not the one in the wheelchair',
      'not the deaf guy again', 'not the deaf one again', 'not the old woman again', 'not the old lady again', 'not the old guy again',
      'people with hearing problems shouldn t', 'deaf people shouldn t', 'old people shouldn t', 'disabled people shouldn t',
      'it s unnatural', 'mentally ill freak',
    ], { s: 2 }),
    ...terms('disc.gender', ['they them', 'non binary', 'nonbinary', 'transgender', 'she they', 'he they', ]),
    ...terms('disc.genderpred', [
      'whatever that is', 'whatever it is', 'that thing', 'it thing', 'don t assign that', 'do not assign that', 'a normal man or woman',
      'normal man or woman', 'real man or woman', 'not dealing with',
    ]),
  ],
};
