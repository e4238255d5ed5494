import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationSet } from '../domain/calibration.ts';
import { LIMITS } from '../domain/text.ts';
import { loadContent } from '../../tools/content-loader.ts';
import { decodeRoundSuspend, encodeRoundSuspend, type SuspendedRound } from './round-suspend.ts';
import { SUSPEND_LIMIT_12 } from './suspend.ts';

let sets: CalibrationSet[] = [];
beforeAll(() => {
  const root = join(import.meta.dirname, '../..');
  sets = loadContent(join(root, 'scenarios'), root).calibration.map((s) => s.value);
}, 60_000);

/** Every sample of a set of `n` rated, the last one's reference still shown, in reverse order. */
const worst = (n: number): SuspendedRound => ({ content: 'ffffffff', order: Array.from({ length: n }, (_, i) => n - 1 - i), levels: Array.from({ length: n }, () => 5), revealed: true });

describe('round resume data', () => {
  it('round-trips the order shown, the levels locked and whether the last reference is shown', () => {
    const round: SuspendedRound = { content: 'abcdef12', order: [3, 0, 9, 1, 2, 4, 5, 6, 7, 8], levels: [3, 1, 5], revealed: false };
    expect(encodeRoundSuspend(round)).toBe('c1.abcdef12.3091245678.315.r');
    expect(decodeRoundSuspend('c1.abcdef12.3091245678.315.r')).toEqual(round);
    expect(decodeRoundSuspend(encodeRoundSuspend({ ...round, revealed: true }))?.revealed).toBe(true);
  });

  it('takes two digits a sample past 36 samples', () => {
    const round = worst(LIMITS.samples);
    const text = encodeRoundSuspend(round);
    expect(text.split('.')[2]).toHaveLength(2 * LIMITS.samples);
    expect(decodeRoundSuspend(text)).toEqual(round);
  });

  it.each(['', 'r1.a.0.1.abc.12', 'c2.abc.01.1.r', 'c1.abc.01.6.r', 'c1.abc.00.1.r', 'c1.abc.01.123.r', 'c1.abc.01..v', 'c1.abc.01.1.x', 'c1.abc.01.1'])('refuses %j', (text) => {
    expect(decodeRoundSuspend(text)).toBeUndefined();
  });

  it(`fits SCORM 1.2's ${SUSPEND_LIMIT_12} characters for the largest shipped set, and for the most samples a set may hold`, () => {
    const largest = [...sets].sort((a, b) => b.samples.length - a.samples.length)[0]!;
    const text = encodeRoundSuspend(worst(largest.samples.length));
    console.info(`largest shipped calibration set ${largest.id}: ${largest.samples.length} samples, ${text.length} characters at worst`);
    expect(text.length).toBeLessThan(50);
    expect(encodeRoundSuspend(worst(LIMITS.samples)).length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
  });
});
