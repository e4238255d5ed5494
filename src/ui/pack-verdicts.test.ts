import { describe, expect, it, vi } from 'vitest';
import { shippedPack } from '../../tests/fixtures/packs.ts';
import type { Pack } from '../domain/pack.ts';
import { checkScenario } from '../domain/validate.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { ContentLibrary, type ShippedLoaders } from './library.ts';
import { localVerdicts } from './pack-verdicts.ts';

vi.mock('../domain/validate.ts', async (original) => {
  const actual = await original<typeof import('../domain/validate.ts')>();
  return { ...actual, checkScenario: vi.fn(actual.checkScenario) };
});

const noShipped: ShippedLoaders = { scenarios: async () => ({ catalog: [], loaders: {} }), calibration: async () => ({ calibration: [], calibrationLoaders: {} }) };

/** localStorage as the page has it, between loads. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) } as Storage;
}

describe('the catalog’s stored packs', () => {
  it('are checked on the first load only, while unchanged', async () => {
    const backend = memoryBackend();
    await new Repository(backend).savePack({ v: 1, kind: 'pack', id: 'team-pack', file: 'team.pack.json', source: '{}', importedAt: 1_700_000_000_000, pack: shippedPack() as Pack });
    const storage = fakeStorage();
    // The packs as a page reads them to play one (the catalogs list them from the listing, unchecked).
    const load = async () => (await new ContentLibrary(new Repository(backend), noShipped, localVerdicts(storage)).packs()).content.flatMap((c) => c.entries);

    vi.mocked(checkScenario).mockClear();
    expect((await load()).map((e) => e.id)).toEqual(['own-clashing-appointments']);
    expect(checkScenario).toHaveBeenCalledTimes(1);
    expect((await load()).map((e) => e.id)).toEqual(['own-clashing-appointments']);
    expect(checkScenario).toHaveBeenCalledTimes(1);
  });

  it('keep no verdicts where localStorage throws, and still load', async () => {
    const backend = memoryBackend();
    await new Repository(backend).savePack({ v: 1, kind: 'pack', id: 'team-pack', file: 'team.pack.json', source: '{}', importedAt: 1_700_000_000_000, pack: shippedPack() as Pack });
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage;
    const catalog = await new ContentLibrary(new Repository(backend), noShipped, localVerdicts(throwing)).catalog();
    expect(catalog.map((e) => e.id)).toEqual(['own-clashing-appointments']);
  });
});
