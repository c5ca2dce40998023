/**
 * French insults. "ins.strong": name-calling by itself (still checked for negation,
 * reported speech, self reference). "ins.weak": words that are only an insult when aimed
 * at someone ("bande de nazes", "t'es con", "une vraie gourde"); alone they are ordinary
 * words (gourde, con in "à la con", porc, manche...). "ins.addr": abuse addressed by
 * construction ("ta gueule", "va te faire foutre"). "ins.frame": what aims a weak word at
 * a person. "ins.mod" / "ins.intens": words that may sit between a frame and the insult;
 * an intensifier also aims the word by itself ("un vrai con", "sale con").
 * Disability words used as insults ("t'es autiste ?", "espèce de mongol") are in
 * discrimination.ts (disc.disab): the span is reported as discrimination, not twice.
 */
import { terms, type LexiconSet } from '../types';

export const insultFr: LexiconSet = {
  lang: 'fr',
  name: 'insult',
  entries: [
    // Also household waste ("le ramassage des ordures ménagères") and a loaf ("deux bâtards, une baguette").
    ...terms('ins.strong', ['ordure(s)'], { s: 2, notNext: ['menagere', 'menageres', 'encombrantes'], notPrev: ['ramassage', 'collecte', 'sac', 'sacs', 'bac', 'bacs', 'poubelle', 'poubelles', 'enlevement', 'vide', 'traitement', 'tri'] }),
    ...terms('ins.strong', ['batard(e)(s)'], { s: 3, notPrev: ['deux', 'trois', 'quatre', 'cinq', 'six', 'un', 'pain', 'boulangerie'], notNext: ['tradition', 'blanc', 'complet', 'aux', 'au', 'cereales', 'et', 'bien'] }),
    ...terms('ins.strong', [
      'pauvre cruche', 'pauvres cruches', 'gros boulet(s)',
      'connard(s)', 'connasse(s)', 'conard(s)', 'conasse(s)', 'connar', 'abruti(e)(s)', 'cretin(e)(s)', 'imbecile(s)', 'idiot(e)(s)',
      'tocard(e)(s)', 'toquard(e)(s)', 'bouffon(ne)(s)', 'baltringue(s)', 'cassos', 'pignouf(s)', 'branleur(s)', 'branleuse(s)', 'glandu(s)',
      'couillon(ne)(s)', 'trou du cul', 'trous du cul', 'trouduc(s)', 'tete de noeud', 'tete de con', 'tetes de con', 'face de rat',
      'bras casse(s)', 'des bras casses', 'bon a rien', 'bons a rien', 'bonne a rien', 'bonnes a rien', 'pauvre type', 'pauvres types',
      'pauvre con(ne)(s)', 'sous merde(s)', 'merdeux', 'merdeuse(s)', 'raclure(s)', 'pourriture(s)', 'charogne(s)',
      'degenere(e)(s)', 'attarde(e)(s)', 'teube(s)', 'tebe(s)', 'golmon(s)', 'gogol(s)', 'triso(s)', 'bolos', 'boloss',
      // Québec: "cave" (idiot) only in a fixed insult, never "la cave"; "niaiseux".
      'gang de niaiseux', 'espece de cave', 'gros cave', 'maudit cave', 'maudits caves', 'bande de caves', 'esti de cave', 'niaiseux', 'niaiseuse(s)',
      'guignols', 'abrutis finis', 'cretins finis', 'debile profond', 'debiles profonds', 'parfait cretin', 'parfait idiot',
    ], { s: 2 }),
    ...terms('ins.strong', [
      'encule(e)(s)', 'enculeur(s)', 'salaud(s)', 'salopard(s)', 'salope(s)', 'pute(s)', 'putain de merde', 'petasse(s)', 'pouffiasse(s)',
      'grognasse(s)', 'enfoire(e)(s)', 'fils de pute', 'fils de putain', 'fdp', 'fils de chien', 'sac a merde',
    ], { s: 3 }),
    ...terms('ins.weak', [
      'bobette(s)', 'klet(s)', 'sot(s)', 'sotte(s)', 'gaou(s)', 'epais', 'epaisse(s)',
      'twit(s)',
      'con(s)', 'conne(s)', 'debile(s)', 'stupide(s)', 'naze(s)', 'nase(s)', 'minable(s)', 'plouc(s)', 'bouseux', 'clown(s)', 'charlot(s)',
      'guignol', 'cruche(s)', 'becasse(s)', 'feignasse(s)', 'faineant(e)(s)', 'feignant(e)(s)', 'amateur(s)', 'branquignol(s)', 'rigolo(s)',
      'tare(e)(s)', 'cingle(e)(s)', 'larbin(s)', 'laquais', 'sbire(s)',
      'incapable(s)', 'incompetent(e)(s)', 'parasite(s)', 'vermine(s)', 'bouffons',
    ], { s: 2, strict: true, notNext: ['de', 'd', 'a'] }),
    // Also ordinary nouns (a water bottle, an animal, food): only with a direct address or intensifier.
    ...terms('ins.weakobj', [
      'gourde(s)', 'dinde(s)', 'andouille(s)', 'truffe(s)', 'tanche(s)', 'buse(s)', 'courge(s)', 'patate(s)', 'pingouin(s)', 'porc(s)',
      'cochon(s)', 'chien(s)', 'rat(s)', 'blaireau(x)', 'boulet(s)', 'ane(s)', 'baudet(s)', 'gland(s)', 'fumier(s)', 'bique(s)', 'vache(s)',
      'bourrique(s)', 'mule(s)', 'huitre(s)', 'moule(s)', 'nouille(s)', 'quiche(s)', 'cornichon(s)', 'thon(s)', 'boudin(s)',
    ], { s: 2, strict: true, notNext: ['de', 'd', 'a'] }),
    ...terms('ins.addr', [
      'ta gueule', 'ferme ta gueule', 'fermez vos gueules', 'fermez la', 'ferme la', 'va te faire foutre', 'allez vous faire foutre',
      'va te faire voir', 'allez vous faire voir', 'va te faire enculer', 'allez vous faire enculer', 'va chier', 'allez chier',
      'nique ta mere', 'nique ta race', 'nique vos meres', 'niquez vos meres', 'ntm', 'vtff', 'je t emmerde', 'je vous emmerde',
      'on vous emmerde', 'va crever', 'allez crever', 'crevez', 'mange tes morts', 'mangez vos morts', 'suce ma bite', 'sucez moi',
      'va te faire', 'allez vous faire', 'je vous chie dessus', 'je vous pisse dessus', 'casse toi pauvre con',
    ], { s: 3 }),
    // Frames: what aims a (weak) insult at a person.
    ...terms('ins.frame', [
      'vous etes', 'vous n etes', 'vous etiez', 'vous etes vraiment', 't es', 'tu es', 't etais', 'tu n es', 't es qu', 'vous n etes qu',
      'espece de', 'espece d', 'bande de', 'bande d', 'bandes de', 'gang de', 'gang d', 'tas de', 'tas d', 'ramassis de', 'ramassis d', 'troupeau de', 'troupeau d',
      'bonjour les', 'merci les', 'bravo les', 'salut les', 'allez les',
      'sont tous des', 'etes tous des', 'vous autres', 'sale', 'sales', 'pauvre', 'pauvres', 'gros', 'grosse',
      'tu fais le', 'tu fais la', 'vous faites les',
    ]),
    // Third-person frames: only for words that cannot name an object ("c'est un con", not "c'est une gourde isotherme").
    ...terms('ins.frame3', ['c est un', 'c est une', 'ce sont des', 'c est des', 'sont des', 'est un', 'est une', 'dirige par un', 'dirige par une', 'dirigee par un', 'dirigee par une', 'vraiment des']),
    // "mise en demeure" is a formal notice: "demeuré" only as a person's label.
    ...terms('ins.strong', ['demeure(e)(s)'], { notPrev: ['en', 'la', 'sa', 'votre', 'ma', 'une', 'cette', 'derniere'] }),
    ...terms('ins.mod', [
      'tous', 'toutes', 'tout', 'des', 'de', 'd', 'un', 'une', 'les', 'le', 'la', 'qu', 'que', 'tres', 'vraiment', 'trop', 'si', 'tellement', 'sans', 'doute', 'surement', 'peut', 'etre', 'certainement',
      'completement', 'totalement', 'franchement', 'juste', 'qu une', 'qu un', 'bien', 'encore', 'aussi', 'meme', 'vous', 'manifestement',
      'clairement', 'decidement', 'probablement', 'sans doute',
    ]),
    ...terms('ins.intens', [
      'vrai', 'vraie', 'vrais', 'vraies', 'parfait', 'parfaite', 'parfaits', 'parfaites', 'sombre', 'sombres', 'sale', 'sales', 'petit', 'petite',
      'petits', 'petites', 'gros', 'grosse', 'grosses', 'vieux', 'vieille', 'vieilles', 'pauvre', 'pauvres', 'foutu', 'foutue', 'foutus',
      'espece', 'bande', 'immense', 'enorme', 'complet', 'complete', 'total', 'totale', 'fini', 'finis', 'finie', 'finies', 'grand', 'grande',
      'beau', 'belle', 'bel', 'triple', 'double', 'gros gros', 'putain de', 'bordel de', 'stupide', 'stupides', 'incapables', 'incompetents',
    ]),
  ],
};
