import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { compile, currentNodeId } from './compile.ts';
import { currentLines, transcript, type TranscriptEntry } from './transcript.ts';

const { scenario } = loadFixture();

const describeEntry = (e: TranscriptEntry) =>
  e.kind === 'answer' ? `you: ${e.text.en}` : e.kind === 'timeout' ? `you: (timed out at ${e.decision})` : `${e.speaker}: ${e.text.en}`;

describe('transcript', () => {
  it('is the answered lines and responses, in order, then the current node', () => {
    const actor = createActor(compile(scenario)).start();
    actor.send({ type: 'CHOOSE', optionId: 'a', at: 0 });
    const { answers } = actor.getSnapshot().context;
    expect(transcript(scenario, answers).map(describeEntry)).toEqual(['interviewer: What would you do?', 'you: Wait for them']);
    expect(currentLines(scenario, currentNodeId(actor.getSnapshot())).map(describeEntry)).toEqual(['interviewer: Try again.']);
  });

  it('shows a decision where time ran out', () => {
    const actor = createActor(compile(scenario)).start();
    actor.send({ type: 'TIMEOUT', at: 0 });
    expect(transcript(scenario, actor.getSnapshot().context.answers).map(describeEntry)).toEqual([
      'interviewer: What would you do?',
      'you: (timed out at 1)',
    ]);
  });

  it('has no lines for a branch node', () => {
    expect(currentLines(scenario, 'route')).toEqual([]);
  });
});
