import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import { RECORD_VERSION, type PanelRecord } from './records.ts';
import { Repository } from './repository.ts';

let dbCount = 0;
const backends: [string, () => Backend][] = [
  ['memory', () => memoryBackend()],
  ['indexeddb', () => idbBackend(createStore(`panels-test-${++dbCount}`, 'records'))],
];

const panel = (over: Partial<PanelRecord> = {}): PanelRecord => ({
  v: RECORD_VERSION,
  kind: 'panel',
  id: 'p1',
  setId: 'cal-x',
  contentHash: 'h1',
  name: 'Monday panel',
  savedAt: 1_000,
  files: ['lan.csv', 'minh.json'],
  ratings: [
    { rater: 'Lan', item: 'a', level: 3 },
    { rater: 'Minh', item: 'a', level: 4 },
  ],
  ...over,
});

describe.each(backends)('saved panels over %s', (_, makeBackend) => {
  it('saves a panel, lists it with its set only, newest first, and deletes it', async () => {
    const repo = new Repository(makeBackend(), [], () => 5_000);
    await repo.savePanel(panel());
    await repo.savePanel(panel({ id: 'p2', savedAt: 2_000 }));
    await repo.savePanel(panel({ id: 'p3', setId: 'cal-y' }));
    expect((await repo.listPanels('cal-x')).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(await repo.listPanels('cal-x')).toContainEqual(panel());
    await repo.deletePanel('p2');
    expect((await repo.listPanels('cal-x')).map((p) => p.id)).toEqual(['p1']);
    expect(repo.notices).toEqual([]);
  });

  it('sets a corrupt panel aside, never drops it', async () => {
    const backend = makeBackend();
    await backend.set('panel/bad', { ...panel(), ratings: [{ rater: 'Lan', item: 'a', level: 9 }] });
    const repo = new Repository(backend, [], () => 5_000);
    expect(await repo.listPanels('cal-x')).toEqual([]);
    expect(repo.notices).toEqual([expect.objectContaining({ code: 'corrupt-record', key: 'panel/bad' })]);
    expect((await backend.entries('quarantine/')).map(([k]) => k)).toEqual(['quarantine/5000/panel/bad']);
  });

  it('goes out in the data export and comes back in with an import', async () => {
    const from = new Repository(makeBackend(), [], () => 5_000);
    await from.savePanel(panel());
    const file = JSON.stringify(await from.exportAll());
    const to = new Repository(makeBackend(), [], () => 6_000);
    expect(await to.importFile(file, 'data.json')).toEqual({ ok: true, added: 1, unchanged: 0, keptAside: 0, skipped: 0 });
    expect(await to.listPanels('cal-x')).toEqual([panel()]);
  });
});
