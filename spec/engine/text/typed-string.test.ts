/** typedString hands back the very string it is given. */
import { typedString } from '../../../src/engine/text/typed-string';

describe('typedString', () => {
  it('returns the very string it is given, whatever its internal kind (sliced, cons, two-byte, looked up in a Set)', () => {
    const body = `${'Déjà vu, encore une fois: '.repeat(20)}漢字 and more`;
    const sliced = body.slice(3, 40);
    const cons = sliced + body.slice(50, 90);
    const looked = body.slice(0, 4).toLowerCase();
    new Set(['deja', 'déjà']).has(looked);
    for (const s of [body, sliced, cons, looked, '', 'x', body.slice(-10)]) expect(typedString(s)).toBe(s);
  });
});
