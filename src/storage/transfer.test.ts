import { describe, expect, it } from 'vitest';
import { makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { memoryBackend } from './backend.ts';
import { Repository } from './repository.ts';
import { EXPORT_FORMAT } from './transfer.ts';

function stocked() {
  const backend = memoryBackend([
    ['result/r1', makeResultRecord({ id: 'r1', finishedAt: 100 })],
    ['result/r2', makeResultRecord({ id: 'r2', finishedAt: 200, levels: { s08: 5 } })],
    ['run/coffee-chat', makeRunRecord({ updatedAt: 300 })],
    ['quarantine/9/run/x', { garbage: true }],
  ]);
  return { backend, repository: new Repository(backend, [], () => 5_000) };
}

const file = (records: { key: string; value: unknown }[]) => JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records });

describe('export, reset, import', () => {
  it('gives back the same history and runs', async () => {
    const { backend, repository } = stocked();
    const before = await backend.entries();
    const exported = JSON.stringify(await repository.exportAll());
    await repository.reset();
    expect(await backend.entries()).toEqual([]);

    expect(await repository.importFile(exported, 'data.json')).toEqual({ ok: true, added: 4, unchanged: 0 });
    expect(new Map(await backend.entries())).toEqual(new Map(before));
    expect((await repository.listResults()).map((r) => r.id)).toEqual(['r2', 'r1']);
  });

  it('merges without duplicates: importing the same file twice adds nothing', async () => {
    const { repository } = stocked();
    const exported = JSON.stringify(await repository.exportAll());
    expect(await repository.importFile(exported, 'data.json')).toEqual({ ok: true, added: 0, unchanged: 4 });
    expect(await repository.listResults()).toHaveLength(2);
  });

  it('adds new results and keeps the newer unfinished run', async () => {
    const { repository } = stocked();
    const result = await repository.importFile(
      file([
        { key: 'result/r3', value: makeResultRecord({ id: 'r3' }) },
        { key: 'run/coffee-chat', value: makeRunRecord({ updatedAt: 250 }) },
      ]),
      'other.json',
    );
    expect(result).toEqual({ ok: true, added: 1, unchanged: 1 });
    expect((await repository.loadRun('coffee-chat'))?.updatedAt).toBe(300);
    expect(await repository.getResult('r3')).toBeDefined();
  });
});

describe('a bad import is refused whole, naming what is wrong, and changes nothing', () => {
  it.each([
    ['not JSON', '{ nope', /^bad\.json: not a JSON file/],
    ['another format', JSON.stringify({ hello: 1 }), /^bad\.json: not an export of this app \(format:/],
    ['a newer export', JSON.stringify({ format: EXPORT_FORMAT, v: 9, exportedAt: 1, records: [] }), /^bad\.json: not an export of this app \(v:/],
    ['a level of 9', file([{ key: 'result/r9', value: { ...makeResultRecord({ id: 'r9' }), levels: { s08: 9 } } }]), /^bad\.json: record 1 \(result\/r9\): levels\.s08:/],
    ['an unknown kind', file([{ key: 'settings/x', value: {} }]), /^bad\.json: record 1 \(settings\/x\): not a kind of record/],
    ['a record from a newer app', file([{ key: 'result/r9', value: { ...makeResultRecord({ id: 'r9' }), v: 7 } }]), /record 1 \(result\/r9\): written by a newer version/],
    ['a key that does not match', file([{ key: 'result/other', value: makeResultRecord({ id: 'r9' }) }]), /record 1 \(result\/other\): the key does not match the record \(expected result\/r9\)/],
    ['a duplicate record', file([{ key: 'result/r9', value: makeResultRecord({ id: 'r9' }) }, { key: 'result/r9', value: makeResultRecord({ id: 'r9' }) }]), /record 2 \(result\/r9\): appears twice/],
  ])('%s', async (_, text, message) => {
    const { backend, repository } = stocked();
    const before = await backend.entries();
    const result = await repository.importFile(text, 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(message);
    expect(await backend.entries()).toEqual(before);
  });

  it('lists every bad record, not only the first', async () => {
    const { repository } = stocked();
    const result = await repository.importFile(
      file([
        { key: 'result/a', value: { v: 1 } },
        { key: 'result/ok', value: makeResultRecord({ id: 'ok' }) },
        { key: 'run/b', value: 'text' },
      ]),
      'bad.json',
    );
    expect(result.ok ? [] : result.problems.map((p) => p.split(':')[1]!.trim())).toEqual(['record 1 (result/a)', 'record 3 (run/b)']);
    expect(await repository.getResult('ok')).toBeUndefined();
  });
});

it('deletes one finished run and nothing else', async () => {
  const { repository } = stocked();
  await repository.deleteResult('r1');
  expect((await repository.listResults()).map((r) => r.id)).toEqual(['r2']);
  expect(await repository.loadRun('coffee-chat')).toBeDefined();
});
