import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../../tests/unit/fakes.ts';
import { closingEnds, decisionPoints, destinations, letter } from './order.ts';

const ids = (s: ReturnType<typeof makeScenario>) => decisionPoints(s).map((n) => n.id);

describe('decision points on a handout', () => {
  it('lists choices breadth-first from the start, following options and branches in authored order', () => {
    expect(ids(makeScenario())).toEqual(['open', 'follow', 'stakes', 'retry']);
  });

  it('does not depend on where nodes sit in the file', () => {
    const s = makeScenario();
    expect(ids({ ...s, nodes: s.nodes.toReversed() })).toEqual(['open', 'follow', 'stakes', 'retry']);
  });

  it('keeps branch order: the otherwise case after the guarded one', () => {
    const s = makeScenario();
    const nodes = s.nodes.map((n) => (n.type === 'branch' ? { ...n, branches: [{ if: { competency: 's08', atMost: 2 as const }, next: 'retry' }, { next: 'stakes' }] } : n));
    expect(ids({ ...s, nodes })).toEqual(['open', 'follow', 'retry', 'stakes']);
  });

  it('puts a decision point no path reaches last, and leaves out branches and ends', () => {
    const s = makeScenario();
    const orphan = { ...(s.nodes[0] as Extract<(typeof s.nodes)[number], { type: 'choice' }>), id: 'orphan' };
    expect(ids({ ...s, nodes: [orphan, ...s.nodes] })).toEqual(['open', 'follow', 'stakes', 'retry', 'orphan']);
  });

  it('closes with the ends that say something', () => {
    const s = makeScenario();
    expect(closingEnds(s).map((n) => n.id)).toEqual(['end']);
    expect(closingEnds({ ...s, nodes: s.nodes.map((n) => (n.type === 'end' ? { ...n, lines: [] } : n)) })).toEqual([]);
  });

  it('letters options A to I', () => {
    expect([0, 1, 2, 8].map(letter)).toEqual(['A', 'B', 'C', 'I']);
  });
});

describe('where an option leads on paper', () => {
  it('names the decision point by its number on the sheet', () => {
    // open 1, follow 2, stakes 3, retry 4.
    expect(destinations(makeScenario(), 'follow')).toEqual([{ to: { kind: 'decision', number: 2 } }]);
  });

  it('past a branch, gives each way with the guard that takes it', () => {
    expect(destinations(makeScenario(), 'route')).toEqual([
      { to: { kind: 'decision', number: 3 }, guard: { competency: 's08', atLeast: 4 } },
      { to: { kind: 'decision', number: 4 } },
    ]);
  });

  it('numbers the ends only when the sheet closes with more than one', () => {
    const s = makeScenario();
    expect(destinations(s, 'end')).toEqual([{ to: { kind: 'end' } }]);
    const two = { ...s, nodes: [...s.nodes, { type: 'end' as const, id: 'walk-out', lines: s.nodes.find((n) => n.type === 'end')!.lines }] };
    expect(destinations(two, 'walk-out')).toEqual([{ to: { kind: 'end', number: 2 } }]);
  });

  it('stops at a loop of branches and an unknown node', () => {
    const s = makeScenario();
    const loop = { ...s, nodes: [...s.nodes, { type: 'branch' as const, id: 'x', branches: [{ next: 'x' }] }] };
    expect(destinations(loop, 'x')).toEqual([]);
    expect(destinations(s, 'nowhere')).toEqual([]);
  });
});
