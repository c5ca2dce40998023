/**
 * Bench corpus: the sample tickets of shared/eval repeated with variations (names,
 * numbers and sentence order change) until it reaches the wanted size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLES = resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'dev.jsonl');

type Bundle = { comments?: ({ body?: unknown } & Record<string, unknown>)[] } & Record<string, unknown>;

export function loadSamples(path = SAMPLES): Bundle[] {
  if (!existsSync(path)) throw new Error(`bench: sample tickets not found at ${path}`);
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => {
    const o = JSON.parse(l) as Bundle;
    delete o.expect;
    delete o.why;
    return o;
  });
}

/** Small deterministic PRNG so the corpus is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

const NAMES = ['Martin', 'Dupont', 'Smith', 'Okafor', 'Nguyen', 'Rossi', 'Garcia', 'Moreau', 'Kowalski', 'Brown'];

function vary(text: string, r: () => number): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (sentences.length > 2 && r() < 0.5) {
    const i = Math.floor(r() * (sentences.length - 1));
    const a = sentences[i] as string;
    sentences[i] = sentences[i + 1] as string;
    sentences[i + 1] = a;
  }
  return sentences.join(' ')
    .replace(/\d+/g, (d) => String((Number(d) + Math.floor(r() * 9)) % 10 ** d.length).padStart(d.length, '0'))
    .replace(/\b[A-Z][a-z]{3,}\b/g, (w) => (r() < 0.2 ? (NAMES[Math.floor(r() * NAMES.length)] as string) : w));
}

export function bodyBytes(b: Bundle): number {
  return (b.comments ?? []).reduce((n, c) => n + (typeof c.body === 'string' ? Buffer.byteLength(c.body) : 0), 0);
}

/** Tickets whose comment text adds up to about `bytes` bytes. */
export function buildCorpus(samples: readonly Bundle[], bytes: number, seed = 7): Bundle[] {
  const r = rng(seed);
  const out: Bundle[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const s = samples[i % samples.length] as Bundle;
    const copy = JSON.parse(JSON.stringify(s)) as Bundle;
    for (const c of copy.comments ?? []) if (typeof c.body === 'string') c.body = vary(c.body, r);
    total += bodyBytes(copy);
    out.push(copy);
  }
  return out;
}

/** One requester comment of about `bytes` characters, made of sample text. */
export function bigTicket(samples: readonly Bundle[], bytes: number): Bundle {
  const r = rng(11);
  const pieces: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = samples[i % samples.length] as Bundle;
    const body = s.comments?.[0]?.body;
    if (typeof body !== 'string') continue;
    const v = vary(body, r);
    pieces.push(v);
    n += v.length + 2;
  }
  const body = pieces.join('\n\n').slice(0, bytes);
  return {
    ticket: { id: 1, requester_id: 1, created_at: '2026-01-01T00:00:00Z' },
    requester: { id: 1, created_at: '2020-01-01T00:00:00Z', locale: 'fr' },
    comments: [{ id: 1, author_id: 1, public: true, body }],
    history: [],
  };
}
