import { describe, expect, it } from 'vitest';
import type { EditorDiagnostic } from '../../editor/check.ts';
import type { FieldPath } from '../../editor/path.ts';
import { firstToOpen, problemsAt } from './folds.ts';

const at = (severity: 'error' | 'warning', ...path: FieldPath): EditorDiagnostic => ({ code: 'schema-value', severity, path, message: '' });

const diagnostics = [
  at('error', 'rubrics', 0, 'levels', 1, 'label', 'vi'),
  at('warning', 'rubrics', 0, 'levels', 1, 'meaning', 'en'),
  at('warning', 'rubrics', 0, 'levels', 3),
  at('error', 'rubrics', 0, 'levels', 10, 'label', 'en'),
  at('error', 'rubrics', 1, 'levels', 0, 'label', 'en'),
  at('error', 'calibration', 0, 'samples', 2, 'answer', 'en'),
  at('warning', 'calibration', 0, 'samples', 4, 'answer', 'en'),
  at('error', 'title', 'en'),
];

describe('problemsAt', () => {
  it.each([
    [['rubrics', 0, 'levels', 1], { errors: 1, warnings: 1 }],
    [['rubrics', 0, 'levels', 3], { errors: 0, warnings: 1 }],
    [['rubrics', 0, 'levels', 0], { errors: 0, warnings: 0 }],
    // Level 1 is not level 10: segments compare whole.
    [['rubrics', 0, 'levels', 10], { errors: 1, warnings: 0 }],
    [['rubrics', 0], { errors: 2, warnings: 2 }],
    [[], { errors: 5, warnings: 3 }],
  ] as [FieldPath, object][])('%j holds %j', (path, problems) => {
    expect(problemsAt(diagnostics, path)).toEqual(problems);
  });

  it('matches a segment given as a number against one given as text', () => {
    expect(problemsAt([at('error', 'calibration', '0', 'samples', '2')], ['calibration', 0, 'samples', 2])).toEqual({ errors: 1, warnings: 0 });
  });
});

describe('firstToOpen', () => {
  it('opens the first fold with an error', () => {
    expect(firstToOpen(diagnostics, ['calibration', 0, 'samples'], 10)).toBe(2);
    expect(firstToOpen(diagnostics, ['rubrics', 0, 'levels'], 5)).toBe(1);
  });

  it('else the first with a warning', () => {
    expect(firstToOpen(diagnostics.filter((d) => d.severity === 'warning'), ['rubrics', 0, 'levels'], 5)).toBe(1);
    expect(firstToOpen([at('warning', 'calibration', 0, 'samples', 4), at('error', 'calibration', 0, 'samples', 8)], ['calibration', 0, 'samples'], 10)).toBe(8);
  });

  it('opens none when none has a problem, or the problem is past the list', () => {
    expect(firstToOpen(diagnostics, ['rubrics', 2, 'levels'], 5)).toBe(-1);
    expect(firstToOpen(diagnostics, ['calibration', 0, 'samples'], 2)).toBe(-1);
  });
});
