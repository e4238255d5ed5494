import { aggregate, mergeRecords, type ClassResults } from '../../domain/class-results/aggregate.ts';
import type { CalibrationModule, ScenarioModule } from '../../domain/catalog.ts';
import type { ClassFileOutcome } from '../../workers/class-files.ts';
import { readClassFiles } from './read-files.ts';

/** The content the figures are read against: what this browser holds of the scenarios and sets the files name. */
export interface ContentSource {
  scenario(id: string): Promise<ScenarioModule | undefined>;
  set(id: string): Promise<CalibrationModule | undefined>;
}

/**
 * The class results page's state: the files read so far (kept only on the page) and the
 * content they name, from which the figures are derived.
 */
export class ClassResultsState {
  #outcomes = $state.raw<ClassFileOutcome[]>([]);
  #reading = $state.raw<{ read: number; total: number } | null>(null);
  #scenarios = $state.raw(new Map<string, ScenarioModule>());
  #sets = $state.raw(new Map<string, CalibrationModule>());
  #results = $derived.by((): ClassResults => {
    const records = mergeRecords(this.#outcomes.flatMap((o) => (o.ok ? [o.records] : [])));
    return aggregate(records, {
      scenarios: new Map([...this.#scenarios].map(([id, m]) => [id, m.scenario])),
      sets: new Map([...this.#sets].map(([id, m]) => [id, m.set])),
    });
  });

  constructor(
    private readonly content: ContentSource,
    private readonly read = readClassFiles,
  ) {}

  get outcomes() {
    return this.#outcomes;
  }
  get reading() {
    return this.#reading;
  }
  get results() {
    return this.#results;
  }
  get scenarios(): ReadonlyMap<string, ScenarioModule> {
    return this.#scenarios;
  }
  get sets(): ReadonlyMap<string, CalibrationModule> {
    return this.#sets;
  }

  async load(files: readonly File[]) {
    if (!files.length || this.#reading) return;
    this.#reading = { read: 0, total: files.length };
    try {
      // Marks for the bench (scripts/bench/class-results.bench.mjs): files read, content found.
      performance.mark('class-results:start');
      const outcomes = await this.read(files, (read, total) => (this.#reading = { read, total }));
      performance.mark('class-results:read');
      await this.#loadContent(outcomes);
      performance.mark('class-results:content');
      this.#outcomes = [...this.#outcomes, ...outcomes];
    } finally {
      this.#reading = null;
    }
  }

  clear() {
    this.#outcomes = [];
  }

  async #loadContent(outcomes: ClassFileOutcome[]) {
    const records = outcomes.flatMap((o) => (o.ok ? [o.records] : []));
    const scenarioIds = new Set([...records.flatMap((r) => r.runs.map((x) => x.scenarioId)), ...records.flatMap((r) => r.workshops.filter((w) => w.source.kind === 'scenario').map((w) => w.source.id))]);
    const setIds = new Set([...records.flatMap((r) => r.rounds.map((x) => x.setId)), ...records.flatMap((r) => r.workshops.filter((w) => w.source.kind === 'calibration').map((w) => w.source.id))]);
    const [scenarios, sets] = await Promise.all([
      Promise.all([...scenarioIds].filter((id) => !this.#scenarios.has(id)).map(async (id) => [id, await this.content.scenario(id).catch(() => undefined)] as const)),
      Promise.all([...setIds].filter((id) => !this.#sets.has(id)).map(async (id) => [id, await this.content.set(id).catch(() => undefined)] as const)),
    ]);
    const found = <T>(list: readonly (readonly [string, T | undefined])[]) => list.filter((e): e is readonly [string, T] => e[1] !== undefined);
    if (scenarios.length) this.#scenarios = new Map([...this.#scenarios, ...found(scenarios)]);
    if (sets.length) this.#sets = new Map([...this.#sets, ...found(sets)]);
  }
}
