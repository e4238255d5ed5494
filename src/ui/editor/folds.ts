import type { EditorDiagnostic } from '../../editor/check.ts';
import type { FieldPath } from '../../editor/path.ts';

/**
 * Long lists in the editor's forms (a rubric's levels, a calibration set's samples) are
 * folded, each in a <details>; its summary says what the checks found inside, so a
 * problem in a closed fold is not hidden.
 */
export interface Problems {
  errors: number;
  warnings: number;
}

const within = (path: FieldPath, prefix: FieldPath) => prefix.length <= path.length && prefix.every((s, i) => String(s) === String(path[i]));

/** The errors and warnings at `path` or anywhere inside it. */
export function problemsAt(diagnostics: readonly EditorDiagnostic[], path: FieldPath): Problems {
  const problems = { errors: 0, warnings: 0 };
  for (const d of diagnostics) if (within(d.path, path)) problems[d.severity === 'error' ? 'errors' : 'warnings']++;
  return problems;
}

/**
 * Which of `count` folds under `list` opens first: the first with an error, else the first
 * with a warning; -1 when none has a problem (all stay closed, their summaries say so).
 */
export function firstToOpen(diagnostics: readonly EditorDiagnostic[], list: FieldPath, count: number): number {
  let warned = -1;
  for (let i = 0; i < count; i++) {
    const { errors, warnings } = problemsAt(diagnostics, [...list, i]);
    if (errors) return i;
    if (warnings && warned < 0) warned = i;
  }
  return warned;
}
