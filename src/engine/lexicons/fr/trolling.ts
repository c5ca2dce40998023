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
      'combien de temps tu tiens', 'combien de temps vous tenez', 'avant de craquer', 'quelqu un craque', 'quelqun craque', 'jusqu a ce que vous craquiez', 'j ai tout mon aprem', 'jai tout mon aprem', 'jai tt mon aprem', 'j ai tt mon aprem',
      'je veux juste voir', 'je voulais juste voir', 'juste pour voir si', 'juste pour voir combien', 'pour voir si un humain', 'pour voir combien de temps',
      'en combien de temps tu', 'en combien de temps vous', 'perdre votre temps', 'perdre ton temps', 'vous faire perdre', 'te faire perdre',
      'faire perdre du temps', 'vous beaucoup moins', 'toi beaucoup moins', 'j ai tout mon temps vous', 'vous n avez que ca a faire', 'vous avez que ca a faire',
      't as que ca a faire', 'tu n as que ca a faire', 'rien de mieux a faire', 'vous avez rien de mieux a faire', 'je vous trolle', 'je te trolle',
      'je trolle', 'c est un troll', 'lol t as les nerfs', 't as les nerfs', 'ca t enerve', 'ca vous enerve hein', 'ca te vexe', 't es vexe', 'vous etes vexe',
      'je parie que tu vas', 'je parie que vous allez', 'jparie', 'jparie tu', 'je parie tu vas', 'allez bosse', 'allez bossez', 'au boulot les larbins',
      'gagne ton salaire', 'gagnez votre salaire', 'gagne ton smic', 'pour le plaisir de vous deranger', 'juste pour vous embeter', 'juste pour t embeter',
      'juste pour rire', 'pour le fun', 'jusqu ou tu tiens', 'jusqu ou vous tenez', 'pour changer une ampoule', 'ecris moi un paragraphe', 'je m ennuie', 'je m ennuyais', 'j m ennuie', 'jm ennuie', 'vous avez pas de vie', 't as pas de vie', 'prouve moi que t es pas un robot', 'prouvez moi que vous n etes pas un robot', 'reponds avec le mot', 'repondez avec le mot', 'si t es un humain', 'si vous etes un humain',
      'prouvez que vous etes humain', 'prouve que t es humain', 'nan aucune question', 'non aucune question', 'pas de question lol', 'aucune question lol',
      'si un vrai humain lit', 'un vrai humain lit', 'quelqu un lit vraiment', 'quelqu un lit ces messages', 'est ce que quelqu un lit', 'pour voir si quelqu un lit',
      'pour voir si quelqu un repond', 'j ai parie', 'pour un pari', 'j ai perdu un pari', 'j ai gagne un pari', 'm a mis au defi', 'pour un defi', 'pas de vraie question',
      'aucune vraie question', 'pas une vraie reclamation', 'racontez moi une blague', 'raconte moi une blague', 'vous etes payes pour repondre', 't es paye pour repondre',
      'vous etes paye pour repondre', 'merci pour les 10 balles', 'remboursez moi mon temps', 'distrayez moi', 'j attends mdr',
    ], { s: 2 }),
    ...terms('troll.med', [
      'repondez patate', 't es trop serieux', 'vous etes trop serieux', 'une idee encore plus debile', 'encore plus debile', 'en 4d', 'l odeur du bocal', 'dites patate', 'j ai toute la matinee', 'tant pis je continue',
      'question serieuse promis', 'si tu reponds mal', 'si vous repondez mal', 'mauvaise reponse et', 'le chrono tourne', 'round 3', 'un kilo de plumes', 't es pas drole', 'vous etes pas drole', 't es pas marrant', 'trou noir',
      'couleur de vos chaussettes', 'couleur de tes chaussettes', 'vos chaussettes', 'c est pour un ami', 'pour un pote',
      'en alexandrins', 'en vers', 'en rimes', 'en haiku', 'sous forme de poeme', 'en langage pirate', 'en verlan', 'question existentielle',
      'question tres serieuse', 'question serieuse', 'je m ennuie', 'je m ennuyais', 'juste pour m occuper', 'j ai meme pas de compte', 'j ai meme pas de commande', 'je n ai meme pas de compte', 'je suis meme pas client', 'je ne suis meme pas client', 'je suis meme pas cliente', 'je chronometre', 'chrono en main', 'reponds vite', 'repondez vite', '🤡', '🤪', '🙃', 'aucune question',
      'je reviens demain avec', 'd autres questions du meme niveau', 'prepare toi', 'preparez vous', 'poliment mdr', 'conges payes',
      'je porte plainte contre', 'trop poli', 'trop polie', 'trop gentil', 'trop gentille', 'trop efficace', 'la lune', 'la gravite',
      'les extraterrestres', 'une licorne', 'mon poisson rouge', 'prejudice moral', 'ma couleur preferee', 'votre couleur preferee', 'ta couleur preferee',
      'juste pour dire coucou', 'juste dire bonjour', 'test test',
    ], { s: 1, notNext: ['lampe', 'lampes', 'de', 'd', 'solaire', 'en'] }),
    ...terms('troll.self', ['c est une blague', 'c etait une blague', 'je rigole', 'je plaisante', 'je blague', 'c est pour rire', 'c etait pour rire']),
  ],
};
