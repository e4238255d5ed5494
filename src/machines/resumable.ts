import { createActor } from 'xstate';
import type { CalibrationModule, ScenarioModule } from '../domain/catalog.ts';
import { compile } from '../domain/compile.ts';
import type { RoundRecord, RunRecord } from '../storage/records.ts';
import { roundMachine } from './calibration-round.ts';

/** Where the content of saved work is found: the shipped library and the trainer's packs. */
export interface ContentSource {
  scenario(id: string): Promise<ScenarioModule | undefined>;
  set(id: string): Promise<CalibrationModule | undefined>;
}

/**
 * Whether a saved unfinished record opens as RunSession and RoundSession open it: its
 * content is here, unchanged, and its snapshot fits the machine (a snapshot at a state
 * the machine lacks restores with status 'error'). An import replaces stored work only
 * with work that passes; workshops in progress are not checked here yet.
 */
export async function resumable(content: ContentSource, key: string, record: unknown): Promise<boolean> {
  if (key.startsWith('run/')) {
    const run = record as RunRecord;
    const module = await content.scenario(run.scenarioId);
    if (!module || module.contentHash !== run.contentHash) return false;
    return fits(() => createActor(compile(module.scenario), { snapshot: run.snapshot as never }).getSnapshot().status);
  }
  if (key.startsWith('round/')) {
    const round = record as RoundRecord;
    const module = await content.set(round.setId);
    if (!module || module.contentHash !== round.contentHash) return false;
    const input = { set: module.set, order: round.snapshot.context.order };
    return fits(() => createActor(roundMachine, { snapshot: round.snapshot as never, input }).getSnapshot().status);
  }
  return true;
}

function fits(status: () => string): boolean {
  try {
    return status() !== 'error';
  } catch {
    return false;
  }
}
