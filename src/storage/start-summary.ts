import * as v from 'valibot';
import { LevelSchema } from '../domain/text-schemas.ts';
import { bounded, Id, LIMITS, Timestamp, type ResultRecord, type RunRecord } from './records.ts';

/**
 * What the start screen shows of the history, kept in one record so that it does not read
 * every finished run on each load: per finished run its scenario, when, and its levels (the
 * answers, most of a result's size, stay out). The repository updates it in the same
 * transaction as the results it summarises, and rebuilds it from them when it is missing,
 * of another version, unreadable, or names other runs than those stored (another tab, an
 * older build). Unfinished runs are few (one per scenario) and read as they are.
 */
export const SUMMARY_KEY = 'meta/start-summary';
export const SUMMARY_VERSION = 1;

/** What progress and the history need of a finished run (domain/progress.ts's RunSummary). */
export const FinishedRunSchema = v.object({
  id: Id,
  scenarioId: Id,
  finishedAt: Timestamp,
  levels: v.record(Id, v.nullable(LevelSchema)),
});

export type FinishedRun = v.InferOutput<typeof FinishedRunSchema>;

export const StartSummarySchema = v.object({
  v: v.literal(SUMMARY_VERSION),
  kind: v.literal('start-summary'),
  /** Newest first. */
  results: bounded(FinishedRunSchema, LIMITS.records * 10),
});

export type StartSummary = v.InferOutput<typeof StartSummarySchema>;

/** What the start screen is given: the unfinished runs and the finished ones, newest first. */
export interface StartData {
  runs: RunRecord[];
  results: FinishedRun[];
}

export const finishedRunOf = ({ id, scenarioId, finishedAt, levels }: ResultRecord): FinishedRun => ({ id, scenarioId, finishedAt, levels });

const newestFirst = (a: FinishedRun, b: FinishedRun) => b.finishedAt - a.finishedAt;

export function summaryOf(results: readonly ResultRecord[]): StartSummary {
  return { v: SUMMARY_VERSION, kind: 'start-summary', results: results.map(finishedRunOf).sort(newestFirst) };
}

/** The summary after these results are stored (one with an id already listed is replaced) and those ids deleted. */
export function updated(summary: StartSummary, added: readonly ResultRecord[], deleted: readonly string[]): StartSummary {
  const gone = new Set([...deleted, ...added.map((r) => r.id)]);
  const results = [...summary.results.filter((r) => !gone.has(r.id)), ...added.map(finishedRunOf)].sort(newestFirst);
  return { ...summary, results };
}

/** Whether the summary names exactly the finished runs stored under these `result/…` keys. */
export function coversKeys(summary: StartSummary, resultKeys: readonly string[]): boolean {
  if (summary.results.length !== resultKeys.length) return false;
  const ids = new Set(resultKeys.map((k) => k.slice('result/'.length)));
  return summary.results.every((r) => ids.has(r.id));
}
