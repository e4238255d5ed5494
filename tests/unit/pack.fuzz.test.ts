import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compile } from '../../src/domain/compile.ts';
import { checkPackText } from '../../src/domain/content-file.ts';
import type { Diagnostic } from '../../src/domain/diagnostics.ts';
import { checkPack, packContent } from '../../src/domain/pack.ts';
import { findNode, type ChoiceNode, type Scenario } from '../../src/domain/scenario.ts';
import { indicatorToAimFor, score } from '../../src/domain/score.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { RECORD_VERSION } from '../../src/storage/records.ts';
import { Repository } from '../../src/storage/repository.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/storage/transfer.ts';
import { LIMITS } from '../../src/domain/text.ts';
import { chainPack } from '../fixtures/large-pack.ts';
import { cpuMs, nearLimits } from '../fixtures/near-limits.ts';
import { packJson, packYaml, shippedPack } from '../fixtures/packs.ts';
import { makeResultRecord, makeRunRecord } from './fakes.ts';

// CI runs 500 cases per property; `npm run fuzz` runs 10,000 (FUZZ_RUNS) and prints the counts.
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
// A checked pack takes a few milliseconds; give the long run room without slowing the short one.
const TIMEOUT = 30_000 + RUNS * 60;

const base = shippedPack('fuzz-pack');
const baseYaml = packYaml(base);
const baseJson = packJson(base);

/**
 * Known bug (see the regression tests at the end): the YAML parser's alias errors are
 * thrown by `doc.toJS()` in src/domain/yaml-source.ts instead of reported. Counted and
 * printed so the long run shows how often it bites; remove once parseYaml reports them.
 */

// ── Texts: anything, JSON, YAML-ish, and a valid pack's own text damaged ─────────────

const KEYS = ['format', 'version', 'id', 'title', 'vi', 'en', 'author', 'rubrics', 'scenarios', 'calibration', 'nodes', 'options', 'next', 'level', 'levels', 'indicators', 'evidence', 'start', 'type', 'samples', '<<', '__proto__', '? x'];
const SCALARS = ['interview-roleplay/pack', '1', '6', '-1', '1.5', 'null', '~', 'true', 'choice', 'branch', 'end', '""', "''", '"\\u0000"', '[]', '{}', '&a x', '*a', '!!str 1', '!!binary aGk=', '!custom x', '|', '>-', '"a\\nb"', 'x # c', "'it''s'", '.inf', '0x1F', '2001-12-14'];
const yamlLine = fc
  .tuple(fc.nat({ max: 6 }), fc.constantFrom(...KEYS), fc.constantFrom(...SCALARS), fc.constantFrom('', '- ', '? ', '  '))
  .map(([indent, key, value, lead]) => `${' '.repeat(indent)}${lead}${key}: ${value}`);
const yamlToken = fc.constantFrom('---', '...', '%YAML 1.2', '%TAG ! tag:x,2000:', '# comment', '- ', '[', ']', '{', '}', ',', ':', '\t', '&a', '*a', '!!map', '- &b {a: *b}', 'key: [a, {b: c}]', '  - - x');
const yamlish = fc.array(fc.oneof(yamlLine, yamlToken, fc.string({ maxLength: 12 })), { maxLength: 30 }).map((lines) => lines.join('\n'));

/** One line-level edit of a text: the damage a hand edit or a bad copy does. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(text: string, e: Edit): string {
  const lines = text.split('\n');
  const i = e.at % lines.length;
  switch (e.kind) {
    case 'delete':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'swap': {
      const j = e.with % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, e.at % (text.length + 1));
    case 'duplicate': {
      // A key line repeated at the same indent is a duplicated key; any other line, a repeated item.
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'bytes': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.bytes + text.slice(at);
    }
    case 'indent':
      lines[i] = e.by >= 0 ? ' '.repeat(e.by) + lines[i] : lines[i]!.slice(-e.by);
      return lines.join('\n');
  }
}

const damaged = fc
  .tuple(fc.constantFrom(baseYaml, baseJson), fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => edits.reduce(applyEdit, text));

const anyText = fc.oneof(
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.json(), weight: 2 },
  { arbitrary: yamlish, weight: 3 },
  { arbitrary: damaged, weight: 3 },
);

function expectWellFormed(diagnostics: readonly Diagnostic[], file: string, text: string) {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(Number.isInteger(d.line) && d.line >= 0 && d.line <= lines + 1, `line ${d.line} of ${lines}`).toBe(true);
    expect(typeof d.message === 'string' && d.message.trim().length > 0, `message of ${JSON.stringify(d)}`).toBe(true);
    expect(typeof d.code === 'string' && d.code.length > 0).toBe(true);
    expect(typeof d.path).toBe('string');
  }
}

// ── Packs: a valid pack object with structured damage ────────────────────────────────

type Path = (string | number)[];
type Json = unknown;

interface Place {
  path: Path;
  value: Json;
}

/** Every place inside a value, parents before children. */
function placesOf(value: Json, at: Path = [], into: Place[] = []): Place[] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
      const path = [...at, k];
      into.push({ path, value: v });
      placesOf(v, path, into);
    }
  }
  return into;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((v, k) => (v as Record<string | number, Json>)?.[k], root);
}

function setAt(root: Json, path: Path, value: Json) {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1)!] = value;
}

const nth = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
const last = (p: Path) => p.at(-1);
const parentKey = (p: Path) => p.at(-2);

/** One structured change to a pack. Indexes pick among what exists when it is applied. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('next' as const),
    at: fc.nat(),
    to: fc.nat(),
    // Back makes a cycle, which the linter's path walk spends seconds on: rare, so a run of 500 stays quick.
    toward: fc.oneof({ arbitrary: fc.constant('later' as const), weight: 80 }, { arbitrary: fc.constant('nowhere' as const), weight: 8 }, { arbitrary: fc.constant('back' as const), weight: 1 }),
  }),
  fc.record({ kind: fc.constant('level' as const), at: fc.nat(), level: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 6, -1, 2.5)) }),
  fc.record({ kind: fc.constant('indicator' as const), at: fc.nat(), to: fc.nat(), stray: fc.boolean() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(pack: Json, m: Mutation): void {
  const places = placesOf(pack);
  const paths = places.map((p) => p.path);
  const strings = (pred: (p: Path) => boolean) => places.filter((p) => typeof p.value === 'string' && pred(p.path)).map((p) => p.path);
  switch (m.kind) {
    case 'set': {
      const p = nth(paths, m.at);
      if (p) setAt(pack, p, m.value);
      return;
    }
    case 'delete': {
      const p = nth(paths, m.at);
      if (!p) return;
      const parent = getAt(pack, p.slice(0, -1));
      if (Array.isArray(parent)) parent.splice(last(p) as number, 1);
      else delete (parent as Record<string, Json>)[last(p) as string];
      return;
    }
    case 'duplicate': {
      const p = nth(paths.filter((q) => typeof last(q) === 'number'), m.at);
      if (!p) return;
      const parent = getAt(pack, p.slice(0, -1)) as Json[];
      parent.splice(last(p) as number, 0, structuredClone(parent[last(p) as number]));
      return;
    }
    case 'next': {
      // A `next` or `start` pointed at another node of the same scenario (listed later, or
      // not: back to itself or an earlier one), or at none.
      const p = nth(strings((q) => last(q) === 'next' || (last(q) === 'start' && q.length === 3)), m.at);
      if (!p) return;
      const nodes = getAt(pack, [...p.slice(0, 2), 'nodes']);
      const from = typeof p[3] === 'number' ? p[3] : -1;
      const ids = (Array.isArray(nodes) ? nodes : [])
        .map((n, i) => [i, (n as { id?: unknown })?.id] as const)
        .filter(([i, id]) => typeof id === 'string' && (m.toward === 'back' ? i <= from : i > from))
        .map(([, id]) => id);
      setAt(pack, p, m.toward === 'nowhere' ? `nowhere-${m.to % 3}` : (nth(ids, m.to) ?? 'nowhere'));
      return;
    }
    case 'level': {
      const p = nth(paths.filter((q) => ['level', 'difficulty', 'atLeast', 'atMost'].includes(last(q) as string)), m.at);
      if (p) setAt(pack, p, m.level);
      return;
    }
    case 'indicator': {
      // An indicator id renamed where it is defined, or a reference to one swapped for another.
      const defined = strings((q) => last(q) === 'id' && q[q.length - 3] === 'indicators');
      const refs = strings((q) => typeof last(q) === 'number' && ['indicators', 'shows', 'lacks'].includes(parentKey(q) as string));
      const p = nth([...defined, ...refs], m.at);
      if (!p) return;
      const known = defined.map((q) => getAt(pack, q) as string);
      setAt(pack, p, m.stray ? `x.${m.to % 7}` : (nth(known, m.to) ?? 'x'));
      return;
    }
  }
}

/** The pack with its calibration set alone: the same envelope and records, no scenario to lint. */
const setsOnly = { ...base, scenarios: [] };

const damagedPack = ({ cycles, from = fc.constant(base) }: { cycles: boolean; from?: fc.Arbitrary<Json> }) =>
  fc.tuple(from, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([start, ms]) => {
    const pack = structuredClone(start);
    for (const m of ms) if (cycles || m.kind !== 'next' || m.toward !== 'back') mutate(pack, m);
    return pack;
  });

/** Edges of a scenario's graph: where each node can go next. */
const nextOf = (scenario: Scenario, id: string): string[] => {
  const node = findNode(scenario, id);
  if (node?.type === 'choice') return node.options.map((o) => o.next);
  if (node?.type === 'branch') return node.branches.map((b) => b.next);
  return [];
};

/** A cycle made of branch nodes alone: the machine's eventless transitions would never settle. */
function branchCycle(scenario: Scenario): string[] | undefined {
  const branches = scenario.nodes.filter((n) => n.type === 'branch').map((n) => n.id);
  const isBranch = (id: string) => branches.includes(id);
  for (const startId of branches) {
    const stack: string[][] = [[startId]];
    while (stack.length) {
      const path = stack.pop()!;
      for (const next of nextOf(scenario, path.at(-1)!).filter(isBranch)) {
        if (next === startId) return [...path, next];
        if (!path.includes(next)) stack.push([...path, next]);
      }
    }
  }
  return undefined;
}

/** Steps from each node to the nearest end, over every edge. */
function distanceToEnd(scenario: Scenario): Map<string, number> {
  const dist = new Map(scenario.nodes.filter((n) => n.type === 'end').map((n) => [n.id, 0]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of scenario.nodes) {
      const via = Math.min(Infinity, ...nextOf(scenario, node.id).map((id) => dist.get(id) ?? Infinity));
      if (via + 1 < (dist.get(node.id) ?? Infinity)) {
        dist.set(node.id, via + 1);
        grew = true;
      }
    }
  }
  return dist;
}

const MAX_STEPS = 60;

/**
 * Plays a compiled scenario choosing with `pick` at each decision. Between events the
 * run must rest at a decision point or be done: never on a branch or an unknown node.
 */
function play(scenario: Scenario, pick: (node: ChoiceNode) => string) {
  const actor = createActor(compile(scenario)).start();
  try {
    for (let step = 0; step < MAX_STEPS; step++) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'done') return snapshot.output!;
      expect(snapshot.status).toBe('active');
      const node = findNode(scenario, String(snapshot.value));
      expect(node?.type, `the run rests at "${String(snapshot.value)}"`).toBe('choice');
      if (node?.type !== 'choice') return undefined;
      const answered = snapshot.context.answers.length;
      actor.send({ type: 'CHOOSE', optionId: pick(node), at: 0 });
      expect(actor.getSnapshot().context.answers.length).toBe(answered + 1);
    }
    return undefined;
  } finally {
    actor.stop();
  }
}

// ── Storage: an export file carrying a pack record ───────────────────────────────────

// `source` is the file's text as imported; storage keeps it as it is, so a stand-in will do.
const packRecord = (pack: Json, id: string) => ({ v: RECORD_VERSION, kind: 'pack', id, importedAt: 5, file: `${id}.pack.json`, source: `the text of ${id}.pack.json`, pack });

// The stored pack's scenario and set ids differ from the fuzzed pack's, so a fuzzed pack can be imported beside it.
const teamPack = shippedPack('team-pack') as { scenarios: { id: string }[]; calibration: { id: string }[]; rubrics: { id: string; name: { vi: string; en: string } }[] };
teamPack.scenarios[0]!.id = 'team-clashing-appointments';
teamPack.calibration[0]!.id = 'team-cal-s08-q1';
const teamOwner = { name: 'the pack “team-pack”', pack: 'team-pack' };
const teamPackIds = {
  scenarios: new Map(teamPack.scenarios.map((s) => [s.id, teamOwner])),
  calibration: new Map(teamPack.calibration.map((c) => [c.id, teamOwner])),
  rubrics: new Map(teamPack.rubrics.map((r) => [r.id, { ...teamOwner, title: r.name }])),
};

const stored: [string, unknown][] = [
  ['result/r1', makeResultRecord({ id: 'r1' })],
  ['run/coffee-chat', makeRunRecord()],
  ['pack/team-pack', packRecord(teamPack, 'team-pack')],
];

const exportFile = fc
  .record({
    // Cycles are the linter's business (the property above); here they would only cost time.
    pack: fc.oneof(
      { arbitrary: damagedPack({ cycles: false, from: fc.constantFrom(base, setsOnly) }), weight: 4 },
      { arbitrary: fc.constantFrom(base, setsOnly).map((p) => structuredClone(p)), weight: 1 },
    ),
    // Damage to the record around the pack too: its envelope, or a key that does not match.
    envelope: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 6 },
      { arbitrary: fc.record({ field: fc.constantFrom('v', 'kind', 'id', 'importedAt', 'file', 'source', 'pack'), value: fc.jsonValue({ maxDepth: 1 }) }), weight: 1 },
    ),
    key: fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: fc.constantFrom('pack/other', 'pack/', 'pack/team-pack', 'packs/fuzz-pack'), weight: 1 }),
    // A good record beside it: refused files must not write it either.
    companion: fc.boolean(),
  })
  .map(({ pack, envelope, key, companion }) => {
    const id = typeof (pack as { id?: unknown })?.id === 'string' ? ((pack as { id: string }).id) : 'fuzz-pack';
    const record: Record<string, unknown> = packRecord(pack, id);
    if (envelope) record[envelope.field] = envelope.value;
    const records: { key: string; value: unknown }[] = [{ key: key ?? `pack/${id}`, value: record }];
    if (companion) records.push({ key: 'result/r2', value: makeResultRecord({ id: 'r2' }) });
    return { text: JSON.stringify({ format: EXPORT_FORMAT, v: EXPORT_VERSION, exportedAt: 1, records }), key: records[0]!.key, pack, intact: !envelope && !key };
  });

describe('importing packs, fuzzed', () => {
  it(`checkPackText reports any text as a pack or as diagnostics with file, line and message, never throwing (${RUNS} cases)`, () => {
    const seen = { runs: 0, ok: 0, refused: 0 };
    fc.assert(
      fc.property(anyText, fc.constantFrom('team.pack.yaml', 'team.pack.json'), (text, file) => {
        seen.runs++;
        const checked = checkPackText(text, file);
        if (checked.ok) {
          seen.ok++;
          expectWellFormed(checked.warnings, file, text);
        } else {
          seen.refused++;
          expect(checked.diagnostics.length).toBeGreaterThan(0);
          expectWellFormed(checked.diagnostics, file, text);
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.runs).toBeGreaterThanOrEqual(RUNS);
    console.log(`fuzzed pack text: ${seen.runs} cases (${seen.ok} accepted, ${seen.refused} refused)`);
  }, TIMEOUT);

  it(`checkPack never throws on a damaged pack, and what it accepts compiles and plays to an end by the first option, the last and others (${RUNS} cases)`, () => {
    const seen = { runs: 0, ok: 0, played: 0, looped: 0 };
    fc.assert(
      fc.property(damagedPack({ cycles: true }), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (pack, picks) => {
        seen.runs++;
        const checked = checkPack(pack);
        if (!checked.ok) {
          expect(checked.findings.length).toBeGreaterThan(0);
          expect(checked.findings.every((f) => f.message.trim().length > 0)).toBe(true);
          return;
        }
        seen.ok++;
        const content = packContent(checked.value);
        expect([...content.scenarios.keys()]).toEqual(checked.value.scenarios.map((s) => s.id));
        expect(content.entries).toHaveLength(checked.value.scenarios.length);
        expect(content.calibrationEntries).toHaveLength(checked.value.calibration.length);
        for (const [i, scenario] of checked.value.scenarios.entries()) {
          const module = content.scenarios.get(scenario.id)!;
          const rubrics = new Map(module.rubrics.map((r) => [r.id, r]));
          for (const node of scenario.nodes) if (node.type === 'choice') indicatorToAimFor(node, rubrics);
          // A loop through branch nodes alone would spin the machine forever: the linter refuses it.
          expect(branchCycle(scenario), `scenario ${scenario.id} has a loop of branches`).toBeUndefined();
          // Always the first option, always the last, and a path of the fuzzer's choosing.
          let step = 0;
          const policies = [(n: ChoiceNode) => n.options[0]!.id, (n: ChoiceNode) => n.options.at(-1)!.id, (n: ChoiceNode) => n.options[picks[step++ % picks.length]! % n.options.length]!.id];
          for (const policy of policies) {
            let output = play(scenario, policy);
            if (!output) {
              // A choice may lead round a cycle with an exit: the linter allows that with a
              // warning. The run must still be able to end, heading for the nearest end.
              seen.looped++;
              expect(checked.warnings.some((w) => w.code === 'paths-truncated' && w.path.startsWith(`scenarios.${i}`))).toBe(true);
              const dist = distanceToEnd(scenario);
              output = play(scenario, (node) => node.options.reduce((a, b) => ((dist.get(b.next) ?? Infinity) < (dist.get(a.next) ?? Infinity) ? b : a)).id);
            }
            expect(output, `scenario ${scenario.id} reached an end`).toBeDefined();
            for (const s of score(output!.answers, rubrics, scenario.competencies)) {
              if (s.result) expect([1, 2, 3, 4, 5]).toContain(s.result.level);
            }
          }
          seen.played++;
        }
      }),
      { numRuns: RUNS },
    );
    // The property says something only if some damaged packs still pass.
    expect(seen.ok).toBeGreaterThan(0);
    console.log(`fuzzed pack objects: ${seen.runs} cases (${seen.ok} accepted, ${seen.played} scenarios played to an end three ways, ${seen.looped} runs by the nearest end after looping)`);
  }, TIMEOUT);

  it(`an export file with a fuzzed pack is imported whole and reads back clean, or refused changing nothing stored (${RUNS} cases)`, async () => {
    const seen = { runs: 0, ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(exportFile, async ({ text, key, pack, intact }) => {
        seen.runs++;
        const backend = memoryBackend(structuredClone(stored));
        const repository = new Repository(backend, [], () => 1);
        const before = JSON.stringify(await backend.entries());
        const outcome = await repository.importFile(text, 'fuzz.json');
        const after = await backend.entries();
        // The full check as on import: the stored pack's ids are taken, unless the file brings that pack itself.
        const id = (pack as { id?: unknown })?.id;
        const checked = checkPack(pack, id === 'team-pack' ? undefined : teamPackIds);
        // A file whose record is intact is refused exactly when its pack fails the full check.
        if (intact) expect(outcome.ok).toBe(checked.ok);
        if (!outcome.ok) {
          seen.refused++;
          expect(outcome.problems.length).toBeGreaterThan(0);
          expect(outcome.problems.every((p) => typeof p.code === 'string')).toBe(true);
          expect(JSON.stringify(after)).toBe(before);
          expect(repository.notices).toEqual([]);
          return;
        }
        seen.ok++;
        // What was stored stays as it was: an import adds, it never overwrites a pack.
        const entries = new Map(after);
        for (const [k, value] of stored) expect(entries.get(k)).toEqual(value);
        const packs = await repository.listPacks();
        expect(repository.notices).toEqual([]);
        expect(new Map(await backend.entries()).size).toBe(entries.size);
        expect(packs.map((p) => p.id)).toContain('team-pack');
        if (stored.some(([k]) => k === key)) return;
        expect(checked.ok).toBe(true);
        const read = packs.find((p) => `pack/${p.id}` === key);
        expect(read?.pack, 'the imported pack reads back as checked').toEqual(checked.ok && checked.value);
      }),
      { numRuns: RUNS },
    );
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
    console.log(`fuzzed pack import through storage: ${seen.runs} cases (${seen.ok} imported, ${seen.refused} refused)`);
  }, TIMEOUT);
});

/** What the fuzzing found in src/, fixed, and kept as regression tests. */
describe('bugs found by fuzzing pack import', () => {
  const file = 'team.pack.yaml';

  it('a YAML alias to no anchor is reported as a diagnostic on its line, not thrown', () => {
    const text = baseYaml.replace(/^author: .*$/m, 'author: *TBD');
    const checked = checkPackText(text, file);
    const line = text.split('\n').findIndex((l) => l === 'author: *TBD') + 1;
    expect(checked).toMatchObject({ ok: false, diagnostics: [{ code: 'yaml-syntax', file, line, message: expect.stringContaining('Unresolved alias') }] });
  });

  it('a pack that uses one YAML anchor a hundred times is checked, not thrown', () => {
    let n = 0;
    const anchored = baseYaml.replace(/speaker: interviewer/g, () => (n++ === 0 ? 'speaker: &i interviewer' : 'speaker: *i'));
    expect(checkPackText(anchored, file).ok).toBe(true);
    // The aliases come after the anchor, at the end; `notes` is no key of a pack, to be reported.
    const text = `${anchored.trimEnd()}\nnotes: [${Array(100).fill('*i').join(', ')}]\n`;
    const checked = checkPackText(text, file);
    expect(!checked.ok && checked.diagnostics.map((d) => d.path)).toContain('notes');
  });

  /** The shipped scenario with its branch looping on itself, or through a second branch, when S08 is at 2 or below. */
  function branchLoop(through: 'itself' | 'another branch') {
    const pack = structuredClone(base) as { scenarios: { nodes: Record<string, unknown>[] }[] };
    const nodes = pack.scenarios[0]!.nodes;
    const branch = nodes.find((n) => n.type === 'branch') as { id: string; branches: { next: string }[] };
    const lowRoute = branch.branches[1]!.next;
    branch.branches[1]!.next = through === 'itself' ? branch.id : 'loop';
    if (through === 'another branch') {
      nodes.push({ type: 'branch', id: 'loop', branches: [{ if: { competency: 's08', atMost: 2 }, next: branch.id }, { next: branch.branches[2]!.next }] });
    }
    // The node the low route led to stays reachable from the first decision's strongest option.
    const first = nodes[0] as { options: { next: string; evidence: { level: number }[] }[] };
    const level = (o: (typeof first.options)[number]) => Math.max(...o.evidence.map((e) => e.level));
    first.options.reduce((a, b) => (level(b) > level(a) ? b : a)).next = lowRoute;
    return pack;
  }

  it.each(['itself', 'another branch'] as const)('a scenario whose branches loop through %s is refused (the run would spin or stall)', (through) => {
    const checked = checkPack(branchLoop(through));
    expect(checked.ok || checked.findings.map((f) => f.code)).toContain('branch-loop');
  });

  it('an export file cannot bring a pack whose scenario ids a stored pack already uses', async () => {
    const backend = memoryBackend(structuredClone(stored));
    const repository = new Repository(backend, [], () => 1);
    // Another pack id, the same scenario and set ids as the stored team-pack.
    const text = JSON.stringify({ format: EXPORT_FORMAT, v: EXPORT_VERSION, exportedAt: 1, records: [{ key: 'pack/copy', value: packRecord({ ...structuredClone(teamPack), id: 'copy' }, 'copy') }] });
    const outcome = await repository.importFile(text, 'fuzz.json');
    expect(outcome.ok).toBe(false);
  });
});

describe('packs up to the limits, fuzzed', () => {
  // Issue 14's goal: any pack up to the limits is refused or previewed within 3 s of CPU. What follows the parse (schema,
  // references, lint, the path walks sharing one budget) is held to two thirds of it; the whole check, parse included, in
  // JSON and YAML, is tests/unit/pack-limits.fuzz.test.ts.
  const BUDGET_MS = 2_000;
  // Chains up to the nodes limit and texts up to the line limit (fixtures/near-limits.ts), as many scenarios as fit the file size.
  it('is checked past its parse within the budget at any size up to the limits (8 cases)', () => {
    const seen: string[] = [];
    fc.assert(
      fc.property(nearLimits, ({ decisions, textLength }) => {
        const one = JSON.stringify(chainPack(1, decisions, { textLength })).length;
        const scenarios = Math.max(1, Math.min(LIMITS.scenarios, Math.floor(LIMITS.fileBytes / one)));
        const data = chainPack(scenarios, decisions, { textLength });
        const started = cpuMs();
        const checked = checkPack(data);
        const spent = cpuMs() - started;
        seen.push(`${scenarios} × ${decisions}, texts of ${textLength}: ${spent.toFixed(0)} ms ${checked.ok ? 'previewed' : 'refused'}`);
        expect(spent, `${scenarios} scenarios of ${decisions} decisions, texts of ${textLength}`).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 8 },
    );
    console.log(`packs near the limits, checked past the parse:\n${seen.join('\n')}`);
  }, 120_000);
});
