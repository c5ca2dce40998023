import { ruleTester } from './tester';

ruleTester('threat', {
  valid: [
    'Opposition faite sur ma carte, plainte à la DGCCRF, avis 1 étoile sur Trustpilot. Mon avocat a le dossier.',
    'Je vais porter plainte et vous allez avoir de mes nouvelles par mon avocat.',
    "I've raised a chargeback, filed a complaint with the Ombudsman, and I'll see you in the small claims court.",
    "You'll regret this when my lawyer calls.",
    'It is absolutely killing my battery, I was ready to launch this damn phone out the window 😂',
    'Je vais résilier et aller voir ailleurs.',
    "You won't regret it, the new plan is great.",
    'Je sais où est le problème : le câble est débranché.',
    'I know where the settings menu is, but the toggle is missing.',
    'Je vais vous faire une mauvaise pub sur tous les réseaux, vous allez le regretter.',
    'This update is killing me, the battery drains in 2 hours.',
  ],
  invalid: [
    'Je vais venir vous casser la gueule.',
    'Si je revois ce technicien je lui pète la gueule.',
    "If that driver comes back I'll break his legs.",
    'Je sais où est votre entrepôt, je vais passer lui expliquer la vie, et il va pas aimer.',
    'Je sais où il gare sa voiture. Il va le regretter amèrement.',
    'Si votre gars se repointe chez moi il repartira en ambulance.',
    'I know where your office is.',
    "He'll be leaving with fewer teeth than he came with.",
    'He should be careful walking to his car at night.',
    "You'll regret this.",
    'I know what time you lock up, maybe I\'ll be waiting when he comes out.',
  ],
});
