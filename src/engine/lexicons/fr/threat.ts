/**
 * French threats. Legal rights are not threats ("porter plainte", avocat, DGCCRF, avis,
 * opposition): rules drop weak threat cues in a sentence that names one. Kinds:
 * threat.violence (sev 4, alone), threat.intim (sev 3, alone), threat.regret ("vous allez
 * le regretter": sev 3 unless a legal right is named in the sentence), threat.know
 * ("je sais où"): a threat with a threat.place/target in the sentence, threat.weak:
 * only with another threat cue in the comment.
 */
import { terms, type LexiconSet } from '../types';

export const threatFr: LexiconSet = {
  lang: 'fr',
  name: 'threat',
  entries: [
    ...terms('threat.violence', [
      'casse(r) la gueule', 'casses la gueule', 'pete(r) la gueule', 'petes la gueule', 'casse(r) la figure', 'casse(r) les dents', 'pete(r) les dents', 'defonce(r) la gueule', 'defonces la gueule', 'eclate(r) la gueule', 'eclate(r) la tete', 'casse(r) la tete', 'refaire le portrait',
      'vous defoncer', 'te defoncer', 'le defoncer', 'lui defoncer', 'vous tuer', 'te tuer', 'je vais le tuer', 'je vais la tuer', 'je vais les tuer',
      'faire la peau', 'vous buter', 'te buter', 'le buter', 'la buter', 'les buter', 'vous crever', 'te crever', 'en ambulance', 'finir a l hopital',
      'finira a l hopital', 'finir aux urgences', 'finira aux urgences', 'envoyer a l hopital', 'envoyer aux urgences', 'vous egorger', 'te egorger',
      'egorger', 'foutre le feu', 'mettre le feu a vos', 'mettre le feu chez', 'bruler vos locaux', 'bruler votre agence', 'faire sauter vos',
      'faire sauter votre', 'vous flinguer', 'te flinguer', 'le flinguer', 'vous descendre', 'te planter', 'le planter', 'coup de couteau',
      'coups de couteau', 'une balle', 'mon fusil', 'ma batte', 'batte de baseball', 'vous frapper', 'te frapper', 'le frapper', 'la frapper',
      'mettre une raclee', 'foutre une raclee', 'mettre une beigne', 'en coller une', 'lui en coller une', 'vous en coller une', 'casser les jambes',
      'casser les genoux', 'peter les genoux', 'lui casser', 'vous casser', 'te casser la', 'des dents en moins', 'moins de dents', 'vous etrangler',
      'l etrangler', 'vous cogner', 'le cogner', 'defoncer sa voiture', 'rayer sa voiture', 'crever ses pneus', 'crever vos pneus', 'vous allez saigner',
    ], { s: 4 }),
    ...terms('threat.intim', [
      'il va pas aimer', 'il ne va pas aimer', 'vous allez pas aimer', 'tu vas pas aimer', 'elle va pas aimer', 'expliquer la vie', 'lui expliquer la vie',
      'regler ca a la sortie', 'regler ca dehors', 'on va regler ca entre hommes', 'entre quatre yeux', 'il va le sentir passer', 'vous allez le sentir passer',
      'tu vas le sentir passer', 'ca va mal finir', 'ca va mal se terminer', 'ca va finir mal', 'vous allez morfler', 'tu vas morfler', 'il va morfler',
      'gare a vous', 'gare a toi', 'gare a lui', 'tu vas voir ce que tu vas voir', 'vous allez voir ce que vous allez voir', 'vous ne perdez rien pour attendre',
      'tu ne perds rien pour attendre', 'je vais l attendre', 'je l attendrai', 'je vais vous attendre', 'je vous attendrai', 'l attendre a la sortie',
      'a la sortie du travail', 'fais gaffe a toi', 'faites gaffe a vous', 'faites attention a vous', 'qu il fasse attention', 'il ferait mieux de faire attention',
      'vous avez interet a faire attention', 'je connais votre adresse', 'je connais son adresse', 'je sais ou vous habitez',
      'je sais ou tu habites', 'je sais ou il habite', 'je sais ou elle habite', 'je sais ou il gare', 'je sais ou elle gare', 'je sais ou vous garez',
      'je sais a quelle heure il', 'je sais a quelle heure elle', 'je sais a quelle heure vous', 'je vais venir vous chercher', 'je vais m occuper de son cas',
      'je vais m occuper de lui', 'je vais lui rendre visite', 'je vais vous rendre visite',
      'je ne reponds plus de rien', 'je reponds plus de rien',
    ], { s: 3 }),
    ...terms('threat.regret', [
      'vous allez le regretter', 'tu vas le regretter', 'il va le regretter', 'elle va le regretter', 'ils vont le regretter', 'vous le regretterez',
      'tu le regretteras', 'il le regrettera', 'elle le regrettera', 'vous allez regretter', 'tu vas regretter', 'il va regretter', 'vous allez le payer',
      'tu vas le payer', 'il va le payer', 'vous allez me le payer', 'tu vas me le payer', 'il va me le payer', 'vous allez payer', 'le regretter amerement',
    ], { s: 3 }),
    ...terms('threat.know', ['je sais ou', 'je sais a quelle heure', 'je connais l adresse', 'je sais quand', 'on sait ou', 'je sais comment il rentre']),
    ...terms('threat.place', [
      'habitez', 'habite', 'habites', 'vivez', 'vit', 'gare', 'garez', 'voiture', 'domicile', 'maison', 'famille', 'enfants', 'entrepot', 'agence',
      'bureau', 'bureaux', 'locaux', 'magasin', 'boutique', 'depot', 'sort', 'sortez', 'sortent', 'finit', 'finissez', 'rentre', 'rentrez', 'directeur',
      'chef', 'livreur', 'technicien',
    ]),
    ...terms('threat.weak', ['je rigole pas', 'vous etes prevenus', 'vous etes prevenu', 'je vous aurai prevenu', 'il a interet a', 'on se retrouvera', 'on va se retrouver', 'je vais passer le voir', 
      'je vais passer', 'je vais venir', 'je vais debarquer', 'je vais descendre', 'je viendrai', 'je passerai', 'moi meme', 'en personne',
      'vous allez avoir de mes nouvelles', 'vous allez m entendre', 'croyez moi', 'je vous previens', 'je previens',
    ]),
  ],
};
