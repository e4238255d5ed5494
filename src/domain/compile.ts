import { assign, setup, type SnapshotFrom } from 'xstate';
import { guardHolds } from './guards.ts';
import type { Answer } from './score.ts';
import { nodeDifficulty, type Evidence, type Guard, type Scenario } from './scenario.ts';
import type { Level } from './text.ts';

export interface RunContext {
  answers: Answer[];
  /** Decision nodes at which the hint has been shown and not yet answered. */
  hintsShown: string[];
  /** Fixes the order options are shown in for this run (0: as authored); see shuffle.ts. */
  seed: number;
}

export interface RunInput {
  seed?: number;
}

export type RunEvent = { type: 'CHOOSE'; optionId: string } | { type: 'HINT' };

export interface RunOutput {
  answers: Answer[];
}

interface RecordParams {
  nodeId: string;
  optionId: string;
  difficulty: Level;
  evidence: Evidence[];
}

export const runSetup = setup({
  // No `input` type: declaring one would make it required for every actor; it stays optional.
  types: {} as { context: RunContext; events: RunEvent; output: RunOutput },
  guards: {
    picked: ({ event }, p: { optionId: string }) => event.type === 'CHOOSE' && event.optionId === p.optionId,
    hintAvailable: ({ context }, p: { nodeId: string }) => !context.hintsShown.includes(p.nodeId),
    evidence: ({ context }, p: Guard) => guardHolds(context.answers, p),
  },
  actions: {
    recordAnswer: assign(({ context }, p: RecordParams) => ({
      answers: [...context.answers, { ...p, hinted: context.hintsShown.includes(p.nodeId) }],
      hintsShown: context.hintsShown.filter((id) => id !== p.nodeId),
    })),
    showHint: assign(({ context }, p: { nodeId: string }) => ({ hintsShown: [...context.hintsShown, p.nodeId] })),
  },
});

/**
 * One state per node. Choice nodes take CHOOSE (guarded by option id) and HINT;
 * branch nodes route at once on the evidence so far; end nodes are final and the
 * machine's output is the answers, ready for `score`.
 */
export function compile(scenario: Scenario) {
  const states: Record<string, object> = {};
  for (const node of scenario.nodes) {
    if (node.type === 'choice') {
      const difficulty = nodeDifficulty(scenario, node);
      states[node.id] = {
        on: {
          CHOOSE: node.options.map((o) => ({
            guard: { type: 'picked', params: { optionId: o.id } },
            target: o.next,
            actions: { type: 'recordAnswer', params: { nodeId: node.id, optionId: o.id, difficulty, evidence: o.evidence } },
          })),
          HINT: {
            guard: { type: 'hintAvailable', params: { nodeId: node.id } },
            actions: { type: 'showHint', params: { nodeId: node.id } },
          },
        },
      };
    } else if (node.type === 'branch') {
      states[node.id] = {
        always: node.branches.map((b) =>
          b.if ? { guard: { type: 'evidence', params: b.if }, target: b.next } : { target: b.next },
        ),
      };
    } else {
      states[node.id] = { type: 'final' };
    }
  }
  // The config is generated from data, so its literal types cannot be checked here;
  // the schema and `checkScenario` already guarantee every target and guard exists.
  return runSetup.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: ({ input }) => ({ answers: [], hintsShown: [], seed: (input as RunInput | undefined)?.seed ?? 0 }),
    states: states as never,
    output: ({ context }) => ({ answers: context.answers }),
  });
}

export type RunMachine = ReturnType<typeof compile>;
export type RunSnapshot = SnapshotFrom<RunMachine>;

/** The node the run is at (a string: compiled machines are flat). */
export function currentNodeId(snapshot: RunSnapshot): string {
  return String(snapshot.value);
}
