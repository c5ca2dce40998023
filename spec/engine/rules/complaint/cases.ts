/**
 * Complaint-type cases written for the tests (not from the dev set): new wording,
 * SMS and unaccented spellings, and history that decides ambiguous text.
 */
import type { ComplaintType, Lang } from '../../../../src/engine/types';

export interface Hist { years?: number; good?: number; bad?: number; subjects?: string[]; boundary?: boolean }
export interface ComplaintCase { name: string; lang: Lang; text: string | string[]; hist?: Hist; expect: ComplaintType }

const LOYAL: Hist = { years: 9, good: 4 };
const HOSTILE: Hist = { years: 1, bad: 3 };
const NEW: Hist = { years: 0.5 };

export const CASES: ComplaintCase[] = [
  // active_hater
  { name: 'fr sweeping, rejects excuses', lang: 'fr', hist: HOSTILE, expect: 'active_hater',
    text: 'Franchement vous êtes les pires. Depuis que je suis chez vous RIEN ne fonctionne, jamais. Gardez vos excuses.' },
  { name: 'fr sms scam', lang: 'fr', hist: { years: 1, bad: 1 }, expect: 'active_hater',
    text: 'encore une facture de malade, vs etes vraiment des escrocs, ca changera jamais avec vous. pas la peine de me proposer un avoir' },
  { name: 'en useless company, never fixes', lang: 'en', hist: NEW, expect: 'active_hater',
    text: "Honestly the most useless company I've ever had the misfortune to deal with. Nothing ever works and you never fix anything. Don't bother apologising." },
  { name: 'en joke, always has been', lang: 'en', hist: { years: 2, bad: 2 }, expect: 'active_hater',
    text: 'Typical. Your service is a total joke, always has been. Save your excuses, I have heard them all.' },
  { name: 'fr bande d incapables', lang: 'fr', hist: { years: 1, bad: 2 }, expect: 'active_hater',
    text: "C'est toujours la même chose avec vous, une bande d'incapables du premier au dernier. Je n'attends plus rien de vous." },
  { name: 'en pathetic, do not bother replying', lang: 'en', hist: { years: 1, bad: 2 }, expect: 'active_hater',
    text: "Absolutely pathetic. Every time I contact you it's the same rubbish. You people couldn't organise anything. Don't even bother replying." },
  { name: 'fr honte, comme d habitude', lang: 'fr', hist: { years: 2, bad: 1 }, expect: 'active_hater',
    text: "Service client de m*rde, comme d'habitude personne ne répond. Vous êtes une honte." },
  { name: 'fr unaccented nuls, pourrie', lang: 'fr', hist: { years: 1, bad: 1 }, expect: 'active_hater',
    text: 'vous etes nuls, nuls, nuls. jamais vu une boite aussi pourrie. je veux meme pas de geste commercial' },
  // extreme_critic
  { name: 'en statement prose with amounts', lang: 'en', hist: { years: 3, good: 1 }, expect: 'extreme_critic',
    text: "Three things wrong with the latest statement: the opening balance is £120.00 but last month's closing was £102.00; the interest line is missing; and page 2 repeats page 1." },
  { name: 'fr courrier montant et nom', lang: 'fr', hist: { years: 3, good: 1 }, expect: 'extreme_critic',
    text: 'Dans votre courrier du 12/04, le montant indiqué (87,50 €) ne correspond pas au contrat (78,50 €). Par ailleurs mon nom est mal orthographié : Lefèvre et non Lefebvre.' },
  { name: 'fr itemised order errors', lang: 'fr', hist: { years: 3, good: 1 }, expect: 'extreme_critic',
    text: "Bonjour,\nQuelques erreurs sur la commande 4471 :\n- 3 articles facturés au lieu de 2 ;\n- frais de port de 9,90 € alors que la livraison est offerte dès 50 € ;\n- adresse de facturation erronée (rue Victor Hugo, pas rue Hugo).\nMerci de corriger." },
  { name: 'en numbered invoice errors', lang: 'en', hist: { years: 2, good: 1 }, expect: 'extreme_critic',
    text: 'Hi,\nA few issues with invoice INV-2291:\n1. VAT charged at 20% on a zero-rated item.\n2. Unit price £14.50, the quote said £12.75.\n3. Delivery date shows 12/03, it arrived 15/03.\nPlease reissue.' },
  { name: 'en prose defects with versions', lang: 'en', hist: { years: 2 }, expect: 'extreme_critic',
    text: 'The app (v4.2.1 on iOS 17) crashes every time I open the Reports tab, and the export button returns error 500 instead of the CSV. Also the dashboard total shows 1,204 when the report says 1,240.' },
  { name: 'fr prose amounts', lang: 'fr', hist: { years: 2, good: 1 }, expect: 'extreme_critic',
    text: "La version 2.3 affiche un solde de 1 250,00 € alors que mon relevé indique 1 205,00 €. Le bouton « Exporter » renvoie une erreur 404 au lieu du fichier." },
  { name: 'en short enumerated points with times and dates', lang: 'en', hist: { years: 2, good: 1 }, expect: 'extreme_critic',
    text: 'Notes on the podcast edit:\n- 03:12, the intro music is the old one;\n- guest name spelt wrong at 11:40;\n- episode date says 4 June, we recorded on 6 June.\nThanks.' },
  { name: 'fr points with a booking contrast', lang: 'fr', hist: { years: 2, good: 1 }, expect: 'extreme_critic',
    text: 'Bonjour,\nSur la confirmation :\n- arrivée le 12 mars, départ le 15 mars : nous avions réservé du 12 au 16 ;\n- chambre double au lieu de deux lits ;\n- nom mal orthographié.\nMerci.' },
  // lapsed_loyal
  { name: 'fr ten years, then/now, leaving', lang: 'fr', hist: { years: 11, good: 3 }, expect: 'lapsed_loyal',
    text: "Client depuis plus de 10 ans, je n'ai jamais eu de souci jusqu'ici. Mais depuis le changement de logiciel, plus rien ne va. Si ça continue, je vais voir ailleurs." },
  { name: 'en since 2009, switching', lang: 'en', hist: { years: 15, good: 2 }, expect: 'lapsed_loyal',
    text: "I've been with you since 2009 and always recommended you to friends. Lately it's one problem after another and nobody calls back. I'm seriously considering switching to another provider." },
  { name: 'en short text, loyal history', lang: 'en', hist: { years: 6, good: 4 }, expect: 'lapsed_loyal',
    text: 'Still not fixed. Very disappointed.' },
  { name: 'en short text, hostile history', lang: 'en', hist: { years: 1, bad: 3, subjects: ['Worst service ever', 'Useless'] }, expect: 'active_hater',
    text: 'Still not fixed. Very disappointed.' },
  { name: 'fr sms twelve years', lang: 'fr', hist: { years: 12, good: 2 }, expect: 'lapsed_loyal',
    text: "sa fait 12 ans que je suis chez vous et c la premiere fois que je suis aussi decu. avant c etait top. je vais resilier." },
  { name: 'en fifteen years, take business elsewhere', lang: 'en', hist: { years: 16, good: 3 }, expect: 'lapsed_loyal',
    text: "We've been customers for over 15 years but the service this year has been shocking. It was never like this before. Unless things improve we'll take our business elsewhere." },
  { name: 'fr fidele cliente, regarder la concurrence', lang: 'fr', hist: { years: 20, good: 2 }, expect: 'lapsed_loyal',
    text: "Je suis une fidèle cliente depuis 20 ans. Ces derniers temps, les délais sont devenus n'importe quoi. Je commence à regarder la concurrence." },
  // passionate
  { name: 'en obsessed, small inconsistency', lang: 'en', hist: { years: 1, good: 1 }, expect: 'passionate',
    text: "Your sourdough kits are the best thing I've bought this year, honestly obsessed! One tiny thing: the instructions card says 200g flour but the video says 250g. Could you clarify?" },
  { name: 'fr raffole, bemol', lang: 'fr', hist: { years: 2, good: 1 }, expect: 'passionate',
    text: 'Coucou ! Vos tisanes sont géniales, toute la famille en raffole 😍 Seul bémol : le sachet refermable ne ferme plus bien. Merci et bravo pour tout !' },
  { name: 'en love planners with suggestion', lang: 'en', hist: { years: 8, good: 2 }, expect: 'passionate',
    text: "I absolutely love your planners, I've bought one every year since 2017! This year's binding is coming apart after a week though. Maybe consider a stitched version?" },
  { name: 'fr j adore, petit souci, suggestion', lang: 'fr', hist: { years: 2, good: 1 }, expect: 'passionate',
    text: "J'adore votre appli, je l'utilise tous les jours ! Petit souci depuis la dernière mise à jour : les notifications n'arrivent plus. Ce serait top de pouvoir choisir l'heure du rappel." },
  { name: 'en big fan, torn seals', lang: 'en', hist: { years: 3, good: 1 }, expect: 'passionate',
    text: 'Big fan of your coffee subscription! Small issue: the last two bags arrived with torn seals. Would be great if you could double-bag them.' },
  { name: 'fr unaccented fan', lang: 'fr', hist: { years: 4, good: 2 }, expect: 'passionate',
    text: "vos bougies sont une merveille, je suis fan depuis le debut. par contre le dernier colis est arrive casse :( vous pourriez ameliorer l'emballage ?" },
  // none
  { name: 'fr shipping question', lang: 'fr', expect: 'none', text: 'Bonjour, pouvez-vous me dire quand ma commande sera expédiée ? Merci.' },
  { name: 'en account question', lang: 'en', expect: 'none', text: 'Hi, how do I change the email address on my account? Thanks!' },
  { name: 'en thank you', lang: 'en', hist: LOYAL, expect: 'none', text: "Thank you so much for sorting this out so quickly, you're brilliant!" },
  { name: 'fr thank you', lang: 'fr', hist: LOYAL, expect: 'none', text: 'Merci beaucoup pour votre aide, tout fonctionne parfaitement maintenant !' },
  { name: 'en invoice copy, loyal history', lang: 'en', hist: LOYAL, expect: 'none', text: 'Hi, could you send me a copy of my last invoice? Thanks again.' },
  { name: 'fr balance question, hostile history', lang: 'fr', hist: HOSTILE, expect: 'none', text: 'Bonjour, je souhaite connaître le solde de mon compte. Cordialement.' },
  { name: 'en is this a scam (question)', lang: 'en', expect: 'none', text: 'Is this email from you or a scam? It asks for my card details.' },
  { name: 'fr encore une question', lang: 'fr', hist: LOYAL, expect: 'none', text: "Bonjour, j'ai encore une question : comment activer l'option ?" },
  { name: 'en polite cancellation', lang: 'en', hist: LOYAL, expect: 'none', text: "I'd like to cancel my subscription please, I'm moving abroad next month. Thanks for everything." },
  { name: 'fr resiliation demenagement', lang: 'fr', hist: LOYAL, expect: 'none', text: "Bonjour, je déménage à l'étranger et je souhaite résilier mon abonnement à la fin du mois. Merci pour ces années." },
  { name: 'en parcel not found', lang: 'en', hist: LOYAL, expect: 'none', text: "Hello, my parcel says delivered but I can't find it. Could you check with the courier please?" },
  { name: 'fr box en panne, loyal', lang: 'fr', hist: LOYAL, expect: 'none', text: "Bonjour, la box ne s'allume plus depuis ce matin. Pouvez-vous envoyer un technicien ?" },
  { name: 'fr jamais recu le code', lang: 'fr', hist: HOSTILE, expect: 'none', text: "Je n'ai jamais reçu de code de confirmation, pouvez-vous le renvoyer ?" },
  { name: 'en never got the email', lang: 'en', hist: HOSTILE, expect: 'none', text: 'I never got the confirmation email, can you resend it?' },
];
