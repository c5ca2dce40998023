/**
 * French trolling cues, scored (no single joke makes a troll). troll.strong = 2 points
 * (no genuine request, time-wasting or baiting said outright), troll.med = 1 (absurd
 * format requests, "je chronomètre", clown emoji), ctx.laugh = 0.5. A comment with 2
 * points, at least one of them not a laugh, is trolling.
 */
import { terms, type LexiconSet } from '../types';

export const trollingFr: LexiconSet = {
  lang: 'fr',
  name: 'trolling',
  entries: [
    ...terms('troll.strong', [
      'je veux juste voir', 'je voulais juste voir', 'juste pour voir si', 'juste pour voir combien', 'pour voir si un humain', 'pour voir combien de temps',
      'en combien de temps tu', 'en combien de temps vous', 'perdre votre temps', 'perdre ton temps', 'vous faire perdre', 'te faire perdre',
      'faire perdre du temps', 'vous beaucoup moins', 'toi beaucoup moins', 'j ai tout mon temps vous', 'vous n avez que ca a faire', 'vous avez que ca a faire',
      't as que ca a faire', 'tu n as que ca a faire', 'rien de mieux a faire', 'vous avez rien de mieux a faire', 'je vous trolle', 'je te trolle',
      'je trolle', 'c est un troll', 'lol t as les nerfs', 't as les nerfs', 'ca t enerve', 'ca vous enerve hein', 'ca te vexe', 't es vexe', 'vous etes vexe',
      'je parie que tu vas', 'je parie que vous allez', 'jparie', 'jparie tu', 'je parie tu vas', 'allez bosse', 'allez bossez', 'au boulot les larbins',
      'gagne ton salaire', 'gagnez votre salaire', 'gagne ton smic', 'pour le plaisir de vous deranger', 'juste pour vous embeter', 'juste pour t embeter',
      'juste pour rire', 'pour le fun', 'je m ennuie', 'je m ennuyais', 'reponds avec le mot', 'repondez avec le mot', 'si t es un humain', 'si vous etes un humain',
      'prouvez que vous etes humain', 'prouve que t es humain', 'nan aucune question', 'non aucune question', 'pas de question lol', 'aucune question lol',
    ], { s: 2 }),
    ...terms('troll.med', [
      'en alexandrins', 'en vers', 'en rimes', 'en haiku', 'sous forme de poeme', 'en langage pirate', 'en verlan', 'question existentielle',
      'question tres serieuse', 'question serieuse', 'je chronometre', 'chrono en main', 'reponds vite', 'repondez vite', '🤡', '🤪', '🙃', 'aucune question',
      'je reviens demain avec', 'd autres questions du meme niveau', 'prepare toi', 'preparez vous', 'poliment mdr', 'conges payes',
    ], { s: 1 }),
  ],
};
