/**
 * French flirting cues. Warmth is not flirting: "vous êtes un ange", "une perle", "un amour"
 * are absent on purpose. Kinds: flirt.ask (asking the agent out, alone), flirt.askweak
 * ("vous finissez à quelle heure ?": only with another cue), flirt.frame + flirt.looks
 * ("vous devez être aussi jolie", "elle est canon"), flirt.feature + flirt.compliment
 * (same sentence: "une voix pareille", "canon sur sa photo"), flirt.kiss (kiss emoji, alone),
 * flirt.kissweak ("bisous": only with another cue), flirt.sexual (alone).
 */
import { terms, type LexiconSet } from '../types';

export const flirtingFr: LexiconSet = {
  lang: 'fr',
  name: 'flirting',
  entries: [
    ...terms('flirt.ask', [
      'je vous offre un verre', 'je t offre un verre', 'vous offrir un verre', 't offrir un verre', 'boire un verre ensemble', 'boire un verre avec moi',
      'prendre un verre ensemble', 'prendre un verre avec moi', 'un verre ensemble', 'un cafe ensemble', 'boire un cafe avec moi', 'diner avec moi',
      'diner ensemble', 'un resto ensemble', 'au resto avec moi', 'sortir avec moi', 'sortir ensemble', 'on pourrait se voir', 'se voir en dehors',
      'votre numero perso', 'votre numero personnel', 'ton numero perso', 'ton 06', 'votre 06', 'son 06', 'son numero', 'ton insta', 'votre insta',
      'son insta', 'ton snap', 'etes vous celibataire', 'vous etes celibataire', 't es celibataire', 
      'tu es celibataire', 'un rencard', 'un rendez vous galant', 'rendez vous en tete a tete', 'en tete a tete', 'vous inviter a diner',
      't inviter a diner', 'l inviter a diner', 'vous inviter au resto', 'l inviter', 'un petit resto', 'je passerai vous voir', 'passer vous voir',
      'vous avez un copain', 'tu as un copain', 't as un copain', 'vous etes mariee', 'epousez moi', 'epouse moi',
      'une photo de vous', 'une photo de toi', 'on se fait un resto', 'se faire un resto', 'un resto ce soir', 'un verre ce soir', 'on se voit ce soir', 'on se fait un verre', 'on se boit un verre', 'photo de vous en', 'je demande pour moi', 'a quand notre', 'notre premier rendez vous',
    ], { s: 1 }),
    ...terms('flirt.askweak', ['je vous attendrai', 'je t attendrai', 'je vais vous attendre', 'vous attendre ce soir', 'vous finissez a quelle heure', 'tu finis a quelle heure', 'elle finit a quelle heure', 'vous etes libre ce soir', 't es libre ce soir', 'apres le boulot', 'apres votre service',
      // About a third person: a cue only next to another one ("mon frère ... il est célibataire" is no advance).
      'elle est celibataire', 'il est celibataire', 'elle est seule', 'elle a un copain', 'elle est mariee', 'sans engagement cette fois', 'ce soir',
      'je vous emmene boire un verre', 'je t emmene boire un verre', 'je n arrete pas de penser a vous', 'je pense a vous sans arret', 'juste vous et moi', 'rien que vous et moi', 'juste toi et moi', 'rien que toi et moi', 'rien que nous deux', 'en amoureux']),
    ...terms('flirt.frame', [
      'vous etes', 't es', 'tu es', 'vous devez etre', 'tu dois etre', 'vous avez l air', 't as l air',
      'vous etes vraiment', 'je vous trouve', 'je te trouve',
    ]),
    ...terms('flirt.frame3', ['elle est', 'qu elle est', 'elle est vraiment', 'elle a l air', 'elle doit etre', 'il est', 'qu il est']),
    ...terms('flirt.mod', ['aussi', 'tres', 'trop', 'si', 'vraiment', 'tellement', 'super', 'hyper', 'une', 'un', 'carrement', 'franchement', 'grave']),
    ...terms('flirt.looks', [
      'jolie', 'jolies', 'belle', 'beau', 'canon', 'sexy', 'mignonne', 'craquante', 'craquant', 'ravissante', 'sublime',
      'bandante', 'desirable', 'hot', 'une bombe', 'un canon', 'un beau gosse', 'une belle femme', 'trop belle',
    ], { notNext: ['la', 'le', 'les', 'votre', 'ton', 'cette', 'ce', 'journee', 'soiree', 'fete', 'fetes', 'annee', 'semaine', 'continuation', 'reception', 'nouvelle', 'de', 'a', 'bande', 'brochette', 'equipe', 'collection', 'clique'] }),
    ...terms('flirt.feature', ['voix', 'sourire', 'yeux', 'photo de profil', 'sa photo', 'ta photo', 'votre photo', 'jambes', 'silhouette', 'avatar']),
    ...terms('flirt.compliment', ['canon', 'sexy', 'magnifique', 'superbe', 'jolie', 'belle', 'pareille', 'craquant', 'craquante', 'envoutante', 'sensuelle', 'charmante', '😍', '🔥', '🥵', '😏', 'j adore', 'quelle voix', 'quel sourire']),
    ...terms('flirt.followup', [
      'pour ce verre', 'ce verre', 'notre verre', 'le verre que vous me devez', 'le cafe que vous me devez', 'ce cafe que vous me devez', 'le resto que vous me devez', 'ce resto', 'notre resto', 'ce diner', 'notre diner', 'notre rendez vous', 'notre rencard', 'toujours partante',
      'toujours partant', 'mon invitation tient toujours', 'l invitation tient toujours', 'c est oui', 'c est moi qui invite', 'je vous invite', 'je t invite',
      'vous n avez pas repondu a ma question', 'c est toujours non', 'je retente ma chance',
    ], { notNext: ['doseur', 'mesureur', 'gradue', 'de', 'd', 'casse', 'cassee'] }),
    ...terms('flirt.wear', [
      'vous devriez porter', 'tu devrais porter', 'elle devrait porter', 'vous portiez', 'tu portais', 'elle portait', 'vous portez', 'tu portes', 'elle porte',
      'vous va bien', 'vous va tres bien', 'vous va a ravir', 'vous va si bien', 'te va bien', 'te va a ravir', 'lui va bien', 'lui va a ravir', 'vous allait bien',
      'vous allait si bien', 'vous allez bien en', 'remettez', 'remets', 'portez plus souvent', 'porte plus souvent',
    ]),
    ...terms('flirt.clothes', ['robe', 'jupe', 'tenue', 'talons', 'chemisier', 'rouge a levres', 'decollete', 'top', 'pull', 'chemise', 'du rouge', 'en rouge', 'collant', 'collants', 'lunettes', 'coiffure', 'cheveux', 'boucles d oreilles', 'collier', 'uniforme', 'bikini']),
    ...terms('flirt.kiss', ['😘', '💋', '😚', '😙', '😽', '💏', '💑'], { s: 1 }),
    ...terms('flirt.kissweak', ['bisous', 'bisou', 'je vous embrasse', 'je t embrasse', '😍', '🥰', '😏', '😉', 'xoxo']),
    // "J'ai craqué pour vous", not for a product ("j'ai craqué pour votre coffret").
    ...terms('flirt.sexual', ['j ai craque pour'], { s: 2, notNext: ['votre', 'vos', 'ce', 'cet', 'cette', 'ces', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'leur', 'leurs', 'du', 'de'] }),
    ...terms('flirt.sexual', [
      'au lit', 'coquine', 'coquin', 'nue', 'toute nue', 'sous la douche', 'en petite tenue', 'lingerie', 'tes seins', 'vos seins', 'ses seins',
      'tes fesses', 'vos fesses', 'ses fesses', 'son cul', 'ton cul', 'envie de vous', 'envie de toi', 'vous me plaisez', 'tu me plais',
      'je craque pour vous', 'je craque pour toi', 'vous me faites craquer', 'tu me fais craquer', 'je fantasme',
      'je pense a vous la nuit', 'massage', 'calin', 'un calin', 'je vous kiffe', 'je te kiffe',
    ], { s: 2 }),
  ],
};
