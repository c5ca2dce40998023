/**
 * One signal family at a time, on sentences written for the tests: each phenomenon a
 * lexicon entry was added for, with wordings that must fire and near misses that must not.
 */
import { matchFamily } from '../../../../src/engine/rules/complaint/signals';
import type { SignalFamily, TextUnit } from '../../../../src/engine/rules/complaint/types';
import { tokenize } from '../../../../src/engine/rules/phrase';
import { COMPLAINT_FR } from '../../../../src/engine/lexicons/fr/complaint';
import { COMPLAINT_EN } from '../../../../src/engine/lexicons/en/complaint';
import type { Lang } from '../../../../src/engine/types';

interface Phenomenon { name: string; lang: Lang; family: SignalFamily; fires: string[]; silent: string[] }

const PHENOMENA: Phenomenon[] = [
  // passionate: affection said in other ways than "I love"
  { name: 'fr favourite product, more nouns, relative clause', lang: 'fr', family: 'affection',
    fires: ["C'est de loin mon logiciel préféré.", 'Ferrovia reste mon jeu fétiche.', "C'est la marque que je préfère depuis toujours."],
    silent: ['Mon moyen de paiement préféré est refusé.', 'La version que je préfère a disparu ?'] },
  { name: 'fr lasting affection', lang: 'fr', family: 'affection',
    fires: ["J'aime toujours autant votre boutique.", 'on adore toujours vos bougies'],
    silent: ["J'aimerais toujours savoir où est mon colis."] },
  { name: 'fr won others over / gives it as presents', lang: 'fr', family: 'affection',
    fires: ["Je l'ai fait adopter à tout mon club de course.", "J'ai fait découvrir votre marque à ma voisine.", "J'offre vos bougies à toute la famille.", "J'en offre à tous mes collègues chaque année."],
    silent: ["On m'a fait découvrir un autre site.", "Je l'ai offert à ma mère mais il est cassé."] },
  { name: 'fr indispensable, thanks for the product, praise of the work', lang: 'fr', family: 'affection',
    fires: ['Votre agenda est devenu vraiment indispensable.', 'Merci pour ce superbe jeu !', 'Vous faites un travail remarquable.', 'vous faites un super boulot'],
    silent: ['Merci pour votre réponse.', 'Vous faites un travail ?', 'Le justificatif est indispensable pour le dossier.'] },
  { name: 'fr self-named fan, present praise of people or products', lang: 'fr', family: 'affection',
    fires: ['Une option pour les mordus comme moi ?', 'Vos conseillers sont vraiment formidables.', 'Votre nouvelle gamme est géniale.'],
    silent: ['Des clients comme moi attendent.', 'Votre colis est arrivé.', 'Vos tarifs sont trop élevés.'] },
  { name: 'en lasting enjoyment, keep being', lang: 'en', family: 'affection',
    fires: ['I still look forward to every delivery.', 'Keep being brilliant!', 'You folks rock.', 'Honestly you all are the best.'],
    silent: ['I still have not received it.', 'Keep me posted.'] },
  { name: 'en gives it / won others over / indispensable', lang: 'en', family: 'affection',
    fires: ['I bought copies for half my friends.', 'We gifted subscriptions to all our colleagues.', 'I got my whole team onto it.', 'It has become part of my daily routine.'],
    silent: ['I bought it for my son and it broke.', 'I got my refund.', 'It has become unusable.'] },
  { name: 'en thanks for the product, praise of the work, self-named fan, present praise', lang: 'en', family: 'affection',
    fires: ['Thank you for such a gorgeous range.', 'You guys are doing an amazing job.', 'Something for geeks like me?', 'Your baristas are always brilliant.'],
    silent: ['Thank you for your reply.', 'People like me pay on time.', 'Your invoice is wrong.'] },
  // passionate: suggestions and offers to help
  { name: 'fr ideas as a heading, offers to contribute', lang: 'fr', family: 'suggestion',
    fires: ['Idées en vrac : un mode nuit.', 'Quelques suggestions pour la suite.', 'Je serais partante pour tester la bêta.'],
    silent: ['Je serais ravie de recevoir ma commande.'] },
  { name: 'en ideas as a heading, offers to contribute', lang: 'en', family: 'suggestion',
    fires: ['Suggestions from our club:', 'A few ideas for the next season.', "I'd be more than happy to beta test it."],
    silent: ['Happy to pay the difference.'] },
  // presence: problems told in other words
  { name: 'fr a product that changed', lang: 'fr', family: 'problem',
    fires: ["Le savon n'a plus la même odeur.", 'Pas du tout la même texture que la précédente.', 'La formule a été modifiée ?'],
    silent: ["Le goût n'a pas changé.", "J'ai toujours la même adresse."] },
  { name: 'en endless loading, slang breakdowns, minor hedges, a product that changed', lang: 'en', family: 'problem',
    fires: ['The checkout keeps buffering.', 'It loads forever.', 'The tracker went haywire.', 'No big deal, but the lid rattles.', "The new blend doesn't taste the same.", 'The recipe has changed.'],
    silent: ['The app loads fine now.', 'It tastes the same as before, great.'] },
  // lapsed_loyal
  { name: 'en past praise in other word orders', lang: 'en', family: 'praisePast',
    fires: ['Always we have recommended your bank to friends.', 'I had always vouched for you.', 'Your support was consistently excellent.', 'I recommended your shop to my sister.'],
    silent: ['Please recommend me a plan.', 'The support was slow.'] },
  { name: 'en telecom churn', lang: 'en', family: 'churn',
    fires: ['I will port out my number.', "I'll move with another carrier."],
    silent: ['The port is broken.', 'I called another number.'] },
  { name: 'en dated change, "from last three months"', lang: 'en', family: 'thenNow',
    fires: ['From last three months the signal drops.', 'For the past few weeks it has been slow.'],
    silent: ['For the last time, where is it?'] },
  { name: 'en disappointment: it pains me', lang: 'en', family: 'disappointment',
    fires: ['It pains me to say this.', 'This saddens us.'],
    silent: ['My knee pains me.'] },
  { name: 'en tenure: after so many years', lang: 'en', family: 'tenure',
    fires: ['After so many years, this?'],
    silent: ['So many people have this problem.'] },
];

function matches(lang: Lang, family: SignalFamily, text: string): string[] {
  const unit: TextUnit = { commentId: null, body: text, start: 0, end: text.length, tokens: tokenize(text), scanned: null };
  return matchFamily([unit], lang === 'fr' ? COMPLAINT_FR : COMPLAINT_EN, family, 'test').map((m) => m.evidence.text);
}

describe('complaint signal phenomena (one family at a time)', () => {
  for (const p of PHENOMENA) {
    describe(`${p.lang} ${p.family}: ${p.name}`, () => {
      it.each(p.fires)('fires on %s', (text) => expect(matches(p.lang, p.family, text)).not.toEqual([]));
      it.each(p.silent)('stays silent on %s', (text) => expect(matches(p.lang, p.family, text)).toEqual([]));
    });
  }
});
