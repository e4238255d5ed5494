import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../../tests/unit/fakes.ts';
import { closingEnds, decisionPoints, letter } from './order.ts';

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
