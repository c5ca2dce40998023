/** Textes de conseil en français (nos propres mots ; faits et conseils de shared/playbook.md). */
import type { AdviceTexts } from './types';

export const ADVICE_FR: AdviceTexts = {
  typeNames: {
    active_hater: 'Hostile quoi qu’on fasse',
    extreme_critic: 'Relève chaque erreur',
    lapsed_loyal: 'Client fidèle qui décroche',
    passionate: 'Passionné avec un souci',
    none: 'Pas de type de plainte',
  },
  typeSummaries: {
    active_hater: 'En veut à l’entreprise dans son ensemble ; rien de ce que nous ferons ne suffira.',
    extreme_critic: 'Ne nous déteste pas, mais remarque et liste chaque erreur.',
    lapsed_loyal: 'Longtemps satisfait, agacé aujourd’hui, se demande s’il va rester.',
    passionate: 'Parmi nos meilleurs clients : attaché au produit, il signale un problème.',
    none: 'Une question, une demande ou un remerciement : aucun profil de plainte à gérer.',
  },
  strategies: {
    active_hater: [
      'Ne prenez pas l’hostilité pour vous et n’entrez pas dans la polémique.',
      'Répondez au point concret, s’il y en a un, brièvement et avec des faits.',
      'Ne vous surinvestissez pas : faites au mieux sur la demande, puis passez à la suite.',
    ],
    extreme_critic: [
      'Prenez chaque point au sérieux et vérifiez s’il est exact.',
      'S’il a raison, corrigez et confirmez-le point par point.',
      'S’il a tort, expliquez-le une fois, poliment, puis passez à autre chose.',
    ],
    lapsed_loyal: [
      'Écoutez tout, puis remerciez-le clairement pour ses années de fidélité.',
      'Réparez : excuses, solution au problème, et pensez à un geste commercial.',
      'Pesez la relation : garder un client coûte bien moins cher que d’en trouver un nouveau.',
    ],
    passionate: [
      'Remerciez-le : il fait partie de nos meilleurs clients.',
      'Agissez concrètement sur le problème ; c’est le genre de faille qu’un concurrent exploite.',
      'Dites-lui ce qui a changé grâce à son retour.',
    ],
    none: [
      'Aucun profil de plainte : répondez à la demande clairement et chaleureusement.',
      'Si la situation se dégrade, le profil est réévalué avec les nouveaux messages.',
    ],
  },
  categoryNames: {
    insult: 'Insulte',
    racism: 'Racisme',
    sexism: 'Sexisme',
    discrimination: 'Discrimination',
    flirting: 'Drague',
    threat: 'Menace',
    trolling: 'Troll',
    harassment: 'Harcèlement',
    scope_abuse: 'Hors contrat',
  },
  stageNames: {
    1: 'Laisser passer une fois',
    2: 'Demander ce qu’il veut dire',
    3: 'Poser la limite',
    4: 'Clore et signaler',
  },
  actions: {
    insult: {
      1: 'Restez calme et répondez à la demande elle-même, sans reprendre le ton ni commenter les mots.',
      2: 'Dites une fois, calmement, que vous aidez volontiers tant que l’échange reste respectueux.',
      3: 'Dites que les insultes envers l’équipe ne sont pas acceptées et que vous mettrez fin à l’échange si elles continuent ; citez la charte.',
      4: 'Mettez fin à l’échange poliment, gardez les messages et signalez-le à votre responsable : la hiérarchie soutient son équipe.',
    },
    racism: {
      1: 'Ne riez pas et ne commentez pas ; restez sur la demande. N’accédez jamais à une exigence fondée sur l’origine.',
      2: 'Demandez calmement ce qu’il entend par là, pour qu’il entende sa remarque pour ce qu’elle est.',
      3: 'Dites que la remarque est blessante et pas acceptée ; vous aidez seulement dans le respect mutuel, comme le prévoit la politique de l’entreprise.',
      4: 'Mettez fin à l’échange et signalez-le à votre responsable.',
    },
    sexism: {
      1: 'Laissez passer une remarque isolée et restez professionnel ; ne cédez pas le dossier à cause du genre.',
      2: 'Demandez ce qu’il veut dire, ou glissez avec légèreté que vous n’avez rien entendu, puis revenez au sujet.',
      3: 'Dites que vous n’acceptez pas les propos sexistes et que vous mettrez fin à l’échange s’ils continuent ; citez la politique de l’entreprise.',
      4: 'Mettez fin à l’échange et signalez-le. S’il se reprend ensuite, traitez-le normalement, sans reproche.',
    },
    discrimination: {
      1: 'Ne réagissez pas à la remarque ; restez sur la demande. N’accédez jamais à une exigence fondée sur qui est un collègue.',
      2: 'Demandez calmement ce qu’il veut dire, pour qu’il entende sa remarque pour ce qu’elle est.',
      3: 'Dites que les remarques sur l’orientation, le handicap, l’âge ou la santé d’une personne ne sont pas acceptées ; citez la politique de l’entreprise.',
      4: 'Mettez fin à l’échange et signalez-le à votre responsable.',
    },
    flirting: {
      1: 'Prenez le compliment comme si de rien n’était et poursuivez la demande.',
      2: 'Montrez que vous avez remarqué en ramenant fermement l’échange au sujet.',
      3: 'Faites appel au professionnalisme, le vôtre et le sien, et demandez à rester sur le produit ou le service.',
      4: 'Dites que vous ne pouvez aider que sur le plan professionnel, sinon il devra s’adresser ailleurs ; si cela devient du harcèlement, mettez fin à l’échange.',
    },
    threat: {
      1: 'Restez calme et factuel, ne polémiquez pas et gardez une copie du message.',
      2: 'Demandez calmement ce qu’il veut dire, sans juger ; la sécurité de l’équipe passe d’abord.',
      3: 'Dites que les menaces envers le personnel ne sont pas acceptées et que l’échange va s’arrêter ; prévenez votre responsable.',
      4: 'Mettez fin au contact, signalez-le à votre responsable et, si besoin, aux autorités.',
    },
    trolling: {
      1: 'Gardez votre calme : proposez votre aide s’il a une vraie question, sinon annoncez que vous clôturez l’échange.',
      2: 'Ne l’alimentez pas : ignorez la provocation et ne répondez qu’aux vraies questions.',
      3: 'Envoyez la réponse type : le comportement est inapproprié et le compte peut être bloqué.',
      4: 'Clôturez l’échange et signalez le compte à votre responsable.',
    },
    harassment: {
      1: 'Reconnaissez la répétition : notez chaque incident et sa date.',
      2: 'Dites que ces messages vous mettent mal à l’aise et posez un cadre clair à l’échange.',
      3: 'Rappelez le cadre par écrit et prévenez que de nouveaux messages de ce type seront signalés.',
      4: 'Mettez fin au contact et confiez le dossier à votre responsable ; un avocat ou les autorités peuvent suivre.',
    },
    scope_abuse: {
      1: 'Rappelez calmement et précisément ce que couvre le contrat.',
      2: 'Proposez un devis pour le travail en plus ; ne le commencez pas gratuitement.',
      3: 'Rappelez les conditions par écrit avec le devis, et dites qu’aucun travail en plus ne démarre sans accord.',
      4: 'On sort de la relation client : confiez le dossier à votre responsable (et au service juridique si un paiement est bloqué).',
    },
  },
  facts: [
    'Moins de 4 % des clients mécontents le disent ; la plupart des silencieux ne reviennent tout simplement pas.',
    'Un client dont le problème a été bien réglé est souvent plus fidèle qu’un client qui n’en a jamais eu.',
    'Garder un client coûte bien moins cher que d’en gagner un nouveau : jusqu’à cinq fois moins.',
  ],
};
