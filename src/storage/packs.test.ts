import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { packJson, shippedPack } from '../../tests/fixtures/packs.ts';
import { makeResultRecord } from '../../tests/unit/fakes.ts';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import { RECORD_VERSION, type PackRecord, type StoredWorkshop } from './records.ts';
import { Repository } from './repository.ts';

let dbCount = 0;
const backends: [string, () => Backend][] = [
  ['memory', () => memoryBackend()],
  ['indexeddb', () => idbBackend(createStore(`packs-test-${++dbCount}`, 'records'))],
];

const packRecord = (pack: unknown = shippedPack(), importedAt = 1): PackRecord => ({
  v: RECORD_VERSION,
  kind: 'pack',
  id: (pack as { id: string }).id,
  importedAt,
  file: 'team.pack.json',
  source: packJson(pack),
  pack,
});

const workshop = (id: string, finishedAt: number): StoredWorkshop => ({
  v: RECORD_VERSION,
  kind: 'workshop',
  id,
  source: { kind: 'scenario', id: 'clashing-appointments', title: { vi: 'Ba cuộc hẹn', en: 'Three meetings' } },
  contentHash: 'abc',
  startedAt: Math.max(0, finishedAt - 100),
  finishedAt,
  steps: [{ stepId: 'opening', tally: { a: 3, b: 9 }, followed: 'b', levels: { a: 2, b: 4 } }],
  levels: { s08: 4 },
});

describe.each(backends)('packs and workshops over %s', (_, makeBackend) => {
  it('keeps an accepted pack and gives it back checked, oldest first', async () => {
    const repository = new Repository(makeBackend(), [], () => 9);
    await repository.savePack(packRecord(shippedPack('second'), 2));
    await repository.savePack(packRecord(shippedPack('first'), 1));
    const packs = await repository.listPacks();
    expect(packs.map((p) => p.id)).toEqual(['first', 'second']);
    expect(packs[0]!.pack.scenarios[0]!.id).toBe('own-clashing-appointments');
    await repository.removePack('first');
    expect((await repository.listPacks()).map((p) => p.id)).toEqual(['second']);
  });

  it('sets aside a stored pack that no longer passes its checks, says what is wrong, and keeps the others', async () => {
    const backend = makeBackend();
    const repository = new Repository(backend, [], () => 9);
    const broken = shippedPack('broken') as { scenarios: { start: string }[] };
    broken.scenarios[0]!.start = 'nowhere';
    await repository.savePack(packRecord(broken));
    await repository.savePack(packRecord(shippedPack('good')));
    expect((await repository.listPacks()).map((p) => p.id)).toEqual(['good']);
    expect(repository.notices).toEqual([
      { code: 'corrupt-record', key: 'pack/broken', detail: expect.stringContaining('scenarios.0.start: no node "nowhere"') },
    ]);
    const keys = (await backend.entries()).map(([k]) => k);
    expect(keys).toContain('quarantine/9/pack/broken');
    expect(keys).not.toContain('pack/broken');
  });

  it('keeps one live workshop and the finished ones, newest first', async () => {
    const repository = new Repository(makeBackend());
    await repository.saveWorkshop(workshop('old', 10));
    await repository.saveWorkshop(workshop('new', 20));
    expect((await repository.listWorkshops()).map((w) => w.id)).toEqual(['new', 'old']);
    expect(await repository.loadLiveWorkshop({ kind: 'scenario', id: 'clashing-appointments' })).toBeUndefined();
    expect(await repository.listLiveWorkshops()).toEqual([]);
  });

  it('exports packs and workshops with everything else, and imports them into an empty browser', async () => {
    const from = new Repository(makeBackend());
    await from.savePack(packRecord());
    await from.saveWorkshop(workshop('w1', 10));
    await from.saveResult(makeResultRecord({ id: 'r1' }));
    const file = JSON.stringify(await from.exportAll());
    const to = new Repository(memoryBackend());
    expect(await to.importFile(file, 'backup.json')).toEqual({ ok: true, added: 3, unchanged: 0, keptAside: 0, skipped: 0 });
    expect((await to.listPacks()).map((p) => p.id)).toEqual(['team-pack']);
    expect((await to.listWorkshops()).map((w) => w.id)).toEqual(['w1']);
  });

  it('refuses a whole export file whose pack fails its checks, naming it, and changes nothing stored', async () => {
    const broken = shippedPack() as { scenarios: { start: string }[] };
    broken.scenarios[0]!.start = 'nowhere';
    const file = JSON.stringify({
      format: 'interview-roleplay/data',
      v: 1,
      exportedAt: 1,
      records: [
        { key: 'pack/team-pack', value: packRecord(broken) },
        { key: 'workshop/w1', value: workshop('w1', 10) },
      ],
    });
    const repository = new Repository(makeBackend());
    await repository.saveResult(makeResultRecord({ id: 'kept' }));
    const before = JSON.stringify((await repository.exportAll()).records);
    const outcome = await repository.importFile(file, 'backup.json');
    expect(outcome).toEqual({
      ok: false,
      problems: [{ code: 'bad-pack', key: 'pack/team-pack', finding: expect.objectContaining({ code: 'unknown-node', path: 'scenarios.0.start', message: expect.stringMatching(/no node "nowhere"/) }) }],
    });
    expect(JSON.stringify((await repository.exportAll()).records)).toBe(before);
  });

  it('refuses an export file whose pack takes an id of the shipped content, or one another pack in the file takes', async () => {
    const file = (records: { key: string; value: unknown }[]) => JSON.stringify({ format: 'interview-roleplay/data', v: 1, exportedAt: 1, records });
    const repository = new Repository(makeBackend());
    const shipped = async () => ({ scenarios: new Map([['own-clashing-appointments', { name: 'a shipped scenario' }]]), calibration: new Map() });
    const one = await repository.importFile(file([{ key: 'pack/team-pack', value: packRecord() }]), 'a.json', { takenIds: shipped });
    const messages = (outcome: typeof one) => (outcome.ok ? [] : outcome.problems.map((p) => (p.code === 'bad-pack' ? `${p.key}: ${p.finding.message}` : p.code)));
    expect(messages(one)).toEqual(['pack/team-pack: scenarios.0.id: "own-clashing-appointments" is already used by a shipped scenario: choose another id']);
    const two = await repository.importFile(file([{ key: 'pack/first', value: packRecord(shippedPack('first')) }, { key: 'pack/second', value: packRecord(shippedPack('second')) }]), 'b.json');
    expect(messages(two)).toEqual([
      'pack/second: scenarios.0.id: "own-clashing-appointments" is already used by the pack “first”: choose another id',
      'pack/second: calibration.0.id: "own-cal-s08-q1" is already used by the pack “first”: choose another id',
    ]);
    expect(await repository.listPacks()).toEqual([]);
  });

  it('refuses a workshop record with a negative count', async () => {
    const bad = workshop('w1', 10);
    bad.steps[0]!.tally.a = -1;
    const file = JSON.stringify({
      format: 'interview-roleplay/data',
      v: 1,
      exportedAt: 1,
      records: [{ key: 'workshop/w1', value: bad }],
    });
    const outcome = await new Repository(makeBackend()).importFile(file, 'x.json');
    expect(outcome).toEqual({ ok: false, problems: [{ code: 'damaged-record', record: 1, key: 'workshop/w1', detail: expect.stringContaining('steps.0.tally.a') }] });
  });
});
