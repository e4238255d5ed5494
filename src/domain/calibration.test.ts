import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { checkCalibrationSet } from './calibration.ts';

const { rubrics } = loadFixture();
const text = (en: string) => ({ vi: `${en} (vi)`, en });
const sample = (id: string, level: number, shows: string[] = []) => ({ id, answer: text(`answer ${id}`), level, shows, rationale: text(`why ${id}`) });
const valid = () => ({
  id: 'cal-mini',
  title: text('Mini'),
  competency: 'mini',
  question: { rubric: 'mini', id: 'mini.q1' },
  samples: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((level, i) => sample(String.fromCharCode(97 + i), level, [`mini.${level}.1`])),
});

describe('checkCalibrationSet', () => {
  it('accepts ten samples covering every level', () => {
    expect(checkCalibrationSet(valid(), rubrics).ok).toBe(true);
  });

  it.each([
    ['fewer than ten samples', (s: ReturnType<typeof valid>) => s.samples.splice(9), 'schema-value', 'samples'],
    ['a level missing', (s: ReturnType<typeof valid>) => s.samples.forEach((x) => x.level === 5 && (x.level = 4)), 'levels-missing', 'samples'],
    ['an unknown indicator', (s: ReturnType<typeof valid>) => (s.samples[2]!.shows = ['mini.9.9']), 'unknown-indicator', 'samples.2.shows.0'],
    ['a duplicate sample id', (s: ReturnType<typeof valid>) => (s.samples[3]!.id = 'a'), 'duplicate-id', 'samples.3.id'],
    ['an unknown question', (s: ReturnType<typeof valid>) => (s.question.id = 'mini.q9'), 'unknown-question', 'question.id'],
    ['a level of 6', (s: ReturnType<typeof valid>) => (s.samples[0]!.level = 6), 'schema-type', 'samples.0.level'],
  ])('refuses %s', (_, change, code, path) => {
    const set = valid();
    change(set);
    const checked = checkCalibrationSet(set, rubrics);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.findings).toContainEqual(expect.objectContaining({ code, path }));
  });
});
