import * as v from 'valibot';
import { LEVELS, LIMITS, type Text } from './text.ts';

/** The schemas of the format's smallest values (texts in both languages, ids, levels), used by every file and record schema. */

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

export const LevelSchema = v.picklist(LEVELS, (issue) => `must be a whole number from 1 to 5, not ${issue.received}`);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** One definition: `Text` in text.ts is exactly what this schema reads (this line fails to compile otherwise). */
export const TEXT_IS_THE_SCHEMAS: Same<v.InferOutput<typeof TextSchema>, Text> = true;
