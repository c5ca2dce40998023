import { ruleTester, categories } from './tester';

ruleTester('insult', {
  valid: [
    "I'm not another idiot customer, I know my rights.",
    "Je ne suis pas encore un expert, pouvez-vous m'aider ?",
    'We watched the Muppets movie on your app and it froze twice.',
    'Mon avocat vous enverra une mise en demeure cette semaine.',
    'Je suis sans doute un vieux con maniaque, mais la notice est fausse.',
    "You're probably busy, but could you check my order?",
    'Ce putain de logiciel plante encore, ça me gonfle.',
    'Cette foutue box a redémarré toute seule, j\'en ai marre.',
    'Votre mise à jour est nulle, franchement indigne.',
    'Je ne vous traite pas d\'idiot, mais le calcul est faux.',
    'Je ne dis pas que vos équipes sont incompétentes, je dis que la facture est fausse.',
    'Le livreur m\'a traité d\'idiot devant mes voisins.',
    'Il m\'a répondu "débrouille-toi, vieille bique" et il est parti.',
    'Je suis vraiment idiote, j\'ai supprimé mon compte par erreur.',
    'C\'est idiot, le bouton est caché sous le menu.',
    'Ce logiciel à la con ne s\'ouvre plus.',
    'J\'ai acheté une gourde isotherme, elle fuit.',
    'C\'est une gourde de 500 ml, le bouchon est cassé.',
    'Votre commande de gélatine de porc est arrivée.',
    'Mon colis est en retard depuis lundi.',
    'Sur le conseil de votre vendeur, à votre connaissance, les concombres de Montcuq ?',
    'La manche de la veste est décousue, la couleur est sale.',
    'This damn app logged me out again.',
    'This bloody app is rubbish and your update is garbage.',
    'Your release is a shambles, frankly.',
    "Nobody's calling your team idiots, but the maths doesn't add up.",
    "I'm not calling you an idiot, I just want my refund.",
    'He called me a moron and slammed the door.',
    'The driver said "do it yourself, you stupid old cow" and left.',
    'I feel like an idiot, I forgot my password again.',
    'That was a stupid mistake on my part.',
    'Scunthorpe, Dickens, cocktail, assistant, therapist, Cassandra, analysis, Penistone.',
    'Dick Johnson from accounts sent the invoice.',
    'You are a scam and I want my money back.',
    'Pros and cons of the premium plan?',
    'Shut up and take my money, I love this product!',
    'They screw you over with the fees every month.',
    'Sorry if this is a dumb question, but how do I reset my password?',
    "C'est con mais je n'arrive pas à me connecter.",
    'Votre site est bidon, je me suis fait avoir comme un con.',
    'Your support team is useless and your product is a joke.',
  ],
  invalid: [
    "T'es aussi lente que tes collègues, une vraie quiche.",
    'Pas encore un abruti au téléphone, passez-moi le chef.',
    'That muppet on the counter sent me away.',
    'Votre livreur, ce gros boulet, a laissé le colis sous la pluie.',
    'Gang de twits, rendez-moi mon argent.',
    'Franchement vous êtes une pauvre cruche.',
    'Vous êtes tous des tocards finis.',
    'Votre service est dirigé par un parfait crétin.',
    'La conseillère, une vraie gourde, n\'a rien compris.',
    'Votre chef de quai c\'est un sale petit con.',
    'Bande de nazes.',
    'Des bras cassés du premier au dernier.',
    't\'es vraiment con ou quoi',
    'Espèce d\'abruti, rends-moi mon argent.',
    'vous n\'êtes qu\'une bande d\'incapables',
    'Ta gueule.',
    'va te faire foutre',
    'c0nnard', 'c*nnard', 'c.o.n.n.a.r.d', 'connnnnard', 'c o n n a r d', 'CoNnArD', 'encule', 'ENCULÉ',
    "You're all a bunch of braindead id10ts.",
    'Whoever shipped this is a halfwit.',
    'Smug little prick, honestly.',
    'Sort it out you absolute morons.',
    'Heard it all before from you muppets.',
    'The spineless weasel of a manager hung up on me.',
    'f*ck you', 'i.d.i.o.t', 'what an a$$hole', 'b1tch', 'fuuuuuck you', 'ｆｕｃｋ you', 'you idiooot',
    'Fuck off and refund me.',
    'You stupid cow, just do your job.',
    "Mais quelle bande de guignols, sérieusement.",
    "t'es qu'un gros con",
    'Your agent is a complete moron.',
  ],
});

describe('insult context', () => {
  it('is language gated: FR "en retard" / "des retards" is not EN "retard"', () => {
    expect(categories('Ma commande est en retard, vous pouvez vérifier ?')).toEqual([]);
    expect(categories('Encore des retards de livraison, trois fois ce mois-ci.')).toEqual([]);
    expect(categories('Vous cumulez les retards, vos livreurs sont nuls.')).toEqual([]);
    expect(categories('Les retards s\'accumulent sur ma commande 4471, franchement.')).toEqual([]);
  });
  it('reports a disability word used as a name as discrimination, not twice', () => {
    expect(categories('You retard, fix it.')).toEqual(['discrimination']);
    expect(categories("T'es autiste ou quoi ?")).toEqual(['discrimination']);
  });
});
