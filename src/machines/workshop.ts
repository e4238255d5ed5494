import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Answer } from '../domain/score.ts';
import {
  countOf,
  firstStepId,
  followingStepId,
  levelsOf,
  mostChosen,
  roomAnswer,
  sourceOf,
  stepContent,
  type WorkshopContent,
  type WorkshopPhase,
  type WorkshopSource,
  type WorkshopStep,
} from '../domain/workshop.ts';

export interface WorkshopContext {
  source: WorkshopSource;
  /** The step on screen: a decision point's id or a sample's id. */
  stepId: string;
  /** The room's count for each choice of the current step. */
  tally: Record<string, number>;
  /** Steps finished so far, with their tallies. */
  steps: WorkshopStep[];
  /** Scenario: the answers along the path the room followed, for branches and the final levels. */
  answers: Answer[];
  /** When the discussion timer runs out (ms since the epoch), or null with no timer; kept here so both windows and a reload agree. */
  discussUntil: number | null;
}

export type WorkshopEvent =
  | { type: 'TALLY' }
  | { type: 'COUNT'; choiceId: string; count: number }
  | { type: 'ADD'; choiceId: string; delta: number }
  | { type: 'REVEAL' }
  | { type: 'DISCUSS' }
  | { type: 'TIMER'; seconds: number; at: number }
  | { type: 'TIMER_STOP' }
  /** Go on; a scenario follows `follow`, or the room's most chosen option. */
  | { type: 'NEXT'; follow?: string }
  /** One phase back within the step, to correct a count. */
  | { type: 'BACK' };

/**
 * A trainer's workshop on one scenario or calibration set: for each step,
 * present (line and options, no levels) → tally (the room's counts) → reveal
 * (levels and feedback beside the tally) → discuss (prompt, optional timer) → next.
 * A scenario follows the option the room went with, through its branches. Built per
 * content, as `compile` builds a run, so every transition is checked against it.
 */
export function workshopMachine(content: WorkshopContent) {
  const followed = (context: WorkshopContext, follow: string | undefined) => {
    const step = stepContent(content, context.stepId)!;
    if (content.kind !== 'scenario') return undefined;
    return follow && step.choices.some((c) => c.id === follow) ? follow : mostChosen(step, context.tally).id;
  };
  const after = (context: WorkshopContext, follow: string | undefined) => {
    const option = followed(context, follow);
    const answer = option ? roomAnswer(content, context.stepId, option) : undefined;
    const answers = answer ? [...context.answers, answer] : context.answers;
    return { option, answers, next: followingStepId(content, context.stepId, answers, option) };
  };

  return setup({
    types: {} as { context: WorkshopContext; events: WorkshopEvent },
    guards: {
      hasNextStep: ({ context, event }) => event.type === 'NEXT' && after(context, event.follow).next !== undefined,
    },
    actions: {
      count: assign(({ context, event }) => {
        if (event.type !== 'COUNT' && event.type !== 'ADD') return {};
        if (!stepContent(content, context.stepId)!.choices.some((c) => c.id === event.choiceId)) return {};
        const current = countOf(context.tally, event.choiceId);
        const wanted = event.type === 'COUNT' ? event.count : current + event.delta;
        const count = Number.isFinite(wanted) ? Math.min(9999, Math.max(0, Math.trunc(wanted))) : current;
        return { tally: { ...context.tally, [event.choiceId]: count } };
      }),
      startTimer: assign(({ event }) => (event.type === 'TIMER' && event.seconds > 0 ? { discussUntil: event.at + event.seconds * 1000 } : {})),
      stopTimer: assign({ discussUntil: null }),
      finishStep: assign(({ context, event }) => {
        const { option, answers, next } = after(context, event.type === 'NEXT' ? event.follow : undefined);
        const step: WorkshopStep = {
          stepId: context.stepId,
          tally: context.tally,
          levels: levelsOf(stepContent(content, context.stepId)!),
          ...(option ? { followed: option } : {}),
        };
        return { steps: [...context.steps, step], answers, stepId: next ?? context.stepId, tally: {}, discussUntil: null };
      }),
    },
  }).createMachine({
    id: 'workshop',
    context: () => ({ source: sourceOf(content), stepId: firstStepId(content)!, tally: {}, steps: [], answers: [], discussUntil: null }),
    initial: 'present',
    states: {
      present: { on: { TALLY: 'tally' } },
      tally: {
        on: {
          COUNT: { actions: 'count' },
          ADD: { actions: 'count' },
          REVEAL: 'reveal',
          BACK: 'present',
        },
      },
      reveal: { on: { DISCUSS: 'discuss', BACK: 'tally' } },
      discuss: {
        on: {
          TIMER: { actions: 'startTimer' },
          TIMER_STOP: { actions: 'stopTimer' },
          NEXT: [
            { guard: 'hasNextStep', target: 'present', actions: 'finishStep' },
            { target: 'done', actions: 'finishStep' },
          ],
          BACK: { target: 'reveal', actions: 'stopTimer' },
        },
      },
      done: { type: 'final' },
    },
  });
}

export type WorkshopMachine = ReturnType<typeof workshopMachine>;
export type WorkshopSnapshot = SnapshotFrom<WorkshopMachine>;

export const phaseOf = (snapshot: WorkshopSnapshot): WorkshopPhase => snapshot.value as WorkshopPhase;
