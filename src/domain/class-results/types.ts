import type { Level } from '../text.ts';

/**
 * What a class sends back, reduced to what the class results need: no names, no free
 * text. A person is named only where a file carried an actor, and then only as the file
 * wrote it (`ClassFileLoaded.actors`).
 */

/** One decision of a finished run. */
export interface ClassAnswer {
  nodeId: string;
  optionId: string;
  hinted: boolean;
  timedOut: boolean;
}

/** A finished run. `key` is the run's xAPI registration, so the same run found in an export and in a statement file counts once. */
export interface ClassRun {
  key: string;
  scenarioId: string;
  answers: ClassAnswer[];
  levels: Record<string, Level | null>;
}

/** A finished calibration round: the level given to each sample. */
export interface ClassRound {
  key: string;
  setId: string;
  ratings: Record<string, Level>;
}

/** A finished workshop: the room's tallies, step by step. */
export interface ClassWorkshop {
  key: string;
  source: { kind: 'scenario' | 'calibration'; id: string };
  steps: { stepId: string; tally: Record<string, number>; followed?: string }[];
}

export interface ClassRecords {
  runs: ClassRun[];
  rounds: ClassRound[];
  workshops: ClassWorkshop[];
}

export type ClassFileKind = 'data' | 'workshop' | 'xapi';

/**
 * Why a file was refused, as a code the screen words in its language; `detail` keeps the
 * validator's words (path and message), for the trainer who wants to know where. A data
 * export is refused with the import's own problems (`workers/class-files.ts`).
 */
export type ClassFileProblem =
  | { code: 'not-json' }
  /** JSON of another kind: what its top holds (a list and its length, or an object and its first keys), for the reason given. */
  | { code: 'not-ours'; holds: { list: number } | { keys: string[] } | { value: string } }
  | { code: 'file-too-large'; bytes: number; limit: number }
  | { code: 'too-many'; what: 'runs' | 'statements' | 'answers'; count: number; limit: number }
  | { code: 'bad-statement'; index: number; detail: string }
  | { code: 'bad-record'; detail: string }
  | { code: 'empty' };

/** What one file gave. */
export interface ClassFileLoaded {
  ok: true;
  file: string;
  kind: ClassFileKind;
  records: ClassRecords;
  /** The actors an xAPI file named, exactly as written there (account name, mbox or name). */
  actors: string[];
}
