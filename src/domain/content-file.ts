import { checkCalibrationSet, type CalibrationSet } from './calibration.ts';
import { isError, type Diagnostic } from './diagnostics.ts';
import { lintScenario } from './lint.ts';
import type { Rubric } from './rubric.ts';
import { checkPack, type Pack, type PackProgress, type TakenIds } from './pack.ts';
import type { Scenario } from './scenario.ts';
import { LIMITS } from './text.ts';
import { checkRubric, checkScenario } from './validate.ts';
import { locate, parseSource, parseYaml } from './yaml-source.ts';

/** A file's verdict: valid (perhaps with warnings), or every problem found, errors and warnings alike. */
export type FileCheck<T> = { ok: true; value: T; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** A rubric file's text → a valid rubric, or every problem with its line. */
export function checkRubricText(text: string, file: string): FileCheck<Rubric> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const checked = checkRubric(parsed.source.data);
  return checked.ok ? { ...checked, warnings: [] } : { ok: false, diagnostics: locate(checked.findings, file, parsed.source) };
}

/**
 * A scenario file's text → a valid scenario against the given rubrics, or every
 * problem with its line: schema and references first, then the linter.
 */
export function checkScenarioText(text: string, file: string, rubrics: ReadonlyMap<string, Rubric>): FileCheck<Scenario> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const checked = checkScenario(parsed.source.data, rubrics);
  if (!checked.ok) return { ok: false, diagnostics: locate(checked.findings, file, parsed.source) };
  const linted = locate(lintScenario(checked.value), file, parsed.source);
  return linted.some(isError)
    ? { ok: false, diagnostics: linted }
    : { ok: true, value: checked.value, warnings: linted };
}

/** A calibration set file's text → a valid set against the given rubrics, or every problem with its line. */
export function checkCalibrationText(text: string, file: string, rubrics: ReadonlyMap<string, Rubric>): FileCheck<CalibrationSet> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const checked = checkCalibrationSet(parsed.source.data, rubrics);
  return checked.ok ? { ...checked, warnings: [] } : { ok: false, diagnostics: locate(checked.findings, file, parsed.source) };
}

/**
 * A pack file's text (YAML, or JSON: parsed by `JSON.parse`, see parseSource) →
 * a checked pack, or every problem with the file, its path inside and its line.
 */
export function checkPackText(text: string, file: string, taken?: TakenIds, progress?: PackProgress): FileCheck<Pack> {
  progress?.('parse', 0, 1);
  // Past the format's size the text is not parsed at all (a byte per character at least, so this never refuses less).
  if (text.length > LIMITS.fileBytes) {
    return { ok: false, diagnostics: [{ code: 'too-large', file, path: '', line: 0, message: `the file has ${text.length} characters; a pack may have at most ${LIMITS.fileBytes} bytes: split it into smaller packs`, params: { size: text.length, limit: LIMITS.fileBytes } }] };
  }
  const parsed = parseSource(text, file);
  if (!parsed.ok) return parsed;
  const checked = checkPack(parsed.source.data, taken, progress);
  if (!checked.ok) return { ok: false, diagnostics: locate(checked.findings, file, parsed.source) };
  return { ok: true, value: checked.value, warnings: locate(checked.warnings, file, parsed.source) };
}
