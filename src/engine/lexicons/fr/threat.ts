/**
 * French threats. Legal rights are not threats ("porter plainte", avocat, DGCCRF, avis,
 * opposition): rules drop weak threat cues in a sentence that names one. Kinds:
 * threat.violence (sev 4, alone), threat.intim (sev 3, alone), threat.regret ("vous allez
 * le regretter": sev 3 unless a legal right is named in the sentence), threat.know
 * ("je sais où"): a threat with a threat.place/target in the sentence, threat.weak:
 * only with another threat cue in the comment.
 */
import { terms, type LexiconSet } from '../types';

/** Harm to a body part: "je vais lui casser les doigts", "péter les dents" (not "il s'est cassé la jambe": the pronoun is reflexive). */
const HARM_VERBS = ['casser', 'casse', 'peter', 'pete', 'briser', 'brise', 'eclater', 'eclate', 'defoncer', 'defonce', 'arracher', 'arrache', 'couper', 'coupe', 'tordre', 'demonter', 'exploser', 'explose'];
const WHOSE = ['lui', 'vous', 'te', 'leur'];
const BODY = ['les doigts', 'la main', 'les mains', 'le bras', 'les bras', 'les jambes', 'la jambe', 'le nez', 'la nuque', 'la machoire', 'la figure', 'les dents', 'les genoux', 'les cotes', 'le crane', 'les os', 'le dos', 'le poignet', 'les poignets', 'les chevilles', 'la tronche', 'la gueule', 'les rotules'];
const BODY_HARM = HARM_VERBS.flatMap((v) => WHOSE.flatMap((w) => BODY.map((b) => `${w} ${v} ${b}`)));
/** Without the pronoun ("casser les doigts de votre livreur"), unless a reflexive or an auxiliary precedes ("je me suis cassé la jambe"). */
const BODY_HARM_BARE = HARM_VERBS.flatMap((v) => BODY.map((b) => `${v} ${b}`));

export const threatFr: LexiconSet = {
  lang: 'fr',
  name: 'threat',
  entries: [
    ...terms('threat.violence', [
      'casses la gueule', 'petes la gueule', 'defonces la gueule', 'eclate(r) la tete', 'casse(r) la tete', 'refaire le portrait', 'surveiller ses arrieres', 'surveiller vos arrieres', 'surveiller tes arrieres', 'surveille tes arrieres', 'surveillez vos arrieres',
      'dommage qu il arrive quelque chose', 'dommage qu il lui arrive quelque chose', 'dommage qu il vous arrive quelque chose', 'dommage qu il t arrive quelque chose', 'refais le portrait', 'refait le portrait', 'referai le portrait',
      'vous defoncer', 'te defoncer', 'le defoncer', 'lui defoncer', 'vous tuer', 'te tuer', 'je vais le tuer', 'je vais la tuer', 'je vais les tuer',
      'faire la peau', 'vous buter', 'te buter', 'le buter', 'la buter', 'les buter', 'vous crever', 'te crever', 'en ambulance', 'finir a l hopital',
      'finira a l hopital', 'finir aux urgences', 'finira aux urgences', 'envoyer a l hopital', 'envoyer aux urgences', 'vous egorger', 'te egorger',
      'egorger', 'foutre le feu', 'mettre le feu a vos', 'mettre le feu chez', 'bruler vos locaux', 'bruler votre agence', 'faire sauter vos',
      'faire sauter votre', 'vous flinguer', 'te flinguer', 'le flinguer', 'vous descendre', 'te planter', 'le planter', 'coup de couteau',
      'coups de couteau', 'une balle', 'mon fusil', 'ma batte', 'batte de baseball', 'vous frapper', 'te frapper', 'le frapper', 'la frapper',
      'mettre une raclee', 'foutre une raclee', 'mettre une beigne', 'en coller une', 'lui en coller une', 'vous en coller une', 'lui casser', 'vous casser', 'te casser la', 'dents en moins', 'dent en moins', 'moins de dents', 'sans ses dents',
      'je lui pete la face', 'je vais lui peter la face', 'je te pete la face', 'je vous pete la face', 'je lui casse la face', 'je la defonce', 'je le defonce', 'je defonce votre', 'je vais defoncer votre', 'je casse votre vitrine', 'je vais casser votre vitrine', 'a coups de pied dans votre',
      'dommage qu il leur arrive quelque chose', 'qu il leur arrive quelque chose', 'il pourrait leur arriver quelque chose',
      'vous etrangler', 'je vous demonte', 'je vais vous demonter', 'je te demonte', 'je vais te demonter', 'on va vous demonter', 'je viens vous demonter',
      'l etrangler', 'vous cogner', 'le cogner', 'defoncer sa voiture', 'rayer sa voiture', 'crever ses pneus', 'crever vos pneus', 'vous allez saigner',
    ], { s: 4 }),
    ...terms('threat.violence', BODY_HARM, { s: 4, notPrev: ['pourrait', 'pourrais', 'risque', 'risquez', 'failli', 'manque', 'peut', 'peuvent', 'se', 's'] }),
    ...terms('threat.violence', BODY_HARM_BARE, {
      s: 4, notPrev: ['me', 'm', 'se', 's', 'te', 't', 'nous', 'vous', 'lui', 'leur', 'suis', 'est', 'es', 'a', 'ai', 'as', 'ont', 'avons', 'avez', 'etait', 'sont', 'pourrait', 'risque', 'failli', 'peut', 'peuvent', 'va', 'vont', 'pour', 'sans', 'de'],
    }),
    // Harm as a consequence for a third person: a threat unless the sentence is about a hazard.
    ...terms('threat.harm', [
      'quelqu un va se faire mal', 'quelqu un va etre blesse', 'il va y avoir des blesses', 'il va lui arriver quelque chose', 'il pourrait lui arriver quelque chose',
      'il va lui arriver malheur', 'il lui arrivera malheur', 'il lui arrivera quelque chose', 'il va arriver un malheur', 'un malheur est vite arrive',
      'il ne remarchera pas', 'il repartira en boitant', 'il repartira sur une civiere', 'sur une civiere', 'besoin d un dentiste', 'ne le reconnaitra pas',
      'ne va pas le reconnaitre', 'finir en chaise roulante', 'finir en fauteuil roulant', 'finira en fauteuil roulant', 'repartir en fauteuil roulant', 'six pieds sous terre', 'entre quatre planches', 'il ne fera pas de vieux os',
      'il va passer un sale quart d heure', 'passer un mauvais quart d heure', 'il va prendre cher', 'il va en prendre plein la gueule', 'il va dejuster',
    ], { s: 4 }),
    ...terms('ctx.hazard', [
      'dangereux', 'dangereuse', 'danger', 'securite', 'denude', 'denudes', 'fil', 'fils', 'cable', 'cables', 'escalier', 'marche', 'rambarde', 'garde corps',
      'electrique', 'gaz', 'fuite', 'incendie', 'batterie', 'verglas', 'glissant', 'glissante', 'nid de poule', 'verre', 'coupant', 'echafaudage', 'freins',
      'pneu', 'pneus', 'surchauffe', 'fumee', 'rappel', 'defectueux', 'defectueuse', 'effondrer', 'plafond', 'toit', 'enfant', 'enfants', 'bebe', 'airbag',
      'avant que', 'accident', 'blessure', 'blesse',
    ]),
    ...terms('threat.intim', [
      'il va pas aimer', 'il ne va pas aimer', 'vous allez pas aimer', 'tu vas pas aimer', 'elle va pas aimer', 'expliquer la vie', 'lui expliquer la vie',
      'regler ca a la sortie', 'regler ca dehors', 'on va regler ca entre hommes', 'entre quatre yeux', 'il va le sentir passer', 'vous allez le sentir passer',
      ...['pourrait', 'risque de', 'va'].flatMap((v) => ['lui', 'elle', 'vous', 'toi', 'eux'].map((p) => `ca ${v} mal finir pour ${p}`)),
      'quand on sera face a face', 'quand on sera tous les deux', 'face a face vous et moi', 'on sera face a face', 'on verra s il fait toujours le malin',
      'on verra si vous faites toujours le malin', 'je sais qu elle habite', 'je sais qu il habite', 'ses gamins sont a l ecole', 'ses enfants sont a l ecole',
      'faire attention a lui', 'faire attention a elle', 'reglera ca sur le parking', 'regler ca sur le parking', 'reglera ca dehors', 'il ne sera pas en etat',
      'il ne sera plus en etat', 'elle ne sera pas en etat', 'vous ne serez pas en etat', 'tu ne seras pas en etat',
      'tu vas le sentir passer', 'ca va mal se terminer', 'ca va finir mal', 'vous allez morfler', 'tu vas morfler', 'il va morfler',
      'gare a vous', 'gare a toi', 'gare a lui', 'tu vas voir ce que tu vas voir', 'vous allez voir ce que vous allez voir', 'vous ne perdez rien pour attendre',
      'tu ne perds rien pour attendre', 'l attendre a la sortie', 'vous attendre a la sortie', 't attendre a la sortie', 'je l attendrai a la sortie',
      'je vous attendrai a la sortie', 'je t attendrai a la sortie', 'fais gaffe a toi', 'faites gaffe a vous', 'qu il fasse attention', 'il ferait mieux de faire attention',
      'vous avez interet a faire attention', 'je connais votre adresse', 'je connais son adresse', 'je sais ou vous habitez',
      'je sais ou tu habites', 'je sais ou il habite', 'je sais ou elle habite', 'je sais ou il gare', 'je sais ou elle gare', 'je sais ou vous garez',
      'je sais a quelle heure il', 'je sais a quelle heure elle', 'je sais a quelle heure vous', 'je vais venir vous chercher', 'je vais m occuper de son cas',
      'je vais m occuper de lui', 'il fera moins le malin', 'elle fera moins la maligne', 'vous ferez moins le malin', 'je vais lui rendre visite', 'je vais vous rendre visite',
      'je sais quelle voiture', 'je sais ou elle se gare', 'je sais ou il se gare', 'je sais ou vous vous garez',
      'j ai vu vos enfants', 'j ai vu ses enfants', 'j ai vu votre femme', 'j ai vu votre mari', 'j ai vu sa femme', 'j ai vu son mari', 'j ai vu votre fille',
      'j ai vu votre fils', 'je connais vos enfants', 'je connais ses enfants', 'je sais ou vont vos enfants', 'je sais ou vont ses enfants', 'je sais a quelle ecole',
      'je l ai suivie', 'je l ai suivi', 'je vous ai suivi', 'je vous ai suivie', 'je vous surveille', 'je la surveille', 'je le surveille', 'je connais ses horaires',
      'je connais vos horaires', 'je connais son nom complet', 'je connais votre nom complet', 'je l ai retrouvee sur facebook', 'j ai trouve son adresse',
      'j ai trouve votre adresse', 'je sais ou ils habitent',
      'je ne reponds plus de rien', 'je reponds plus de rien',
    ], { s: 3 }),
    ...terms('threat.regret', [
      'vous allez le regretter', 'tu vas le regretter', 'il va le regretter', 'elle va le regretter', 'ils vont le regretter', 'vous le regretterez',
      'tu le regretteras', 'il le regrettera', 'elle le regrettera', 'vous allez le payer',
      'tu vas le payer', 'il va le payer', 'vous allez me le payer', 'tu vas me le payer', 'il va me le payer', 'vous allez payer', 'le regretter amerement',
    ], { s: 3 }),
    ...terms('threat.know', ['je sais ou', 'je sais a quelle heure', 'je connais l adresse', 'je sais quand', 'on sait ou', 'je sais comment il rentre', 'j ai vu ou']),
    ...terms('threat.private', ['conduit', 'conduisez', 'gare', 'garez', 'ecole', 'salle de sport', 'trajet', 'femme', 'mari', 'fille', 'fils', 'enfants', 'famille', 'habite', 'habitez', 'domicile', 'horaires', 'rentre', 'rentrez']),
    ...terms('threat.knowweak', ['je sais quel', 'je sais quelle', 'je connais', 'je sais exactement ou', 'je peux trouver ou']),
    ...terms('threat.place', [
      'habitez', 'habite', 'habites', 'vivez', 'vit', 'gare', 'garez', 'voiture', 'domicile', 'maison', 'famille', 'enfants', 'entrepot', 'agence',
      'bureau', 'bureaux', 'locaux', 'magasin', 'boutique', 'depot', 'sort', 'sortez', 'sortent', 'finit', 'finissez', 'rentre', 'rentrez', 'directeur',
      'chef', 'livreur', 'technicien', 'conduit', 'conduisez', 'ecole', 'trajet', 'femme', 'mari', 'fille', 'fils', 'horaires', 'parking', 'salle de sport',
    ]),
    // "je vous attendrai à l'accueil": waiting is a threat only next to another threat cue.
    // "Vous allez regretter de m'avoir perdu" regrets lost business: intimidation only with a weak cue in the sentence.
    ...terms('threat.regretweak', ['vous allez regretter', 'tu vas regretter', 'il va regretter', 'vous regretterez', 'tu regretteras']),
    // "Faites attention à vous" is also a kind farewell: a threat only next to another cue.
    ...terms('threat.weak', ['pas par lettre recommandee', 'tout seul le soir', 'toute seule le soir', 'faites attention a vous', 'je connais des gens qui', 'j ai des amis qui', 'je connais du monde', 'je viens a votre agence', 'je passe a votre agence', 'je vais venir a votre agence', 'je debarque a votre agence', 'je debarque chez vous', 'je dis ca je dis rien', 'ou il gare sa voiture', 'ou elle gare sa voiture', 'je vais l attendre', 'je l attendrai', 'je vais vous attendre', 'je vous attendrai', 'je vais t attendre', 'je t attendrai', 'a la sortie du travail', 'je rigole pas', 'vous etes prevenus', 'vous etes prevenu', 'je vous aurai prevenu', 'il a interet a', 'on se retrouvera', 'on va se retrouver', 'je vais passer le voir', 
      'je vais passer', 'je vais venir', 'je vais debarquer', 'je vais descendre', 'je viendrai', 'je passerai', 'moi meme', 'en personne',
      'vous allez avoir de mes nouvelles', 'vous allez m entendre', 'croyez moi', 'je vous previens', 'je previens',
    ]),
  ],
};
