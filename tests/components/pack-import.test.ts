// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { memoryBackend } from '../../src/storage/backend.ts';
import { Repository } from '../../src/storage/repository.ts';
import { ContentLibrary, type ShippedLoaders } from '../../src/ui/library.ts';
import { en } from '../../src/i18n/en.ts';
import { vi as viMessages } from '../../src/i18n/vi.ts';
import { PackImport } from '../../src/ui/trainer/pack-import.svelte.ts';
import { CheckStopped, checkPackInWorker } from '../../src/workers/pack-check.ts';

// The check runs as in the worker, on this thread; a test can make it stop as a too-long check does.
vi.mock('../../src/workers/pack-check.ts', async (actual) => {
  const module = await actual<typeof import('../../src/workers/pack-check.ts')>();
  return { ...module, checkPackInWorker: vi.fn(module.checkPackInWorker) };
});
const checkInWorker = vi.mocked(checkPackInWorker);
import TrainerScreen from '../../src/ui/trainer/TrainerScreen.svelte';
import { axeViolations } from './axe.ts';
import { packJson, shippedPack } from '../fixtures/packs.ts';

/** A chosen file as the page gets it (jsdom's File has no text()). */
const file = (name: string, text: () => Promise<string>) => ({ name, text }) as unknown as File;
const packFile = () => file('team.pack.json', async () => packJson(shippedPack()));

const messages = { en, vi: viMessages };

const noShipped: ShippedLoaders = { scenarios: async () => ({ catalog: [], loaders: {} }), calibration: async () => ({ calibration: [], calibrationLoaders: {} }) };

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

  it('a pack whose check runs out of time is refused as too large to check, and nothing is stored', async () => {
    const { repository, importer: pack } = importer();
    checkInWorker.mockRejectedValueOnce(new CheckStopped('too-long'));
    await pack.read(packFile());
    expect(pack.state).toMatchObject({ step: 'refused', diagnostics: [{ code: 'too-large-to-check', file: 'team.pack.json' }] });
    expect(await repository.listPacks()).toEqual([]);
  });
});

describe('the trainer screen words what the checker found in the UI language', () => {
  /** A pack whose first scenario starts at a node it does not have, and with a field the format lacks. */
  const broken = () => {
    const pack = shippedPack() as Record<string, unknown> & { scenarios: { start: string }[] };
    pack.scenarios[0]!.start = 'nowhere';
    return file('broken.pack.json', async () => packJson(pack));
  };
  const noField = () => file('extra.pack.json', async () => packJson({ ...shippedPack(), colour: 'red' }));

  async function refused(locale: 'en' | 'vi', chosen: File) {
    const { importer: pack } = importer();
    await pack.read(chosen);
    const view = render(TrainerScreen, {
      scenarios: [], sets: [], packs: [], workshops: [], importer: pack, locale, t: messages[locale],
      onaudience: () => {}, onexportpack: () => {}, onremovepack: () => {}, onexportworkshop: () => {}, onexportxapi: () => {},
    });
    return { view, alert: screen.getByRole('alert') };
  }

  it.each([
    ['vi', 'a start node it lacks', broken, 'không có nút “nowhere”: hãy trỏ tới id của một nút có trong tình huống.'],
    ['en', 'a start node it lacks', broken, 'no node "nowhere"'],
    ['vi', 'a field the format lacks', noField, 'định dạng không có trường này: hãy xoá nó hoặc kiểm tra lại chính tả.'],
    ['en', 'a field the format lacks', noField, 'is not a field of this format: remove it or check its spelling'],
  ] as const)('%s: %s', async (locale, _, chosen, words) => {
    const { view, alert } = await refused(locale, chosen());
    expect(alert.textContent).toContain(words);
    if (locale === 'vi') expect(alert.textContent).not.toMatch(/no node|Invalid|Expected/);
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
