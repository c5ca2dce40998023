import { ruleTester } from './tester';

ruleTester('flirting', {
  valid: [
    'Merci, vous êtes un ange !',
    'Vous êtes une perle, le colis est arrivé en 24h.',
    "You're a star, thanks!",
    "You're a lifesaver, honestly.",
    "You're brilliant, you made our Christmas ❤️🙏",
    'Ma mère les attend chaque mois 😍',
    'Votre nouvelle collection, elle est canon !',
    'Elle est belle la nouvelle appli, bravo.',
    'Vous finissez à quelle heure le samedi ?',
    'The photos on your website are beautiful.',
    'Your voice assistant is amazing.',
    'I single-handedly set up the router.',
  ],
  invalid: [
    'Vous devez être aussi jolie que votre prénom. Vous finissez à quelle heure ? Je vous offre un verre 😉',
    'Dites à Inès qu\'elle est canon sur sa photo de profil 😍😘 elle est célibataire ?',
    'thanks jasmine 😍 loving the profile pic btw, that smile!! any chance you\'re seeing someone?',
    "Tell Jess she looks gorgeous 😘😘 I'd love to take her out for a coffee.",
    "You sound amazing and I'd really like to take you to dinner.",
    'Merci Julie 😘',
    'Are you single?',
    'Tu es trop mignonne sur ta photo, on se fait un resto ce soir ?',
  ],
});
