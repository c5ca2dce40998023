/**
 * French cues for other identity-based attacks (orientation, disability, age, health,
 * gender identity). Describing oneself ("je suis malvoyante, j'ai 79 ans") is never an
 * incident: rules drop group words preceded by a first-person frame. Kinds:
 * disc.slur (alone, still checked for negation/reported speech), disc.group + disc.pred
 * (same sentence), disc.term (needs a demand: "je préfère un conseiller hétéro"),
 * disc.strong (alone: "pas le sourd encore"), disc.gender + disc.genderpred (same comment).
 */
import { terms, type LexiconSet } from '../types';

export const discriminationFr: LexiconSet = {
  lang: 'fr',
  name: 'discrimination',
  entries: [
    ...terms('disc.slur', [
      'pede(s)', 'sale pedale', 'espece de pedale', 'bande de pedales', 'tarlouze(s)', 'tantouze(s)', 'fiotte(s)', 'gouine(s)', 'travelo(s)', 'tafiole(s)', 'tapette(s)', 'sale pd',
      'espece de pd', 'bande de pd', 'sale homo', 'sale gouine', 'sale handicape', 'sale vieux', 'sale vieille', 'vieux con(s)', 'vieille conne(s)',
      'vieux croulant(s)', 'vieux schnock', 'vieux debris', 'sale gros', 'gros lard', 'grosse vache',
    ], { s: 3, strict: true, notNext: ['a', 'mouche', 'mouches', 'gauche', 'droite', 'arriere', 'avant', 'de', 'du', 'velo'], notPrev: ['la', 'les', 'une', 'sa', 'ma', 'des', 'de', 'cette'] }),
    ...terms('disc.group', [
      'les vieux', 'des vieux', 'ces vieux', 'les vieilles', 'les personnes agees', 'les seniors', 'les retraites', 'les boomers', 'les handicapes',
      'des handicapes', 'les sourds', 'des sourds', 'les malentendants', 'les aveugles', 'les malvoyants', 'les gays', 'les homos',
      'les homosexuels', 'les lesbiennes', 'les trans', 'les transsexuels', 'les gros', 'les obeses', 'les autistes',
      'les dyslexiques', 'les begues', 'a cet age la', 'a cet age', 'a son age', 'a leur age',
      'le sourd', 'la sourde', 'l aveugle',
      'l handicape', 'le handicape', 'la handicapee', 'le gay', 'l homo',
    ]),
    ...terms('disc.pred', [
      'n ont rien a faire', 'n a rien a faire', 'rien a faire dans', 'ne devraient pas', 'devraient pas', 'ne devrait pas', 'devrait pas',
      'on devrait etre a la retraite', 'a la retraite', 'trop vieux', 'trop vieille', 'trop vieilles', 'trop ages',
      'plus l age', 'pas normal', 'pas normaux', 'anormal', 'contre nature', 'degoutant', 'me degoute', 'tres peu pour moi', 'tres peu pour nous',
      'ne devrait pas travailler', 'pas leur place', 'pas sa place', 'pas a sa place',
    ]),
    ...terms('disc.term', [
      'hetero', 'heterosexuel', 'heterosexuelle', 'un conseiller normal', 'une conseillere normale', 'quelqu un de normal', 'un vrai homme',
      'une vraie femme', 'un homme normal', 'une femme normale', 'pas un homo', 'pas un gay', 'pas une lesbienne', 'pas un trans',
      'pas un handicape', 'pas une handicapee', 'quelqu un de jeune', 'plus jeune', 'un jeune', 'une jeune',
      'pas un vieux', 'pas une vieille', 'valide', 'qui entend', 'qui entende',
    ]),
    ...terms('disc.strong', [
      'pas le sourd', 'pas la sourde', 'pas la vieille dame', 'pas le vieux monsieur', 'pas l handicape', 'pas la handicapee', 'pas le gay', 'pas l homo',
      'pas encore le sourd', 'pas encore la sourde', 'pas encore la vieille', 'pas encore le vieux', 'pas encore l handicape',
      'les vieux n ont rien a faire', 'les handicapes n ont rien a faire', 'a cet age la on devrait', 'a votre age on', 'a son age on',
      'les pedes', 'les tapettes', 'les gouines', 'c est contre nature', 'une maladie mentale', 'ces gens la sont malades',
    ], { s: 2 }),
    ...terms('disc.gender', ['iel', 'iels', 'non binaire', 'transgenre', 'transsexuel(le)', 'iel lui']),
    ...terms('disc.genderpred', [
      'peu importe ce que c est', 'quoi que ce soit', 'ce truc', 'cette chose', 'ce machin', 'un homme ou une femme normal(e)',
      'un vrai homme ou une vraie femme', 'je ne veux pas de ca',
    ]),
  ],
};
