/** Draft coach latency: re-checking a 5 KB draft (what happens on each pause in typing), engine as shipped (engine-bundle.ts). */
import { shippedEngine } from './engine-bundle';
import { time, type BenchSection } from './timing';

const PARAGRAPHS = [
  "Bonjour Madame, je ne sais pas d'où vient cette erreur mais je vais regarder. Vous auriez dû recevoir un courrier.",
  "Hi, I'm sorry about the delay. Calm down and wait for the refund; it's our policy, as I already told you.",
  'Merci pour votre message, nous avons bien reçu votre commande et elle partira demain matin.',
  'Thanks for your patience, the replacement ships today and should arrive within three working days.',
];

export function draftRecheck(): BenchSection {
  return {
    name: 'draft re-check',
    async run() {
      const { checkDraft } = await shippedEngine();
      let text = '';
      for (let i = 0; text.length < 5 * 1024; i++) text += `${PARAGRAPHS[i % PARAGRAPHS.length]}\n\n`;
      text = text.slice(0, 5 * 1024);
      const fr = time(() => checkDraft(text, { lang: 'fr' }), { warmup: 5, runs: 31 });
      const en = time(() => checkDraft(text, { lang: 'en' }), { warmup: 5, runs: 31 });
      const auto = time(() => checkDraft(text), { warmup: 5, runs: 31 });
      return [
        { name: '5 KB draft, fr', value: fr, unit: 'ms' },
        { name: '5 KB draft, en', value: en, unit: 'ms' },
        { name: '5 KB draft, language detected', value: auto, unit: 'ms' },
      ];
    },
  };
}
