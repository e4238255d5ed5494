import * as v from 'valibot';

/**
 * The bounds of what is stored and imported, stated once: every record is checked against
 * them when it is read and when it comes in from a file, so no value can stop a screen from
 * loading (a date past what `Date` holds throws where it is formatted). README's data
 * section and the import's messages say them.
 */
export const LIMITS = {
  /** Dates, in ms since 1970: from then until the year 2200. */
  latest: Date.UTC(2200, 0, 1),
  /** An import file, in bytes (its length as text). */
  fileBytes: 20 * 1024 * 1024,
  /** Records in one import file. */
  records: 20_000,
  /** Finished runs in one import file. */
  results: 5_000,
  /** Answers in one run, finished or not. */
  answers: 1_000,
  /** Items in any other list of a record (indicators, hints, steps, ratings, files). */
  items: 10_000,
  /** Characters in an id or a key's last part. */
  idChars: 200,
  /** Characters in a text a person wrote (an own answer, a note, a panel's name). */
  textChars: 20_000,
  /** Problems named one by one when a file is refused; the rest are counted. */
  problemsListed: 50,
} as const;

/** A moment: a finite number of ms, not before 1970, not past `LIMITS.latest`. */
export const Timestamp = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIMITS.latest));
/** A whole number from 0 to `max`. */
export const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
export const Id = v.pipe(v.string(), v.maxLength(LIMITS.idChars));
export const Written = v.pipe(v.string(), v.maxLength(LIMITS.textChars));
export const Finite = v.pipe(v.number(), v.finite());

/**
 * A list of at most `max` items, its length checked before any item is: a stored list of a
 * million answers is refused at once, not after each has been checked.
 */
export function bounded<T extends v.GenericSchema>(item: T, max: number = LIMITS.items) {
  return v.pipe(
    v.custom<unknown[]>((input) => Array.isArray(input) && input.length <= max, `must be a list of at most ${max}`),
    v.array(item),
  );
}

