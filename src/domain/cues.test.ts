import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { CUE_BOUNDS, cueFigures, cueProblem, lengthFigures, lengthProblems, SURFACE_CUES, visibleLength } from './cues.ts';
import { lintLibrary, lintScenario } from './lint.ts';
import { optionLevel, type ChoiceNode, type Scenario } from './scenario.ts';

const { scenario: valid } = loadFixture();

/** The valid fixture lengthened to `extra` more decision points, copies of its last one. */
function longer(extra: number): Scenario {
  const s = structuredClone(valid);
  const fourth = s.nodes.find((n) => n.id === 'fourth') as ChoiceNode;
  const chain = Array.from({ length: extra }, (_, i) => `extra${i}`);
  fourth.options.forEach((o) => (o.next = chain[0] ?? 'end'));
  chain.forEach((id, i) => s.nodes.push({ ...structuredClone(fourth), id, options: fourth.options.map((o) => ({ ...structuredClone(o), next: chain[i + 1] ?? 'end' })) }));
  return s;
}

/** Every option's text made as long as its level says: the cue at its plainest. */
function lengthByLevel(s: Scenario): Scenario {
  for (const node of s.nodes) {
    if (node.type !== 'choice') continue;
    for (const o of node.options) {
      const level = optionLevel(o);
      o.text = { vi: 'Dạ '.repeat(level).trim(), en: 'well '.repeat(level).trim() };
    }
  }
  return s;
}

const choices = (s: Scenario) => s.nodes.filter((n): n is ChoiceNode => n.type === 'choice');

describe('lengthFigures', () => {
  it('scores the longest, the shortest and a random response over every decision point', () => {
    const s = lengthByLevel(longer(2));
    const f = lengthFigures([s], 'en');
    const levels = choices(s).map((n) => n.options.map(optionLevel));
    expect(f.decisions).toBe(7);
    expect(f.longest).toBeCloseTo(levels.reduce((a, l) => a + Math.max(...l), 0) / 7);
    expect(f.shortest).toBeCloseTo(levels.reduce((a, l) => a + Math.min(...l), 0) / 7);
    expect(f.random).toBeCloseTo(levels.reduce((a, l) => a + l.reduce((x, y) => x + y, 0) / l.length, 0) / 7);
    expect(f.longestIsStrongest).toBe(1);
  });

  it('lets a tie for the longest share its levels, so a tie cannot hide the cue', () => {
    const s = longer(2);
    for (const node of choices(s)) node.options.forEach((o) => (o.text.en = 'same length'));
    const f = lengthFigures([s], 'en');
    expect(f.longest).toBeCloseTo(f.random);
    expect(f.shortest).toBeCloseTo(f.random);
    expect(f.longestIsStrongest).toBeCloseTo(f.randomIsStrongest);
    expect(lengthProblems(f)).toEqual([]);
  });

  it('finds a cue moved one place down the lengths: the strongest always the second longest', () => {
    const s = longer(30);
    for (const node of choices(s)) {
      const levels = node.options.map(optionLevel);
      const top = Math.max(...levels);
      // The strongest second longest, every other option around it.
      const longestWeak = levels.findIndex((l) => l !== top);
      node.options.forEach((o, i) => (o.text.en = 'x'.repeat(levels[i] === top ? 20 : i === longestWeak ? 30 : 10 - i)));
    }
    const f = lengthFigures([s], 'en');
    const second = f.ranks.find((r) => r.rank === 'second longest')!;
    expect(second.strongest).toBeGreaterThan(0.8); // ties at the top share it
    expect(f.longestIsStrongest).toBe(0);
    expect(lengthProblems(f).filter((p) => p.includes('second'))).toEqual([]); // a scenario is held to the ends only
    expect(lengthProblems(f, { everyRank: true })).toEqual(expect.arrayContaining([expect.stringContaining('second longest response is the strongest at 100%')]));
  });

  it('counts characters as a reader sees them', () => {
    expect(visibleLength('  Dạ,   em  hiểu ')).toBe('Dạ, em hiểu'.length);
  });
});

describe('lengthProblems', () => {
  const base = { decisions: 20, random: 2.9, randomIsStrongest: 0.22, ranks: [] };
  it.each([
    [{ longest: 3.2, shortest: 2.6, longestIsStrongest: 0.3 }, 0],
    [{ longest: 3.21, shortest: 2.9, longestIsStrongest: 0.2 }, 1],
    [{ longest: 2.9, shortest: 2.59, longestIsStrongest: 0.2 }, 1],
    [{ longest: 2.9, shortest: 2.9, longestIsStrongest: 0.31 }, 1],
    [{ longest: 3.8, shortest: 1.8, longestIsStrongest: 0.47 }, 3],
  ])('%j breaks %i bound(s)', (figures, count) => {
    expect(lengthProblems({ ...base, ...figures })).toHaveLength(count);
  });

  it(`gives no verdict on fewer than ${CUE_BOUNDS.minDecisions} decisions`, () => {
    expect(lengthProblems({ ...base, decisions: CUE_BOUNDS.minDecisions - 1, longest: 5, shortest: 1, longestIsStrongest: 1 })).toEqual([]);
  });
});

describe('the linter', () => {
  it('warns on a scenario whose longest responses are its strongest, in the language that shows it', () => {
    const s = lengthByLevel(longer(2));
    s.nodes.forEach((n) => n.type === 'choice' && n.options.forEach((o) => (o.text.vi = 'như nhau')));
    const found = lintScenario(s).filter((f) => f.code === 'length-strategy');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'warning' && f.message.includes('en:'))).toBe(true);
  });

  it('finds nothing in the fixture lengthened without a cue', () => {
    expect(lintScenario(longer(2)).map((f) => f.code)).toEqual([]);
  });

  it('warns when a polite opener marks the strong responses', () => {
    const s = longer(2);
    for (const node of choices(s)) {
      const top = Math.max(...node.options.map(optionLevel));
      for (const o of node.options) if (optionLevel(o) === top) o.text.vi = `Dạ, ${o.text.vi}`;
    }
    const found = lintScenario(s).filter((f) => f.code === 'surface-cue');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('vi: choosing a polite opener')]);
  });

  it('fails the shipped library and only warns a pack when length gives levels away over all its scenarios', () => {
    const cued = lengthByLevel(longer(10));
    expect(lintLibrary([cued, cued], 'error').every((f) => f.code === 'library-length-strategy' && f.severity === 'error')).toBe(true);
    expect(lintLibrary([cued, cued], 'error').length).toBeGreaterThan(0);
    expect(lintLibrary([cued], 'warning').every((f) => f.severity === 'warning')).toBe(true);
    expect(lintLibrary([lengthByLevel(longer(2))], 'error')).toEqual([]); // seven decisions: too few to judge a library
    const even = longer(10);
    for (const node of choices(even)) node.options.forEach((o) => (o.text = { vi: 'như nhau', en: 'the same' }));
    expect(lintLibrary([even, even], 'error')).toEqual([]);
  });
});

describe('surface cues', () => {
  it.each([
    ['polite-opener', 'vi', 'Dạ, em sẽ gọi lại cho chị', true],
    ['polite-opener', 'vi', 'Em sẽ gọi lại, dạ', false],
    ['polite-opener', 'en', 'Thank you, I will call her back', true],
    ['hedging', 'vi', 'Có lẽ em sẽ gọi lại', true],
    ['hedging', 'en', 'I guess I would call her back', true],
    ['hedging', 'en', 'I would call her back', false],
  ] as const)('%s in %s: “%s” → %s', (id, lang, text, expected) => {
    const cue = SURFACE_CUES.find((c) => c.id === id)!;
    const option = { ...(choices(valid)[0]!.options[0]!), text: { vi: text, en: text } };
    expect(cue.has(option, lang)).toBe(expected);
  });

  it('ignores a cue too rare to matter', () => {
    expect(cueProblem({ cue: 'x', decisions: 1, withCue: 5, random: 2 }, 20, 'x')).toBeUndefined();
    expect(cueProblem({ cue: 'x', decisions: 5, withCue: 5, random: 2 }, 20, 'x')).toContain('5.00 against 2.00');
    expect(cueFigures([valid], 'vi', SURFACE_CUES[0]!).decisions).toBe(0);
  });
});
