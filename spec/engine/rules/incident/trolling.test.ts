import { ruleTester } from './tester';

ruleTester('trolling', {
  valid: [
    "bonsoir jai appuyer sur synchroniser et tout mes contacts ont disparu???? c'est grave ? merci",
    "hello its says my password is wrong but i never made one?? what is a two factor",
    'Order #44120 has been in transit for 16 days, I think it went travelling without me 😂 Could you check?',
    "D'après mes calculs j'irai plus vite à pied 😅 Vous avez une date ?",
    'Merci, je n\'ai aucune question de plus.',
  ],
  invalid: [
    'slt la box fait un bruit de dauphin, tuto en alexandrins svp. jparie tu vas quand meme me repondre mdr 🤡',
    "J'ai tout mon temps, vous beaucoup moins 😂 Et en alexandrins si possible.",
    "I'm opening tickets to find out if a human reads them. If you're real, reply with the word BANANA.",
    'does your router come in gluten free? bet you HAVE to answer this lmaooo 🤡 go on earn your minimum wage',
    "I'm just here to waste your time lol",
  ],
});
