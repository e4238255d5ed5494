import { describe, expect, it } from 'vitest';
import { replayNext, takeReplay } from './replay.ts';

describe('a replay handed from the report to the play route', () => {
  it('is taken once, by the play route of its scenario', () => {
    replayNext({ scenarioId: 'a', answers: [], decisions: 2 });
    expect(takeReplay('a')).toMatchObject({ scenarioId: 'a', decisions: 2 });
    expect(takeReplay('a')).toBeUndefined();
  });
  it('is dropped when another scenario is opened first, so it never replays later by surprise', () => {
    replayNext({ scenarioId: 'a', answers: [], decisions: 2 });
    expect(takeReplay('b')).toBeUndefined();
    expect(takeReplay('a')).toBeUndefined();
  });
});
