import type { Locale } from '../domain/text.ts';
import type { CoreMessages } from './core-en.ts';
import type { Messages } from './en.ts';
import { intlTag } from './format.ts';

export type { CoreMessages } from './core-en.ts';
export type { Messages } from './en.ts';
export { count, formatList, formatNumber, formatPercent, NO_FIGURE, plural, type PluralForms } from './format.ts';

/**
 * The shell's and start screen's strings, a chunk per language: the first load carries only these,
 * in the one language the person reads.
 */
export const loadCore: Record<Locale, () => Promise<CoreMessages>> = {
  en: () => import('./core-en.ts').then((m) => m.coreEn),
  vi: () => import('./core-vi.ts').then((m) => m.coreVi),
};

/** Every screen's strings (the core's included), a chunk per language, loaded with the first route past the start. */
export const loadMessages: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en.ts').then((m) => m.en),
  vi: () => import('./vi.ts').then((m) => m.vi),
};

/** The first of the browser's languages we speak; Vietnamese or English, English otherwise. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'vi' || base === 'en') return base;
  }
  return 'en';
}

// One formatter per language: making one is slow (≈0.2 ms), and a history lists hundreds of dates.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(locale: Locale, ms: number): string {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(ms);
}
