/**
 * The same string, typed as one for the optimiser. Token texts come in many internal
 * string kinds (flat, sliced, cons, thin after a Set lookup, one- or two-byte), so a site
 * reading `s.length` / `s.charCodeAt` on them sees more than four shapes, turns
 * megamorphic and makes a generic property lookup per read (about 4x slower per
 * character). After this check (always true for a string) those reads compile to direct
 * string operations; String(s) does the same but costs a builtin call. Hot readers of
 * token text in the engine go through it.
 */
export function typedString(s: string): string {
  return typeof s === 'string' ? s : '';
}
