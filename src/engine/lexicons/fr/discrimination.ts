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
    // Slurs that are no other word in either language: they count in any comment.
    ...terms('disc.slur', ['pede(s)', 'tarlouze(s)', 'tantouze(s)', 'fiotte(s)', 'travelo(s)', 'tafiole(s)', 'sale pd', 'espece de pd', 'bande de pd'], { s: 3, notNext: ['a', 'de', 'du'] }),
    ...terms('disc.slur', [
      'sale pedale', 'espece de pedale', 'bande de pedales', 'gouine(s)', 'tapette(s)', 'sale homo', 'sale gouine', 'sale handicape', 'sale vieux', 'sale vieille', 'vieux con(s)', 'vieille conne(s)',
      'vieux croulant(s)', 'vieux schnock', 'vieux debris', 'sale gros', 'gros lard', 'grosse vache',
    ], { s: 3, strict: true, notNext: ['a', 'mouche', 'mouches', 'gauche', 'droite', 'arriere', 'avant', 'de', 'du', 'velo'], notPrev: ['la', 'les', 'une', 'sa', 'ma', 'des', 'de', 'cette'] }),
    ...terms('disc.group', [
      'les vieux', 'des vieux', 'ces vieux', 'les vieilles', 'les personnes agees', 'les seniors', 'les retraites', 'les boomers', 'les handicapes',
      'des handicapes', 'les sourds', 'des sourds', 'les malentendants', 'les aveugles', 'les malvoyants', 'les gays', 'les homos',
      'les homosexuels', 'les lesbiennes', 'les trans', 'les transsexuels', 'les gros', 'les obeses', 'les autistes',
      'un infirme', 'une infirme', 'des infirmes', 'les infirmes', 'les handicapes moteurs',
      'les dyslexiques', 'les begues', 'a cet age la', 'a cet age', 'a son age', 'a leur age',
      'le sourd', 'la sourde', 'l aveugle',
      'l handicape', 'le handicape', 'la handicapee', 'le gay', 'l homo',
      'les personnes d un certain age', 'les plus de 50 ans', 'les plus de 60 ans', 'les papys', 'les mamies', 'quelqu un de votre age',
      'quelqu un de son age', 'les gens de votre age', 'a votre age', 'a ton age', 'les malades mentaux', 'les depressifs',
      'les cancereux', 'les seropositifs', 'les epileptiques', 'les fauteuils roulants', 'les bisexuels', 'les travestis',
    ]),
    ...terms('disc.pred', [
      'n ont rien a faire', 'n a rien a faire', 'rien a faire dans', 'ne devraient pas travailler', 'devraient pas travailler', 'ne devraient pas etre',
      'devraient pas etre', 'ne devraient pas repondre', 'ne devrait pas etre', 'devrait pas etre', 'ne devrait pas repondre', 'devraient etre a la retraite',
      'on devrait etre a la retraite', 'a la retraite', 'trop vieux', 'trop vieille', 'trop vieilles', 'trop ages',
      'plus l age', 'pas normal', 'pas normaux', 'anormal', 'contre nature', 'me degoute', 'me degoutent', 'tres peu pour moi', 'tres peu pour nous',
      'on tricote', 'on ne travaille plus', 'on ne bosse plus',
      'ne devrait pas travailler', 'pas leur place', 'pas sa place', 'pas a sa place', 'quelqu un de normal', 'ne comprennent rien', 'comprennent rien', 'incapables',
    ]),
    ...terms('disc.neg', [
      'pas etonnant', 'typique', 'les gens comme ca', 'les gens comme lui', 'les gens comme elle', 'des gens comme ca', 'ce genre de personnes', 'ce genre de mec',
      'ce genre de gens', 'ces gens la', 'je ne veux pas', 'je veux pas', 'quelqu un de normal', 'un vrai homme', 'contre nature', 'pas normal', 'degoutant',
      'me degoute', 'bizarre', 'ne devrait pas', 'ne devraient pas',
    ]),
    ...terms('disc.term', [
      'hetero', 'heterosexuel', 'heterosexuelle', 'un conseiller normal', 'une conseillere normale', 'quelqu un de normal', 'un vrai homme',
      'une vraie femme', 'un homme normal', 'une femme normale', 'pas un homo', 'pas un gay', 'pas une lesbienne', 'pas un trans',
      'pas un handicape', 'pas une handicapee', 'quelqu un de jeune', 'plus jeune', 'un jeune', 'une jeune',
      'quelqu un de moins de 30 ans', 'quelqu un de moins de 35 ans', 'quelqu un de moins de 40 ans', 'quelqu un de moins de 45 ans', 'quelqu un de moins de 50 ans', 'quelqu un de moins de trente ans', 'quelqu un de moins de quarante ans', 'quelqu un de moins de cinquante ans', 'un conseiller de moins de 30 ans', 'un conseiller de moins de 35 ans', 'un conseiller de moins de 40 ans', 'un conseiller de moins de 45 ans', 'un conseiller de moins de 50 ans', 'un conseiller de moins de trente ans', 'un conseiller de moins de quarante ans', 'un conseiller de moins de cinquante ans', 'une conseillere de moins de 30 ans', 'une conseillere de moins de 35 ans', 'une conseillere de moins de 40 ans', 'une conseillere de moins de 45 ans', 'une conseillere de moins de 50 ans', 'une conseillere de moins de trente ans', 'une conseillere de moins de quarante ans', 'une conseillere de moins de cinquante ans', 'un agent de moins de 30 ans', 'un agent de moins de 35 ans', 'un agent de moins de 40 ans', 'un agent de moins de 45 ans', 'un agent de moins de 50 ans', 'un agent de moins de trente ans', 'un agent de moins de quarante ans', 'un agent de moins de cinquante ans', 'une personne de moins de 30 ans', 'une personne de moins de 35 ans', 'une personne de moins de 40 ans', 'une personne de moins de 45 ans', 'une personne de moins de 50 ans', 'une personne de moins de trente ans', 'une personne de moins de quarante ans', 'une personne de moins de cinquante ans', 'un interlocuteur de moins de 30 ans', 'un interlocuteur de moins de 35 ans', 'un interlocuteur de moins de 40 ans', 'un interlocuteur de moins de 45 ans', 'un interlocuteur de moins de 50 ans', 'un interlocuteur de moins de trente ans', 'un interlocuteur de moins de quarante ans', 'un interlocuteur de moins de cinquante ans', 'une interlocutrice de moins de 30 ans', 'une interlocutrice de moins de 35 ans', 'une interlocutrice de moins de 40 ans', 'une interlocutrice de moins de 45 ans', 'une interlocutrice de moins de 50 ans', 'une interlocutrice de moins de trente ans', 'une interlocutrice de moins de quarante ans', 'une interlocutrice de moins de cinquante ans',
      'vos seniors', 'pas un vieux', 'un technicien d un age serieux', 'quelqu un d un age serieux', 'pas une vieille', 'valide', 'qui entend', 'qui entende',
    ]),
    // Who is wanted, after the demand ("je ne veux pas d'un homo sur mon dossier"); "En tant que gay, je voudrais..." names the writer.
    ...terms('disc.termafter', ['un homo', 'une homo', 'un gay', 'une lesbienne', 'un homosexuel', 'une homosexuelle', 'un trans', 'une trans', 'quelqu un d homo', 'quelqu un de gay']),
    // Refusing the agent for their orientation, however it is phrased ("je n'ai pas besoin des conseils d'un homo"): a negation does not deny it.
    ...terms('disc.reject', ['suivi par un homosexuel', 'suivi par un homo', 'suivi par une lesbienne', 'gere par un homosexuel', 'gere par un homo', 'conseils d un homo', 'conseils d un gay', 'conseils d une lesbienne', 'affaire a un homo', 'affaire a une lesbienne', 'affaire a un gay', 'parler a un homo', 'servi par un homo']),
    ...terms('disc.strong', [
      // A disability noun with "pareil" points at one person: "un handicapé pareil n'a rien à faire ici".
      'un handicape pareil', 'une handicapee pareille', 'des handicapes pareils', 'un sourd pareil', 'une sourde pareille', 'un autiste pareil', 'un attarde pareil', 'un mongol pareil',
      'pas le sourd', 'pas la sourde', 'pas la vieille dame', 'pas le vieux monsieur', 'pas l handicape', 'pas la handicapee', 'pas le gay', 'pas l homo',
      'pas encore le sourd', 'pas encore la sourde', 'pas encore la vieille', 'pas encore le vieux', 'pas encore l handicape',
      'les vieux n ont rien a faire', 'les handicapes n ont rien a faire', 'a cet age la on devrait', 'a votre age on', 'a son age on',
      'les pedes', 'les tapettes', 'les gouines', 'c est contre nature', 'une maladie mentale', 'ces gens la sont malades',
    ], { s: 2 }),
    ...terms('disc.orient', ['gay', 'homo', 'lesbienne', 'queer', 'bi', 'effemine', 'une folle', 'une tapette', 'tafiole'], { strict: true }),
    ...terms('disc.labeler', ['visiblement', 'manifestement', 'clairement', 'trop', 'grave', 'carrement', 'un peu', 'voix de', 'genre', 'bien', 'completement', 'totalement', 'typiquement']),
    ...terms('disc.disab', [
      'sourd(e)(s)', 'aveugle(s)', 'autiste(s)', 'handicape(e)(s)', 'mongol(e)(s)', 'mongolien(ne)(s)', 'trisomique(s)', 'schizo(s)', 'bipolaire(s)', 'dyslexique(s)',
      'sourdingue(s)', 'bigleux', 'bigleuse(s)', 'malade mental(e)', 'malades mentaux', 'attarde(e)(s) mental(e)(s)', 'handicape(e)(s) mental(e)(s)', 'sourd comme un pot',
      'sourde comme un pot', 'gaga', 'senile(s)',
    ], { strict: true, notNext: ['de', 'd', 'a', 'au', 'aux', 'moteur', 'visuel', 'auditif', 'accessible', 'friendly'] }),
    ...terms('disc.tooold2', ['vous etes trop vieux', 'vous etes trop vieille', 'vous etes trop age', 'vous etes trop agee', 't es trop vieux', 't es trop vieille', 'tu es trop vieux', 'tu es trop vieille', 'vous etes bien trop vieux', 'vous etes bien trop vieille',
      ...['clairement', 'visiblement', 'vraiment', 'franchement', 'un peu', 'manifestement', 'beaucoup'].flatMap((a) => [`vous etes ${a} trop vieux`, `vous etes ${a} trop vieille`, `t es ${a} trop vieux`, `t es ${a} trop vieille`]),
    ]),
    ...terms('disc.tooold3', [
      ...['clairement', 'visiblement', 'vraiment', 'franchement', 'un peu', 'manifestement'].flatMap((a) => [`il est ${a} trop vieux`, `elle est ${a} trop vieille`]),
      'il est trop vieux', 'elle est trop vieille', 'il est trop age', 'elle est trop agee', 'il est bien trop vieux', 'elle est bien trop vieille', 'il est beaucoup trop vieux', 'elle est beaucoup trop vieille']),
    ...terms('disc.agestrong', ['vous etes bon pour la retraite', 'vous etes bonne pour la retraite', 'il est bon pour la retraite', 'elle est bonne pour la retraite', 't es bon pour la retraite', 'partez a la retraite', 'prenez votre retraite', 'allez a la retraite', 'place aux jeunes']),
    ...terms('disc.jobstrong', ['boulot', 'travail', 'travailler', 'bosser', 'poste', 'metier', 'job', 'emploi', 'service client', 'au telephone', 'ce genre de travail']),
    ...terms('disc.jobweak', ['comprendre', 'informatique', 'ordinateur', 'ordinateurs', 'technologie', 'suivre', 'apprendre', 'aider', 'gerer']),
    ...terms('disc.voc', ['papy', 'papi', 'pepe', 'mamie', 'grand pere', 'grand mere', 'le vieux', 'la vieille', 'la doyenne', 'le doyen'], { strict: true }),
    ...terms('disc.gender', ['iel', 'iels', 'non binaire', 'transgenre', 'transsexuel(le)', 'iel lui']),
    ...terms('disc.genderpred', [
      'peu importe ce que c est', 'quoi que ce soit', 'ce truc', 'cette chose', 'ce machin', 'un homme ou une femme normal(e)',
      'un vrai homme ou une vraie femme', 'je ne veux pas de ca',
    ]),
  ],
};
