import { assign, fromCallback, setup, type EventObject, type SnapshotFrom } from 'xstate';
import { guardHolds } from './guards.ts';
import type { Answer, OwnAnswer } from './score.ts';
import { nodeDifficulty, optionLevel, type Evidence, type Guard, type Scenario } from './scenario.ts';
import type { Level } from './text.ts';

// The run's context and answers are defined once, as the schema storage checks them with.
import type { RunContext, RunMode } from './run-state.ts';
export type { RunContext, RunMode };

export interface RunInput {
  seed?: number;
  mode?: RunMode;
  timeLimit?: number;
  /** When the run starts, for the first decision's deadline. */
  startedAt?: number;
}

/**
 * `at` is when the event happened (ms since the epoch; the UI or the clock passes it), so
 * the machine can set the next deadline without reading a clock itself. Required on every
 * event that opens a decision: one sent without it would leave that decision untimed.
 */
export type RunEvent =
  | { type: 'CHOOSE'; optionId: string; at: number }
  | { type: 'HINT' }
  | { type: 'BACK'; at: number }
  | { type: 'CONTINUE'; at: number }
  | { type: 'TIMEOUT'; at: number }
  | ({ type: 'OWN_ANSWER' } & OwnAnswer);

export interface RunOutput {
  answers: Answer[];
  mode: RunMode;
  stepsBack: number;
  /** Seconds per decision (0: untimed), so the report can say the run was timed. */
  timeLimit: number;
}

/** The own answer's fields, copied out of an event or the context (an event's `type`, the context's `nodeId`, left behind). */
const ownAnswerOf = ({ text, indicators, recording }: OwnAnswer): OwnAnswer => ({ text, indicators, ...(recording ? { recording: { id: recording.id, durationMs: recording.durationMs } } : {}) });

interface RecordParams {
  nodeId: string;
  optionId: string;
  difficulty: Level;
  evidence: Evidence[];
  redFlag?: true;
}

export const runSetup = setup({
  // No `input` type: declaring one would make it required for every actor; it stays optional.
  types: {} as { context: RunContext; events: RunEvent; output: RunOutput },
  guards: {
    // While an answer is under review (practice), the next decision is not open yet.
    picked: ({ context, event }, p: { optionId: string }) => !context.reviewing && event.type === 'CHOOSE' && event.optionId === p.optionId,
    hintAvailable: ({ context }, p: { nodeId: string }) => !context.reviewing && !context.hintsShown.includes(p.nodeId),
    deciding: ({ context }) => !context.reviewing,
    reviewing: ({ context }) => context.reviewing,
    evidence: ({ context }, p: Guard) => guardHolds(context.answers, p),
    /** BACK steps back in practice mode, once a decision has been made. */
    canStepBack: ({ context }) => context.mode === 'practice' && context.answers.length > 0,
    /** The last decision was made at `nodeId`: where the step back returns. */
    lastAnsweredAt: ({ context }, p: { nodeId: string }) => context.answers.at(-1)?.nodeId === p.nodeId,
  },
  actors: {
    /** Invoked in each decision state: invoked actors restart when a saved run is restored; `after` timers do not. */
    clock: fromCallback<EventObject, { deadline: number | null }>(({ sendBack, input }) => {
      if (input.deadline === null) return undefined;
      const id = setTimeout(() => sendBack({ type: 'TIMEOUT', at: Date.now() }), Math.max(0, input.deadline - Date.now()));
      return () => clearTimeout(id);
    }),
  },
  actions: {
    // No clock while an answer is under review: the next decision's time starts at CONTINUE.
    armClock: assign(({ context, event }) => ({
      deadline: context.timeLimit > 0 && !context.reviewing && 'at' in event ? event.at + context.timeLimit * 1000 : null,
    })),
    closeReview: assign({ reviewing: false }),
    /** The rule for running out of time: the decision counts as level 1 in every scored competency, shown on no indicator. */
    recordTimeout: assign(({ context }, p: { nodeId: string; difficulty: Level; competencies: string[] }) => ({
      answers: [
        ...context.answers,
        {
          nodeId: p.nodeId,
          optionId: '',
          difficulty: p.difficulty,
          evidence: p.competencies.map((competency) => ({ competency, level: 1 as Level, indicators: [] })),
          hinted: context.hintsShown.includes(p.nodeId),
          timedOut: true,
        },
      ],
      hintsShown: context.hintsShown.filter((id) => id !== p.nodeId),
    })),
    recordAnswer: assign(({ context }, p: RecordParams) => {
      const own = context.ownAnswer?.nodeId === p.nodeId ? ownAnswerOf(context.ownAnswer) : undefined;
      return {
        answers: [...context.answers, { ...p, hinted: context.hintsShown.includes(p.nodeId), ...(own ? { own } : {}) }],
        hintsShown: context.hintsShown.filter((id) => id !== p.nodeId),
        ownAnswer: null,
        reviewing: context.mode === 'practice',
      };
    }),
    keepOwnAnswer: assign(({ event }, p: { nodeId: string }) =>
      event.type === 'OWN_ANSWER' ? { ownAnswer: { nodeId: p.nodeId, ...ownAnswerOf(event) } } : {},
    ),
    showHint: assign(({ context }, p: { nodeId: string }) => ({ hintsShown: [...context.hintsShown, p.nodeId] })),
    // The taken-back answer goes; a hint it was given stays shown, so it still counts.
    stepBack: assign(({ context }) => {
      const last = context.answers.at(-1)!;
      return {
        answers: context.answers.slice(0, -1),
        hintsShown: last.hinted ? [...context.hintsShown, last.nodeId] : context.hintsShown,
        stepsBack: context.stepsBack + 1,
        reviewing: false,
      };
    }),
  },
});

/** The routing state a step back passes through (never a resting state of a run). */
export const BACK_STATE = '_back';

/**
 * One state per node. Choice nodes take CHOOSE (guarded by option id) and HINT;
 * branch nodes route at once on the evidence so far; end nodes are final and the
 * machine's output is the answers, ready for `score`.
 */
export function compile(scenario: Scenario) {
  const states: Record<string, object> = {};
  const decisionPoints = scenario.nodes.filter((n) => n.type === 'choice').map((n) => n.id);
  // Targets are static, so a step back goes through one routing state that returns to
  // where the last answer was given: one BACK per decision point and one route each, so
  // the machine grows in line with the scenario (a BACK listing every decision point at
  // every decision point made it quadratic). Ids have no underscore: no node can be named so.
  const back = { guard: 'canStepBack', target: BACK_STATE };
  states[BACK_STATE] = {
    always: decisionPoints.map((id) => ({ guard: { type: 'lastAnsweredAt', params: { nodeId: id } }, target: id, actions: ['stepBack', 'armClock'] })),
  };
  for (const node of scenario.nodes) {
    if (node.type === 'choice') {
      const difficulty = nodeDifficulty(scenario, node);
      // Out of time, the conversation goes on as after the weakest response.
      const weakest = node.options.reduce((a, b) => (optionLevel(b) < optionLevel(a) ? b : a));
      states[node.id] = {
        invoke: { src: 'clock', input: ({ context }: { context: RunContext }) => ({ deadline: context.deadline }) },
        on: {
          BACK: back,
          OWN_ANSWER: { guard: 'deciding', actions: { type: 'keepOwnAnswer', params: { nodeId: node.id } } },
          // Re-entered so the clock restarts with the deadline CONTINUE sets.
          CONTINUE: { guard: 'reviewing', target: node.id, reenter: true, actions: ['closeReview', 'armClock'] },
          TIMEOUT: {
            target: weakest.next,
            reenter: true,
            actions: [{ type: 'recordTimeout', params: { nodeId: node.id, difficulty, competencies: scenario.competencies } }, 'armClock'],
          },
          CHOOSE: node.options.map((o) => ({
            guard: { type: 'picked', params: { optionId: o.id } },
            target: o.next,
            reenter: true,
            actions: [{ type: 'recordAnswer', params: { nodeId: node.id, optionId: o.id, difficulty, evidence: o.evidence, ...(o.redFlag ? { redFlag: true } : {}) } }, 'armClock'],
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
    context: ({ input }) => {
      const { seed = 0, mode = 'assessment', timeLimit = 0, startedAt } = (input ?? {}) as RunInput;
      const deadline = timeLimit > 0 && startedAt !== undefined ? startedAt + timeLimit * 1000 : null;
      return { answers: [], hintsShown: [], seed, mode, stepsBack: 0, timeLimit, deadline, ownAnswer: null, reviewing: false };
    },
    states: states as never,
    output: ({ context }) => ({ answers: context.answers, mode: context.mode, stepsBack: context.stepsBack, timeLimit: context.timeLimit }),
  });
}

export type RunMachine = ReturnType<typeof compile>;
export type RunSnapshot = SnapshotFrom<RunMachine>;

/** The node the run is at (a string: compiled machines are flat). */
export function currentNodeId(snapshot: RunSnapshot): string {
  return String(snapshot.value);
}
