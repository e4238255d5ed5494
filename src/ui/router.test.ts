import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash, type Route } from './router.ts';

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'start' }],
    ['#/', { name: 'start' }],
    ['#/play/clashing-appointments', { name: 'play', scenarioId: 'clashing-appointments' }],
    ['#/report/abc-123', { name: 'report', resultId: 'abc-123' }],
    ['#/graph/clashing-appointments', { name: 'graph', scenarioId: 'clashing-appointments' }],
    ['#/progress', { name: 'progress' }],
    ['#/calibrate', { name: 'calibration-list' }],
    ['#/calibrate/cal-s08-q2', { name: 'calibration-round', setId: 'cal-s08-q2' }],
    ['#/panel/cal-s08-q2', { name: 'panel', setId: 'cal-s08-q2' }],
    ['#/play/clashing-appointments/practice', { name: 'play', scenarioId: 'clashing-appointments', practice: true }],
    ['#/play/clashing-appointments/timed', { name: 'play', scenarioId: 'clashing-appointments', timed: true }],
    ['#/play/', { name: 'start' }],
    ['#/nonsense/x', { name: 'start' }],
    ['#/how-levels', { name: 'how-levels' }],
    ['#/how-levels/abc-123', { name: 'how-levels', resultId: 'abc-123' }],
    ['#/practise', { name: 'practise' }],
    ['#/practise/cal-s08-q2', { name: 'practise', setId: 'cal-s08-q2' }],
    ['#/editor', { name: 'editor' }],
    ['#/editor/d-1', { name: 'editor', draftId: 'd-1' }],
  ])('%s → %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each<Route>([{ name: 'start' }, { name: 'play', scenarioId: 'a b/c' }, { name: 'play', scenarioId: 'x', practice: true }, { name: 'report', resultId: 'r-1' }, { name: 'how-levels' }, { name: 'how-levels', resultId: 'r-1' }, { name: 'practise' }, { name: 'practise', setId: 'cal-icf3' }, { name: 'editor' }, { name: 'editor', draftId: 'a b' }])('round-trips %j', (route) => {
    expect(parseHash(hrefOf(route))).toEqual(route);
  });

  // Handouts
  it.each<[string, Route]>([
    ['#/handout/sheet/clashing-appointments', { name: 'handout', kind: 'sheet', id: 'clashing-appointments' }],
    ['#/handout/key/clashing-appointments', { name: 'handout', kind: 'key', id: 'clashing-appointments' }],
    ['#/handout/rating/cal-s08-q2', { name: 'handout', kind: 'rating', id: 'cal-s08-q2' }],
    // Opened from the scenario map: the way back leads there; anything else leads to the trainer's page.
    ['#/handout/key/clashing-appointments/graph', { name: 'handout', kind: 'key', id: 'clashing-appointments', from: 'graph' }],
    ['#/handout/key/clashing-appointments/elsewhere', { name: 'handout', kind: 'key', id: 'clashing-appointments' }],
    ['#/handout/sheet', { name: 'start' }],
    ['#/handout/sheet/', { name: 'start' }],
    ['#/handout/poster/clashing-appointments', { name: 'start' }],
  ])('handout %s → %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each<Route>([
    { name: 'handout', kind: 'sheet', id: 'a b/c' },
    { name: 'handout', kind: 'key', id: 'clashing-appointments' },
    { name: 'handout', kind: 'sheet', id: 'a b/c', from: 'graph' },
    { name: 'handout', kind: 'rating', id: 'cal-s08-q2' },
  ])('round-trips handout %j', (route) => {
    expect(parseHash(hrefOf(route))).toEqual(route);
  });

  it.each<[string, Route]>([
    ['#/trainer', { name: 'trainer' }],
    ['#/class-results', { name: 'class-results' }],
    ['#/workshop/scenario/clashing-appointments', { name: 'workshop', kind: 'scenario', id: 'clashing-appointments' }],
    ['#/workshop/calibration/cal-s08-q2', { name: 'workshop', kind: 'calibration', id: 'cal-s08-q2' }],
    ['#/workshop/poster/x', { name: 'start' }],
    ['#/guide', { name: 'guide' }],
    ['#/guide/t%C3%B3m-t%E1%BA%AFt', { name: 'guide', section: 'tóm-tắt' }],
    ['#/workshop/scenario', { name: 'start' }],
    ['#/audience', { name: 'audience' }],
  ])('workshop %s → %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each<Route>([{ name: 'trainer' }, { name: 'class-results' }, { name: 'workshop', kind: 'scenario', id: 'a b/c' }, { name: 'audience' }, { name: 'guide' }, { name: 'guide', section: 'tóm-tắt' }])('round-trips workshop %j', (route) => {
    expect(parseHash(hrefOf(route))).toEqual(route);
  });
});
