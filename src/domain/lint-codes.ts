/**
 * Every lint finding has a code, a severity and a one-line explanation, kept in one
 * table (as YarnSpinner keeps its diagnostics). Errors fail the build; warnings are
 * printed by `npm run lint:content`. What the schema or `checkScenario` already
 * refuses (missing evidence, unknown indicator, duplicate id, empty translation)
 * is reported there, not repeated here.
 */
export const LINT_CODES = {
  'unreachable-node': { id: 'SC001', severity: 'error', about: 'no path from the start reaches this node' },
  'no-way-on': { id: 'SC002', severity: 'error', about: 'a node that is not an end whose every way on leads back to itself' },
  'cycle-without-exit': { id: 'SC003', severity: 'error', about: 'from this node no end node can be reached' },
  'single-level': { id: 'SC004', severity: 'error', about: 'every option of this decision point shows the same level' },
  'narrow-spread': { id: 'SC005', severity: 'error', about: 'a decision point must offer at least three levels, one at 2 or below and one at 4 or above' },
  'no-high-path': { id: 'SC006', severity: 'error', about: 'no path can reach level 4 or above after the caps' },
  'no-low-path': { id: 'SC007', severity: 'error', about: 'no path can end at level 2 or below' },
  'too-few-decisions': { id: 'SC008', severity: 'error', about: 'a path from start to end with fewer than four decision points' },
  'line-too-long': { id: 'SC009', severity: 'error', about: 'a text too long to read on one screen' },
  'untranslated': { id: 'SC010', severity: 'warning', about: 'the Vietnamese and English texts are identical' },
  'length-cue': { id: 'SC011', severity: 'warning', about: 'an option whose length gives its level away (docs/writing-content.md)' },
  'ordered-options': { id: 'SC012', severity: 'warning', about: 'options listed in order of level' },
  'paths-truncated': { id: 'SC013', severity: 'warning', about: 'too many paths to check them all' },
  'branch-loop': { id: 'SC014', severity: 'error', about: 'branches that can lead back to themselves without a decision point in between' },
  'length-strategy': { id: 'SC015', severity: 'warning', about: 'always choosing the longest (or shortest) response does better (or worse) than chance: length gives levels away' },
  'surface-cue': { id: 'SC016', severity: 'warning', about: 'a surface feature (a polite opener, hedging words) marks the strong or the weak responses' },
  'library-length-strategy': { id: 'SC017', severity: 'error', about: 'over the shipped library, length gives levels away (the bounds of SC015 over every decision)' },
} as const;

export type LintCode = keyof typeof LINT_CODES;
export type Severity = 'error' | 'warning';

/** Longest text, in characters, that still reads on one phone screen beside the options. */
export const MAX_TEXT_LENGTH = 400;
/** CONTENT.md §2.3 (house): option word counts within ±30% of the decision point's median. */
export const LENGTH_TOLERANCE = 0.3;
/** too-few-decisions: every path from start to end takes at least this many decisions. */
export const MIN_DECISIONS = 4;
/** narrow-spread: a decision point offers at least this many distinct levels… */
export const MIN_LEVELS_OFFERED = 3;
/** …one at LOW_LEVEL or below and one at HIGH_LEVEL or above; no-low-path and no-high-path ask the same of the levels paths end at, after the caps. */
export const LOW_LEVEL = 2;
export const HIGH_LEVEL = 4;
/** ordered-options: options in order of level give it away from this many options on (two are always in some order). */
export const ORDERED_MIN_OPTIONS = 3;
/** untranslated: identical vi and en texts longer than this (shorter ones are names, numbers, "OK"). */
export const UNTRANSLATED_MIN_LENGTH = 24;
/** paths-truncated: the path walk stops past this many decisions on one path (a cycle). */
export const MAX_PATH_DECISIONS = 40;
