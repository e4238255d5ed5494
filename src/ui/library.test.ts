import { describe, expect, it } from 'vitest';
import { shippedPack } from '../../tests/fixtures/packs.ts';
import type { Catalog } from '../domain/catalog.ts';
import type { Pack } from '../domain/pack.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { ContentLibrary } from './library.ts';
import { localVerdicts } from './pack-verdicts.ts';

/** The shipped content's loaders as the build gives them: plain objects, with Object.prototype. */
const noShipped = async (): Promise<Catalog> => ({ catalog: [], loaders: {}, calibration: [], calibrationLoaders: {} });

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
