/**
 * One signal family at a time, on sentences written for the tests: each phenomenon a
 * lexicon entry was added for, with wordings that must fire and near misses that must not.
 */
import { matchFamily, negatedBefore } from '../../../../src/engine/rules/complaint/signals';
import { isPrecise } from '../../../../src/engine/rules/complaint/critic';
import { absentProblem, compoundTail, presenceSignals } from '../../../../src/engine/rules/complaint/presence';
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
  // p6 blind probe phenomena, in our own words
  // active_hater: the company as a whole judged, every dealing a failure or a lie
  { name: 'en everything about the company, each dealing a failure or a lie, rort', lang: 'en', family: 'hostility',
    fires: ['Everything about your airline is a joke.', 'Each booking with you has been a farce.', 'Every single one of them was a letdown.', 'Every promise turned out to be a lie.', 'What a rort.'],
    silent: ['Everything about the new plan is clear, thanks.', 'Each booking has a reference number.', 'Every promise you make, I would like in writing.'] },
  { name: 'en never honest, never paying, worthless, the worst ever made', lang: 'en', family: 'hostility',
    fires: ['You have never once been honest with us.', 'Your bank has never been transparent.', "They've never paid out a single claim.", 'Your insurer is worthless.', 'It has always been worthless.', 'The worst piece of kit ever built.'],
    silent: ['I have never paid a cent for express shipping.', "I've never been honest enough with my bank.", 'My old phone is worthless now, can I trade it in?', 'This is the worst weather ever.'] },
  { name: 'en retention or goodwill offers refused', lang: 'en', family: 'rejection',
    fires: ["We don't want your loyalty offer.", 'I do not want another goodwill deal.'],
    silent: ["I don't want any offers by email, please unsubscribe me.", 'Do you have a retention offer?'] },
  { name: 'fr les pires, tous pareils, the company that never does its job', lang: 'fr', family: 'hostility',
    fires: ['Vous êtes vraiment les pires.', 'Vous êtes bien tous les mêmes.', 'Votre plateforme ne rembourse jamais.', 'Un transporteur qui ne livre jamais.', 'Le pire prestataire de la région.'],
    silent: ['Les pires retards étaient en août.', 'Vous êtes tous en congé ?', 'Votre cabinet ne répond pas depuis lundi.', 'Je ne réponds jamais aux appels masqués.', "L'appli ne répond jamais quand je valide."] },
  // lapsed_loyal: the company no longer recognisable; "c'est devenu" only of a decline
  { name: 'fr no longer recognisable, c est devenu of a decline', lang: 'fr', family: 'thenNow',
    fires: ['Je ne reconnais plus votre banque.', 'On ne vous reconnaît plus.', "Depuis le rachat, c'est devenu n'importe quoi.", 'Tout est devenu hors de prix.'],
    silent: ['Je ne reconnais plus mon mot de passe.', 'Le lecteur ne reconnaît plus la carte.', "C'est devenu ma passion.", "C'est devenu un rituel du dimanche."] },
  { name: 'en no longer recognisable', lang: 'en', family: 'thenNow',
    fires: ["I don't recognise you anymore.", 'We barely recognize this company.'],
    silent: ["I don't recognise this charge.", "I don't recognise you, who is this?"] },
  { name: 'fr still none', lang: 'fr', family: 'irritation',
    fires: ['Toujours aucune réponse.', 'toujours aucun colis'],
    silent: ['Aucun souci, merci.'] },
  { name: 'en leaving for another app, article left out', lang: 'en', family: 'churn',
    fires: ['I will shift to other app.', 'We are shifting to another provider.', 'Time to switch to other providers.'],
    silent: ['Can you shift my delivery to another day?', 'I will shift to another address.', 'The parcel was moved to other depot.'] },
  { name: 'en past praise: recommending, you rocked', lang: 'en', family: 'praisePast',
    fires: ['I keep recommending your app to colleagues.', 'You guys really rocked back then.'],
    silent: ['That concert rocked.', 'Recommending a plan to me would help.'] },
  // passionate
  { name: 'en best of what they own, a circle won over, recommends everywhere, thanks for what was made', lang: 'en', family: 'affection',
    fires: ['By far the best kettle in our kitchen.', "I've hooked my entire book club on it.", 'We recommend your app in all our parent groups.', "Thank you for everything you've made."],
    silent: ['The best way in my opinion is a refund.', 'I converted my account to a business plan.', "Thanks for everything you've done today."] },
  { name: 'fr a passion, eager for the next release', lang: 'fr', family: 'affection',
    fires: ["C'est devenu ma passion.", 'Le jardinage est devenu une vraie passion grâce à vous.', 'Vivement la prochaine saison !', "J'ai hâte de découvrir la nouvelle collection."],
    silent: ['Vivement que ce soit réparé.', 'Vivement le remboursement.', "J'ai hâte de recevoir mon remboursement."] },
  // seventh blind probe (p7): hostility, rejection, lapsed and fan wordings
  { name: 'fr the company lies, always someone else\'s fault', lang: 'fr', family: 'hostility',
    fires: ['Votre enseigne ment depuis le début.', "C'est toujours la faute de quelqu'un d'autre.", 'Cette banque a toujours menti.'],
    silent: ['Le vendeur ment peut-être, je ne sais pas.', "C'est la faute du transporteur cette fois."] },
  { name: 'fr refuses to hear the excuses', lang: 'fr', family: 'rejection',
    fires: ['Je ne veux plus entendre vos excuses.', 'je veux pas lire vos explications'],
    silent: ["Je veux bien entendre vos explications.", 'Je veux entendre vos explications avant vendredi.'] },
  { name: 'fr undocumented, never received, turned into another value', lang: 'fr', family: 'defect',
    fires: ['Le code BLK-07, documenté nulle part.', 'Aucun SMS de vérification reçu.', "L'unité « cl » devenue « cm »."],
    silent: ['Le code est documenté page 4.', 'Aucun souci, reçu hier.'] },
  { name: 'fr unthinkable a few years ago, no longer right, no longer the service they knew, worse than before', lang: 'fr', family: 'thenNow',
    fires: ['Il y a encore trois ans, tout allait bien.', "On n'aurait jamais vu ça chez vous.", 'Depuis septembre ça ne va plus.', "Ce n'est plus le service que je connaissais.", "Depuis le changement d'équipe c'est moins bien."],
    silent: ['Mon fils a trois ans.', 'Ça va très bien, merci.', "C'est le service que je connaissais."] },
  { name: 'fr present non-renewal, another provider, looking at competitors', lang: 'fr', family: 'churn',
    fires: ['Sinon, je ne renouvelle pas en janvier.', 'Je chercherai une autre structure.', 'Je commence à regarder chez vos concurrents.', "Les abonnements seront pris dans la station d'en face."],
    silent: ['Je renouvelle mon abonnement.', 'Je chercherai une autre date.', 'Regardez chez vous dans le tiroir.'] },
  { name: 'fr disgust', lang: 'fr', family: 'disappointment',
    fires: ['Je suis écœurée.', 'franchement, on est dégoûtés'],
    silent: ['Le chat est dégoûté de ses croquettes ?'] },
  { name: 'fr own small joy, changed their evenings, long life, still delighted', lang: 'fr', family: 'affection',
    fires: ["Votre box c'est mon petit bonheur du mois.", 'Vos recettes ont changé nos soirées.', 'Longue vie à vos box !', 'Cliente depuis deux ans et toujours ravie.'],
    silent: ["C'est mon colis du mois.", 'Vous avez changé nos horaires.', 'Toujours pas ravie de ce retard.'] },
  { name: 'en what the company used to do, the company they recommended', lang: 'en', family: 'thenNow',
    fires: ['You used to reward loyalty, now you punish it.', 'They used to answer the phone.'],
    silent: ['I used to live in Leeds.', 'You use the wrong address.'] },
  { name: 'en the company they recommended', lang: 'en', family: 'praisePast',
    fires: ['You were the company I recommended to everyone.', 'You have been the bank we trusted.'],
    silent: ['You were the company that sent it.'] },
  { name: 'en off to a rival, next purchase elsewhere', lang: 'en', family: 'churn',
    fires: ["Explain it or I'm off to a broker.", "I'll be booking next year's holiday somewhere else.", 'We will be buying our coffee elsewhere.'],
    silent: ["I'm off to a wedding on Friday.", 'I booked the hotel elsewhere last year, it was fine.'] },
  { name: 'en loyalty repaid badly', lang: 'en', family: 'disappointment',
    fires: ['Twelve years and this is what I get.'],
    silent: ['This is what I got in the box.'] },
  { name: 'en enjoyment in the progressive, the best one yet', lang: 'en', family: 'affection',
    fires: ["Loving this month's Guji.", "Best bag you've sent all year.", 'Really loving the new range.'],
    silent: ['Loving it.', 'loving the profile pic', 'The best you can do?'] },
  { name: 'en an empty field, the FAQ says', lang: 'en', family: 'defect',
    fires: ['The tracking field is blank.', 'Your FAQ says orders ship the same night.'],
    silent: ['Leave the reference blank?'] },
  // second clean probe (pc2): fans' problems told concretely, a rival's offer, global hostility said other ways
  { name: 'fr a bag split open, a count or unlock that no longer happens', lang: 'fr', family: 'problem',
    fires: ["Le sachet était percé et tout s'est répandu.", 'Les headshots ne comptent plus.', 'Le succès ne se débloque pas.'],
    silent: ['Le compte est ouvert.', 'Je compte sur vous.'] },
  { name: 'fr a purchase made at a rival', lang: 'fr', family: 'churn',
    fires: ['Je prendrai une box chez un concurrent.'],
    silent: ['Je prendrai une box chez vous.'] },
  { name: 'en an odd item, a stuck status, torn after a week', lang: 'en', family: 'problem',
    fires: ['The last skein is from a different dye lot.', "It has said 'label created' since Monday.", 'One valve tore after a week.'],
    silent: ['Could you send a different colour next month?', 'She said thanks.'] },
  { name: 'en all the company sells is bad, its promise mocked', lang: 'en', family: 'hostility',
    fires: ['Everything you sell breaks after two months.', "Your 'warranty' is a joke."],
    silent: ['Everything you sent arrived.', 'The joke on the card made me laugh.'] },
  // p8
  { name: 'fr abuse as routine or business model, the company named bare with contempt', lang: 'fr', family: 'hostility',
    fires: ["Chez vous c'est systématique.", "C'est votre modèle économique.", 'Enseigne minable.', 'Boîte pourrie.'],
    silent: ["C'est systématique après une mise à jour ?", 'Votre modèle de facture a changé.', "L'enseigne est fermée."] },
  { name: 'fr the remedy thrown back', lang: 'fr', family: 'rejection',
    fires: ['Votre remboursement, vous pouvez le garder.', 'Votre geste vous pouvez le garder'],
    silent: ['Votre remboursement est bien arrivé.', 'Vous pouvez garder le colis.'] },
  { name: 'fr swore only by the company', lang: 'fr', family: 'praisePast',
    fires: ['Je ne jurais que par votre agence.', 'On ne jurait que par vous.'],
    silent: ['Je jure que le colis était vide.'] },
  { name: 'fr the next rental or purchase refused', lang: 'fr', family: 'churn',
    fires: ['Je ne louerai plus chez vous.', 'Nous ne commanderons plus chez vous.'],
    silent: ['Je louerai chez vous en juillet.', 'Je ne louerai plus de vélo cet été.'] },
  { name: 'fr idea as "et pourquoi pas"', lang: 'fr', family: 'suggestion',
    fires: ['Et pourquoi pas un programme du soir ?', 'Pourquoi pas des séances courtes ?'],
    silent: ['Je ne sais pas pourquoi.'] },
  { name: 'fr a feature that vanished', lang: 'fr', family: 'problem',
    fires: ['Le filtre a disparu.', 'Mes favoris ont disparu depuis hier.'],
    silent: ['Le filtre disparaîtra-t-il ?'] },
  { name: 'en nothing the company does is any good', lang: 'en', family: 'hostility',
    fires: ['Nothing you do is ever any good.', 'Nothing you lot do is right.'],
    silent: ['Nothing you can do now, thanks.', 'Is there nothing you do for returns?'] },
  { name: 'en below the standard they know from the company', lang: 'en', family: 'thenNow',
    fires: ["Not what I'm used to from you.", "This isn't the service we're used to from you."],
    silent: ["It's not what I'm used to, but I like it.", 'Not what I ordered.'] },
  { name: 'en a hint of leaving', lang: 'en', family: 'churn',
    fires: ['Might have to look around.', "We'll shop around."],
    silent: ['I looked around the site.', 'Have a look around the settings.'] },
  { name: 'en a product that gave a life back, the maker of the best', lang: 'en', family: 'affection',
    fires: ['Your spoon has honestly given me my dinners back.', 'You lot make the best kit going.'],
    silent: ['You have given me the wrong size back.', 'Make the best of it.'] },
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

function unitOf(text: string): TextUnit {
  return { commentId: null, body: text, start: 0, end: text.length, tokens: tokenize(text), scanned: null };
}

describe('guards shared by the families', () => {
  const at = (u: TextUnit, word: string): number => u.tokens.findIndex((t) => t.norm === word);
  it('"de plus" / "en plus" negate nothing; "ne ... plus", "pas" do', () => {
    const u1 = unitOf('Je constate de plus que votre banque ne rembourse jamais.');
    expect(negatedBefore(u1.tokens, at(u1, 'votre'))).toBe(false);
    const u2 = unitOf('Et en plus votre appli plante.');
    expect(negatedBefore(u2.tokens, at(u2, 'votre'))).toBe(false);
    const u3 = unitOf('Je ne dis pas que votre banque ne rembourse jamais.');
    expect(negatedBefore(u3.tokens, at(u3, 'votre'))).toBe(true);
    const u4 = unitOf("Je n'aime plus votre appli.");
    expect(negatedBefore(u4.tokens, at(u4, 'votre'))).toBe(true);
  });
  const problems = (text: string): string[] => presenceSignals({ units: [unitOf(text)], lang: 'en', lex: COMPLAINT_EN, accountYears: null,
    history: { total: 0, good: 0, bad: 0, boundaryTags: 0, hostileSubjects: 0, preciseSubjects: 0 } }).problem.map((m) => m.evidence.text);
  it.each(['Thanks for the quick sign-off.', 'The kick-off call went well.', 'Book a drop-off slot.', 'A one-off payment.'])('"off" as the tail of a compound is no problem: %s', (text) => {
    expect(problems(text)).toEqual([]);
  });
  it.each(['The milk was off.', 'The yoghurt smells off', 'It went off - again.'])('"off" on its own still is: %s', (text) => {
    expect(problems(text)).toEqual(['off']);
  });
  it('compoundTail needs the hyphen right before the particle', () => {
    const u = unitOf('sign off, sign-off');
    expect(compoundTail(u, { from: 1, to: 2 })).toBe(false);
    expect(compoundTail(u, { from: 3, to: 4 })).toBe(true);
  });
});

describe('problems said absent and page references (p7)', () => {
  const problems = (lang: Lang, text: string): string[] => presenceSignals({ units: [unitOf(text)], lang, lex: lang === 'fr' ? COMPLAINT_FR : COMPLAINT_EN, accountYears: null,
    history: { total: 0, good: 0, bad: 0, boundaryTags: 0, hostileSubjects: 0, preciseSubjects: 0 } }).problem.map((m) => m.evidence.text);
  it.each([['fr', 'Si c\'est en plus, pas de souci, envoyez un devis.'], ['fr', 'Aucun problème pour mardi.'], ['fr', 'Livré sans souci.'], ['en', 'No problem, Thursday works.'], ['en', 'It was not an issue.']] as [Lang, string][])('a problem word said absent is no problem (%s): %s', (lang, text) => {
    expect(problems(lang, text)).toEqual([]);
  });
  it.each([['fr', "J'ai un souci avec la facture."], ['fr', 'De plus en plus de problèmes.'], ['en', 'The problem is the lid.']] as [Lang, string][])('still a problem (%s): %s', (lang, text) => {
    expect(problems(lang, text)).not.toEqual([]);
  });
  it('absentProblem reads the one or two words right before', () => {
    const u = unitOf('pas de souci');
    expect(absentProblem(u, { from: 2 })).toBe(true);
    expect(absentProblem(u, { from: 0 })).toBe(false);
  });
  it.each(['traduit p. 12 et', 'voir page 31', 'section 4 dit', 'clause 7'])('a number after a reference word is precise: %s', (text) => {
    const u = unitOf(text);
    expect(u.tokens.some((_, i) => isPrecise(u, i))).toBe(true);
  });
  it.each(['nous étions 12 personnes', 'mon fils a 3 ans', 'pages 2'])('a bare small number is not: %s', (text) => {
    const u = unitOf(text);
    expect(u.tokens.some((_, i) => isPrecise(u, i))).toBe(false);
  });
});

describe('swearing that intensifies praise (p8)', () => {
  const irritation = (text: string): string[] => presenceSignals({ units: [unitOf(text)], lang: 'en', lex: COMPLAINT_EN, accountYears: null,
    history: { total: 0, good: 0, bad: 0, boundaryTags: 0, hostileSubjects: 0, preciseSubjects: 0 } }).irritation.map((m) => m.evidence.text);
  it.each(['This bloody brilliant tent survived a gale.', 'The damn brilliant app.'])('a swear word before a warm word is no irritation: %s', (text) => {
    expect(irritation(text)).toEqual([]);
  });
  it.each(['This bloody tent snapped.', 'The bloody app, brilliant as ever.'])('still irritation: %s', (text) => {
    expect(irritation(text)).toEqual(['bloody']);
  });
});
