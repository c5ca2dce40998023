import { ruleTester } from './tester';

ruleTester('scope_abuse', {
  valid: [
    "Est-ce que la mise à jour du plugin est incluse dans notre forfait ? Si c'est hors forfait, pouvez-vous m'envoyer un devis ?",
    'Is hosting part of our retainer? If it is extra, could you send me a quote?',
    'Je ne paierai pas cette facture en double, merci de la corriger.',
    'I refuse to pay for a delivery that never arrived.',
    'Is the installation free?',
    'Does my subscription include express delivery? If not, how much is it?',
    'Mon forfait a augmenté de 5 €, je refuse de payer cette hausse non annoncée.',
    'The plan says unlimited data but you throttled me, I won\'t pay extra for a plan I already paid.',
    'Mon abonnement a augmenté, je veux une explication, je refuse de payer la hausse.',
    "En plus vous m'avez facturé deux fois, je refuse de payer, c'est dans mon contrat.",
    'I won\'t pay the late fee and the admin fee, the contract says nothing about them.',
    'Please add my wife to the plan. How much extra would that be?',
    "I'm not paying for this repair, the plan covers it. Please add a note to my account.",
  ],
  invalid: [
    "Puisque vous y êtes, refaites-moi tout le logo et les cartes de visite, je ne paierai pas un centime de plus.",
    "Whilst you're at it, redo the whole homepage too, I'm not paying a penny more.",
    "Je ne paierai pas un euro de plus que le devis. Si vous n'êtes pas d'accord je ne signe pas le PV.",
    'Vous pouvez bien la faire gratuitement, et tant que vous y êtes, la déclaration de ma fille.',
    "I know the statement of work only covers the theme, but any proper agency would throw this in. I'm not paying a penny over.",
    'I expect you to also design the packaging at no charge. If not, I will withhold the final 30%.',
    "Yes, I know the contract is remote support only. I'm not paying it, this should be covered.",
    "The engagement letter covers the annual accounts, fine, but you'll also do my wife's tax return. I won't pay extra for that.",
    "Our SOW says five pages. Add the shop and the blog too, I'm not paying a penny more.",
    "Our plan covers 10 users; add 15 more, I'm not paying extra for it.",
    'Le devis signé parlait de la cuisine seulement, mais vous referez aussi la salle de bain, je ne paierai rien de plus.',
    "Le bon de commande ne mentionne que l'installation, mais la maintenance annuelle doit être faite, et pas un centime de plus.",
    "Mon abonnement ne comprend pas la livraison express, mais je refuse de payer le supplément, c'est la moindre des choses.",
  ],
});
