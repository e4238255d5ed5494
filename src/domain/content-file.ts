import type { Diagnostic } from './diagnostics.ts';
import type { Rubric } from './rubric.ts';
import type { Scenario } from './scenario.ts';
import { checkRubric, checkScenario } from './validate.ts';
import { locate, parseYaml } from './yaml-source.ts';

export type FileCheck<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** A rubric file's text → a valid rubric, or every problem with its line. */
export function checkRubricText(text: string, file: string): FileCheck<Rubric> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const checked = checkRubric(parsed.source.data);
  return checked.ok ? checked : { ok: false, diagnostics: locate(checked.findings, file, parsed.source) };
}

/** A scenario file's text → a valid scenario against the given rubrics, or every problem with its line. */
export function checkScenarioText(text: string, file: string, rubrics: ReadonlyMap<string, Rubric>): FileCheck<Scenario> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const checked = checkScenario(parsed.source.data, rubrics);
  return checked.ok ? checked : { ok: false, diagnostics: locate(checked.findings, file, parsed.source) };
}
