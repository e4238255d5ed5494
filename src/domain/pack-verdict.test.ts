import { describe, expect, it, vi } from 'vitest';
import { shippedPack } from '../../tests/fixtures/packs.ts';
import { checkPack, type PackCheck } from './pack.ts';
import { CHECKER_VERSION, checkRemembered, rememberVerdictsIn, verdictKey, type VerdictStore } from './pack-verdict.ts';

const memoryVerdicts = (): VerdictStore & { keys: Set<string> } => {
  const keys = new Set<string>();
  return { keys, has: (k) => keys.has(k), add: (k) => void keys.add(k) };
};
// The shipped content loads once, before the tests' clocks start.
const PACK = shippedPack();
const pack = () => structuredClone(PACK);
const counting = () => vi.fn((data: unknown): PackCheck => checkPack(data, { scenarios: new Map(), calibration: new Map() }));

describe('a stored pack’s verdict', () => {
  it('is not checked again on a second load of the same pack', () => {
    const verdicts = memoryVerdicts();
    const check = counting();
    const first0 = pack();
    const first = checkRemembered(first0, verdicts, check);
    const second = checkRemembered(pack(), verdicts, check);
    expect(check).toHaveBeenCalledTimes(1);
    expect(first.ok && second.ok).toBe(true);
    expect(second.ok && second.value).toEqual(first.ok && first.value);
  });

  it('is checked again when the checker’s version changes', () => {
    const verdicts = memoryVerdicts();
    const check = counting();
    checkRemembered(pack(), verdicts, check);
    checkRemembered(pack(), verdicts, check, CHECKER_VERSION + 1);
    expect(check).toHaveBeenCalledTimes(2);
    expect(verdictKey(pack())).not.toBe(verdictKey(pack(), CHECKER_VERSION + 1));
  });

  it('is checked again when one character of the pack changed, and a failing pack is never remembered', () => {
    const verdicts = memoryVerdicts();
    const check = counting();
    checkRemembered(pack(), verdicts, check);
    const changed = pack() as { title: { en: string } };
    changed.title.en += '!';
    checkRemembered(changed, verdicts, check);
    const broken = pack() as { rubrics: unknown[] };
    broken.rubrics = [];
    expect(checkRemembered(broken, verdicts, check).ok).toBe(false);
    expect(checkRemembered(broken, verdicts, check).ok).toBe(false);
    expect(check).toHaveBeenCalledTimes(4);
    expect(verdicts.keys.size).toBe(2);
  });

  it('is remembered only for a stored pack read back (checkPack alone), never for an import against other packs’ ids', () => {
    const verdicts = memoryVerdicts();
    rememberVerdictsIn(verdicts);
    try {
      const taken = { scenarios: new Map([['own-clashing-appointments', { name: 'a shipped scenario' }]]), calibration: new Map() };
      expect(checkPack(pack(), taken).ok).toBe(false);
      expect(verdicts.keys.size).toBe(0);
      expect(checkPack(pack()).ok).toBe(true);
      expect(verdicts.keys).toEqual(new Set([verdictKey(pack())]));
      expect(checkPack(pack(), taken).ok).toBe(false);
    } finally {
      rememberVerdictsIn(undefined);
    }
  });
});
