import { assign, setup, type SnapshotFrom } from 'xstate';
import type { CalibrationSet } from '../domain/calibration.ts';
import type { Level } from '../domain/text.ts';

export interface Rating {
  level: Level;
  indicators: string[];
  note: string;
}

export interface RoundContext {
  setId: string;
  /** Sample ids in the order this round shows them, shuffled once when it starts. */
  order: string[];
  index: number;
  /** Locked ratings by sample id. */
  ratings: Record<string, Rating>;
  /** The rating being made for the current sample, before it is locked. */
  draft: { level: Level | null; indicators: string[]; note: string };
}

export type RoundEvent =
  | { type: 'RATE'; level: Level }
  | { type: 'TICK'; indicator: string }
  | { type: 'NOTE'; text: string }
  | { type: 'LOCK' }
  | { type: 'NEXT' };

export interface RoundInput {
  set: CalibrationSet;
  /** Sample ids in the order to show them (the caller shuffles: machines read no randomness). */
  order: string[];
}

const emptyDraft = (): RoundContext['draft'] => ({ level: null, indicators: [], note: '' });

/**
 * One interviewer's calibration round: rate each sample blind (a level, optional
 * indicators and a note), lock, see the reference and its rationale, go on; a final
 * summary. The snapshot is the saved round, so a reload resumes where it was.
 */
export const roundMachine = setup({
  types: {} as { context: RoundContext; events: RoundEvent; input: RoundInput; output: Record<string, Rating> },
  guards: {
    rated: ({ context }) => context.draft.level !== null,
    moreSamples: ({ context }) => context.index + 1 < context.order.length,
  },
  actions: {
    rate: assign(({ context, event }) => (event.type === 'RATE' ? { draft: { ...context.draft, level: event.level } } : {})),
    tick: assign(({ context, event }) => {
      if (event.type !== 'TICK') return {};
      const has = context.draft.indicators.includes(event.indicator);
      return { draft: { ...context.draft, indicators: has ? context.draft.indicators.filter((i) => i !== event.indicator) : [...context.draft.indicators, event.indicator] } };
    }),
    note: assign(({ context, event }) => (event.type === 'NOTE' ? { draft: { ...context.draft, note: event.text } } : {})),
    lock: assign(({ context }) => ({
      ratings: { ...context.ratings, [context.order[context.index]!]: { ...context.draft, level: context.draft.level! } },
      draft: emptyDraft(),
    })),
    advance: assign(({ context }) => ({ index: context.index + 1 })),
  },
}).createMachine({
  id: 'calibration-round',
  context: ({ input }) => ({ setId: input.set.id, order: input.order, index: 0, ratings: {}, draft: emptyDraft() }),
  initial: 'rating',
  states: {
    rating: {
      on: {
        RATE: { actions: 'rate' },
        TICK: { actions: 'tick' },
        NOTE: { actions: 'note' },
        LOCK: { guard: 'rated', target: 'revealed', actions: 'lock' },
      },
    },
    revealed: {
      on: {
        NEXT: [{ guard: 'moreSamples', target: 'rating', actions: 'advance' }, { target: 'summary' }],
      },
    },
    summary: { type: 'final' },
  },
  output: ({ context }) => context.ratings,
});

export type RoundSnapshot = SnapshotFrom<typeof roundMachine>;
