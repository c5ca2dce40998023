import { ruleTester } from './tester';

ruleTester('scope_abuse', {
  valid: [
    "Est-ce que la mise à jour du plugin est incluse dans notre forfait ? Si c'est hors forfait, pouvez-vous m'envoyer un devis ?",
    'Is hosting part of our retainer? If it is extra, could you send me a quote?',
    'Je ne paierai pas cette facture en double, merci de la corriger.',
    'I refuse to pay for a delivery that never arrived.',
    'Is the installation free?',
  ],
  invalid: [
    "Je ne paierai pas un euro de plus que le devis. Si vous n'êtes pas d'accord je ne signe pas le PV.",
    'Vous pouvez bien la faire gratuitement, et tant que vous y êtes, la déclaration de ma fille.',
    "I know the statement of work only covers the theme, but any proper agency would throw this in. I'm not paying a penny over.",
    'I expect you to also design the packaging at no charge. If not, I will withhold the final 30%.',
    "Yes, I know the contract is remote support only. I'm not paying it, this should be covered.",
  ],
});
