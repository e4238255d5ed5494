import { RECORD_VERSION } from './records.ts';

/**
 * Each step moves a record from version n to n + 1. None exist yet: version 1 is the
 * first. A record newer than this build is refused rather than guessed at.
 */
export type MigrationSteps = Record<number, (record: Record<string, unknown>) => Record<string, unknown>>;

const STEPS: MigrationSteps = {};

export type Migrated = { ok: true; record: unknown } | { ok: false; reason: string };

/** Moves a stored record to the current version, one step at a time (steps and version injectable for tests). */
export function migrate(raw: unknown, { steps = STEPS, current = RECORD_VERSION }: { steps?: MigrationSteps; current?: number } = {}): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let record = raw as Record<string, unknown>;
  const version = record.v;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'no version number' };
  if (version < 1) return { ok: false, reason: `version ${version} was never written by this app (the first is v1)` };
  if (version > current) return { ok: false, reason: `written by a newer version of the app (v${version})` };
  for (let n = version; n < current; n++) {
    const step = steps[n];
    if (!step) return { ok: false, reason: `no migration from v${n}` };
    record = step(record);
  }
  return { ok: true, record };
}
