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
    // clothes and follow-ups about products, not the agent
    "The dress I ordered doesn't fit, I wore it once.",
    'What lipstick are you wearing in the ad? I want to buy it.',
    'Your new red jacket range is gorgeous, is it in stock?',
    'Still waiting on an answer about that refund 😏',
    'About that coffee machine, still no answer.',
    'Did you think about my offer? The price still stands.',
    'La robe commandée ne me va pas, je veux la retourner.',
    'Ce verre doseur est arrivé cassé 😉',
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
    // following up an invitation
    'Still waiting on an answer about that drink 😏',
    'Toujours partante pour ce verre ? 😏',
    "Alors, ce resto, c'est oui ? 😉",
    'My invitation still stands, dinner on me 😉',
    // what the agent wears
    'You should wear that red top again, it really suits you.',
    'Nice dress in your profile picture btw.',
    'La robe rouge de votre photo vous va très bien.',
    'Vous devriez porter plus souvent du rouge, ça vous va à ravir.',
    'Tell her to wear her hair down more often, it looked great on her.',
  ],
});
