import { optionLevel, type ChoiceNode, type Scenario, type ScenarioOption } from './scenario.ts';
import type { Locale } from './text.ts';

/**
 * Surface cues: what a test-wise candidate could pick by without reading the situation
 * (CONTENT.md §2.3, the oldest item-writing flaw of situational judgement tests). Each
 * strategy is scored over decision points, not paths: every decision counts once, the
 * way an item analysis counts items.
 */

/** How close to picking at random a strategy must stay, in mean level, and how often the longest may be the strongest. */
export const CUE_BOUNDS = {
  /** |mean level of the strategy − mean level at random| at most this. */
  meanGap: 0.3,
  /**
   * Share of decisions where the longest response is (one of) the strongest, or the
   * share a random pick would get where that is higher (three options, one at the top: 33%).
   */
  longestIsStrongest: 0.3,
  /** Fewer decisions than this give no verdict: one decision moves a mean of five by a fifth of a level. */
  minDecisions: 6,
  /** A library is judged at every rank from this many decisions: below it, one decision moves a rank's mean past the bound. */
  minLibraryDecisions: 30,
} as const;

export interface LengthFigures {
  decisions: number;
  /** Mean level reached by always choosing the longest response (ties share their levels). */
  longest: number;
  /** … the shortest. */
  shortest: number;
  /** … a response at random: the mean level of each decision's options. */
  random: number;
  /** Share of decisions where the longest response is at the decision's top level. */
  longestIsStrongest: number;
  /** The same share for a response at random: how many options share the top level, per decision. */
  randomIsStrongest: number;
  /**
   * Every rank by length, not only the ends: "always the second longest" is as easy a
   * rule to learn as "always the longest", and moving strong responses one place down
   * the lengths only moves the cue.
   */
  ranks: RankFigures[];
}

export interface RankFigures {
  rank: LengthRank;
  /** Decisions with an option at this rank. */
  decisions: number;
  /** Mean level of the option at this rank (ties share their levels). */
  mean: number;
  /** Share of decisions where the option at this rank is at the top level. */
  strongest: number;
}

/** Ranks by length: from the longest down (0 = longest), then from the shortest up. */
export const LENGTH_RANKS = ['longest', 'second longest', 'third longest', 'second shortest', 'shortest'] as const;
export type LengthRank = (typeof LENGTH_RANKS)[number];
const rankIndex = (rank: LengthRank, count: number): number =>
  ({ longest: 0, 'second longest': 1, 'third longest': 2, 'second shortest': count - 2, shortest: count - 1 })[rank];

const choices = (scenarios: readonly Scenario[]): ChoiceNode[] =>
  scenarios.flatMap((s) => s.nodes.filter((n): n is ChoiceNode => n.type === 'choice'));

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Length in characters as a reader sees them: trimmed, runs of spaces as one. */
export function visibleLength(text: string): number {
  return [...text.trim().replace(/\s+/g, ' ')].length;
}

/** The test-wise strategies by length, in one language, over every decision point of `scenarios`. */
export function lengthFigures(scenarios: readonly Scenario[], lang: Locale): LengthFigures {
  const longest: number[] = [];
  const shortest: number[] = [];
  const random: number[] = [];
  const strongest: number[] = [];
  const chance: number[] = [];
  const byRank = LENGTH_RANKS.map((rank) => ({ rank, levels: [] as number[], strongest: [] as number[] }));
  for (const node of choices(scenarios)) {
    const levels = node.options.map(optionLevel);
    const lengths = node.options.map((o) => visibleLength(o.text[lang]));
    const top = Math.max(...levels);
    const pick = (target: number) => levels.filter((_, i) => lengths[i] === target);
    const atLongest = pick(Math.max(...lengths));
    longest.push(mean(atLongest));
    shortest.push(mean(pick(Math.min(...lengths))));
    random.push(mean(levels));
    // A tie for longest does not hide the cue: it counts for the share of the tie at the top.
    strongest.push(atLongest.filter((l) => l === top).length / atLongest.length);
    chance.push(levels.filter((l) => l === top).length / levels.length);
    // Options in order of length; an option tied with others shares the tie's levels.
    const sorted = [...lengths].sort((a, b) => b - a);
    for (const r of byRank) {
      const at = rankIndex(r.rank, lengths.length);
      if (at < 0 || at >= lengths.length) continue;
      const tied = pick(sorted[at]!);
      r.levels.push(mean(tied));
      r.strongest.push(tied.filter((l) => l === top).length / tied.length);
    }
  }
  return {
    decisions: random.length,
    longest: mean(longest),
    shortest: mean(shortest),
    random: mean(random),
    longestIsStrongest: mean(strongest),
    randomIsStrongest: mean(chance),
    ranks: byRank.map((r) => ({ rank: r.rank, decisions: r.levels.length, mean: mean(r.levels), strongest: mean(r.strongest) })),
  };
}

/**
 * What in `figures` breaks CUE_BOUNDS, in words; empty when length carries no information.
 * A scenario is held to the longest and the shortest; a library (`everyRank`) to every rank,
 * since over a hundred decisions a pattern at any rank is a rule a candidate can learn.
 */
export function lengthProblems(figures: LengthFigures, { everyRank = false } = {}): string[] {
  const problems: string[] = [];
  if (figures.decisions < CUE_BOUNDS.minDecisions) return problems;
  const f = (x: number) => x.toFixed(2);
  if (Math.abs(figures.longest - figures.random) > CUE_BOUNDS.meanGap + 1e-9) {
    problems.push(`always the longest response reaches ${f(figures.longest)} against ${f(figures.random)} at random (keep within ±${CUE_BOUNDS.meanGap})`);
  }
  if (Math.abs(figures.shortest - figures.random) > CUE_BOUNDS.meanGap + 1e-9) {
    problems.push(`always the shortest response reaches ${f(figures.shortest)} against ${f(figures.random)} at random (keep within ±${CUE_BOUNDS.meanGap})`);
  }
  const most = Math.max(CUE_BOUNDS.longestIsStrongest, figures.randomIsStrongest);
  if (figures.longestIsStrongest > most + 1e-9) {
    problems.push(`the longest response is the strongest at ${Math.round(figures.longestIsStrongest * 100)}% of decisions (at most ${Math.round(most * 100)}%)`);
  }
  if (everyRank && figures.decisions >= CUE_BOUNDS.minLibraryDecisions) {
    for (const r of figures.ranks) {
      if (r.rank === 'longest' || r.rank === 'shortest' || r.decisions < CUE_BOUNDS.minDecisions) continue;
      if (Math.abs(r.mean - figures.random) > CUE_BOUNDS.meanGap + 1e-9) {
        problems.push(`always the ${r.rank} response reaches ${f(r.mean)} against ${f(figures.random)} at random (keep within ±${CUE_BOUNDS.meanGap})`);
      }
      if (r.strongest > most + 1e-9) {
        problems.push(`the ${r.rank} response is the strongest at ${Math.round(r.strongest * 100)}% of decisions (at most ${Math.round(most * 100)}%)`);
      }
    }
  }
  return problems;
}

/** A surface feature a response may have, in one language. */
export interface Cue {
  id: string;
  about: string;
  has: (option: ScenarioOption, lang: Locale) => boolean;
}

const startsWith = (patterns: Record<Locale, RegExp>): Cue['has'] => (o, lang) => patterns[lang].test(o.text[lang].trim());
const contains = (patterns: Record<Locale, RegExp>): Cue['has'] => (o, lang) => patterns[lang].test(o.text[lang]);

/**
 * Cues beyond length that item writers are warned about: a polite opener on the strong
 * responses only, hedging on the weak ones only. Each is measured as a strategy: pick a
 * response with the cue wherever some have it and some do not.
 */
export const SURFACE_CUES: readonly Cue[] = [
  {
    id: 'polite-opener',
    about: 'a polite opener ("Dạ", "Thank you", "I appreciate")',
    has: startsWith({ vi: /^(dạ|vâng|em cảm ơn|cảm ơn)/iu, en: /^(thank you|thanks|i appreciate|of course|certainly)\b/i }),
  },
  {
    id: 'hedging',
    about: 'hedging words ("có lẽ", "chắc là", "maybe", "I guess")',
    has: contains({ vi: /(^|[\s,.])(có lẽ|chắc là|hình như|chắc cũng|thôi thì)([\s,.]|$)/iu, en: /\b(maybe|perhaps|i guess|i suppose|probably|kind of)\b/i }),
  },
];

export interface CueFigures {
  cue: string;
  /** Decisions where some responses have the cue and some do not. */
  decisions: number;
  /** Mean level reached by choosing a response with the cue there. */
  withCue: number;
  /** Mean level at random at those decisions. */
  random: number;
}

export function cueFigures(scenarios: readonly Scenario[], lang: Locale, cue: Cue): CueFigures {
  const withCue: number[] = [];
  const random: number[] = [];
  for (const node of choices(scenarios)) {
    const marked = node.options.filter((o) => cue.has(o, lang));
    if (!marked.length || marked.length === node.options.length) continue;
    withCue.push(mean(marked.map(optionLevel)));
    random.push(mean(node.options.map(optionLevel)));
  }
  return { cue: cue.id, decisions: random.length, withCue: mean(withCue), random: mean(random) };
}

/** A cue gives levels away when it is common enough to matter (a quarter of decisions) and moves the mean beyond the bound. */
export function cueProblem(figures: CueFigures, total: number, about: string): string | undefined {
  if (total < CUE_BOUNDS.minDecisions || figures.decisions < Math.max(2, total / 4)) return undefined;
  const gap = figures.withCue - figures.random;
  if (Math.abs(gap) <= CUE_BOUNDS.meanGap + 1e-9) return undefined;
  return `choosing ${about} wherever some responses have it reaches ${figures.withCue.toFixed(2)} against ${figures.random.toFixed(2)} at random, over ${figures.decisions} decisions`;
}
