import { own } from './own.ts';
import { LEVELS, type Level } from './text.ts';
import type { StepChoice, StepContent } from './workshop-steps.ts';

// How the room voted at a step: counts by choice id read as own keys only (an option id
// such as `constructor` is a plain key), the leaders, the mean, what the discussion starts from.

/** How many chose `id`: 0 when nobody did, never a value from Object.prototype. */
export const countOf = (tally: Readonly<Record<string, number>>, id: string): number => own(tally, id) ?? 0;

export const totalOf = (tally: Readonly<Record<string, number>>) => Object.values(tally).reduce((a, b) => a + b, 0);

/** How the room's vote went at a step: the choices with the most votes, and whether they carry the room. */
export interface RoomVote {
  /** The most chosen choices, in listed order: one, or several tied; all of them when nobody was counted. */
  leaders: StepChoice[];
  /** Votes for each leader. */
  votes: number;
  total: number;
  /**
   * More than half the room chose the one leader: only then does the room "mostly" agree.
   * 4 of 13 is the most votes, not most of the room.
   */
  majority: boolean;
}

export function roomVote(step: StepContent, tally: Readonly<Record<string, number>>): RoomVote {
  const count = (c: StepChoice) => countOf(tally, c.id);
  const votes = Math.max(0, ...step.choices.map(count));
  const leaders = step.choices.filter((c) => count(c) === votes);
  const total = totalOf(tally);
  return { leaders, votes, total, majority: leaders.length === 1 && votes * 2 > total };
}

/** The choice the room goes on with by default: the most chosen, a tie to the one listed first, none counted the first. */
export function mostChosen(step: StepContent, tally: Readonly<Record<string, number>>): StepChoice {
  return roomVote(step, tally).leaders[0]!;
}

/**
 * The choice a key counts for while tallying: the key of its label (A–I for options,
 * 1–5 for levels), or for options also its number (1 for A), as the room may call out either.
 */
export function choiceForKey(step: StepContent, key: string): StepChoice | undefined {
  const wanted = key.toUpperCase();
  return step.choices.find((c) => c.letter === wanted) ?? (/^[1-9]$/.test(wanted) ? step.choices[Number(wanted) - 1] : undefined);
}

/** The room's mean level at a step, weighted by how many chose each; null when nobody was counted. */
export function roomMean(step: StepContent, tally: Readonly<Record<string, number>>): number | null {
  const total = totalOf(tally);
  if (!total) return null;
  return step.choices.reduce((sum, c) => sum + c.level * countOf(tally, c.id), 0) / total;
}

/** What the discussion starts from: where the room went, and the strongest answer beside it. */
export interface DiscussionFocus {
  chosen: StepChoice;
  best: StepChoice;
  /** How the room voted: the leaders' letters, their votes, the room's size, and whether that is a majority. */
  vote: { letters: string[]; votes: number; total: number; majority: boolean };
  /** Calibration: the lowest and highest level the room gave. */
  spread?: { low: Level; high: Level };
}

export function discussionFocus(step: StepContent, tally: Readonly<Record<string, number>>): DiscussionFocus {
  const { leaders, votes, total, majority } = roomVote(step, tally);
  const chosen = leaders[0]!;
  const vote = { letters: leaders.map((c) => c.letter), votes, total, majority };
  const best = step.reference
    ? step.choices.find((c) => c.level === step.reference!.level)!
    : step.choices.reduce((a, b) => (b.level > a.level ? b : a));
  const given = LEVELS.filter((l) => countOf(tally, String(l)) > 0);
  return step.reference && given.length ? { chosen, best, vote, spread: { low: given[0]!, high: given.at(-1)! } } : { chosen, best, vote };
}
