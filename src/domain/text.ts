import * as v from 'valibot';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Every text a person reads exists in both languages; neither may be left empty. */
export const TextSchema = v.strictObject({ vi: nonEmpty, en: nonEmpty });
export type Text = v.InferOutput<typeof TextSchema>;

export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots and dashes'),
);

export const LEVELS = [1, 2, 3, 4, 5] as const;
export const LevelSchema = v.picklist(LEVELS, (issue) => `must be a whole number from 1 to 5, not ${issue.received}`);
export type Level = (typeof LEVELS)[number];

export function pick(text: Text, locale: Locale): string {
  return text[locale];
}
