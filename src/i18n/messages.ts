import type { Locale } from '../domain/text.ts';
import { en, type Messages } from './en.ts';
import { vi } from './vi.ts';

export type { Messages } from './en.ts';

export const messages: Record<Locale, Messages> = { en, vi };

/** The first of the browser's languages we speak; Vietnamese or English, English otherwise. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'vi' || base === 'en') return base;
  }
  return 'en';
}

export function formatDate(locale: Locale, ms: number): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
