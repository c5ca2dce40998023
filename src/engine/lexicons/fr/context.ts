/** French context words: negation, reported speech, self reference, legal rights, demands. */
import { terms, type LexiconSet } from '../types';

export const contextFr: LexiconSet = {
  lang: 'fr',
  name: 'context',
  entries: [
    // Bare negation right before a word ("vous n'êtes pas des idiots", "t'es pas con").
    ...terms('ctx.neg', ['pas', 'jamais', 'point', 'ni', 'aucun', 'aucune', 'plus du tout', 'non']),
    // Negated speech acts: the whole clause after them is not an accusation.
    ...terms('ctx.negspeech', [
      'ne vous traite pas', 'ne te traite pas', 'ne les traite pas', 'je ne traite personne', 'je ne dis pas', 'je dis pas',
      'je ne dirais pas', 'je ne dirai pas', 'je dirai pas', 'je ne pense pas que', 'je pense pas que', 'sans vouloir vous traiter', 'sans vous traiter',
      'je ne veux pas dire que', 'loin de moi l idee', 'ce n est pas que', 'c est pas que', 'personne ne dit', 'personne ne vous traite',
      'il ne s agit pas de', 'je n insinue pas', 'je ne vous accuse pas', 'je n ai pas dit que', 'je n ai jamais dit',
    ]),
    // Reported speech: somebody else's words, or words aimed at the requester.
    ...terms('ctx.report', [
      'm a traite(e)', 'm ont traite(e)', 'nous a traite(s)', 'm a traite(e) de', 'm a insulte(e)', 'm ont insulte(e)', 'm a dit', 'm ont dit',
      'm a repondu', 'm ont repondu', 'm a lance', 'a dit', 'ont dit', 'a repondu', 'a ecrit', 'm a appele(e)', 'm appelait', 'me traiter',
      'me traite', 'se faire traiter', 'm a hurle', 'il a dit', 'elle a dit', 'en me disant', 'en me traitant', 'qui m a dit', 'qui m a traite(e)',
      'je cite', 'selon lui', 'selon elle', 'il parait que', 'on m a dit', 'on m a traite(e)', 'message d un', 'son message',
    ]),
    // The requester about themself ("je suis une idiote", "je me sens bête").
    ...terms('ctx.self', [
      'je suis', 'j suis', 'chuis', 'je me sens', 'je me suis senti(e)', 'me sentir', 'j ai l air', 'j avais l air', 'je passe pour',
      'passer pour', 'je me trouve', 'j etais', 'me suis comporte(e)', 'comme un(e)', 'fait de moi', 'suis je', 'je fais',
    ]),
    // Impersonal "c'est ..." directly before an adjective: about the situation, not a person.
    ...terms('ctx.impers', ['c est', 'c etait', 'ce serait', 'ca serait', 'ca reste', 'ce sera', 'cest', 'ca', 'ce qui est', 'c est vraiment', 'c est trop', 'c est completement']),
    // Legal rights: complaints, lawyers, regulators, reviews, chargebacks, cancelling.
    ...terms('ctx.legal', [
      'avocat', 'avocate', 'plainte', 'porter plainte', 'tribunal', 'tribunaux', 'justice', 'juge', 'proces', 'huissier', 'mise en demeure',
      'dgccrf', 'signalconso', 'mediateur', 'ufc', 'que choisir', 'association de consommateurs', 'avis', 'trustpilot', 'google',
      'opposition', 'resilier', 'resiliation', 'police', 'gendarmerie', 'presse', 'journaliste', 'reseaux sociaux', 'procedure', 'juridique',
      'de mes nouvelles', 'recommande', 'arcep', 'cnil', 'prud hommes', 'pub', 'mauvaise pub', 'publicite', 'reseaux', 'facebook', 'twitter', 'linkedin', 'tiktok', 'instagram', 'bouche a oreille', 'media', 'medias', 'temoignage', 'note', 'etoile', 'etoiles',
    ]),
    // Requests to be served by someone.
    ...terms('ctx.report', ['des choses comme', 'des trucs comme', 'des phrases comme']),
    ...terms('ctx.errand', ['deposer', 'deposerai', 'je depose', 'y depose', 'mes cheques', 'y passe', 'les papiers', 'les formulaires', 'a l accueil', 'les documents', 'mon rendez vous', 'les justificatifs', 'le dossier papier']),
    ...terms('ctx.demand', [
      'passez moi', 'passer moi', 'passe moi', 'me passer', 'transferer', 'transferez', 'transmettez', 'mettez moi', 'donnez moi', 'renvoyez moi',
      'je veux', 'j veux', 'je voudrais', 'je prefere', 'je prefererais', 'envoyez moi', 'envoyez', 'la prochaine fois', 'je veux parler',
      'je demande', 'je souhaite', 'je souhaiterais', 'attribuez', 'confiez', 'mettez', 'pas encore', 'je ne veux plus', 'je veux plus',
      'je ne veux pas', 'je veux pas', 'que ce ne soit pas', 'que ce soit', 'plus jamais', 'trouvez moi', 'je refuse',
    ]),
    ...terms('ctx.pref', ['plutot', 'de preference', 'si possible', 'idealement', 'pas une femme', 'pas une fille', 'pas une nana', 'a la place']),
    ...terms('ctx.laugh', ['mdr', 'ptdr', 'lol', 'xd', 'haha', 'hahaha', 'hihi', 'jpp', '😂', '🤣', '😆', '😅', '😜', '😉', '🙃']),
    // Words after which a vocative comes ("Merci ma jolie", "Écoutez ma petite dame").
    ...terms('ctx.greet', ['bonjour', 'bonsoir', 'salut', 'coucou', 'merci', 'ecoutez', 'ecoute', 'allez', 'bon', 'oui', 'non', 'dites', 'dis', 'voyons', 'calmez vous', 'calme toi', 'ok', 'okay', 'soyez gentille', 'sois gentille', 'hello', 'bien', 'alors', 'tenez', 'tiens']),
    ...terms('ctx.condesc', ['ecoutez', 'ecoute', 'voyons', 'calmez vous', 'calme toi', 'allons', 'soyez gentille', 'sois gentille', 'bon', 'alors']),
  ],
};
