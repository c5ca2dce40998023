/**
 * French obsessive-contact cues. harass.phrase: said outright (alone). Otherwise a
 * sentence needs a future first person (harass.future), a contact verb (harass.contact)
 * and a frequency (harass.freq): "je vais vous appeler tous les jours". A complaint about
 * calls made in the past ("je vous appelle tous les jours depuis une semaine") is not it.
 */
import { terms, type LexiconSet } from '../types';

export const harassmentFr: LexiconSet = {
  lang: 'fr',
  name: 'harassment',
  entries: [
    ...terms('harass.phrase', [
      'je vais vous harceler', 'je vais te harceler', 'je vais la harceler', 'je vais le harceler', 'vous allez m avoir sur le dos', 'tu vas m avoir sur le dos',
      'je vais vous pourrir la vie', 'je vais te pourrir la vie', 'je vais lui pourrir la vie', 'je vais spammer', 'je vais vous spammer', 'je vais inonder',
      'vous n etes pas pres de vous debarrasser de moi', 'vous allez entendre parler de moi tous les jours', 'je ne vous lacherai pas', 'je vous lacherai pas',
      'je ne te lacherai pas', 'je vais vous harceler jusqu a', 'habituez vous a mon nom', 'habitue toi a mon nom',
    ], { s: 2 }),
    ...terms('harass.future', [
      'a partir d aujourd hui', 'des aujourd hui', 'a partir de lundi', 'des lundi', 'a partir de la semaine prochaine', 'vous allez m avoir tous les jours', 'desormais', 'a partir de maintenant', 'a partir de demain', 'je vais', 'j vais', 'jvais', 'je vais continuer', 'je continuerai', 'je rappellerai', 'j appellerai', 'je vous appellerai', 'je vous ecrirai', 'je reviendrai',
      'je t ecrirai', 'je vais revenir', 'je recommencerai', 'je compte', 'je rouvrirai', 'je reouvrirai', 'je relancerai', 'je vous relancerai', 'je passerai',
      'je viendrai', 'je reecrirai', 'je harcelerai', 'je posterai', 'je renverrai', 'je debarquerai', 'j ouvrirai', 'je telephonerai', 'attendez vous a',
    ]),
    ...terms('harass.contact', [
      'appeler', 'rappeler', 'appellerai', 'rappellerai', 'ecrire', 'ecrirai', 'relancer', 'harceler', 'spammer', 'inonder', 'envoyer', 'mailer', 'contacter',
      'sonner', 'telephoner', 'message', 'messages', 'mails', 'mail', 'rouvrir', 'rouvrirai', 'reouvrir', 'reouvrirai', 'ouvrir un ticket',
      'ouvrir une demande', 'ouvrir un nouveau ticket', 'ouvrirai', 'relancerai', 'harcelerai',
      'poster', 'posterai', 'publier', 'renvoyer', 'renverrai', 'reclamer', 'insister', 'appelle', 'ecris', 'envoie', 'relance', 'revenir a la charge', 'vous solliciter', 'telephonerai', 'reecrirai', 'appels',
    ]),
    ...terms('harass.visit', ['passer', 'passerai', 'venir', 'viendrai', 'debarquer', 'debarquerai', 'revenir', 'reviendrai', 'me pointer', 'camper']),
    ...terms('harass.freq', [
      'toutes les heures', 'tous les jours', 'chaque jour', 'chaque heure', 'chaque matin', 'tous les matins', 'chaque soir', 'tous les soirs',
      'toutes les cinq minutes', 'toutes les 5 minutes', 'toutes les 10 minutes', 'toutes les dix minutes', 'non stop', 'h24', 'jour et nuit', 'sans arret',
      'a chaque heure', 'plusieurs fois par jour', '10 fois par jour', 'dix fois par jour', 'cent fois',
      'toutes les demi heures', 'toutes les deux heures', 'toutes les 30 minutes', 'toutes les trente minutes', 'tous les jours que dieu fait', 'matin midi et soir',
      'chaque jour que', 'du matin au soir', 'toutes les 5 min', 'toutes les cinq min', 'toutes les 10 min', 'toutes les dix min', 'toutes les 2 min',
      'toutes les deux minutes', 'toutes les minutes', 'toute la nuit', 'toute la journee', 'tout l aprem', 'toute l aprem',
    ]),
    // Coming back, said by a troll (rules/incident/harassment.ts: only with trolling in the comment).
    ...terms('harass.return', ['je reviendrai demain', 'jreviendrai', 'je reviens demain', 'je rouvre un ticket', 'je rouvrirai un ticket', 'demain et apres demain', 'a demain pour la suite', 'j ai plein de questions comme ca', 'je repasse demain', 'on remet ca demain', 'demain je reviens avec', 'je reviens demain avec', 'prepare toi', 'preparez vous', 'j ai toute la nuit', 'j ai toute la matinee', 'j ai toute la journee', 'tant pis je continue', 'on va bien s amuser', 'je vous en remets une']),
    ...terms('harass.until', ['jusqu a ce que', 'jusqu a ce qu', 'jusqua ce que', 'jusqua ce qu', 'autant de fois qu il le faudra', 'autant de fois que necessaire', 'tant que ce n est pas', 'tant qu il le faudra', 'tant que je n aurai pas', 'tant que je n ai pas']),
  ],
};
