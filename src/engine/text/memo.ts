/**
 * Bounded memo for pure string functions that are costly on rare inputs (Unicode
 * normalisation of accented words): the cache is dropped whole when it fills, so memory
 * stays bounded however many distinct words a session sees.
 */
export function memoString<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= max) cache = new Map();
      cache.set(s, v);
    }
    return v;
  };
}
