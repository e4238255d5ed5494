import type { Text, Level } from './text.ts';

/** What a workshop is run on: a scenario (the room picks options) or a calibration set (the room rates samples). */
export interface WorkshopSource {
  kind: 'scenario' | 'calibration';
  id: string;
  title: Text;
}

/** One step the room went through: a decision point of a scenario, or one sample of a calibration set. */
export interface WorkshopStep {
  /** The node id (scenario) or the sample id (calibration). */
  stepId: string;
  /** How many people chose each option id (scenario), or gave each level "1"–"5" (calibration). */
  tally: Record<string, number>;
  /** Scenario only: the option the room went on with. */
  followed?: string;
  /** The level each option scores (scenario: option id → level in the first competency; calibration: the reference level under "reference"). */
  levels: Record<string, Level>;
}

/** A finished workshop, as saved and exported. */
export interface WorkshopRecord {
  v: 1;
  kind: 'workshop';
  id: string;
  source: WorkshopSource;
  contentHash: string;
  startedAt: number;
  finishedAt: number;
  steps: WorkshopStep[];
  /** Scenario only: the room's path scored by the same rule as a run, per competency. */
  levels?: Record<string, Level | null>;
}
