import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack.ts';
import { addCharacter, addCondition, addLine, addNode, addOption, addSample } from '../../src/editor/blanks.ts';
import { DraftChecker } from '../../src/editor/check.ts';
import { applyCommand, type Command } from '../../src/editor/commands.ts';
import { newDraft, type Draft } from '../../src/editor/document.ts';
import { execute, redo, startHistory, undo, type History } from '../../src/editor/history.ts';
import type { FieldPath } from '../../src/editor/path.ts';
import { idbBackend } from '../../src/storage/backend.ts';
import { DraftStore } from '../../src/storage/drafts.ts';
import { chainPack } from '../fixtures/large-pack.ts';

// CI runs 200 cases per property; `npm run fuzz`'s FUZZ_RUNS runs more.
const RUNS = Math.min(Number(process.env.FUZZ_RUNS ?? 200), 2_000);

/** Paths an edit may aim at: real fields of the pack, stale ones, and nonsense. */
const paths: FieldPath[] = [
  ['title', 'en'], ['id'], ['scenarios', 0, 'title', 'vi'], ['scenarios', 0, 'start'], ['scenarios', 0, 'nodes'],
  ['scenarios', 0, 'nodes', 'd0'], ['scenarios', 0, 'nodes', 'd1', 'options'], ['scenarios', 0, 'nodes', 'd1', 'options', 0],
  ['scenarios', 0, 'nodes', 'd1', 'options', 0, 'text', 'en'], ['scenarios', 0, 'nodes', 'd2', 'options', 1, 'evidence', 0, 'level'],
  ['scenarios', 0, 'nodes', 'd2', 'hint'], ['scenarios', 0, 'nodes', 'end'], ['scenarios', 0, 'characters', 0], ['scenarios', 0, 'nodes', 3],
  ['rubrics', 0], ['rubrics', 0, 'levels', 2, 'indicators', 0], ['rubrics', 0, 'questions', 0], ['rubrics', 0, 'name', 'vi'],
  ['calibration'], ['calibration', 0], ['nope', 3, 'x'], [], ['scenarios', 9, 'nodes', 'zz'],
  // Texts typed into (the incremental check's own path), the added node's (d4, d5) while others are still empty among them.
  ['scenarios', 0, 'summary', 'en'], ['scenarios', 0, 'nodes', 'd0', 'lines', 0, 'text', 'vi'], ['scenarios', 0, 'nodes', 'd2', 'options', 2, 'feedback', 'en'],
  ['scenarios', 0, 'nodes', 'd4', 'lines', 0, 'text', 'en'], ['scenarios', 0, 'nodes', 'd4', 'options', 0, 'text', 'vi'], ['scenarios', 0, 'nodes', 'd4', 'options', 1, 'feedback', 'en'],
  ['scenarios', 0, 'nodes', 'd5', 'options', 0, 'text', 'en'],
];

const value = fc.oneof(
  fc.string({ maxLength: 12 }), fc.integer({ min: -2, max: 7 }), fc.constant(undefined), fc.constant({ vi: '', en: '' }), fc.constant([]),
  // A text past the line limit, and one long enough to be taken as untranslated when both languages hold it.
  fc.constant('x'.repeat(401)), fc.constant('The same words in both languages'), fc.constant('  '),
);
const plain: fc.Arbitrary<(pack: Pack) => Command> = fc.oneof(
  fc.record({ path: fc.constantFrom(...paths), value }).map(({ path, value }) => () => ({ type: 'set', path, value }) as Command),
  fc.record({ path: fc.constantFrom(...paths), value, index: fc.option(fc.integer({ min: -1, max: 9 }), { nil: undefined }) }).map(
    ({ path, value, index }) => () => ({ type: 'insert', path, value, ...(index === undefined ? {} : { index }) }) as Command,
  ),
  fc.constantFrom(...paths).map((path) => () => ({ type: 'remove', path }) as Command),
  fc.record({ path: fc.constantFrom(...paths), to: fc.integer({ min: -1, max: 9 }) }).map(({ path, to }) => () => ({ type: 'move', path, to }) as Command),
  fc.record({ path: fc.constantFrom(...paths), id: fc.constantFrom('x', 'd1', 'c1', 'c1.3', 'new-id', '') }).map(({ path, id }) => () => ({ type: 'rename', path, id }) as Command),
  fc.constantFrom<(pack: Pack) => Command>(
    (p) => addNode(p, 0, 'choice'),
    (p) => addNode(p, 0, 'branch'),
    (p) => addNode(p, 0, 'end'),
    (p) => addOption(p, ['scenarios', 0, 'nodes', 'd1']),
    (p) => addLine(p, ['scenarios', 0, 'nodes', 'd0']),
    (p) => addCharacter(p, 0),
    (p) => addCondition(p, ['scenarios', 0, 'nodes', 'b1'], 'c1'),
    (p) => addSample(p, 0),
  ),
);
type Step = { kind: 'edit'; make: (pack: Pack) => Command; at: number } | { kind: 'undo' } | { kind: 'redo' };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ make: plain, at: fc.integer({ min: 0, max: 3_000 }) }).map((s) => ({ kind: 'edit' as const, ...s })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

const start = () => chainPack(1, 4) as unknown as Pack;

describe('random edit sequences', () => {
  it('never throw, and undoing every step returns the same document; redoing every step returns the furthest edit', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const log: string[] = [];
        let h: History = startHistory(start());
        const first = h.present;
        const frozen = structuredClone(first);
        let clock = 0;
        for (const s of steps) {
          if (s.kind === 'undo') h = undo(h);
          else if (s.kind === 'redo') h = redo(h);
          else {
            const command = s.make(h.present);
            log.push(JSON.stringify(command));
            h = execute(h, command, (clock += s.at));
          }
        }
        // The furthest state the history holds: the last edit, with whatever was undone after it redone.
        let tipHistory = h;
        while (tipHistory.future.length) tipHistory = redo(tipHistory);
        const last = tipHistory.present;
        const lastCopy = structuredClone(last);
        while (h.past.length) h = undo(h);
        expect(h.present, log.join('\n')).toBe(first);
        expect(first).toEqual(frozen);
        while (h.future.length) h = redo(h);
        expect(h.present).toBe(last);
        expect(last).toEqual(lastCopy);
      }),
      { numRuns: RUNS },
    );
  });

  it('are checked without throwing, and the incremental check equals a fresh one', () => {
    fc.assert(
      // Half the time from a draft being written: a decision just added, its texts still empty.
      fc.property(fc.boolean(), fc.array(step.filter((s) => s.kind === 'edit'), { maxLength: 8 }), (writing, steps) => {
        const checker = new DraftChecker();
        const log: string[] = [];
        let pack = start();
        if (writing) pack = applyCommand(pack, addNode(pack, 0, 'choice'));
        checker.check(pack);
        for (const s of steps) {
          if (s.kind !== 'edit') continue;
          const command = s.make(pack);
          log.push(JSON.stringify(command));
          pack = applyCommand(pack, command);
          const ours = checker.check(pack).diagnostics.map((d) => d.message).sort();
          expect(ours, log.join('\n')).toEqual(new DraftChecker().check(pack).diagnostics.map((d) => d.message).sort());
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

describe('a draft saved after every edit', () => {
  it('reads back after a reload equal to the one saved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plain, { maxLength: 10 }), fc.string({ maxLength: 30 }), async (edits, name) => {
        // A fresh database per case: a reload opens it anew.
        const factory = new IDBFactory();
        const open = () => {
          globalThis.indexedDB = factory;
          return new DraftStore(idbBackend());
        };
        let draft: Draft = { ...newDraft('scenario', { id: 'd-1', now: 1, name }), pack: start() };
        const store = open();
        store.save(draft);
        let now = 1;
        for (const make of edits) {
          draft = { ...draft, pack: applyCommand(draft.pack, make(draft.pack)), updatedAt: ++now };
          store.save(draft);
        }
        await store.settled();
        const reloaded = open();
        expect(await reloaded.load('d-1')).toEqual(draft);
        expect((await reloaded.list()).map((d) => d.id)).toEqual(['d-1']);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
