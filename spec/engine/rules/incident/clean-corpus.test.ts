/**
 * Clean tickets written for the tests (traps the taxonomy lists as "does NOT count"):
 * delays, waiting for a pickup, neutral nationality and language mentions, own age and
 * disability, warmth, legal rights, quotes, reported insults, swearing at things, hazards,
 * products. None may raise an incident (target: at most 1 false incident in 50).
 */
import { categories } from './tester';

const CLEAN: string[] = [
  "Bonjour, encore des retards de livraison cette semaine, pouvez-vous me donner une date ?",
  "Je vous attendrai devant le magasin samedi à 10h pour récupérer le colis.",
  "Je suis belge et je voudrais savoir si vous livrez à Namur.",
  "Do you have French-speaking support? My mother doesn't speak English.",
  "I'm from Nigeria, can I pay in naira?",
  "Ce putain de routeur redémarre toutes les heures, c'est insupportable.",
  "This bloody printer jams every single time, I'm fed up.",
  "Je ne vous traite pas d'incompétents, mais la facture est fausse.",
  "The courier called me a stupid old fool and drove off, is that acceptable?",
  "Je suis malvoyant, votre site n'est pas lisible avec mon lecteur d'écran.",
  "I'm 76 and have arthritis, the lids are impossible to open.",
  "J'ai 81 ans, pouvez-vous m'envoyer la facture par courrier ?",
  "Merci, vous êtes un ange, le colis est arrivé à temps !",
  "You're all stars, thanks for sorting my flight.",
  "Je vais porter plainte et saisir le médiateur si rien ne bouge.",
  "I've filed a complaint with the ombudsman and my solicitor has the file.",
  "Is a French translation included in the package? If not, can you send a quote?",
  "La traduction est-elle incluse dans le forfait ? Sinon, merci de m'envoyer un devis.",
  "My cat ordered 14 bags of kibble when she walked on the keyboard, can I cancel?",
  "Can I speak to Daniel again? He knows our setup.",
  "J'aimerais parler à Mme Le Goff, qui suit mon dossier.",
  "The Chinese restaurant you recommended in the app has closed.",
  "My son is gay and your ad made him smile, thank you.",
  "Les Portugais du quartier m'ont recommandé votre boulangerie, bravo.",
  "Our Polish office needs the invoice in PLN, is that possible?",
  "Depuis la mise à jour, l'appli ne synchronise plus mes contacts.",
  "Since the update my watch won't pair with the phone.",
  "I know what you mean about the busy period, no rush.",
  "Je sais où se trouve le problème : le câble est débranché.",
  "My grandad is 92 and loves your audiobooks, could you enlarge the app font?",
  "He's too old for the junior plan now, how do I switch him?",
  "I'll call back tomorrow to check on the repair.",
  "Je rappellerai demain pour savoir où en est la réparation.",
  "Someone could trip over that loose cable in your showroom, please fix it.",
  "Il va y avoir un accident avec cette marche cassée devant l'agence.",
  "Your delivery guy was lovely, please thank him.",
  "Votre livreur était adorable, remerciez-le de ma part.",
  "The dress I ordered is too tight, can I swap it for a 12?",
  "La robe rouge taille mal, je voudrais la taille au-dessus.",
  "Is this a joke? I've been charged twice for the same order.",
  "C'est une blague ? Deux prélèvements pour le même mois !",
  "Old people like me find the new app confusing, please bring back the simple version.",
  "Les personnes âgées comme moi ont du mal avec la nouvelle appli.",
  "Are you open on Sunday? I'll be waiting outside at 9 for the pickup.",
  "Sorry if this is a dumb question, how do I export my data?",
  "Could you put me through to someone in the UK branch? It's about a UK invoice.",
  "Je voudrais un conseiller en France, c'est pour une question de fiscalité française.",
  "I'd like an English-speaking engineer, my Welsh isn't great lol.",
  "Bonjour, mon fils est autiste et l'appli l'aide beaucoup, merci !",
  "Our agency needs the logo by Friday; the contract covers two revision rounds, please confirm.",
  "Please add my wife to the account, and tell me the price.",
  "I will not pay the late fee, the payment was on time, here is the proof.",
  "Je refuse de payer ces frais de retard, j'ai payé à temps.",
  "Lol your chatbot just told me to reboot the fridge 😂 anyway, can a human check my order?",
  "Mdr votre bot m'a proposé de redémarrer le frigo 😂 bref, un humain peut regarder ma commande ?",
  "I'll be in the shop on Saturday to pick up my glasses.",
  "I love your app, it's brilliant! Thanks!",
  "The guy on the phone had a strong accent but he solved it quickly, thanks.",
  "Le conseiller avait un accent, mais il a été très efficace, merci.",
];

describe('clean corpus', () => {
  it.each(CLEAN)('no incident: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
});
