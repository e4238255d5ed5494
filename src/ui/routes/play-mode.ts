import type { Route } from '../router.ts';

/** Timed mode: seconds per decision. */
export const TIME_LIMIT_SECONDS = 60;

/** How a run was played: enough of its context or result to play it again the same way. */
export interface PlayedAs {
  mode: 'assessment' | 'practice';
  timeLimit?: number;
}

/** The play route that plays a scenario again in the mode it was played in: timed again if timed, else practice again if practice. */
export function playRouteFor(scenarioId: string, playedAs: PlayedAs | undefined): Extract<Route, { name: 'play' }> {
  if (playedAs && (playedAs.timeLimit ?? 0) > 0) return { name: 'play', scenarioId, timed: true };
  if (playedAs?.mode === 'practice') return { name: 'play', scenarioId, practice: true };
  return { name: 'play', scenarioId };
}
