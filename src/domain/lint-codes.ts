/**
 * Every lint finding has a code, a severity, a one-line explanation and what to do, kept
 * in one table (as YarnSpinner keeps its diagnostics); diagnostic-codes.ts joins it with
 * the format's codes, and docs/authoring.md's tables are generated from both. Errors
 * fail the build; warnings are printed by `npm run lint:content`. What the schema or `checkScenario` already
 * refuses (missing evidence, unknown indicator, duplicate id, empty translation)
 * is reported there, not repeated here.
 */
export const LINT_CODES = {
  'unreachable-node': { id: 'SC001', severity: 'error', about: 'no path from the start reaches this node', fix: "point an option's or a branch's `next` at it, or delete it" },
  'no-way-on': { id: 'SC002', severity: 'error', about: 'a node that is not an end whose every way on leads back to itself', fix: 'give it a `next` that goes on' },
  'cycle-without-exit': { id: 'SC003', severity: 'error', about: 'from this node no end node can be reached', fix: 'let some path from it lead to an `end` node' },
  'single-level': { id: 'SC004', severity: 'error', about: 'every option of this decision point shows the same level', fix: 'key the options at different levels, or write new ones' },
  'narrow-spread': { id: 'SC005', severity: 'error', about: 'a decision point must offer at least three levels, one at 2 or below and one at 4 or above', fix: 'add or rewrite options to fill the gap' },
  'no-high-path': { id: 'SC006', severity: 'error', about: 'no path can reach level 4 or above after the caps', fix: "put level-4+ options on one path at nodes of difficulty 4+ (set the node's `difficulty`)" },
  'no-low-path': { id: 'SC007', severity: 'error', about: 'no path can end at level 2 or below', fix: 'make sure low options on one path lead on to an end' },
  'too-few-decisions': { id: 'SC008', severity: 'error', about: 'a path from start to end with fewer than four decision points', fix: 'add decision points to the short path' },
  'line-too-long': { id: 'SC009', severity: 'error', about: 'a text too long to read on one screen', fix: 'keep each text within 400 characters: split a long line in two' },
  'untranslated': { id: 'SC010', severity: 'warning', about: 'the Vietnamese and English texts are identical', fix: 'translate it (checked for texts longer than 24 characters)' },
  'length-cue': { id: 'SC011', severity: 'warning', about: 'an option whose length gives its level away (docs/writing-content.md)', fix: "keep word counts within ±30% of the node's median, and the best option not the only longest" },
  'ordered-options': { id: 'SC012', severity: 'warning', about: 'options listed in order of level', fix: 'reorder them' },
  'paths-truncated': { id: 'SC013', severity: 'warning', about: 'too many paths to check them all', fix: 'simplify the graph or break a loop; the levels paths reach were not checked' },
  'branch-loop': { id: 'SC014', severity: 'error', about: 'branches that can lead back to themselves without a decision point in between', fix: 'point one of the branches at a decision point or an end' },
  'length-strategy': { id: 'SC015', severity: 'warning', about: 'always choosing the longest (or shortest) response does better (or worse) than chance: length gives levels away', fix: 'over the scenario, make strong responses as often short as long: cut what a strong response need not say, make a weak one as concrete as a strong one (never pad it)' },
  'surface-cue': { id: 'SC016', severity: 'warning', about: 'a surface feature (a polite opener, hedging words) marks the strong or the weak responses', fix: 'give the feature to responses at every level, or to none' },
  'library-length-strategy': { id: 'SC017', severity: 'error', about: 'over the shipped library, length gives levels away (the bounds of SC015 over every decision)', fix: 'as SC015, across the library; a pack is warned, not refused' },
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
