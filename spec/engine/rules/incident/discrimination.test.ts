import { ruleTester } from './tester';

ruleTester('discrimination', {
  valid: [
    "Je suis cliente depuis 1998, j'ai 79 ans et je suis malvoyante, le site n'est pas accessible.",
    "I'm profoundly deaf and your new app only offers phone calls.",
    'My son is autistic and finds the app confusing.',
    'There is an error code E42, whatever that is.',
    'Une tapette à mouches est incluse ?',
    'Mon vieux téléphone ne charge plus.',
  ],
  invalid: [
    'Je préfère un conseiller normal, hétéro, vous voyez ce que je veux dire.',
    'À cet âge-là on devrait être à la retraite, les vieux n\'ont rien à faire dans un back-office.',
    'But not the deaf guy again please. People with hearing problems shouldn\'t be put on the phones.',
    'The rep with the "they/them" in the signature: don\'t assign that to my account, get me a normal man or woman.',
    'Espèce de sale pédé.',
  ],
});
