import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { packJson, shippedPack } from '../../tests/fixtures/packs.ts';
import { makeAnswer, makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import * as v from 'valibot';
import { LIMITS, RECORD_VERSION, ResultRecordSchema, type PackRecord } from './records.ts';
import { Repository } from './repository.ts';
import { EXPORT_FORMAT, parseImport } from './transfer.ts';

// Issue 14: nothing stored, whether imported or written straight into IndexedDB, stops a
// screen from loading, and no import replaces good data with bad.

let dbCount = 0;
const backends: [string, (initial?: [string, unknown][]) => Promise<Backend>][] = [
  ['memory', async (initial = []) => memoryBackend(initial)],
  [
    'indexeddb',
    async (initial = []) => {
      const backend = idbBackend(createStore(`stored-values-${++dbCount}`, 'records'));
      for (const [k, v] of initial) await backend.set(k, v);
      return backend;
    },
  ],
];

const exportOf = (records: { key: string; value: unknown }[]) => JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records });

const packRecord = (id: string, pack: unknown = shippedPack()): PackRecord => ({
  v: RECORD_VERSION,
  kind: 'pack',
  id,
  importedAt: 1,
  file: 'team.pack.json',
  source: packJson(pack),
  pack,
});

describe('dates and counts are bounded on read and on import', () => {
  const bad: [string, Record<string, unknown>][] = [
    ['finishedAt 1e300', { finishedAt: 1e300 }],
    ['finishedAt Infinity', { finishedAt: Infinity }],
    ['finishedAt -Infinity', { finishedAt: -Infinity }],
    ['startedAt negative', { startedAt: -1 }],
    ['stepsBack Infinity', { stepsBack: Infinity }],
    ['timeLimit 1e300', { timeLimit: 1e300 }],
    ['too many answers', { answers: Array.from({ length: LIMITS.answers + 1 }, () => makeAnswer()) }],
  ];

  describe.each(backends)('over %s', (_, makeBackend) => {
    it.each(bad)('a stored result with %s is set aside, and the history still lists the good ones', async (_, damage) => {
      const backend = await makeBackend([
        ['result/good', makeResultRecord({ id: 'good' })],
        ['result/bad', { ...makeResultRecord({ id: 'bad' }), ...damage }],
      ]);
      const repository = new Repository(backend, [], () => 7);
      expect((await repository.listResults()).map((r) => r.id)).toEqual(['good']);
      expect(repository.notices).toMatchObject([{ code: 'corrupt-record', key: 'result/bad' }]);
      const keys = (await backend.entries()).map(([k]) => k).sort();
      expect(keys).toEqual(['quarantine/7/result/bad', 'result/good']);
    });
  });

  it.each(bad)('an export holding a result with %s is refused', (_, damage) => {
    const parsed = parseImport(exportOf([{ key: 'result/bad', value: { ...makeResultRecord({ id: 'bad' }), ...damage } }]));
    expect(parsed).toMatchObject({ ok: false, problems: [{ code: 'damaged-record', key: 'result/bad' }] });
  });

  it('a result with a million answers is refused before they are checked one by one', () => {
    const answer = makeAnswer();
    const record = { ...makeResultRecord({ id: 'huge' }), answers: Array.from({ length: 1_000_000 }, () => answer) };
    const started = performance.now();
    expect(v.safeParse(ResultRecordSchema, record).success).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('an unfinished run with an infinite date or deadline is set aside', async () => {
    const run = makeRunRecord();
    const backend = memoryBackend([
      ['run/a', { ...run, scenarioId: 'a', updatedAt: Infinity }],
      ['run/b', { ...run, scenarioId: 'b', snapshot: { ...run.snapshot, context: { ...run.snapshot.context, deadline: 1e300 } } }],
      ['run/coffee-chat', run],
    ]);
    const repository = new Repository(backend, [], () => 7);
    expect((await repository.listRuns()).map((r) => r.scenarioId)).toEqual(['coffee-chat']);
    expect(repository.notices).toHaveLength(2);
  });
});

// Checking a pack loads and runs the content checker: slow on a loaded machine.
describe("a record's key and its content's id agree", { timeout: 30_000 }, () => {
  it('a stored result under another id is set aside on read', async () => {
    const backend = memoryBackend([['result/other', makeResultRecord({ id: 'r1' })]]);
    const repository = new Repository(backend, [], () => 7);
    expect(await repository.listResults()).toEqual([]);
    expect(await repository.getResult('other')).toBeUndefined();
    expect(repository.notices).toMatchObject([{ code: 'corrupt-record', key: 'result/other' }]);
  });

  it('a pack stored under a second key is set aside on read, and the pack is listed once', async () => {
    const pack = shippedPack();
    const id = (pack as { id: string }).id;
    const backend = memoryBackend([
      [`pack/${id}`, packRecord(id, pack)],
      ['pack/evil', packRecord('evil', pack)],
    ]);
    const repository = new Repository(backend, [], () => 7);
    expect((await repository.listPacks()).map((p) => p.id)).toEqual([id]);
    expect(repository.notices).toMatchObject([{ code: 'corrupt-record', key: 'pack/evil' }]);
  });

  it('an export holding a pack under a second key is refused, and nothing is stored', async () => {
    const pack = shippedPack();
    const backend = memoryBackend();
    const repository = new Repository(backend, [], () => 7);
    const outcome = await repository.importFile(exportOf([{ key: 'pack/evil', value: packRecord('evil', pack) }]), 'evil.json');
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'key-mismatch', key: 'pack/evil' }] });
    expect(await backend.entries()).toEqual([]);
  });
});

describe('set-aside records in an export', () => {
  it('are not imported, and the outcome says how many were left out', async () => {
    const backend = memoryBackend();
    const repository = new Repository(backend, [], () => 7);
    const outcome = await repository.importFile(
      exportOf([
        { key: 'quarantine/5/result/x', value: { anything: 'at all' } },
        { key: 'quarantine/constructor', value: 'x'.repeat(1_000) },
        { key: 'result/r1', value: makeResultRecord({ id: 'r1' }) },
      ]),
      'mine.json',
    );
    expect(outcome).toEqual({ ok: true, added: 1, unchanged: 0, keptAside: 0, skipped: 2 });
    expect((await backend.entries()).map(([k]) => k)).toEqual(['result/r1']);
  });
});

describe('an import never replaces good with bad', () => {
  const stored = makeRunRecord({ updatedAt: 2_000 });
  const newer = makeRunRecord({ updatedAt: 9_000, snapshot: { ...stored.snapshot, value: 'nowhere' } });

  it('a newer unfinished run that cannot be resumed does not replace the stored one: both are kept, and the outcome says so', async () => {
    const backend = memoryBackend([['run/coffee-chat', stored]]);
    const repository = new Repository(backend, [], () => 7);
    const outcome = await repository.importFile(exportOf([{ key: 'run/coffee-chat', value: newer }]), 'theirs.json', {
      resumable: async (_key, record) => (record as typeof stored).snapshot.value !== 'nowhere',
    });
    expect(outcome).toEqual({ ok: true, added: 0, unchanged: 0, keptAside: 1, skipped: 0 });
    const after = new Map(await backend.entries());
    expect(after.get('run/coffee-chat')).toEqual(stored);
    expect(after.get('quarantine/7/run/coffee-chat')).toEqual(newer);
  });

  it('a newer unfinished run that can be resumed replaces the stored one', async () => {
    const backend = memoryBackend([['run/coffee-chat', stored]]);
    const repository = new Repository(backend, [], () => 7);
    const resumable = makeRunRecord({ updatedAt: 9_000 });
    const outcome = await repository.importFile(exportOf([{ key: 'run/coffee-chat', value: resumable }]), 'theirs.json', { resumable: async () => true });
    expect(outcome).toMatchObject({ ok: true, added: 1, keptAside: 0 });
    expect(await backend.get('run/coffee-chat')).toEqual(resumable);
  });
});

describe('imports past the stated limits are refused, saying the limit', () => {
  it('more records than the limit: refused at once with one problem, not one per record', () => {
    const records = Array.from({ length: LIMITS.records + 1 }, (_, i) => ({ key: `nope/${i}`, value: 1 }));
    const started = performance.now();
    const parsed = parseImport(exportOf(records));
    expect(parsed).toEqual({ ok: false, problems: [{ code: 'too-many-records', count: LIMITS.records + 1, limit: LIMITS.records }] });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('more finished runs than the limit: refused', () => {
    const records = Array.from({ length: LIMITS.results + 1 }, (_, i) => ({ key: `result/r${i}`, value: makeResultRecord({ id: `r${i}` }) }));
    expect(parseImport(exportOf(records))).toEqual({ ok: false, problems: [{ code: 'too-many-results', count: LIMITS.results + 1, limit: LIMITS.results }] });
  });

  it('a file larger than the limit: refused before it is parsed', () => {
    const text = exportOf([{ key: 'result/r', value: makeResultRecord({ id: 'r', answers: [] }) }]).replace('"records"', `"pad":"${'x'.repeat(LIMITS.fileBytes)}","records"`);
    expect(parseImport(text)).toEqual({ ok: false, problems: [{ code: 'file-too-large', bytes: text.length, limit: LIMITS.fileBytes }] });
  });

  it('many bad records: the first ones are named and the rest counted', () => {
    const records = Array.from({ length: 500 }, (_, i) => ({ key: `nope/${i}`, value: 1 }));
    const parsed = parseImport(exportOf(records));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(LIMITS.problemsListed + 1);
    expect(parsed.problems.at(-1)).toEqual({ code: 'more-problems', count: 500 - LIMITS.problemsListed });
  });
});
