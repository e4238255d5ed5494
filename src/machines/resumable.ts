import { createActor, type AnyActorRef } from 'xstate';
import type { CalibrationModule, ScenarioModule } from '../domain/catalog.ts';
import { compile } from '../domain/compile.ts';
import type { WorkshopContent } from '../domain/workshop.ts';
import type { LiveWorkshopRecord, RoundRecord, RunRecord } from '../storage/records.ts';
import { roundMachine } from './calibration-round.ts';
import { opens, type Resumable } from './resume.ts';
import { workshopMachine, type WorkshopSnapshot } from './workshop.ts';
import { workshopFits } from './workshop-session.ts';

/** Where the content of saved work is found: the shipped library and the trainer's packs. */
export interface ContentSource {
  scenario(id: string): Promise<ScenarioModule | undefined>;
  set(id: string): Promise<CalibrationModule | undefined>;
}

/**
 * Whether a saved unfinished record opens as RunSession, RoundSession and WorkshopSession
 * open it: its content is here, unchanged, and the check they use (resume.ts, `opens`)
 * passes on its snapshot. An import replaces stored work only with work that passes.
 */
export async function resumable(content: ContentSource, key: string, record: unknown): Promise<boolean> {
  if (key.startsWith('run/')) {
    const run = record as RunRecord;
    const module = await content.scenario(run.scenarioId);
    if (!module || module.contentHash !== run.contentHash) return false;
    return restores(() => createActor(compile(module.scenario), { snapshot: run.snapshot as never }));
  }
  if (key.startsWith('round/')) {
    const round = record as RoundRecord;
    const module = await content.set(round.setId);
    if (!module || module.contentHash !== round.contentHash) return false;
    const input = { set: module.set, order: round.snapshot.context.order };
    return restores(() => createActor(roundMachine, { snapshot: round.snapshot as never, input }));
  }
  if (key.startsWith('live-workshop/')) {
    const live = record as LiveWorkshopRecord;
    const workshop = await workshopContent(content, live.source);
    if (!workshop || workshop.module.contentHash !== live.contentHash) return false;
    return restores(
      () => createActor(workshopMachine(workshop), { snapshot: live.snapshot as never }),
      (session) => workshopFits(workshop, session.actor.getSnapshot() as WorkshopSnapshot),
    );
  }
  return true;
}

async function workshopContent(content: ContentSource, source: LiveWorkshopRecord['source']): Promise<WorkshopContent | undefined> {
  if (source.kind === 'scenario') {
    const module = await content.scenario(source.id);
    return module && { kind: 'scenario', module };
  }
  const module = await content.set(source.id);
  return module && { kind: 'calibration', module };
}

/** The actor restored (not started: nothing runs), checked as a session opening it is, then let go. */
function restores(create: () => AnyActorRef, fits?: (session: Resumable) => boolean): boolean {
  let actor: AnyActorRef;
  try {
    actor = create();
  } catch {
    return false;
  }
  const session: Resumable = { actor, stop: () => actor.stop() };
  const ok = opens(session, fits);
  session.stop();
  return ok;
}
