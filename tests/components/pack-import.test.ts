// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { Repository } from '../../src/storage/repository.ts';
import { ContentLibrary } from '../../src/ui/library.ts';
import { PackImport } from '../../src/ui/trainer/pack-import.svelte.ts';
import { packJson, shippedPack } from '../fixtures/packs.ts';

/** A chosen file as the page gets it (jsdom's File has no text()). */
const file = (name: string, text: () => Promise<string>) => ({ name, text }) as unknown as File;
const packFile = () => file('team.pack.json', async () => packJson(shippedPack()));

const noShipped = async (): Promise<Catalog> => ({ catalog: [], loaders: {}, calibration: [], calibrationLoaders: {} });

function importer() {
  const repository = new Repository(memoryBackend());
  const library = new ContentLibrary(repository, noShipped);
  let added = 0;
  return { repository, library, importer: new PackImport(repository, library, () => added++, () => 42), added: () => added };
}

describe('importing a pack', () => {
  it('checks, previews, and stores only on accept', async () => {
    const { repository, importer: pack, added } = importer();
    await pack.read(packFile());
    expect(pack.state).toMatchObject({ step: 'preview', file: 'team.pack.json', pack: { id: 'team-pack' } });
    expect(await repository.listPacks()).toEqual([]);
    await pack.accept();
    expect(pack.state.step).toBe('added');
    expect(added()).toBe(1);
    expect((await repository.listPacks()).map((p) => [p.id, p.importedAt, p.file])).toEqual([['team-pack', 42, 'team.pack.json']]);
  });

  it('a new version of a stored pack previews as replacing it', async () => {
    const { importer: pack } = importer();
    await pack.read(packFile());
    await pack.accept();
    await pack.read(packFile());
    expect(pack.state).toMatchObject({ step: 'preview', replaces: { id: 'team-pack', importedAt: 42 } });
  });

  it('says what is wrong with a file the browser cannot read, and stores nothing', async () => {
    const { repository, importer: pack } = importer();
    await pack.read(file('gone.yaml', () => Promise.reject(new Error('The file could not be read.'))));
    expect(pack.state).toEqual({ step: 'refused', file: 'gone.yaml', diagnostics: [{ code: 'unreadable', file: 'gone.yaml', path: '', line: 0, message: 'The file could not be read.' }] });
    expect(await repository.listPacks()).toEqual([]);
  });
});
