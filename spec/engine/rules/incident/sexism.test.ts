import { ruleTester } from './tester';

ruleTester('sexism', {
  valid: [
    'Madame, Monsieur, je vous écris au sujet de ma facture.',
    'Dear Sir or Madam, my greenhouse panel is cracked.',
    'Pourriez-vous transmettre mon message à Julie ? Elle connaît mon dossier.',
    'Could Mark ring me back? He arranged the delivery.',
    'Ma fille me conseille de changer de banque.',
    'Ma jolie maison est inondée depuis hier.',
    'Ma belle-mère a reçu le colis à ma place.',
    'I love the honey you sell, the jar arrived broken.',
    'Thanks love, that was quick!',
    'Un technicien est venu, un gars sympa, mais rien n\'est réglé.',
    'Les femmes de ma famille adorent vos produits.',
  ],
  invalid: [
    "Les femmes et la technique ça fait deux, passez-moi un technicien.",
    'Bonjour ma mignonne, je suis client depuis 2009.',
    'Merci ma jolie pour votre réponse.',
    'Transférez le dossier à un technicien homme, les réseaux ce n\'est pas pour les femmes.',
    'Passez-moi plutôt un gars de l\'atelier.',
    'Laissez les grands s\'occuper de ça.',
    'Sweetheart, let me explain this slowly so even you can follow.',
    'Listen love, just pass me to your manager.',
    'Just pass me to your manager, a bloke preferably.',
    'Put me through to a male colleague.',
    'Not another smiley email from the girls on the help desk.',
  ],
});
