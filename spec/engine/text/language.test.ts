import { detectLanguage } from '../../../src/engine/text/language';

describe('detectLanguage', () => {
  it.each([
    ['Bonjour, mon colis est en retard depuis lundi, vous pouvez vérifier ?', 'fr'],
    ['slt jai pas recu ma commande cest normal ? merci', 'fr'],
    ['bonjour je n ai toujours rien recu et vous ne repondez pas', 'fr'],
    ['Hi, my parcel is late since Monday, can you check it please?', 'en'],
    ['hey can i move my delivery to thursday this week thx', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null on too little text', () => {
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('12345')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
