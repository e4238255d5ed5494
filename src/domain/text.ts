import * as v from 'valibot';

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The format's limits (docs/authoring.md, "Limits"): each is several times what the shipped
 * content uses, and small enough that a pack at every limit is checked within the budget.
 */
export const LIMITS = {
  /** Characters in one language of a text (the linter asks for 400 in a scenario). */
  text: 2000,
  /** Characters of a pack's `author`. */
  author: 200,
  /** Characters of an id. */
  id: 64,
  /** Bytes of a pack file: refused unread above this. */
  fileBytes: 2_000_000,
  /** Per pack. */
  rubrics: 50,
  scenarios: 50,
  calibrationSets: 50,
  /** Per scenario: nodes (decision points, branches and ends), characters, competencies scored. */
  nodes: 500,
  characters: 20,
  competencies: 13,
  /** Per decision point: options (keys 1–9 choose) and lines spoken before them; ways on from a branch. */
  options: 9,
  lines: 20,
  branches: 9,
  /** Per option: evidence (one per competency) and indicator ids per evidence. */
  evidence: 13,
  indicators: 20,
  /** Per rubric: indicators per level and interview questions. */
  levelIndicators: 20,
  questions: 50,
  /** Per calibration set: samples, and indicator ids each sample shows or lacks. */
  samples: 50,
} as const;

/** An array of at most `max` items, saying which limit it meets. */
export function limited<T extends v.GenericSchema>(item: T, max: number, what: string) {
  return v.pipe(v.array(item), v.maxLength(max, `at most ${max} ${what}`));
}

/**
 * Invisible characters that change how a text reads without showing themselves: bidi
 * overrides, embeddings and isolates (a title that reverses to imitate another), and
 * zero-width characters (two ids or titles that look alike but differ). Refused.
 */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/u;

/** The replacement character a text decoder puts where the bytes were not UTF-8. */
export const REPLACEMENT = '\uFFFD';

/** A string of `max` characters at most, with no invisible character and no undecodable byte. */
export function plainString(max: number) {
  return v.pipe(
    v.string(),
    v.maxLength(max, `at most ${max} characters`),
    v.check((s) => !INVISIBLE.test(s), 'has an invisible character (a bidi control or a zero-width space): remove it'),
    v.check((s) => !s.includes(REPLACEMENT), 'has a character that was not UTF-8 (shown as �): save the file as UTF-8'),
  );
}

const nonEmpty = v.pipe(plainString(LIMITS.text), v.trim(), v.minLength(1, 'must not be empty'));

/** Every text a person reads exists in both languages; neither may be left empty. */
export const TextSchema = v.strictObject({ vi: nonEmpty, en: nonEmpty });
export type Text = v.InferOutput<typeof TextSchema>;

const ID_SEGMENT = '[a-z0-9][a-z0-9-]*';

/**
 * Every id: lower-case letters, digits and dashes, no dots. An id names a state of the
 * compiled machine (XState reads a dot as a path into child states) and is a key in maps
 * and records; the pattern leaves out every character that means something there.
 */
export const IdSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.id, `at most ${LIMITS.id} characters`),
  v.regex(new RegExp(`^${ID_SEGMENT}$`), 'must be lower-case letters, digits and dashes'),
);

/**
 * The id of an indicator or a question, named inside its rubric: ids of the same pattern
 * joined by dots (`s08.2.1`, `s08.q1`). Only these refer to rubric entries; no node,
 * option or state ever has one.
 */
export const QualifiedIdSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.id, `at most ${LIMITS.id} characters`),
  v.regex(new RegExp(`^${ID_SEGMENT}(\\.${ID_SEGMENT})*$`), 'must be ids of lower-case letters, digits and dashes, joined by dots'),
);

export const LEVELS = [1, 2, 3, 4, 5] as const;
export const LevelSchema = v.picklist(LEVELS, (issue) => `must be a whole number from 1 to 5, not ${issue.received}`);
export type Level = (typeof LEVELS)[number];

export function pick(text: Text, locale: Locale): string {
  return text[locale];
}
