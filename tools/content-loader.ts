import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CalibrationSet } from '../src/domain/calibration.ts';
import { checkCalibrationText, checkRubricText, checkScenarioText } from '../src/domain/content-file.ts';
import type { Diagnostic } from '../src/domain/diagnostics.ts';
import type { Rubric } from '../src/domain/rubric.ts';
import type { Scenario } from '../src/domain/scenario.ts';

export const RUBRIC_DIR = 'competencies';
export const CALIBRATION_DIR = 'calibration';

export interface ContentFile<T> {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, as shown in messages. */
  file: string;
  value: T;
}

export interface LoadedContent {
  rubrics: Map<string, ContentFile<Rubric>>;
  scenarios: ContentFile<Scenario>[];
  calibration: ContentFile<CalibrationSet>[];
  /** Errors and warnings of files that were refused. */
  diagnostics: Diagnostic[];
  /** Warnings of files that were accepted. */
  warnings: Diagnostic[];
}

export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

export function rubricMap(loaded: Pick<LoadedContent, 'rubrics'>): Map<string, Rubric> {
  return new Map([...loaded.rubrics].map(([id, f]) => [id, f.value]));
}

/** Reads and checks every content file under `contentDir`, rubrics first since scenarios refer to them. */
export function loadContent(contentDir: string, root: string): LoadedContent {
  const rubricDir = join(contentDir, RUBRIC_DIR);
  const calibrationDir = join(contentDir, CALIBRATION_DIR);
  const all = yamlFiles(contentDir);
  const loaded: LoadedContent = { rubrics: new Map(), scenarios: [], calibration: [], diagnostics: [], warnings: [] };
  for (const path of all.filter((p) => p.startsWith(rubricDir))) {
    const file = relative(root, path);
    const checked = checkRubricText(readFileSync(path, 'utf8'), file);
    if (!checked.ok) loaded.diagnostics.push(...checked.diagnostics);
    else if (loaded.rubrics.has(checked.value.id)) {
      loaded.diagnostics.push({ code: 'duplicate-id', file, path: 'id', line: 1, message: `rubric id "${checked.value.id}" is also used by ${loaded.rubrics.get(checked.value.id)!.file}` });
    } else loaded.rubrics.set(checked.value.id, { path, file, value: checked.value });
  }
  const rubrics = rubricMap(loaded);
  const scenarioIds = new Map<string, string>();
  for (const path of all.filter((p) => p.startsWith(calibrationDir))) {
    const file = relative(root, path);
    const checked = checkCalibrationText(readFileSync(path, 'utf8'), file, rubrics);
    if (checked.ok) loaded.calibration.push({ path, file, value: checked.value });
    else loaded.diagnostics.push(...checked.diagnostics);
  }
  for (const path of all.filter((p) => !p.startsWith(rubricDir) && !p.startsWith(calibrationDir))) {
    const file = relative(root, path);
    const checked = checkScenarioText(readFileSync(path, 'utf8'), file, rubrics);
    if (!checked.ok) {
      loaded.diagnostics.push(...checked.diagnostics);
      continue;
    }
    loaded.warnings.push(...checked.warnings);
    const other = scenarioIds.get(checked.value.id);
    if (other) loaded.diagnostics.push({ code: 'duplicate-id', file, path: 'id', line: 1, message: `scenario id "${checked.value.id}" is also used by ${other}` });
    scenarioIds.set(checked.value.id, file);
    loaded.scenarios.push({ path, file, value: checked.value });
  }
  return loaded;
}
