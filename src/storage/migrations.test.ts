import { describe, expect, it } from 'vitest';
import { migrate, type MigrationSteps } from './migrations.ts';

// The app has one record version so far; these steps stand in for future ones to prove the chain.
const steps: MigrationSteps = {
  1: (r) => ({ ...r, v: 2, mode: 'assessment' }),
  2: ({ levels, ...r }) => ({ ...r, v: 3, levelsByCompetency: levels }),
};

describe('migrate moves an old record forward', () => {
  it('through every step in order', () => {
    const old = { v: 1, kind: 'result', id: 'r1', levels: { s08: 3 } };
    expect(migrate(old, { steps, current: 3 })).toEqual({
      ok: true,
      record: { v: 3, kind: 'result', id: 'r1', mode: 'assessment', levelsByCompetency: { s08: 3 } },
    });
  });

  it('from the middle of the chain', () => {
    expect(migrate({ v: 2, levels: {} }, { steps, current: 3 })).toEqual({ ok: true, record: { v: 3, levelsByCompetency: {} } });
  });

  it('refuses a gap in the chain, naming it', () => {
    expect(migrate({ v: 1 }, { steps: { 1: steps[1]! }, current: 3 })).toEqual({ ok: false, reason: 'no migration from v2' });
  });

  it('leaves the input untouched', () => {
    const old = { v: 1, levels: { s08: 3 } };
    migrate(old, { steps, current: 3 });
    expect(old).toEqual({ v: 1, levels: { s08: 3 } });
  });
});
