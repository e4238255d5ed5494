import type { CalibrationSet } from '../calibration.ts';
import { findNode, optionLevel, type ChoiceNode, type Scenario } from '../scenario.ts';
import { LEVELS, type Level } from '../text.ts';
import type { ClassRecords, ClassRun, ClassWorkshop } from './types.ts';

/** Counts per level 1–5, index 0 for level 1. */
export type LevelCounts = [number, number, number, number, number];

const noCounts = (): LevelCounts => [0, 0, 0, 0, 0];

/** The count at a level. */
export const countAt = (counts: LevelCounts, level: Level): number => counts[level - 1]!;
const bump = (counts: LevelCounts, level: Level, by = 1) => void (counts[level - 1] = countAt(counts, level) + by);

export interface OptionResult {
  optionId: string;
  /** The option's level in the content loaded here; null when the content does not hold it (another version). */
  level: Level | null;
  /** Runs that chose it, and people in a workshop room who did. */
  runs: number;
  room: number;
  /** Of all choices made at this decision (runs and room), 0–1. */
  share: number;
}

export interface DecisionResult {
  nodeId: string;
  /** Runs that reached this decision (chose, or ran out of time). */
  reached: number;
  /** Choices counted at this decision: runs that chose an option, and the room's tallies. */
  choices: number;
  options: OptionResult[];
  timedOut: number;
  hinted: number;
  /** The highest option level here, and the share of choices at it (0 when nothing was chosen). */
  strongest: { level: Level; share: number } | null;
  /** The option below the strongest level chosen most often (first in content order on a tie). */
  commonWeaker: OptionResult | null;
}

export interface CompetencySpread {
  competency: string;
  counts: LevelCounts;
  /** Runs that scored no level on it. */
  unscored: number;
}

/** One way out of a node on the map: an option (its index among the node's options) or a branch (its index among the ways on). */
export interface EdgeCount {
  from: string;
  index: number;
  count: number;
}

export interface ScenarioResult {
  scenarioId: string;
  /** False when this browser has no such scenario: counts only, no levels or map. */
  known: boolean;
  runs: number;
  workshops: number;
  spreads: CompetencySpread[];
  decisions: DecisionResult[];
  edges: EdgeCount[];
}

export interface SampleResult {
  sampleId: string;
  reference: Level | null;
  counts: LevelCounts;
  ratings: number;
  /** Shares of ratings: exactly the reference, within one level, above it, below it (0 when none). */
  exact: number;
  withinOne: number;
  above: number;
  below: number;
}

export interface SetResult {
  setId: string;
  known: boolean;
  rounds: number;
  workshops: number;
  samples: SampleResult[];
}

export interface ClassResults {
  scenarios: ScenarioResult[];
  sets: SetResult[];
}

export interface ClassContent {
  scenarios: ReadonlyMap<string, Scenario>;
  sets: ReadonlyMap<string, CalibrationSet>;
}

/** Runs, rounds and workshops found in several files, each once: by their key, the first kept. */
export function mergeRecords(parts: readonly ClassRecords[]): ClassRecords {
  const once = <T extends { key: string }>(lists: T[][]) => {
    const seen = new Map<string, T>();
    for (const r of lists.flat()) if (!seen.has(r.key)) seen.set(r.key, r);
    return [...seen.values()];
  };
  return {
    runs: once(parts.map((p) => p.runs)),
    rounds: once(parts.map((p) => p.rounds)),
    workshops: once(parts.map((p) => p.workshops)),
  };
}

const share = (n: number, of: number) => (of > 0 ? n / of : 0);
const groupBy = <T, K>(items: readonly T[], key: (item: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

/**
 * The class's figures: per scenario (runs and scenario workshops) and per calibration set
 * (rounds and calibration workshops), in the order the content lists them, then any the
 * content does not hold. Pure: the same records give the same figures.
 */
export function aggregate(records: ClassRecords, content: ClassContent): ClassResults {
  const runsBy = groupBy(records.runs, (r) => r.scenarioId);
  const scenarioWorkshops = groupBy(records.workshops.filter((w) => w.source.kind === 'scenario'), (w) => w.source.id);
  const setWorkshops = groupBy(records.workshops.filter((w) => w.source.kind === 'calibration'), (w) => w.source.id);
  const roundsBy = groupBy(records.rounds, (r) => r.setId);
  const scenarioIds = [...new Set([...runsBy.keys(), ...scenarioWorkshops.keys()])];
  const setIds = [...new Set([...roundsBy.keys(), ...setWorkshops.keys()])];
  const order = <K>(ids: string[], known: ReadonlyMap<string, K>) => {
    const position = new Map([...known.keys()].map((id, i) => [id, i]));
    return ids.sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  };
  return {
    scenarios: order(scenarioIds, content.scenarios).map((id) =>
      scenarioResult(id, content.scenarios.get(id), runsBy.get(id) ?? [], scenarioWorkshops.get(id) ?? []),
    ),
    sets: order(setIds, content.sets).map((id) => {
      const set = content.sets.get(id);
      const ratings = (roundsBy.get(id) ?? []).map((r) => r.ratings);
      return setResult(id, set, ratings, setWorkshops.get(id) ?? []);
    }),
  };
}

function scenarioResult(scenarioId: string, scenario: Scenario | undefined, runs: readonly ClassRun[], workshops: readonly ClassWorkshop[]): ScenarioResult {
  // Competency spreads: every competency the content scores, then any other a run recorded.
  const spreads = new Map<string, CompetencySpread>();
  for (const c of scenario?.competencies ?? []) spreads.set(c, { competency: c, counts: noCounts(), unscored: 0 });
  for (const run of runs) {
    for (const [competency, level] of Object.entries(run.levels)) {
      let spread = spreads.get(competency);
      if (!spread) spreads.set(competency, (spread = { competency, counts: noCounts(), unscored: 0 }));
      if (level === null) spread.unscored++;
      else bump(spread.counts, level);
    }
  }

  // Decisions: the content's decision points in order, then ids only the records name.
  type Tally = { reached: number; timedOut: number; hinted: number; runs: Map<string, number>; room: Map<string, number> };
  const tallies = new Map<string, Tally>();
  const tallyOf = (nodeId: string) => {
    let t = tallies.get(nodeId);
    if (!t) tallies.set(nodeId, (t = { reached: 0, timedOut: 0, hinted: 0, runs: new Map(), room: new Map() }));
    return t;
  };
  for (const node of scenario?.nodes ?? []) if (node.type === 'choice') tallyOf(node.id);
  for (const run of runs) {
    for (const a of run.answers) {
      const t = tallyOf(a.nodeId);
      t.reached++;
      if (a.hinted) t.hinted++;
      if (a.timedOut) t.timedOut++;
      else t.runs.set(a.optionId, (t.runs.get(a.optionId) ?? 0) + 1);
    }
  }
  for (const w of workshops) {
    for (const step of w.steps) {
      const t = tallyOf(step.stepId);
      for (const [optionId, n] of Object.entries(step.tally)) t.room.set(optionId, (t.room.get(optionId) ?? 0) + n);
    }
  }

  const decisions = [...tallies].map(([nodeId, t]): DecisionResult => {
    const node = scenario && findNode(scenario, nodeId);
    const contentOptions = node?.type === 'choice' ? node.options : [];
    const ids = [...new Set([...contentOptions.map((o) => o.id), ...t.runs.keys(), ...t.room.keys()])];
    const levels = new Map(contentOptions.map((o) => [o.id, optionLevel(o)]));
    const choices = [...t.runs.values(), ...t.room.values()].reduce((a, b) => a + b, 0);
    const options = ids.map((optionId): OptionResult => {
      const runsN = t.runs.get(optionId) ?? 0;
      const room = t.room.get(optionId) ?? 0;
      return { optionId, level: levels.get(optionId) ?? null, runs: runsN, room, share: share(runsN + room, choices) };
    });
    const known = options.filter((o) => o.level !== null);
    const top = known.length ? (Math.max(...known.map((o) => o.level!)) as Level) : null;
    const atTop = options.filter((o) => o.level === top).reduce((n, o) => n + o.runs + o.room, 0);
    let commonWeaker: OptionResult | null = null;
    for (const o of known) {
      if (o.level! < top! && o.runs + o.room > 0 && (!commonWeaker || o.runs + o.room > commonWeaker.runs + commonWeaker.room)) commonWeaker = o;
    }
    return {
      nodeId,
      reached: t.reached,
      choices,
      options,
      timedOut: t.timedOut,
      hinted: t.hinted,
      strongest: top === null ? null : { level: top, share: share(atTop, choices) },
      commonWeaker,
    };
  });

  return {
    scenarioId,
    known: scenario !== undefined,
    runs: runs.length,
    workshops: workshops.length,
    spreads: [...spreads.values()],
    decisions,
    edges: scenario ? pathCounts(scenario, runs, workshops) : [],
  };
}

/**
 * The ways taken out of each node, for the map. A run's decision leads along its option
 * (a timed-out one along the weakest, as the run went on); through branch nodes the way
 * taken is the one that reaches the run's next decision (or an end after its last). A
 * workshop's way is the option the room followed.
 */
export function pathCounts(scenario: Scenario, runs: readonly ClassRun[], workshops: readonly ClassWorkshop[]): EdgeCount[] {
  const counts = new Map<string, EdgeCount>();
  const add = (from: string, index: number) => {
    const key = `${index}\u0000${from}`;
    const edge = counts.get(key);
    if (edge) edge.count++;
    else counts.set(key, { from, index, count: 1 });
  };
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));

  // Whether following `from` (through branches) reaches `target`, or any end when target is undefined.
  const reaches = (from: string, target: string | undefined, hops = 0): boolean => {
    const node = nodes.get(from);
    if (!node || hops > scenario.nodes.length) return false;
    if (node.type === 'branch') return node.branches.some((b) => reaches(b.next, target, hops + 1));
    return target === undefined ? node.type === 'end' : node.id === target;
  };
  const walk = (decision: ChoiceNode, optionIndex: number, next: string | undefined) => {
    add(decision.id, optionIndex);
    let node = nodes.get(decision.options[optionIndex]!.next);
    for (let hops = 0; node?.type === 'branch' && hops <= scenario.nodes.length; hops++) {
      const i = node.branches.findIndex((b) => reaches(b.next, next));
      if (i < 0) return;
      add(node.id, i);
      node = nodes.get(node.branches[i]!.next);
    }
  };
  const choiceAt = (id: string) => {
    const node = nodes.get(id);
    return node?.type === 'choice' ? node : undefined;
  };

  for (const run of runs) {
    run.answers.forEach((a, i) => {
      const node = choiceAt(a.nodeId);
      if (!node) return;
      const index = a.timedOut
        ? node.options.indexOf(node.options.reduce((w, o) => (optionLevel(o) < optionLevel(w) ? o : w)))
        : node.options.findIndex((o) => o.id === a.optionId);
      if (index >= 0) walk(node, index, run.answers[i + 1]?.nodeId);
    });
  }
  for (const w of workshops) {
    w.steps.forEach((step, i) => {
      const node = choiceAt(step.stepId);
      const index = node ? node.options.findIndex((o) => o.id === step.followed) : -1;
      if (node && index >= 0) walk(node, index, w.steps[i + 1]?.stepId);
    });
  }
  return [...counts.values()];
}

function setResult(setId: string, set: CalibrationSet | undefined, ratings: readonly Record<string, Level>[], workshops: readonly ClassWorkshop[]): SetResult {
  const counts = new Map<string, LevelCounts>();
  const countsOf = (sampleId: string) => {
    let c = counts.get(sampleId);
    if (!c) counts.set(sampleId, (c = noCounts()));
    return c;
  };
  for (const s of set?.samples ?? []) countsOf(s.id);
  for (const round of ratings) for (const [sampleId, level] of Object.entries(round)) bump(countsOf(sampleId), level);
  for (const w of workshops) {
    for (const step of w.steps) {
      for (const level of LEVELS) bump(countsOf(step.stepId), level, step.tally[String(level)] ?? 0);
    }
  }
  const reference = new Map(set?.samples.map((s) => [s.id, s.level]));
  return {
    setId,
    known: set !== undefined,
    rounds: ratings.length,
    workshops: workshops.length,
    samples: [...counts].map(([sampleId, c]) => {
      const ref = reference.get(sampleId) ?? null;
      const total = c.reduce((a, b) => a + b, 0);
      const sum = (keep: (level: Level) => boolean) => LEVELS.filter(keep).reduce((n, l) => n + countAt(c, l), 0);
      return {
        sampleId,
        reference: ref,
        counts: c,
        ratings: total,
        exact: ref === null ? 0 : share(countAt(c, ref), total),
        withinOne: ref === null ? 0 : share(sum((l) => Math.abs(l - ref) <= 1), total),
        above: ref === null ? 0 : share(sum((l) => l > ref), total),
        below: ref === null ? 0 : share(sum((l) => l < ref), total),
      };
    }),
  };
}
