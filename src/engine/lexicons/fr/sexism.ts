/**
 * French sexism cues. sex.voc: condescending pet names, counted only in vocative position
 * ("Merci ma jolie", "Bonjour ma mignonne,"), never "ma jolie maison" or "ma fille me
 * conseille". sex.vocweak: milder ones, only after a condescending opener or with another
 * cue. sex.man: a man asked for by gender (needs a demand); sex.manweak: "un gars/un mec"
 * (needs a preference: "plutôt un gars"). sex.strong: belittling by gender (alone).
 * sex.group + sex.pred: a statement about women.
 */
import { terms, type LexiconSet } from '../types';

export const sexismFr: LexiconSet = {
  lang: 'fr',
  name: 'sexism',
  entries: [
    ...terms('sex.voc', [
      'ma petite dame', 'ma petite demoiselle', 'ma p tite dame', 'ma p tite demoiselle', 'ma ptite dame', 'ma ptite demoiselle', 'ma mignonne', 'ma jolie', 'ma belle', 'ma cherie', 'cherie', 'ma puce', 'ma poupee',
      'poupee', 'ma cocotte', 'ma biche', 'ma louloute', 'ma choupette', 'ma douce', 'ma toute belle', 'ma petite cherie', 'ma minette',
      'ma poulette', 'poulette', 'ma gazelle', 'ma princesse', 'mon petit coeur', 'ma jolie demoiselle', 'ma belle enfant',
    ], { s: 1 }),
    ...terms('sex.vocweak', ['ma grande', 'ma petite', 'ma fille', 'mademoiselle', 'ma pauvre', 'ma petite fille', 'mon petit', 'ma vieille'], { s: 1 }),
    ...terms('sex.man', [
      'technicien homme', 'conseiller homme', 'interlocuteur homme', 'interlocuteur masculin', 'un homme', 'homme', 'collegue homme',
      'collegue masculin', 'agent homme', 'responsable homme', 'un monsieur', 'un vrai homme', 'un male', 'quelqu un de masculin',
    ], { s: 2 }),
    ...terms('sex.manweak', ['un gars', 'un mec', 'un type', 'gars', 'mec'], { s: 2 }),
    ...terms('sex.strong', [
      'un homme comprendra', 'un homme comprendrait', 'un homme saura', 'un homme saurait', 'entre hommes on se comprend', 'expliquez ca a un homme',
      'laissez un homme', 'laissez les hommes', 'laissez les grands', 'laisse les grands', 'laissez faire les hommes', 'laissez les adultes',
      'truc de fille(s)', 'truc de bonne femme', 'truc de nana(s)', 'mettez un mec', 'mettez un homme', 'envoyez un mec', 'envoyez un homme', 'un mec qui s y connait', 'un homme qui s y connait', 'pas un metier de femme', 'pas un metier de gonzesse', 'pas un metier de gonzesses', 'pas un metier de fille', 'pas pour les femmes', 'pas pour une femme',
      'pas un travail de femme', 'metier d homme', 'un travail d homme', 'une affaire d hommes', 'histoire d hommes', 'retournez a vos fourneaux',
      'retourne a tes fourneaux', 'retournez a la cuisine', 'retourne a la cuisine', 'a la cuisine', 'faire la vaisselle', 'repasser mes chemises',
      'femme au volant', 'c est ses regles', 'elle a ses regles', 'vous avez vos regles', 't as tes regles', 'hysterique(s)',
      'les filles du standard', 'les filles de l accueil', 'les nanas du', 'les bonnes femmes', 'cette bonne femme', 'une bonne femme',
      'gonzesse(s)', 'greluche(s)', 'potiche(s)', 'bimbo(s)', 'blonde de service', 'c est bien une femme', 'typiquement feminin',
      'meme une femme', 'meme vous pouvez comprendre', 'les femmes et la technique', 'les femmes et l informatique', 'les femmes et la mecanique', 'les femmes et les voitures', 'les femmes et les chiffres', 'lentement pour que vous compreniez', 'pour les nuls mesdames',
    ], { s: 2 }),
    ...terms('sex.group', ['les femmes', 'des femmes', 'les filles', 'des filles', 'les nanas', 'les meufs', 'vous les femmes', 'les dames', 'ces dames', 'ces filles', 'ces bonnes femmes'], { notPrev: ['mes', 'nos', 'ses', 'leurs'] }),
    ...terms('sex.pred', [
      'ne savent pas', 'savent pas', 'ne comprennent rien', 'comprennent rien', 'incapables', 'pas faites pour', 'pas fait pour', 'pas pour',
      'n ont rien a faire', 'devraient rester', 'a la maison', 'trop emotives', 'emotives', 'bavardes', 'sans cervelle', 'pas capables',
      'pas douees', 'nulles en', 'ne sont pas faites', 'toutes pareilles', 'toutes les memes', 'rien a faire dans',
      'pas votre rayon', 'pas leur rayon', 'pas votre truc', 'pas leur truc', 'pas votre fort', 'pas leur fort', 'pas votre domaine', 'pas leur domaine',
    ], { s: 2 }),
  ],
};
