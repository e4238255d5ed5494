import type { CalibrationSet } from './calibration.ts';
import type { Rubric } from './rubric.ts';
import type { Scenario } from './scenario.ts';
import type { Text } from './text.ts';

/** What the start screen needs of a scenario, without its content (which loads when opened). */
export interface CatalogEntry {
  id: string;
  /** The folder it lives in: networking, coaching, guanxi, or a trainer's pack later. */
  family: string;
  title: Text;
  summary: Text;
  /** The seed interview question it was built from. */
  question: Text;
  competencies: { id: string; name: Text }[];
  difficulty: number;
  /** Set when the scenario comes from a trainer's imported pack. */
  pack?: PackSource;
}

/** The pack an entry came from, for marking it as the trainer's own. */
export interface PackSource {
  id: string;
  title: Text;
}

/** One scenario's content chunk: the scenario, the rubrics it scores against, and a fingerprint. */
export interface ScenarioModule {
  scenario: Scenario;
  rubrics: Rubric[];
  contentHash: string;
}

export function catalogEntry(scenario: Scenario, rubrics: ReadonlyMap<string, Rubric>, family: string): CatalogEntry {
  const questionRubric = rubrics.get(scenario.question.rubric);
  const question = questionRubric?.questions.find((q) => q.id === scenario.question.id)?.text;
  if (!question) throw new Error(`${scenario.id}: question ${scenario.question.id} not found`);
  return {
    id: scenario.id,
    family,
    title: scenario.title,
    summary: scenario.summary,
    question,
    competencies: scenario.competencies.map((id) => ({ id, name: rubrics.get(id)!.name })),
    difficulty: scenario.difficulty,
  };
}

/** What the calibration list needs of a set, without its samples. */
export interface CalibrationEntry {
  id: string;
  title: Text;
  competency: { id: string; name: Text };
  question: Text;
  samples: number;
  pack?: PackSource;
}

/** One calibration set's chunk: the set, its rubric, and a fingerprint. */
export interface CalibrationModule {
  set: CalibrationSet;
  rubric: Rubric;
  contentHash: string;
}

export function calibrationEntry(set: CalibrationSet, rubrics: ReadonlyMap<string, Rubric>): CalibrationEntry {
  const rubric = rubrics.get(set.competency)!;
  const question = rubrics.get(set.question.rubric)?.questions.find((q) => q.id === set.question.id)?.text;
  if (!question) throw new Error(`${set.id}: question ${set.question.id} not found`);
  return { id: set.id, title: set.title, competency: { id: rubric.id, name: rubric.name }, question, samples: set.samples.length };
}

/** The shipped scenarios: what the start screen lists, and a loader for each one's content. */
export interface ScenarioCatalog {
  catalog: CatalogEntry[];
  loaders: Record<string, () => Promise<{ default: ScenarioModule }>>;
}

/** The shipped calibration sets, and a loader for each (a chunk of its own: the start screen lists none). */
export interface CalibrationCatalog {
  calibration: CalibrationEntry[];
  calibrationLoaders: Record<string, () => Promise<{ default: CalibrationModule }>>;
}

/** Everything shipped. */
export type Catalog = ScenarioCatalog & CalibrationCatalog;

export interface CatalogFilter {
  /** A competency id, or '' for all. */
  competency: string;
  /** A difficulty 1–5, or 0 for any. */
  difficulty: number;
}

export function filterCatalog(entries: readonly CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
  return entries.filter(
    (e) =>
      (filter.competency === '' || e.competencies.some((c) => c.id === filter.competency)) &&
      (filter.difficulty === 0 || e.difficulty === filter.difficulty),
  );
}

/** Every competency some scenario scores, once, in catalog order: the filter's choices. */
export function competenciesOf(entries: readonly CatalogEntry[]): CatalogEntry['competencies'] {
  const seen = new Map<string, CatalogEntry['competencies'][number]>();
  for (const e of entries) for (const c of e.competencies) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
}
