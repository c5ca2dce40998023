/**
 * Risky phrasing in a French agent draft: words only (the matching and context
 * guards live in rules/draft/). Tokens are folded: no accents, lower case, and
 * apostrophes / hyphens split words ("n'y" = "n y", "calmez-vous" = "calmez vous").
 * Reasons and suggestions are our own words (gist from the taxonomy table).
 */
import type { DraftLexicon } from '../../rules/draft/types';

const JE = '(je|j)';
const NE = '(ne|n)?';

export const DRAFT_FR: DraftLexicon = {
  'draft.dont_know': {
    reason: "Dire « je ne sais pas » sans proposer de chercher laisse le client seul avec son problème et fait douter de nous.",
    suggestion: 'je vérifie tout de suite',
    patterns: [
      `${JE} ${NE} (le|l|en)? (sais|sait|saurais) (pas|rien|point) (vous dire|vous repondre|dire|repondre)?`,
      `${JE} ${NE} (sais|saurais) (vraiment|absolument|franchement|trop|meme)? (pas|rien)`,
      '(jsais|chais|chai|jsai) (pas|rien)',
      '(jsp|chepa|chaipas|jsaispas)',
      `${JE}? ${NE} en (sais|ai) (rien|aucune idee|pas la moindre idee)`,
      `${JE} ${NE} ai (aucune|pas la moindre|pas d|pas une) idee`,
      '(aucune|pas la moindre|pas la queue d une) idee',
    ],
  },
  'draft.dont_care': {
    reason: 'Laisser entendre que la demande nous est égale dit au client qu’il ne compte pas.',
    suggestion: 'je comprends que cela compte pour vous',
    patterns: [
      `${JE} (me|m) en (fiche|fiches|fous|fou|fout|moque|contrefiche|contrefous|balance|tape|bats|cogne)`,
      '(on|nous) (se|s|nous) en (fiche|fout|moque|balance|tape)',
      '(ca|cela) (m|me|nous) (est|es) (bien)? (egal|indifferent)',
      'peu (m|me|nous) importe',
      `${JE} ${NE} (m|me) en soucie (guere|pas)`,
      '(rien|ren) a (faire|cirer|foutre|battre|carrer)',
    ],
  },
  'draft.no_time': {
    reason: 'Dire qu’on n’a pas le temps fait passer le client après autre chose : il se sent de trop.',
    suggestion: 'je prends le temps',
    patterns: [
      `${JE} ${NE} (ai|ais) (pas|point|vraiment pas) (le|de|l) temps`,
      `${JE} ${NE} (ai|ais) pas de temps a perdre`,
      `(nous|on) ${NE} (avons|a) (pas|point|vraiment pas) (le|de|l) temps`,
      [`${JE} ${NE} (ai|ais) pas que (ca|cela|sa) a faire`, 'je suis à vous'],
      [`${JE} (ai|ais) (autre chose|mieux|d autres choses) a faire`, 'je suis à vous'],
      ['pas le temps pour (ca|cela)', 'je m’en occupe'],
      [`${JE} ${NE} (vais|peux) pas (y passer|passer) (ma journee|des heures)`, 'je m’en occupe'],
      `${JE} suis (trop|deborde|debordee) (occupe|occupee)? pour`,
    ],
  },
  'draft.your_kind': {
    reason: 'Ranger le client dans une catégorie (« les gens comme vous ») est blessant et généralise ; parlez de la demande, pas de la personne.',
    suggestion: 'ce type de demande',
    patterns: [
      '(des|les|aux|de)? (clients|clientes|gens|personnes|individus|types|particuliers|consommateurs) (comme|dans votre genre|de votre genre|de ton genre|de votre espece|de votre sorte|de votre acabit|de votre type) (vous|toi)?',
      '(des|les|aux|de)? (clients|clientes|gens|personnes|individus|types) comme (vous|toi)',
      '(votre|ton) (genre|espece|engeance|acabit)',
      '(vos|tes) semblables',
      ['(ce|ces|cette) (genre|type|sorte) de (clientele|clients|gens|personnes) ~2 (on|nous) (prefere|preferons|prefererait|se passe|nous passons|evite|evitons)', 'nous ne pouvons pas accepter cette demande'],
      ['(on|nous) (n)? (aime|aimons|veut|voulons|servons|sert) pas (trop|vraiment|beaucoup|tellement|du tout)? (les gens|les clients|des clients|des gens) (comme vous|de votre genre)', 'nous ne pouvons pas accepter cette demande'],
    ],
  },
  'draft.know_nothing': {
    reason: 'Dire au client qu’il n’y connaît rien l’humilie et ferme la discussion.',
    suggestion: 'il y a peut-être eu un malentendu',
    patterns: [
      'vous (n)? (y|en)? (connaissez|comprenez|captez|pigez|entendez) ~2 rien',
      'tu (n)? (y|en)? (connais|comprends|captes|piges) ~2 rien',
      'vous (ne|n)? savez (pas|meme pas) de quoi vous parlez',
      'vous (ne|n)? (y|en)? (connaissez|comprenez) (visiblement|manifestement|clairement|absolument)? (rien|que dalle)',
      'vous (ne|n)? (y|en)? (connaissez|comprenez|captez|pigez) (visiblement|manifestement|clairement|apparemment)? pas grand chose',
      'vous (n)? avez rien compris',
      'vous (n)? avez (visiblement|manifestement)? (rien|pas) compris',
    ],
  },
  'draft.dont_come_back': {
    reason: 'Fermer la porte au client (« ne revenez pas », « allez voir ailleurs ») rompt la relation au lieu de la réparer.',
    suggestion: 'je suis désolé que vous ressentiez cela ; voyons ce que je peux faire',
    patterns: [
      ['ne (nous|me)? (revenez|reviens|recontactez|rappelez|reecrivez|ecrivez|contactez) (plus|pas|jamais) (vers nous)?', 'je suis désolé que vous ressentiez cela ; voyons ce que je peux faire'],
      ['ne plus (revenir vers nous|nous recontacter|nous rappeler|nous reecrire|nous ecrire|nous contacter|nous solliciter)', 'je suis désolé que vous ressentiez cela ; voyons ce que je peux faire'],
      ['inutile de (revenir|nous recontacter|nous relancer|nous rappeler|nous reecrire|reessayer) (vers nous)?', 'je suis désolé que vous ressentiez cela ; voyons ce que je peux faire'],
      ['(allez|va|aller|alles) (donc)? (voir|chercher)? (ailleurs|chez la concurrence|la concurrence|chez un concurrent|un concurrent)', 'dites-moi ce qui vous aiderait'],
      ['(vous pouvez|libre a vous d|libre a vous de) (aller|partir) (voir)? (ailleurs|a la concurrence|chez la concurrence)', 'dites-moi ce qui vous aiderait'],
      ['(adressez vous|adresse toi) ailleurs', 'dites-moi ce qui vous aiderait'],
      ['(on|nous) (ne|n)? veut (plus|pas) (de vous|vous revoir)', 'voyons ensemble ce que nous pouvons faire'],
    ],
  },
  'draft.you_are_wrong': {
    reason: 'Donner tort au client en face le met sur la défensive ; reconnaissez son point de vue puis expliquez.',
    suggestion: 'je comprends votre point de vue, mais',
    patterns: [
      'vous (avez|aviez|avez bien) tort',
      ['vous (n)? (avez|aviez) pas raison', 'je comprends votre point de vue, mais'],
      '(tu|t) (as|avais) tort',
      ['vous vous (trompez|trompiez|etes trompe|etes trompee|etes trompes) (completement|totalement|lourdement)?', 'il y a une confusion'],
      ['tu te (trompes|trompais)', 'il y a une confusion'],
      ['vous faites (erreur|fausse route)', 'il y a une confusion'],
      ['vous etes dans l erreur', 'il y a une confusion'],
      ['(j|je) (ai|avais) raison', 'je comprends votre point de vue'],
      ['c est (vous|toi) qui (avez|as) tort', 'je comprends votre point de vue, mais'],
      ['c est (completement|totalement)? faux', 'ce point mérite d’être précisé'],
    ],
  },
  'draft.hurry_up': {
    reason: 'Presser le client (« dépêchez-vous ») le brusque et reporte sur lui notre propre urgence.',
    suggestion: 'dès que possible, merci de',
    patterns: [
      '(depechez|depeche|grouillez|grouille|magnez|magne|bougez) (vous|toi)',
      ['(il)? (faudrait|faut|faudra) (vous|te) (depecher|presser|grouiller|magner)', 'merci de'],
      ['faites (vite|fissa)', 'dès que possible, merci'],
      ['(plus vite que ca|et que ca saute)', 'dès que possible, merci'],
    ],
  },
  'draft.wait': {
    reason: 'Un « attendez » sec sonne comme un ordre ; excusez-vous de faire patienter et donnez une durée.',
    suggestion: 'pourriez-vous patienter et attendre',
    patterns: [
      '(attendez|attends)',
      ['^ (deux|2|une|1) (secondes|seconde|sec|minute|minutes)', 'un instant, s’il vous plaît'],
      ['(patientez|patiente) (un peu|encore)?', 'pourriez-vous patienter encore un peu'],
    ],
  },
  'draft.calm_down': {
    reason: 'Demander au client de se calmer nie son émotion et l’attise ; reconnaissez d’abord ce qu’il ressent.',
    suggestion: 'je comprends votre agacement',
    patterns: [
      '(calmez|calme) (vous|toi) (un peu|donc)?',
      ['(relaxez|relax|relaxe|relaxez vous)', 'je comprends votre agacement'],
      '(du|un peu de) calme',
      '(on|nous) (se|s) calme',
      '(restez|reste|soyez|sois|gardez|garde) (calme|votre calme|ton calme|zen)',
      '(ne|n) (vous|t|te) (enervez|enerve|emportez|emporte|fachez|fache) pas',
      '(inutile|pas la peine|pas besoin) de (vous|t|te) (enerver|emporter|facher|enerve)',
      '(detendez|detends) (vous|toi)',
      ['(vous|te) (demande|demandons|prie|prions) de (vous|te) calmer', 'je comprends votre agacement'],
    ],
  },
  'draft.policy': {
    reason: 'Invoquer la règle sans dire pourquoi ressemble à un refus de principe ; donnez la raison (« parce que… »).',
    suggestion: 'notre règle est la suivante, et voici pourquoi',
    patterns: [
      'c est (notre|la) (politique|procedure|regle|reglementation|consigne|norme) (de l entreprise|de la maison|de la societe|interne|habituelle)?',
      'c est le reglement (point|point barre|un point c est tout)?',
      '(ce sont|c est) (les|nos) (regles|procedures|consignes)',
      ['c est (comme ca|comme cela|ainsi) (et pas autrement)?', 'voici la raison'],
      ['la regle c est la regle', 'voici la raison de cette règle'],
      ['(je|j) (ne|n)? fais qu appliquer (la|les) (regle|regles|procedure|consignes)', 'voici la raison de cette règle'],
    ],
  },
  'draft.blame': {
    reason: 'Reprocher au client ce qu’il aurait dû faire ne règle rien ; décrivez la solution, pas la faute.',
    suggestion: 'pour la suite, il est utile de',
    patterns: [
      'vous auriez (du|pu)',
      'vous (n)? auriez (pas|jamais) du',
      '(tu|t) aurais (du|pu)',
      ['il (fallait|faillait|fallais) (bien)? (nous|me|m|le|la|les|l|y|en|vous|lui|leur)? _', 'pensez à {tail2}'],
      ['il aurait fallu (bien)? (nous|me|m|le|la|les|l|y|en|vous|lui|leur)? _', 'pensez à {tail3}'],
      ['(vous|tu) (n)? (aviez|avais) qu a (lire|regarder|verifier|demander|appeler|faire attention|suivre|lire les conditions)', 'il est possible de consulter'],
      ['(vous|tu) (n)? (aviez|avais) qu a', 'il est possible de'],
      ['si vous aviez', 'la prochaine fois, si vous avez'],
      ['c est (de)? (votre|ta) (faute|faute a vous|responsabilite)', 'voici comment corriger cela'],
      ['(vous|tu) (n)? (avez|as) (pas|meme pas) (lu|suivi|verifie|fait attention)', 'voici le point à vérifier :'],
    ],
  },
  'draft.not_my_problem': {
    reason: 'Renvoyer le problème ailleurs (« ce n’est pas mon problème ») laisse le client sans interlocuteur.',
    suggestion: 'je vais vous aider à régler cela',
    patterns: [
      '(ce|c|ca|cela)? (ne|n)? (est|es) (pas|plus) (mon|notre|mes|nos) (probleme|problemes|souci|soucis|affaire|affaires|boulot|job|travail|role|service|rayon|departement)',
      '(ce|c)? (ne|n)? (est|es) pas (de mon|de notre|dans mon|dans notre) (ressort|domaine|perimetre)',
      '(ce|c|ca|cela)? (ne|n)? (est|es|etait) pas (de)? (ma|notre) faute',
      '(ca|cela) (ne|n)? (me|nous) regarde (pas|plus)',
      '(c|ce) est (votre|ton) (probleme|souci|affaire)',
      ['(debrouillez|debrouille) (vous|toi)', 'voici comment je peux vous aider'],
      'pas mon probleme',
    ],
  },
  'draft.already_told': {
    reason: 'Rappeler qu’on l’a « déjà dit » sonne comme un reproche ; redonnez simplement l’information.',
    suggestion: 'pour rappel',
    patterns: [
      'comme (je|j) (vous|te)? (l|le)? (ai|avais) (deja)? (dit|ecrit|explique|indique|precise|repete|signale) (deux fois|trois fois|plusieurs fois|a plusieurs reprises|#num fois)?',
      '(je|j) (vous|te)? (l|le)? (ai|avais) deja (dit|ecrit|explique|repete|indique)',
      '(je|j) (vous|te)? (l|le)? (ai|avais) (dit|ecrit|explique|repete) (plusieurs fois|a plusieurs reprises|deux fois|trois fois)',
      '(je|j) (vous|te)? le (repete|redis)',
      'comme deja (dit|explique|repete)',
      ['pour la (enieme|nieme|derniere|deuxieme|troisieme|quatrieme|dixieme|centieme) fois', 'pour rappel'],
      ['combien de fois (faut il|devrai je|dois je) (vous|te)? le (dire|repeter|redire)', 'pour rappel'],
    ],
  },
};
