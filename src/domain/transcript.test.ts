import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { compile, currentNodeId } from './compile.ts';
import { currentLines, transcript } from './transcript.ts';

const { scenario } = loadFixture();

describe('transcript', () => {
  it('is the answered lines and responses, in order, then the current node', () => {
    const actor = createActor(compile(scenario)).start();
    actor.send({ type: 'CHOOSE', optionId: 'a' });
    const { answers } = actor.getSnapshot().context;
    expect(transcript(scenario, answers).map((e) => (e.kind === 'answer' ? `you: ${e.text.en}` : `${e.speaker}: ${e.text.en}`))).toEqual([
      'interviewer: What would you do?',
      'you: Wait for them',
    ]);
    expect(currentLines(scenario, currentNodeId(actor.getSnapshot())).map((e) => e.text.en)).toEqual(['Try again.']);
  });

  it('has no lines for a branch node', () => {
    expect(currentLines(scenario, 'route')).toEqual([]);
  });
});
