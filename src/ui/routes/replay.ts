import type { ResultRecord } from '../../storage/records.ts';

/** A finished run to replay up to a decision: handed from the report to the play route it opens. */
export interface Replay {
  scenarioId: string;
  answers: ResultRecord['answers'];
  decisions: number;
}

let pending: Replay | undefined;

/** The report asks for "try again from this decision" before it opens the play route. */
export function replayNext(replay: Replay) {
  pending = replay;
}

/** The play route takes the replay meant for its scenario, once; any other is dropped. */
export function takeReplay(scenarioId: string): Replay | undefined {
  const replay = pending;
  pending = undefined;
  return replay?.scenarioId === scenarioId ? replay : undefined;
}
