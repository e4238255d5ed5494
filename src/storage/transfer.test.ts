import { describe, expect, it } from 'vitest';
import { makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { memoryBackend } from './backend.ts';
import { Repository } from './repository.ts';
import { EXPORT_FORMAT, exportFileName, summariseExport } from './transfer.ts';

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
  it('gives back the same history and runs; a set-aside record is left out, and counted', async () => {
    const { backend, repository } = stocked();
    const before = (await backend.entries()).filter(([key]) => !key.startsWith('quarantine/'));
    const exported = JSON.stringify(await repository.exportAll());
    await repository.reset();
    expect(await backend.entries()).toEqual([]);

    expect(await repository.importFile(exported, 'data.json')).toEqual({ ok: true, added: 3, unchanged: 0, keptAside: 0, skipped: 1 });
    expect(new Map(await backend.entries())).toEqual(new Map(before));
    expect((await repository.listResults()).map((r) => r.id)).toEqual(['r2', 'r1']);
  });

  it('says what an export holds and names the file by its day', async () => {
    const { repository } = stocked();
    const exported = await repository.exportAll();
    expect(summariseExport(exported)).toEqual({ records: 4, results: 2 });
    expect(exportFileName({ ...exported, exportedAt: Date.UTC(2026, 11, 5, 23, 0) })).toBe('interview-roleplay-2026-12-05.json');
  });

  it('merges without duplicates: importing the same file twice adds nothing', async () => {
    const { repository } = stocked();
    const exported = JSON.stringify(await repository.exportAll());
    expect(await repository.importFile(exported, 'data.json')).toEqual({ ok: true, added: 0, unchanged: 3, keptAside: 0, skipped: 1 });
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
    expect(result).toEqual({ ok: true, added: 1, unchanged: 1, keptAside: 0, skipped: 0 });
    expect((await repository.loadRun('coffee-chat'))?.updatedAt).toBe(300);
    expect(await repository.getResult('r3')).toBeDefined();
  });
});

describe('a bad import is refused whole, naming what is wrong as a code, and changes nothing', () => {
  it.each([
    ['not JSON', '{ nope', { code: 'not-json', detail: expect.any(String) }],
    ['JSON null', 'null', { code: 'not-an-export', detail: expect.any(String) }],
    ['another format', JSON.stringify({ hello: 1 }), { code: 'not-an-export', detail: expect.stringMatching(/^format:/) }],
    ['no envelope at all', JSON.stringify({ format: EXPORT_FORMAT }), { code: 'not-an-export', detail: expect.stringMatching(/^v:/) }],
    ['a newer export', JSON.stringify({ format: EXPORT_FORMAT, v: 9, exportedAt: 1, records: [] }), { code: 'newer-export', version: 9 }],
    ['a level of 9', file([{ key: 'result/r9', value: { ...makeResultRecord({ id: 'r9' }), levels: { s08: 9 } } }]), { code: 'damaged-record', record: 1, key: 'result/r9', detail: expect.stringMatching(/^levels\.s08:/) }],
    ['an unknown kind', file([{ key: 'settings/x', value: {} }]), { code: 'unknown-kind', record: 1, key: 'settings/x' }],
    ['a record from a newer app', file([{ key: 'result/r9', value: { ...makeResultRecord({ id: 'r9' }), v: 7 } }]), { code: 'newer-record', record: 1, key: 'result/r9' }],
    ['a record with no version', file([{ key: 'result/r9', value: { id: 'r9' } }]), { code: 'damaged-record', record: 1, key: 'result/r9', detail: 'no version number' }],
    ['a key that does not match', file([{ key: 'result/other', value: makeResultRecord({ id: 'r9' }) }]), { code: 'key-mismatch', record: 1, key: 'result/other', detail: 'expected result/r9' }],
    ['a duplicate record', file([{ key: 'result/r9', value: makeResultRecord({ id: 'r9' }) }, { key: 'result/r9', value: makeResultRecord({ id: 'r9' }) }]), { code: 'duplicate-record', record: 2, key: 'result/r9' }],
  ])('%s', async (_, text, problem) => {
    const { backend, repository } = stocked();
    const before = await backend.entries();
    const result = await repository.importFile(text, 'bad.json');
    expect(result).toEqual({ ok: false, problems: [problem] });
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
    expect(result.ok ? [] : result.problems.map((p) => 'key' in p && p.key)).toEqual(['result/a', 'run/b']);
    expect(await repository.getResult('ok')).toBeUndefined();
  });
});

it('deletes one finished run and nothing else', async () => {
  const { repository } = stocked();
  await repository.deleteResult('r1');
  expect((await repository.listResults()).map((r) => r.id)).toEqual(['r2']);
  expect(await repository.loadRun('coffee-chat')).toBeDefined();
});
