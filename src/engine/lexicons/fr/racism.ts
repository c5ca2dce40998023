/**
 * French racism cues. A group word or a predicate alone is NOT racism ("je suis belge",
 * "vous parlez portugais ?"): rules combine them. Kinds:
 * race.slur: a racist slur (alone). race.joke: a stereotype "joke" or "go home" (alone).
 * race.jokecand: a religious/ethnic cliché, racism only with a laugh in the sentence.
 * race.group: people named by origin or religion (capitalised nouns: "les Chinois", not
 * "le manuel chinois"). race.groupvague: "ces gens-là" (racist only with a strong
 * predicate, or in a comment that mentions origin). race.origin: an origin mention.
 * race.pred / race.predstrong: derogatory predicates. race.demand: staff wanted by
 * origin (needs a demand in the sentence).
 */
import { terms, type LexiconSet } from '../types';

const NATIONS = [
  'arabes', 'noirs', 'noires', 'blacks', 'renois', 'rebeus', 'beurs', 'maghrebins', 'africains', 'africaines', 'asiatiques', 'chinois',
  'chinoises', 'indiens', 'pakistanais', 'roumains', 'roms', 'gitans', 'manouches', 'polonais', 'turcs', 'juifs', 'musulmans', 'hindous',
  'etrangers', 'immigres', 'migrants', 'clandestins', 'marocains', 'algeriens', 'tunisiens', 'senegalais', 'maliens', 'ivoiriens',
  'comoriens', 'antillais', 'portugais', 'espagnols', 'italiens', 'vietnamiens', 'philippins', 'malgaches', 'albanais', 'ukrainiens',
];

/** Noirs/noires stay capitalised only: "les noirs" is also the blacks of a print or a photo. */
const NATIONS_LOWER = NATIONS.filter((n) => n !== 'noirs' && n !== 'noires' && n !== 'blacks');
/** In-group origins a customer may demand ("passez-moi quelqu'un de français"). */
const NAT_IN = ['francais', 'francaise', 'blanc', 'blanche', 'europeen', 'europeenne', 'gaulois'];
/** Other origins, as adjective or noun ("pas encore un conseiller marocain", "pas encore un Roumain"). */
const NAT_OUT = [
  'arabe', 'noir', 'noire', 'black', 'rebeu', 'beur', 'maghrebin', 'maghrebine', 'africain', 'africaine', 'asiatique', 'chinois', 'chinoise', 'indien',
  'indienne', 'pakistanais', 'pakistanaise', 'roumain', 'roumaine', 'rom', 'gitan', 'gitane', 'polonais', 'polonaise', 'turc', 'turque', 'juif', 'juive',
  'musulman', 'musulmane', 'etranger', 'etrangere', 'immigre', 'immigree', 'marocain', 'marocaine', 'algerien', 'algerienne', 'tunisien', 'tunisienne',
  'senegalais', 'senegalaise', 'malien', 'malienne', 'ivoirien', 'ivoirienne', 'comorien', 'comorienne', 'portugais', 'portugaise', 'vietnamien',
  'vietnamienne', 'philippin', 'philippine', 'malgache', 'albanais', 'albanaise', 'ukrainien', 'ukrainienne', 'mauricien', 'mauricienne',
];

export const racismFr: LexiconSet = {
  lang: 'fr',
  name: 'racism',
  entries: [
    ...terms('race.slur', [
      'negre(s)', 'negresse(s)', 'negro(s)', 'bougnoule(s)', 'bougnoul(s)', 'bicot(s)', 'youpin(e)(s)', 'youtre(s)', 'chinetoque(s)',
      'chintok(s)', 'niakoue(s)', 'bamboula(s)', 'crouille(s)', 'sale arabe', 'sales arabes', 'sale noir(e)', 'sales noirs', 'sale juif',
      'sale juive', 'sales juifs', 'sale chinois', 'sale noiraud', 'sale rebeu', 'sales rebeus', 'sale renoi', 'sales renois', 'sale race',
      'sous race', 'race inferieure', 'races inferieures', 'sale immigre', 'sales immigres', 'sale etranger', 'sales etrangers',
      'sale musulman', 'sales musulmans', 'sale gitan', 'sales gitans', 'sale portos', 'raton(s)',
    ], { s: 3, notNext: ['laveur', 'laveurs'] }),
    ...terms('race.joke', [
      'c est culturel chez vous', 'culturel chez vous', 'c est culturel chez eux', 'c est dans vos genes', 'c est dans leurs genes',
      'c est dans leur sang', 'dans les genes chez vous', 'ni hao', 'nihao', 'ching chong', 'tching tchong', 'ne mangez pas mon chien', 'mangez pas mon chien',
      'vous mangez du chien', 'sur votre chameau', 'tapis volant', 'vous allez pas me faire exploser', 'retourne dans ton pays',
      'retournez dans votre pays', 'rentre dans ton pays', 'rentrez dans votre pays', 'retourne en afrique', 'retournez en afrique',
      'mangeur(s) de riz', 'yeux brides', 'rentre chez toi au bled', 'retourne au bled', 'retournez au bled',
    ], { s: 2 }),
    ...terms('race.joke', ['importez par conteneur', 'importes par conteneur', 'importe par conteneur', 'importez au kilo'], { s: 2 }),
    ...terms('race.jokecand', [
      'ramadan', 'babouche(s)', 'chameau', 'chameaux', 'burka', 'djellaba', 'kippa', 'boubou', 'salam', 'salam aleykoum', 'inch allah', 'inchallah',
      'bollywood', 'kung fu', 'riziere', 'sombrero', 'case en terre', 'cocotier', 'cocotiers', 'tam tam', 'tamtam',
    ]),
    ...terms('race.jokefood', ['halal', 'couscous', 'nems', 'kebab', 'tacos', 'sushis', 'du riz', 'du chien']),
    ...terms('race.group', NATIONS, { s: 2, cap: true }),
    ...terms('race.group', NATIONS.flatMap((n) => [`ces ${n}`, `tous ces ${n}`])),
    // Lower-case nouns after an article are people too ("les chinois", "tous les arabes"), unlike "le manuel chinois".
    ...terms('race.group', NATIONS_LOWER.flatMap((n) => [`les ${n}`, `tous les ${n}`, `vous les ${n}`])),
    // A nationality word; racist only in a person phrase with a demand or a rejection (rules/incident/racism.ts).
    ...terms('race.natin', NAT_IN, { strict: true }),
    ...terms('race.nat', NAT_OUT, { strict: true }),
    ...terms('race.head', ['quelqu un de', 'quelqu un d', 'une personne', 'seulement des', 'que des']),
    ...terms('race.staff', [
      'conseiller(s)', 'conseillere(s)', 'agent(s)', 'technicien(s)', 'technicienne(s)', 'personne(s)', 'interlocuteur(s)', 'interlocutrice(s)',
      'operateur(s)', 'operatrice(s)', 'employe(e)(s)', 'standardiste(s)', 'gars', 'mec(s)', 'type(s)', 'plateforme', 'centre d appel(s)',
      'collegue(s)', 'vendeur(s)', 'vendeuse(s)', 'livreur(s)', 'teleconseiller(s)', 'teleconseillere(s)',
    ]),
    ...terms('race.reject', ['pas encore un', 'pas encore une', 'pas encore des', 'pas un autre', 'pas une autre', 'plus jamais un', 'plus jamais une', 'n importe qui sauf un',
      'n importe qui sauf une', 'tout sauf un', 'tout sauf une', 'pas un de ces', 'pas une de ces', 'plus de', 'marre des', 'assez des', 'encore un', 'encore une']),
    ...terms('ctx.langneed', [
      'qui parle', 'qui parlent', 'qui parlerait', 'parlant', 'parle francais', 'parle le francais', 'parler francais', 'parler le francais', 'francophone',
      'langue', 'langues', 'traduire', 'traduction', 'traducteur', 'interprete', 'bilingue', 'mon francais', 'comprend le francais',
    ]),
    ...terms('race.nature', [
      'dans leur sang', 'dans leur nature', 'dans leur adn', 'dans leurs genes', 'c est leur culture', 'c est culturel chez eux', 'ils sont tous comme ca',
      'ils sont tous pareils', 'ils sont tous les memes', 'c est bien eux', 'c est typique de chez eux', 'typique de ces gens la', 'typique de ces gens',
      'qu est ce que vous voulez attendre d eux', 'on ne peut rien attendre d eux', 'c est leur mentalite', 'avec leur mentalite', 'ces gens la sont tous',
      'l heure africaine', 'a l heure africaine', 'rapide pour eux', 'c est rapide pour eux', 'vous etes tous pareils', 'vous etes tous les memes', 'faites passer votre religion', 'votre religion avant votre travail', 'leur religion avant',
    ], { s: 2 }),
    ...terms('race.mock', [
      'c est quoi ce nom', 'c est quoi ce prenom', 'c est quoi votre vrai nom', 'c est quoi votre vrai prenom', 'votre vrai prenom', 'votre vrai nom', 'ton vrai nom',
      'ton vrai prenom', 'quel nom bizarre', 'quel prenom bizarre', 'drole de nom', 'drole de prenom', 'imprononcable', 'vous venez d ou vraiment',
      'vous venez d ou en vrai', 'tu viens d ou vraiment', 'd ou vous venez vraiment', 'vous etes d ou vraiment', 'vous etes d ou en vrai', 'c est quoi vos origines',
      'avec un nom pareil', 'avec un nom comme ca', 'avec un prenom pareil', 'avec un prenom comme ca', 'avec un nom comme le votre', 'un vrai prenom',
      'un prenom de chez nous', 'un nom de chez nous', 'apprenez le francais', 'apprends le francais', 'apprenez a parler francais', 'parlez francais correctement',
      'parlez correctement', 'un accent pareil', 'votre accent de', 'ton accent de',
    ], { s: 1 }),
    ...terms('race.groupvague', ['ces gens la', 'ces gens', 'ce genre de gens', 'ce genre de personnes', 'leur race', 'votre race', 'ces types la', 'vous autres']),
    ...terms('race.origin', [
      'depuis tunis', 'depuis casablanca', 'depuis dakar', 'depuis rabat', 'depuis alger', 'depuis l inde', 'depuis madagascar',
      'depuis le maroc', 'depuis l afrique', 'un rachid', 'un mohamed', 'un mohammed', 'un mamadou', 'une fatou', 'une fatima',
      'la bas', 'plateforme de dakar', 'votre voile', 'son voile', 'votre foulard', 'son foulard', 'de souche', 'origine', 'origines', 'accent', 'a l etranger', 'delocalise', 'delocalises', 'centre d appel a l etranger',
    ]),
    ...terms('race.origin', ['arabe', 'noir', 'noire', 'africain', 'africaine', 'maghrebin', 'chinois', 'indien', 'marocain', 'algerien', 'tunisien', 'senegalais', 'juif', 'musulman', 'etranger', 'etrangere', 'immigre'], { cap: true }),
    ...terms('race.pred', [
      'ne savent pas', 'savent pas', 'ne savent rien', 'savent rien', 'ne comprennent rien', 'comprennent rien', 'comprend rien',
      'ne comprend rien', 'sont tous des', 'sont tous pareils', 'tous les memes', 'tous pareils', 'incapables', 'faineants', 'feignants',
      'voleurs', 'puent', 'je veux pas de', 'je ne veux pas de', 'je veux plus de', 'pas de ces', 'marre de ces', 'ras le bol de ces',
      'pas etonnant', 'typique', 'typiquement', 'parlent meme pas', 'parlent pas francais', 'savent pas parler', 'savent pas lire',
      'ne savent pas lire', 'apprenez le francais', 'apprends le francais', 'des gens d ici', 'pas un type qui', 'lit son script',
      'n ont rien a faire', 'rien a faire ici', 'partout', 'plein de', 'envahi', 'envahis',
      // A people's supposed habits ("je sais comment vous êtes, vous les Arabes, avec le marchandage").
      'je sais comment vous etes', 'on sait comment vous etes', 'je sais comment ils sont', 'on sait comment ils sont', 'je vous connais',
      'marchandage', 'marchander', 'au souk', 'entourloupe', 'entourloupes', 'arnaqueurs',
    ], { s: 2 }),
    ...terms('race.predstrong', [
      'genetique', 'c est genetique', 'c est culturel', 'dans le sang', 'renvoyez les', 'renvoyez les chez eux',
      'chez eux', 'dans leur pays', 'rentrer chez eux', 'qu ils rentrent', 'nos emplois', 'nos boulots', 'sauvages', 'race',
      'de souche', 'des francais', 'de chez nous',
    ], { s: 3 }),
    ...terms('race.demand', [
      'pas un mamadou', 'pas un mohamed', 'pas un rachid', 'pas une fatou', 'pas une fatima', 'mamadou delocalise', 'qui s appelle dupont', 'qui s appelle durand',
      // Staff wanted by birthplace ("quelqu'un qui est né en France"), never "je suis né en France".
      ...['quelqu un', 'une personne', 'un conseiller', 'une conseillere'].flatMap((who) => ['', 'qui est ', 'qui soit ', 'de '].flatMap((rel) => ['ne en france', 'nee en france', 'ne ici', 'nee ici', 'ne dans ce pays', 'nee dans ce pays'].map((where) => `${who} ${rel}${where}`))),
      'francais de souche', 'francaise de souche', 'francais d origine', 'vrai francais', 'vraie francaise', 'vrais francais',
      'quelqu un de blanc', 'un francais un vrai', 'francais pure souche', 'bien de chez nous', 'vrai anglais', 'vraie anglaise', 'vrai belge', 'vrai suisse', 'vrai quebecois', 'un europeen', 'une europeenne', 'un vrai blanc', 'un gaulois', 'pas un arabe',
      'pas une arabe', 'pas un noir', 'pas une noire', 'pas un etranger', 'pas une etrangere', 'pas un maghrebin', 'pas un africain',
      'pas un chinois', 'pas un asiatique', 'un blanc de', 'une personne blanche', 'quelqu un d ici',
    ], { s: 3 }),
  ],
};
