/** English sexism cues; kinds as in fr/sexism.ts ("Dear Sir or Madam" is politeness). */
import { terms, type LexiconSet } from '../types';

export const sexismEn: LexiconSet = {
  lang: 'en',
  name: 'sexism',
  entries: [
    ...terms('sex.voc', [
      'sweetheart', 'sweetie', 'sweetie pie', 'honey', 'hun', 'darling', 'darlin', 'babe', 'baby doll', 'dollface', 'doll', 'sugar',
      'princess', 'little lady', 'young lady', 'missy', 'girlie', 'sweet cheeks', 'cupcake', 'little girl', 'toots', 'sweetcheeks', 'good girl',
    ], { s: 1, strict: true }),
    ...terms('sex.vocweak', ['love', 'luv', 'my dear', 'dear', 'pet', 'hen', 'duck', 'lass', 'girl', 'lovey', 'my love'], { s: 1, strict: true }),
    ...terms('sex.man', [
      'male colleague', 'male agent', 'male technician', 'male engineer', 'male member of staff', 'male manager', 'male advisor',
      'male adviser', 'male rep', 'male engineers', 'male colleagues', 'male agents', 'male technicians', 'male staff', 'male members of staff',
      'one of the men', 'a male', 'someone male', 'a man', 'a real man', 'a gentleman', 'man to deal with', 'a man on the phone',
    ], { s: 2 }),
    ...terms('sex.manweak', ['a bloke', 'bloke', 'a guy', 'a fella', 'a chap', 'a lad', 'one of the lads', 'one of the guys', 'a fellow'], { s: 2 }),
    ...terms('sex.strong', [
      'a man would understand', 'a man will understand', 'a man would get it', 'a man will get it', 'explain it to a man', 'let a man', 'let the men', 'let the grown ups', 'get a man to', 'a man s job', 'mans job', 'not a job for a woman', 'not a job for women', 'isn t a job for women', 'isn t a job for a woman', 'is not a job for women',
      'is not a job for a woman', 'isnt a job for women', 'no job for a woman', 'no job for women', 'isn t a job for girls', 'not a job for girls',
      'women and numbers', 'women and maths', 'women and math', 'women and figures', 'women and technology', 'women and computers', 'women and cars', 'women and tech',
      'not for women', 'not for girls', 'not something for the girls', 'not something for women', 'not something for a woman', 'not for the girls', 'back to the kitchen', 'get back in the kitchen', 'belong in the kitchen', 'make me a sandwich',
      'make me a cup of tea', 'women drivers', 'that time of the month', 'time of the month', 'on your period', 'hysterical', 'typical woman',
      'typical women', 'just like a woman', 'so even you can follow', 'so even you can understand', 'even a woman', 'even a girl could',
      'the girls on the', 'the girls in the', 'the girls at the', 'girls on the help desk', 'the ladies in the office', 'bimbo(s)',
      'airhead girls', 'slowly so you understand', 'explain this slowly', 'women can t', 'women cannot', 'girls can t', 'silly girl',
      'silly woman', 'stupid woman', 'stupid girl', 'useless woman', 'bossy woman', 'emotional women', 'too emotional',
    ], { s: 2 }),
    ...terms('sex.group', ['women', 'girls', 'ladies', 'females', 'chicks'], { notPrev: ['my', 'our', 'his', 'her', 'their', 'two', 'three'] }),
    ...terms('sex.pred', [
      'can t', 'cannot', 'shouldn t', 'should not', 'should stay', 'belong', 'are useless', 'are hopeless', 'are all', 'don t understand',
      'too emotional', 'not cut out', 'no place', 'no business', 'stay at home', 'in the kitchen', 'incapable', 'are rubbish at',
    ], { s: 2 }),
  ],
};
