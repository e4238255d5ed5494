import { describe, expect, it } from 'vitest';
import { playRouteFor } from './play-mode.ts';

describe('playRouteFor: a scenario played again in the mode it was played in', () => {
  it('a timed run is timed again, even though timed runs are assessments', () => {
    expect(playRouteFor('s', { mode: 'assessment', timeLimit: 60 })).toEqual({ name: 'play', scenarioId: 's', timed: true });
  });
  it('a practice run is practice again', () => {
    expect(playRouteFor('s', { mode: 'practice', timeLimit: 0 })).toEqual({ name: 'play', scenarioId: 's', practice: true });
  });
  it('an assessment, or nothing known, is a plain run', () => {
    expect(playRouteFor('s', { mode: 'assessment' })).toEqual({ name: 'play', scenarioId: 's' });
    expect(playRouteFor('s', undefined)).toEqual({ name: 'play', scenarioId: 's' });
  });
});
