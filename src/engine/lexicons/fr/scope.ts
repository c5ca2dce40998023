/**
 * French out-of-contract cues. scope.free: work wanted for free / refusal to pay more
 * (never counted inside a question: "est-ce inclus ?"). scope.press: pressure to bend the
 * terms (withholding payment, "tant que vous y êtes"). scope.pressweak: softer pressure
 * (loyalty leverage, churn), only with scope.scope + acknowledgement. scope.scope: the
 * contract/quote named. scope.ack: the requester knows it is outside.
 */
import { terms, type LexiconSet } from '../types';

export const scopeFr: LexiconSet = {
  lang: 'fr',
  name: 'scope_abuse',
  entries: [
    ...terms('scope.free', [
      'gratuitement', 'gratuit', 'gratuite', 'gracieusement', 'sans supplement', 'sans frais', 'sans frais supplementaires', 'sans surcout', 'sans rien payer',
      'pas un euro de plus', 'pas un centime de plus', 'pas un sou de plus', 'pas un rond de plus', 'je ne paierai pas', 'je paierai pas', 'je ne payerai pas',
      'je payerai pas', 'je refuse de payer', 'hors de question de payer', 'pas question de payer', 'a vos frais', 'offert', 'ca devrait etre inclus',
      'ca doit etre inclus', 'devrait etre inclus', 'devrait etre compris', 'doit etre compris', 'ca fait partie', 'fait partie d un', 'c est evident que ca fait partie',
      'sans que je paie', 'sans payer', 'je ne vais pas payer', 'je vais pas payer', 'je ne paie pas', 'je paie pas',
      'rien de plus', 'je ne paierai rien', 'je paierai rien', 'je ne payerai rien', 'pas un centime', 'pas un euro', 'sans payer plus', 'pas de supplement',
      'hors de question que je paie', 'je ne vais rien payer', 'je refuse tout supplement', 'je refuse de payer le supplement', 'sans rien de plus',
      'payer un euro de plus', 'faire cadeau', 'nous la faire cadeau', 'nous le faire cadeau', 'meme tarif', 'jpaierai pas', 'j paierai pas', '1 centime de plus', 'un centime de plus', 'aucun supplement', 'je ne paierai aucun', 'je paierai aucun', 'payer un centime de plus', 'payer un sou de plus', 'sans facture supplementaire', 'sans facturation supplementaire', 'sans rien facturer', 'dans le forfait actuel',
      'devrait aller de soi', 'ca va de soi', 'c est evident que ca fait partie du job', 'ca fait partie du job', 'fait partie du boulot', 'faites le dans le forfait', 'faites le dans le cadre', 'dans le cadre du forfait', 'dans le cadre du contrat',
      'dans le cadre de la maintenance', 'dans le cadre de notre contrat', 'compris dans le forfait',
    ], { s: 2 }),
    ...terms('scope.press', [
      'tant que vous y etes', 'pendant que vous y etes', 'puisque vous y etes', 'vu que vous y etes', 'tant que vous y serez', 'pendant que vous y serez', 'tant qu a faire', 'je ne signe pas', 'je ne signerai pas', 'je signe pas', 'je ne le signe pas', 'je le signe pas', 'je bloque ta facture', 'je bloque votre facture', 'je bloque la facture', 'je ne regle pas le solde',
      'je ne reglerai pas', 'je regle pas', 'ne sera pas reglee', 'ne sera pas regle', 'ne sera pas payee', 'ne sera pas paye', 'je bloque le paiement',
      'je bloque le solde', 'je retiens', 'je suspends le paiement', 'c est a prendre ou a laisser', 'je fais opposition', 'je suspends le reglement', 'je bloque le reglement', 'tant que ce n est pas accepte', 'pas de paiement tant que', 'c est le minimum', 'c est la moindre des choses',
      'a vous de vous debrouiller', 'a vous de vous arranger', 'je ne vois pas pourquoi on parlerait', 'pas d avenant', 'sinon la derniere tranche',
      'la derniere tranche ne sera pas', 'le solde ne sera pas', 'pas de pv', 'ne signe pas le pv', 'refaites tout', 'refaire tout le site', 'debrouillez vous', 'pas question de signer',
    ], { s: 2 }),
    ...terms('scope.pressweak', ['apres tout ce que je vous ai verse', 'apres tout ce que', 'vu ce que je vous paie', 'vu le prix', 'sinon je change', 'sinon je pars', 'je change de prestataire', 'je change de cabinet', 'ne sera pas renouvele']),
    ...terms('scope.scope', [
      'contrat', 'devis', 'lettre de mission', 'forfait', 'avenant', 'perimetre', 'cahier des charges', 'hors contrat', 'hors devis', 'hors forfait', 'prevu', 'convenu',
      'allers retours', 'ne concerne que', 'bon de commande', 'proposition commerciale', 'abonnement', 'offre', 'formule', 'cgv', 'conditions generales', 'prestation',
      'prix convenu', 'enveloppe', 'pack', 'mission', 'commande', 'marche',
    ]),
    ...terms('scope.extra', [
      'ajoutez', 'rajoutez', 'ajouter', 'rajouter', 'vous ferez', 'vous referez', 'doit etre fait', 'doit etre faite', 'doivent etre faits', 'doivent etre faites',
      'refaites', 'refaire', 'je veux aussi', 'il faut aussi', 'faites aussi', 'faites moi aussi', 'occupez vous aussi', 'vous vous occuperez', 'vous me ferez',
      'je compte sur vous pour', 'vous installerez', 'vous integrerez', 'integrez',
    ]),
    ...terms('scope.ack', ['je le sais', 'je sais que', 'je sais bien', 'j en suis conscient', 'j en suis consciente', 'je l accepte', 'certes', 'je reconnais', 'je sais']),
  ],
};
