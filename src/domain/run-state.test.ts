import * as v from 'valibot';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { makeScenario } from '../../tests/unit/fakes.ts';
import { compile } from './compile.ts';
import { RunContextSchema } from './run-state.ts';

describe('the run context is one schema for the machine and for storage', () => {
  it('every field the machine holds mid-run, own answer, hint, timer and review included, reads back unchanged', () => {
    const actor = createActor(compile(makeScenario()), { input: { seed: 7, mode: 'practice', timeLimit: 60, startedAt: 1_000 } }).start();
    actor.send({ type: 'HINT' });
    actor.send({ type: 'CHOOSE', optionId: 'b', at: 2_000 });
    actor.send({ type: 'CONTINUE', at: 3_000 });
    actor.send({ type: 'OWN_ANSWER', text: 'Tôi sẽ hỏi lại', indicators: ['s08.2.1'], recording: { id: 'r1', durationMs: 3_000 } });
    const context = (actor.getPersistedSnapshot() as unknown as { context: unknown }).context;
    const read = v.safeParse(RunContextSchema, context);
    expect(read.issues).toBeUndefined();
    // Nothing the machine keeps is dropped or changed by a save and a read.
    expect(read.output).toEqual(context);
    expect(Object.keys(read.output!).sort()).toEqual(Object.keys(context as object).sort());
    actor.stop();
  });

  it('an answer’s recording out of bounds is refused', () => {
    const own = (recording: unknown) => ({ answers: [], hintsShown: [], ownAnswer: { nodeId: 'n', text: 't', indicators: [], recording } });
    expect(v.safeParse(RunContextSchema, own({ id: 'r1', durationMs: 3_000 })).success).toBe(true);
    for (const bad of [{ id: '', durationMs: 1 }, { id: 'r1', durationMs: -1 }, { id: 'r1', durationMs: Infinity }, { id: 'r1' }]) {
      expect(v.safeParse(RunContextSchema, own(bad)).success).toBe(false);
    }
  });

  it('a run saved before a field existed reads back with that field at its default', () => {
    const read = v.parse(RunContextSchema, { answers: [], hintsShown: [] });
    expect(read).toEqual({ answers: [], hintsShown: [], seed: 0, mode: 'assessment', stepsBack: 0, timeLimit: 0, deadline: null, ownAnswer: null, reviewing: false });
  });
});
