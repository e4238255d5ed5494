import type { Locale } from '../domain/text.ts';

/**
 * Numbers and plurals in the UI language. Messages never print a number with `${n}` or a noun
 * with "(s)": a count goes through `count`, a decimal or a share through `formatNumber` /
 * `formatPercent`, so Vietnamese reads 3,3 and English "1 time".
 */

const TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The language tag Intl formats with (dates, numbers, plurals). */
export function intlTag(locale: Locale): string {
  return TAGS[locale];
}

// Making a formatter is slow (≈0.2 ms) and a table formats hundreds of figures: one per language and shape.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(TAGS[locale], options)));
  return format;
}

/** What a figure that could not be computed (NaN, ±Infinity) shows: a dash, never "NaN". */
export const NO_FIGURE = '—';

/**
 * A count or a decimal: `digits` fixes the decimals shown (kappa with 2: "0.70" / "0,70");
 * without it, whole numbers stay whole and up to 2 decimals are kept ("3.3" / "3,3").
 */
export function formatNumber(locale: Locale, n: number, digits?: number): string {
  if (!Number.isFinite(n)) return NO_FIGURE;
  const options: Intl.NumberFormatOptions =
    digits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return numberFormat(locale, options).format(n);
}

/** A share from 0 to 1 as a percentage: 0.9 → "90%" in either language. */
export function formatPercent(locale: Locale, share: number, digits = 0): string {
  if (!Number.isFinite(share)) return NO_FIGURE;
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** The forms of a word by plural category; `other` is the only one every language has (Vietnamese has no other). */
export type PluralForms = { [category in Intl.LDMLPluralRule]?: string } & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of a word that goes with `n` in the language: plural('en', 1, …) → forms.one. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(TAGS[locale])));
  return forms[rules.select(n)] ?? forms.other;
}

/** A number and its noun: count('en', 1, { one: 'time', other: 'times' }) → "1 time"; count('vi', 2, { other: 'lần' }) → "2 lần". */
export function count(locale: Locale, n: number, forms: PluralForms): string {
  return `${formatNumber(locale, n)} ${plural(locale, n, forms)}`;
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** Items joined as the language joins them: ['2', '4', '5'] → "2, 4 and 5" / "2, 4 và 5". */
export function formatList(locale: Locale, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(TAGS[locale], { type: 'conjunction' })));
  return format.format(items);
}
