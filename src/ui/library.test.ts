import { describe, expect, it } from 'vitest';
import { shippedPack } from '../../tests/fixtures/packs.ts';
import type { Pack } from '../domain/pack.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { ContentLibrary, type ShippedLoaders } from './library.ts';
import { localVerdicts } from './pack-verdicts.ts';

/** The shipped content's loaders as the build gives them: plain objects, with Object.prototype. */
const noShipped: ShippedLoaders = { scenarios: async () => ({ catalog: [], loaders: {} }), calibration: async () => ({ calibration: [], calibrationLoaders: {} }) };

describe('a pack’s scenario or set with an id Object.prototype has', () => {
  it('is the pack’s, not a loader found on the prototype', async () => {
    const pack = shippedPack() as { scenarios: { id: string }[]; calibration: { id: string }[] };
    pack.scenarios[0]!.id = 'constructor';
    pack.calibration[0]!.id = 'constructor';
    const backend = memoryBackend();
    await new Repository(backend).savePack({ v: 1, kind: 'pack', id: 'team-pack', file: 'p.json', source: '{}', importedAt: 1_700_000_000_000, pack: pack as unknown as Pack });
    const library = new ContentLibrary(new Repository(backend), noShipped, localVerdicts(undefined));
    expect((await library.scenario('constructor'))?.scenario.id).toBe('constructor');
    expect((await library.set('constructor'))?.set.id).toBe('constructor');
    expect(await library.scenario('tostring')).toBeUndefined();
  });
});

describe('the catalogs list stored packs from the listing kept beside them (issue 15 §5)', () => {
  const record = (pack: unknown, id = 'team-pack') => ({ v: 1 as const, kind: 'pack' as const, id, file: 'p.json', source: '{}', importedAt: 1_700_000_000_000, pack: pack as Pack });

  /** A repository whose pack reads are counted: the start screen should make none once the listing is kept. */
  function counted(backend = memoryBackend()) {
    const repository = new Repository(backend);
    let packReads = 0;
    const listPacks = repository.listPacks.bind(repository);
    repository.listPacks = () => {
      packReads++;
      return listPacks();
    };
    return { repository, backend, reads: () => packReads };
  }

  it('lists a pack saved beside the listing without reading it, and reads it only to play it', async () => {
    const backend = memoryBackend();
    await new Repository(backend).savePack(record(shippedPack()));
    // A store written before the listing existed (or by a data import): the packs are read and checked once.
    await backend.apply([{ del: 'meta/pack-listing' }]);
    const first = counted(backend);
    const entries = await new ContentLibrary(first.repository, noShipped, localVerdicts(undefined)).catalog();
    expect(first.reads()).toBe(1);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.pack?.id === 'team-pack')).toBe(true);

    const next = counted(backend);
    const library = new ContentLibrary(next.repository, noShipped, localVerdicts(undefined));
    expect(await library.catalog()).toEqual(entries);
    expect((await library.calibration()).map((e) => e.id)).toEqual((shippedPack() as { calibration: { id: string }[] }).calibration.map((c) => c.id));
    expect(next.reads()).toBe(0);
    // Playing one of its scenarios still reads the pack, checked.
    expect((await library.scenario(entries[0]!.id))?.scenario.id).toBe(entries[0]!.id);
    expect(next.reads()).toBe(1);
  });

  it('saving a pack lists it at once, and reading the catalogs then writes nothing', async () => {
    const backend = memoryBackend();
    await new Repository(backend).savePack(record(shippedPack()));
    const stored = await backend.entries('');
    const next = counted(backend);
    const entries = await new ContentLibrary(next.repository, noShipped, localVerdicts(undefined)).catalog();
    expect(entries.map((e) => e.id)).toEqual((shippedPack() as { scenarios: { id: string }[] }).scenarios.map((s) => s.id));
    expect(next.reads()).toBe(0);
    expect(await backend.entries('')).toEqual(stored);
  });

  it('a pack saved again (a new version of it) or removed is listed afresh, never from the old listing', async () => {
    const backend = memoryBackend();
    const repository = new Repository(backend);
    await repository.savePack(record(shippedPack()));
    await new ContentLibrary(repository, noShipped, localVerdicts(undefined)).catalog();
    const renamed = shippedPack() as { scenarios: { title: { en: string; vi: string } }[] };
    renamed.scenarios[0]!.title = { en: 'A new title', vi: 'Một tiêu đề mới' };
    await repository.savePack(record(renamed));
    const after = await new ContentLibrary(new Repository(backend), noShipped, localVerdicts(undefined)).catalog();
    expect(after[0]!.title.en).toBe('A new title');
    await repository.removePack('team-pack');
    expect(await new ContentLibrary(new Repository(backend), noShipped, localVerdicts(undefined)).catalog()).toEqual([]);
  });

  it('a listing that does not name exactly the packs stored (an import, another tab, an older build) is not taken', async () => {
    const backend = memoryBackend();
    const repository = new Repository(backend);
    await repository.savePack(record(shippedPack()));
    await new ContentLibrary(repository, noShipped, localVerdicts(undefined)).catalog();
    // A second pack written past the repository, as a data import's merge or another tab would.
    const other = shippedPack() as { id: string; scenarios: { id: string }[]; calibration: { id: string }[] };
    other.id = 'other-pack';
    other.scenarios.forEach((s, i) => (s.id = `other-${i}`));
    other.calibration.forEach((c, i) => (c.id = `other-set-${i}`));
    await backend.apply([{ set: 'pack/other-pack', value: record(other, 'other-pack') }]);
    const next = counted(backend);
    const entries = await new ContentLibrary(next.repository, noShipped, localVerdicts(undefined)).catalog();
    expect(next.reads()).toBe(1);
    expect(new Set(entries.map((e) => e.pack?.id))).toEqual(new Set(['team-pack', 'other-pack']));
  });

  it('a damaged listing is not taken, and the packs are listed as they are', async () => {
    const backend = memoryBackend();
    const repository = new Repository(backend);
    await repository.savePack(record(shippedPack()));
    const entries = await new ContentLibrary(repository, noShipped, localVerdicts(undefined)).catalog();
    await backend.apply([{ set: 'meta/pack-listing', value: { v: 1, kind: 'pack-listing', checker: 1, packs: [{ id: 'team-pack', entries: [{ id: 'x' }], calibrationEntries: [] }] } }]);
    expect(await new ContentLibrary(new Repository(backend), noShipped, localVerdicts(undefined)).catalog()).toEqual(entries);
  });
});

describe('the shipped catalogs, each a chunk of its own', () => {
  it('lists scenarios without fetching the calibration sets’ catalog, and fetches each catalog once', async () => {
    const fetched = { scenarios: 0, calibration: 0 };
    const loaders: ShippedLoaders = {
      scenarios: async () => (fetched.scenarios++, { catalog: [], loaders: {} }),
      calibration: async () => (fetched.calibration++, { calibration: [], calibrationLoaders: {} }),
    };
    const library = new ContentLibrary(new Repository(memoryBackend()), loaders, localVerdicts(undefined));
    await library.catalog();
    await library.scenario('clashing-appointments');
    expect(fetched).toEqual({ scenarios: 1, calibration: 0 });
    await Promise.all([library.calibration(), library.set('cal-s08-q1'), library.shipped()]);
    expect(fetched).toEqual({ scenarios: 1, calibration: 1 });
  });
});
