import { ruleTester } from './tester';

ruleTester('racism', {
  valid: [
    'Bonjour, je suis belge, vous livrez à Liège ?',
    'Je suis portugaise et je parle pas bien français, quelqu\'un parle portugais ?',
    'Je suis algérienne, pourriez-vous proposer une box sans porc pour l\'Aïd ?',
    'Ah vous êtes à Dakar ? Je comprends mieux pour le décalage des rappels.',
    'Le manuel chinois est plein d\'erreurs de traduction.',
    'Do you have French support?',
    'My dad is Spanish, is there anyone who can speak Spanish to him?',
    "I'm a Sikh and none of your helmets fit over my turban.",
    "Oh you're in Manila? That explains the accent on the phone last week, ha.",
    'The tent poles are all bent, please replace them.',
    'Is there a Ramadan opening schedule for your shop?',
    'Les ratons laveurs ont renversé la poubelle.',
    "Je voudrais parler à un conseiller qui parle arabe, ma mère ne parle pas français.",
    "I am from Nigeria and I can't pay with my local card, do you accept PayPal?",
  ],
  invalid: [
    'La prochaine fois passez-moi un Français de souche.',
    'Je veux parler à un vrai Français.',
    'Ces gens-là ne savent pas lire un contrat, c\'est génétique.',
    'Vous faites pas le ramadan ? C\'est culturel chez vous ? 😂',
    'Ni hao ! Vous pouvez vérifier ma commande ?',
    'Ne mangez pas mon chien hein 😂',
    'I want a proper British person on the line.',
    'Your warehouse is full of Poles who can\'t read an English label. Send them home.',
    "Don't want to upset the sacred cows 🐄😂",
    'Go back to your country.',
    'Les Arabes sont tous des voleurs.',
    'Encore un Indien qui ne comprend rien, passez-moi un vrai Anglais.',
  ],
});
