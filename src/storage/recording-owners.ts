import { describeError } from './notices.ts';
import type { RecordingMeta, Recordings } from './recordings.ts';
import type { ResultRecord, RunRecord } from './records.ts';

/*
 * Which recordings belong to a record, and deleting a record with them. Recordings live in
 * a database of their own (recordings.ts), keyed by owner: `practice/<id>` for a question
 * practice, `run/<scenarioId>/<nodeId>` for a roleplay decision.
 */

export const practiceOwner = (id: string) => `practice/${id}`;
export const runOwner = (scenarioId: string, nodeId: string) => `run/${scenarioId}/${nodeId}`;

type Run = Pick<ResultRecord, 'scenarioId' | 'startedAt' | 'finishedAt' | 'answers'>;

/**
 * A finished run's recordings: those its answers name, and those kept at its decisions while
 * it ran (takes recorded again and not sent, and every take of a run finished before answers
 * named their recordings). A decision's owner is the same in every run of a scenario, so the
 * time tells one run's takes from another's: only one run of a scenario is open at a time.
 */
export function recordingsOfRun(run: Run, all: readonly RecordingMeta[]): RecordingMeta[] {
  const named = new Set(run.answers.flatMap((a) => (a.own?.recording ? [`${runOwner(run.scenarioId, a.nodeId)}#${a.own.recording.id}`] : [])));
  const decisions = new Set(run.answers.map((a) => runOwner(run.scenarioId, a.nodeId)));
  return all.filter(
    (r) => named.has(`${r.owner}#${r.id}`) || (decisions.has(r.owner) && r.createdAt >= run.startedAt && r.createdAt <= run.finishedAt),
  );
}

/** Why some recordings could not be deleted with their record; the record itself is deleted. */
export interface RecordingsLeft {
  detail: string;
}

/**
 * Deletes each recording, going on past one that fails: the record they belong to is already
 * deleted, and a recording left behind is said (and stays listed, to be deleted by hand), never
 * silently kept.
 */
async function deleteEach(store: Recordings, pick: (all: RecordingMeta[]) => RecordingMeta[]): Promise<RecordingsLeft | undefined> {
  let found: RecordingMeta[];
  try {
    found = pick(await store.list());
  } catch (error) {
    return { detail: describeError(error) };
  }
  let failed: RecordingsLeft | undefined;
  for (const r of found) {
    try {
      await store.delete(r.owner, r.id);
    } catch (error) {
      failed ??= { detail: describeError(error) };
    }
  }
  return failed;
}

/** Deletes a question practice, then its recordings. */
export async function deletePractice(practices: { remove(id: string): Promise<void> }, store: Recordings, id: string): Promise<RecordingsLeft | undefined> {
  await practices.remove(id);
  const owner = practiceOwner(id);
  return deleteEach(store, (all) => all.filter((r) => r.owner === owner));
}

/** Deletes a finished run from the history, then its recordings. */
export async function deleteRun(repository: { deleteResult(id: string): Promise<void> }, store: Recordings, run: Run & { id: string }): Promise<RecordingsLeft | undefined> {
  await repository.deleteResult(run.id);
  return deleteEach(store, (all) => recordingsOfRun(run, all));
}

/**
 * Discards a scenario's unfinished run (start over, play again, try again from a decision), then
 * the recordings made in it: those at the scenario's decisions since it started. Finished runs'
 * takes are older, as only one run of a scenario is open at a time.
 */
export async function discardRun(
  repository: { loadRun(scenarioId: string): Promise<RunRecord | undefined>; clearRun(scenarioId: string): Promise<void> },
  store: Recordings,
  scenarioId: string,
): Promise<RecordingsLeft | undefined> {
  const open = await repository.loadRun(scenarioId);
  await repository.clearRun(scenarioId);
  if (!open) return undefined;
  const prefix = runOwner(scenarioId, '');
  return deleteEach(store, (all) => all.filter((r) => r.owner.startsWith(prefix) && r.createdAt >= open.startedAt));
}
