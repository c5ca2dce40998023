/** Every lexicon, by language. Data only: rules read kinds, never words. */
import type { LexiconSet } from './types';
import { contextFr } from './fr/context';
import { insultFr } from './fr/insult';
import { racismFr } from './fr/racism';
import { sexismFr } from './fr/sexism';
import { discriminationFr } from './fr/discrimination';
import { flirtingFr } from './fr/flirting';
import { threatFr } from './fr/threat';
import { trollingFr } from './fr/trolling';
import { harassmentFr } from './fr/harassment';
import { scopeFr } from './fr/scope';
import { contextEn } from './en/context';
import { insultEn } from './en/insult';
import { racismEn } from './en/racism';
import { sexismEn } from './en/sexism';
import { discriminationEn } from './en/discrimination';
import { flirtingEn } from './en/flirting';
import { threatEn } from './en/threat';
import { trollingEn } from './en/trolling';
import { harassmentEn } from './en/harassment';
import { scopeEn } from './en/scope';

export const LEXICONS_FR: readonly LexiconSet[] = [contextFr, insultFr, racismFr, sexismFr, discriminationFr, flirtingFr, threatFr, trollingFr, harassmentFr, scopeFr];
export const LEXICONS_EN: readonly LexiconSet[] = [contextEn, insultEn, racismEn, sexismEn, discriminationEn, flirtingEn, threatEn, trollingEn, harassmentEn, scopeEn];
export const ALL_LEXICONS: readonly LexiconSet[] = [...LEXICONS_FR, ...LEXICONS_EN];
