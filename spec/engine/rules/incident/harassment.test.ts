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
  it('fires on stated obsessive contact', () => {
    expect(categories("I'll ring your helpline every hour on the hour until that money is back.")).toEqual(['harassment']);
    expect(categories('Je vais vous appeler tous les jours jusqu\'à ce que ce soit réglé.')).toEqual(['harassment']);
  });
  it('does not fire on a past complaint about calls', () => {
    expect(categories('Je vous appelle tous les jours depuis une semaine, personne ne répond.')).toEqual([]);
    expect(categories('Ils m\'appellent tous les mois pour me proposer leurs offres.')).toEqual([]);
  });
});
