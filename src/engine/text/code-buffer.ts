/**
 * Helpers for text built as UTF-16 code buffers (text/normalize.ts): turning codes into
 * a string, and the offset map of a text whose folding moved nothing.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const DECODER = typeof TextDecoder !== 'undefined' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** codes[0, m) as a string. `surrogates`: the codes may hold surrogates (the decoder would replace lone ones). */
export function codesToString(codes: Uint16Array, m: number, surrogates: boolean): string {
  if (DECODER && !surrogates) return DECODER.decode(codes.subarray(0, m));
  let str = '';
  for (let p = 0; p < m; p += 4096) str += String.fromCharCode.apply(null, codes.subarray(p, Math.min(m, p + 4096)) as unknown as number[]);
  return str;
}

let identity = new Int32Array(0);

/** [0, 1, ..., len]: the offset map of a text whose folding kept every unit in place. Shared: read only. */
export function identityMap(len: number): Int32Array {
  if (identity.length < len + 1) {
    identity = new Int32Array(Math.max(len + 1, identity.length * 2, 4096));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, len + 1);
}
