import type { Answer } from './score.ts';
import type { Level, Text } from './text.ts';
import { discussionFocus, type DiscussionFocus } from './workshop-room.ts';
import { closingLines, sourceOf, stepContent, type StepContent, type WorkshopContent, type WorkshopSource, type WorkshopStep } from './workshop-steps.ts';
import { roomLevels, summarise, type StepSummary } from './workshop-summary.ts';

// What the projector shows of a workshop, and the one module the rest of the app imports a
// workshop's domain from: its parts, by concern, are re-exported here.
export * from './workshop-room.ts';
export * from './workshop-steps.ts';
export * from './workshop-summary.ts';

export type WorkshopPhase = 'present' | 'tally' | 'reveal' | 'discuss' | 'done';

/** Where a workshop is: what the presenter's machine holds, in plain data. */
export interface WorkshopState {
  phase: WorkshopPhase;
  stepId: string;
  tally: Record<string, number>;
  steps: WorkshopStep[];
  answers: Answer[];
  discussUntil: number | null;
}

/**
 * What the projector shows, in both languages so the audience window can switch on
 * its own. Levels, feedback and the reference are left out until the reveal: the
 * room must not see them while it chooses.
 */
export interface AudienceView {
  source: WorkshopSource;
  phase: WorkshopPhase;
  /** 1-based number of the step on screen; the count of steps done at the end. */
  stepNumber: number;
  /** Calibration: the interview question the samples answer. */
  question?: Text;
  lines: StepContent['lines'];
  choices: { id: string; letter: string; text: Text; level?: Level; feedback?: Text }[];
  /** Shown from the tally on. */
  tally?: Record<string, number>;
  reference?: StepContent['reference'];
  focus?: DiscussionFocus;
  discussUntil: number | null;
  /** The end: each step's row, the room's levels on its path, and how the conversation closed. */
  summary?: StepSummary[];
  levels?: Record<string, Level | null>;
  competencyNames: Record<string, Text>;
}

export function audienceView(content: WorkshopContent, state: WorkshopState): AudienceView {
  const source = sourceOf(content);
  const competencyNames = Object.fromEntries(
    (content.kind === 'scenario' ? content.module.rubrics : [content.module.rubric]).map((r) => [r.id, r.name]),
  );
  const question = content.kind === 'calibration'
    ? content.module.rubric.questions.find((q) => q.id === content.module.set.question.id)?.text
    : undefined;
  const base = { source, phase: state.phase, discussUntil: state.discussUntil, competencyNames, ...(question ? { question } : {}) };
  if (state.phase === 'done') {
    return {
      ...base,
      stepNumber: state.steps.length,
      lines: closingLines(content, state.steps.at(-1)?.stepId, state.answers),
      choices: [],
      summary: summarise(content, state.steps),
      ...(content.kind === 'scenario' ? { levels: roomLevels(content, state.answers) } : {}),
    };
  }
  const step = stepContent(content, state.stepId)!;
  const revealed = state.phase === 'reveal' || state.phase === 'discuss';
  return {
    ...base,
    stepNumber: state.steps.length + 1,
    lines: step.lines,
    choices: step.choices.map((c) => ({
      id: c.id,
      letter: c.letter,
      text: c.text,
      ...(revealed && !step.reference ? { level: c.level, ...(c.feedback ? { feedback: c.feedback } : {}) } : {}),
    })),
    ...(state.phase === 'present' ? {} : { tally: state.tally }),
    ...(revealed && step.reference ? { reference: step.reference } : {}),
    ...(state.phase === 'discuss' ? { focus: discussionFocus(step, state.tally) } : {}),
  };
}
