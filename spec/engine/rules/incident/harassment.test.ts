import { analyse, categories } from './tester';

describe('harassment', () => {
  it('needs repetition: one incident in one message is not harassment', () => {
    expect(categories('Bande de nazes.')).toEqual(['insult']);
  });
  it('fires on incidents in two separate requester comments', () => {
    const inc = analyse(['Bande de nazes.', 'Toujours rien, des bras cassés.']);
    const h = inc.find((i) => i.category === 'harassment');
    expect(h?.evidence.length).toBe(2);
    expect(inc.find((i) => i.category === 'insult')?.stage).toBeGreaterThanOrEqual(3);
  });
  it('fires on an earlier boundary tag plus a new incident (default or admin prefix)', () => {
    const history = [{ id: 9, tags: ['boundary_flirting'] }];
    expect(categories('Are you single? 😘', { history })).toEqual(['flirting', 'harassment']);
    expect(categories('Bonjour, ma box est en panne.', { history })).toEqual([]);
  });
  it('stays silent without any finding, however many comments and earlier boundary tags (early exit)', () => {
    const history = [{ id: 9, tags: ['boundary_insult'] }, { id: 10, tags: ['boundary_threat'] }];
    expect(analyse(['Bonjour, ma box est en panne.', 'Toujours en panne ce matin.'], { history })).toEqual([]);
    // One finding is enough for the history route to count again.
    expect(categories(['Bonjour, ma box est en panne.', 'Bande de nazes.'], { history })).toEqual(['harassment', 'insult']);
  });
  it('fires on stated obsessive contact', () => {
    expect(categories("I'll ring your helpline every hour on the hour until that money is back.")).toEqual(['harassment']);
    expect(categories('Je vais vous appeler tous les jours jusqu\'à ce que ce soit réglé.')).toEqual(['harassment']);
  });
  it.each([
    "I'll reopen this every day until you refund me.",
    "I'm going to open a new ticket every hour until someone answers.",
    "I will keep submitting this form daily until it's fixed.",
    "I'll be in your shop every day until someone sorts this out.",
    'Je rouvrirai ce ticket tous les jours jusqu\'à ce que vous répondiez.',
    "Je vais rouvrir une demande chaque matin tant que ce n'est pas réglé.",
    "Je vais passer à l'agence tous les jours jusqu'à ce qu'on me rembourse.",
    'Je vais vous relancer toutes les heures.',
    'ill keep opening chats til someone answers',
    "From today I'm emailing this address every hour until I'm refunded.",
    "À partir d'aujourd'hui j'appelle votre standard toutes les heures jusqu'au remboursement.",
    "I'll keep asking until you give me her number.",
    'ill just keep messaging this chat all night',
    'jvais vous écrire toutes les 5 min jusqua ce que ça bouge',
    "À partir de lundi j'appelle votre standard toutes les heures jusqu'à ce que je sois remboursée.",
  ])('fires on promised repeated contact: %s', (text) => {
    expect(categories(text)).toEqual(['harassment']);
  });
  it.each([
    'I check the tracking every day and nothing moves.',
    "I'll send you the meter reading every month as usual.",
    "I'll email you the daily report tomorrow.",
    'Je vous envoie le relevé chaque mois comme d\'habitude.',
    "Can you call me back every day at 9 until the repair is done? I'm housebound.",
    "Je vais passer à l'agence et attendre jusqu'à ce que le dossier soit prêt.",
    "I'll come in and wait until you've checked the car.",
    "I'll ask my accountant and get back to you.",
    'The fridge alarm beeps all night, can someone call me?',
    "J'ai essayé d'appeler toute la journée, la ligne sonne occupé.",
  ])('does not fire on ordinary follow-ups: %s', (text) => {
    expect(categories(text)).toEqual([]);
  });
  it('fires on baiting that announces more of it (trolling plus a return), not on a return alone', () => {
    expect(categories("lol t'as les nerfs ? c'était pour voir si un humain lisait. je rouvre un ticket demain, et après-demain")).toEqual(['harassment', 'trolling']);
    expect(categories("ok real question: how many socks fit in a black hole, ur no fun. I'll be back tomorrow with more lol")).toEqual(['harassment', 'trolling']);
    expect(categories("Je rouvre un ticket demain si le colis n'est pas arrivé.")).toEqual([]);
    expect(categories("I'll be back tomorrow to pick up the repaired phone.")).toEqual([]);
  });
  it('does not fire on a past complaint about calls', () => {
    expect(categories('Je vous appelle tous les jours depuis une semaine, personne ne répond.')).toEqual([]);
    expect(categories('Ils m\'appellent tous les mois pour me proposer leurs offres.')).toEqual([]);
  });
});
