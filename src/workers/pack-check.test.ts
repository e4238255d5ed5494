import { afterEach, describe, expect, it } from 'vitest';
import { packJson, shippedPack } from '../../tests/fixtures/packs.ts';
import { rememberVerdictsIn, verdictKey } from '../domain/pack-verdict.ts';
import { checkPackInWorker } from './pack-check.ts';

afterEach(() => rememberVerdictsIn(undefined));

describe('a pack checked for import', () => {
  it('leaves its verdict, so once accepted and stored it is not checked again on the page', async () => {
    const keys = new Set<string>();
    rememberVerdictsIn({ has: (k) => keys.has(k), add: (k) => void keys.add(k) });
    const checked = await checkPackInWorker({ text: packJson(shippedPack()), file: 'team.pack.json' });
    expect(checked.ok).toBe(true);
    expect(keys).toEqual(new Set([checked.ok ? verdictKey(checked.value) : '']));

    const broken = shippedPack() as { rubrics: unknown[] };
    broken.rubrics = [];
    expect((await checkPackInWorker({ text: packJson(broken), file: 'broken.pack.json' })).ok).toBe(false);
    expect(keys.size).toBe(1);
  }, 60_000);
});
