import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { lintScenario } from './lint.ts';
import { LINT_CODES, type LintCode } from './lint-codes.ts';
import type { ChoiceNode, Scenario } from './scenario.ts';

const { scenario: valid } = loadFixture();

/** A copy of the valid fixture with one change made to it. */
function edit(change: (s: Scenario, node: (id: string) => ChoiceNode) => void): Scenario {
  const s = structuredClone(valid);
  change(s, (id) => s.nodes.find((n) => n.id === id) as ChoiceNode);
  return s;
}

const codes = (s: Scenario) => lintScenario(s).map((f) => f.code);

it('finds nothing in the valid fixture', () => {
  expect(lintScenario(valid)).toEqual([]);
});

// One case per code: the smallest change that should trigger it, and the path it must point at.
const cases: [LintCode, (s: Scenario, node: (id: string) => ChoiceNode) => void, string][] = [
  ['unreachable-node', (s) => s.nodes.push({ type: 'end', id: 'orphan', lines: [] }), 'nodes.7.id'],
  ['no-way-on', (_, node) => node('fourth').options.forEach((o) => (o.next = 'fourth')), 'nodes.5.id'],
  ['cycle-without-exit', (_, node) => {
    node('third').options.forEach((o) => (o.next = 'fourth'));
    node('fourth').options.forEach((o) => (o.next = 'third'));
  }, 'nodes.4.id'],
  ['single-level', (_, node) => node('first').options.forEach((o) => (o.evidence[0]!.level = 3)), 'nodes.0.options'],
  ['narrow-spread', (_, node) => (node('first').options[0]!.evidence[0]!.level = 2), 'nodes.0.options'],
  ['no-high-path', (s) => s.nodes.forEach((n) => n.type === 'choice' && (n.difficulty = 3)), 'competencies.0'],
  ['no-low-path', (s) => s.nodes.forEach((n) => n.type === 'choice' && n.options.forEach((o) => o.evidence[0]!.level < 3 && (o.evidence[0]!.level = 3))), 'competencies.0'],
  ['too-few-decisions', (_, node) => node('third').options.forEach((o) => (o.next = 'end')), 'start'],
  ['line-too-long', (_, node) => (node('first').lines[0]!.text.en = 'So '.repeat(140)), 'nodes.0.lines.0.text.en'],
  ['untranslated', (_, node) => (node('first').lines[0]!.text.vi = node('first').lines[0]!.text.en = 'What would you do in my place, honestly?'), 'nodes.0.lines.0.text'],
  ['length-cue', (_, node) => (node('first').options[1]!.text.en = 'Ask each one what they need from the meeting first'), 'nodes.0.options.1.text.en'],
  ['ordered-options', (_, node) => node('first').options.forEach((o, i) => (o.evidence[0]!.level = ([1, 2, 4] as const)[i]!)), 'nodes.0.options'],
  ['branch-loop', (s) => {
    const route = s.nodes.find((n) => n.id === 'route');
    if (route?.type === 'branch') route.branches[0]!.next = 'route';
  }, 'nodes.1.branches'],
];

describe.each(cases)('%s', (code, change, path) => {
  it(`is reported with its path and severity (${LINT_CODES[code].id})`, () => {
    const found = lintScenario(edit(change)).filter((f) => f.code === code);
    expect(found.map((f) => f.path)).toContain(path);
    expect(found.every((f) => f.severity === LINT_CODES[code].severity && f.message.startsWith(`${path}:`) || f.path !== path)).toBe(true);
  });
});

it('has a case above for every code but truncation, tested below, and the cues (cues.test.ts)', () => {
  expect(Object.keys(LINT_CODES).filter((c) => !cases.some(([k]) => k === c))).toEqual(['paths-truncated', 'length-strategy', 'surface-cue', 'library-length-strategy']);
});

it('reports a partial check when a cycle with an exit lets runs go on without end', () => {
  const looping = edit((_, node) => (node('fourth').options[2]!.next = 'third'));
  const found = lintScenario(looping);
  expect(found.map((f) => f.code)).toEqual(['paths-truncated']);
  expect(found[0]!.severity).toBe('warning');
});

it('checks a long scenario exactly, in states rather than paths', () => {
  // Eleven more decision points of three options: 3^15 paths, a few hundred states.
  const long = edit((s) => {
    const chain = Array.from({ length: 11 }, (_, i) => `extra${i}`);
    const fourth = s.nodes.find((n) => n.id === 'fourth') as ChoiceNode;
    fourth.options.forEach((o) => (o.next = chain[0]!));
    chain.forEach((id, i) =>
      s.nodes.push({ ...structuredClone(fourth), id, options: fourth.options.map((o) => ({ ...structuredClone(o), next: chain[i + 1] ?? 'end' })) }),
    );
  });
  expect(codes(long)).toEqual([]);
});

it('leaves the caps to the scoring rule: level 5 only counts at difficulty 5', () => {
  const capped = edit((_, node) => (node('hard').difficulty = 4));
  const found = lintScenario(capped);
  expect(found.map((f) => f.code)).not.toContain('no-high-path'); // 4 is still reachable
});

it('does not claim that no path reaches a level when the walk over the paths was cut short', () => {
  // Forty more decision points in a row: every path is longer than the walk follows.
  const long = edit((s, node) => {
    const third = node('third');
    const copies = Array.from({ length: 40 }, (_, i) => ({ ...structuredClone(third), id: `third-${i}` }));
    copies.forEach((c, i) => c.options.forEach((o) => (o.next = i + 1 < copies.length ? `third-${i + 1}` : o.next)));
    third.options.forEach((o) => (o.next = 'third-0'));
    s.nodes.push(...copies);
  });
  expect(codes(long)).toEqual(['paths-truncated']);
});

it('refuses branches that loop through another branch without a decision point', () => {
  const looped = edit((s) => {
    const route = s.nodes.find((n) => n.id === 'route');
    if (route?.type !== 'branch') return;
    s.nodes.push({ type: 'branch', id: 'back', branches: [{ if: { competency: 'mini', atMost: 2 }, next: 'route' }, { next: route.branches[0]!.next }] });
    route.branches[0]!.next = 'back';
  });
  expect(lintScenario(looped).filter((f) => f.code === 'branch-loop').map((f) => f.path)).toEqual(['nodes.1.branches', 'nodes.7.branches']);
});
