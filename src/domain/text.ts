/**
 * Texts and levels as the app uses them. Their schemas, which check what a file or storage holds, are in
 * text-schemas.ts: this module is in the first load and takes no validation library with it.
 */
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

/** Every text a person reads, in both languages (`TextSchema` in text-schemas.ts reads it). */
export type Text = Record<Locale, string>;

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export function pick(text: Text, locale: Locale): string {
  return text[locale];
}
