import type { CalibrationCatalog, CalibrationEntry, CalibrationModule, Catalog, CatalogEntry, ScenarioCatalog, ScenarioModule } from '../domain/catalog.ts';
import type { IdOwner, PackContent, TakenIds } from '../domain/pack.ts';
import { own } from '../domain/own.ts';
import { rememberVerdictsIn, type VerdictStore } from '../domain/pack-verdict.ts';
import type { Text } from '../domain/text.ts';
import type { WorkshopContent } from '../domain/workshop.ts';
import { listedPack, type ListedPack } from '../storage/pack-listing.ts';
import type { Repository, StoredPack } from '../storage/repository.ts';
import { localVerdicts } from './pack-verdicts.ts';

interface Packs {
  stored: StoredPack[];
  content: PackContent[];
}

/** Loads the shipped content's catalogs, each a chunk of its own (`virtual:content`). */
export interface ShippedLoaders {
  scenarios: () => Promise<ScenarioCatalog>;
  calibration: () => Promise<CalibrationCatalog>;
}

/**
 * Everything there is to play: the shipped content (two catalog chunks, each fetched once)
 * and the trainer's own packs (read from storage, re-read after an import or removal).
 * Own entries come after the shipped ones, marked with their pack.
 */
export class ContentLibrary {
  #scenarios: Promise<ScenarioCatalog> | undefined;
  #calibration: Promise<CalibrationCatalog> | undefined;
  #packs: Promise<Packs> | undefined;
  #listing: Promise<readonly ListedPack[]> | undefined;

  /** `verdicts`: stored packs found valid before, not checked again on every load (issue 15 §5). */
  constructor(
    private readonly repository: Repository,
    private readonly loadShipped: ShippedLoaders,
    private readonly verdicts: VerdictStore = localVerdicts(),
  ) {}

  /** Both catalogs; a screen that lists only scenarios reads `catalog()`, which fetches no calibration set's entry. */
  async shipped(): Promise<Catalog> {
    const [scenarios, calibration] = await Promise.all([this.#shippedScenarios(), this.#shippedCalibration()]);
    return { ...scenarios, ...calibration };
  }

  #shippedScenarios(): Promise<ScenarioCatalog> {
    return (this.#scenarios ??= this.loadShipped.scenarios());
  }

  #shippedCalibration(): Promise<CalibrationCatalog> {
    return (this.#calibration ??= this.loadShipped.calibration());
  }

  packs(): Promise<Packs> {
    return (this.#packs ??= this.#readPacks());
  }

  /** After a pack is added or removed. */
  refreshPacks() {
    this.#packs = undefined;
    this.#listing = undefined;
  }

  async catalog(): Promise<CatalogEntry[]> {
    const [shipped, listed] = await Promise.all([this.#shippedScenarios(), this.#listed()]);
    return firstOfEachId([...shipped.catalog, ...listed.flatMap((p) => p.entries)]);
  }

  async calibration(): Promise<CalibrationEntry[]> {
    const [shipped, listed] = await Promise.all([this.#shippedCalibration(), this.#listed()]);
    return firstOfEachId([...shipped.calibration, ...listed.flatMap((p) => p.calibrationEntries)]);
  }

  /**
   * The packs' entries for the catalogs: from the listing stored beside them while it is
   * current, so the start screen reads no pack; otherwise from the packs, read and checked,
   * and the listing kept for the next load.
   */
  #listed(): Promise<readonly ListedPack[]> {
    return (this.#listing ??= (async () => {
      const kept = await this.repository.packListing();
      if (kept) return kept;
      const { stored, content } = await this.packs();
      const fresh = stored.map((s, i) => listedPack(s.id, content[i]!));
      await this.repository.saveListing(fresh);
      return fresh;
    })());
  }

  async scenario(id: string): Promise<ScenarioModule | undefined> {
    const load = own((await this.#shippedScenarios()).loaders, id);
    if (load) return (await load()).default;
    return (await this.packs()).content.find((p) => p.scenarios.has(id))?.scenarios.get(id);
  }

  async set(id: string): Promise<CalibrationModule | undefined> {
    const load = own((await this.#shippedCalibration()).calibrationLoaders, id);
    if (load) return (await load()).default;
    return (await this.packs()).content.find((p) => p.calibration.has(id))?.calibration.get(id);
  }

  /** What a workshop runs on; undefined once the scenario or set is gone. */
  async workshop(source: { kind: 'scenario' | 'calibration'; id: string }): Promise<WorkshopContent | undefined> {
    if (source.kind === 'scenario') {
      const module = await this.scenario(source.id);
      return module && { kind: 'scenario', module };
    }
    const module = await this.set(source.id);
    return module && { kind: 'calibration', module };
  }

  /** Ids a new pack may not take: the shipped content's and other packs' (a pack may replace itself). */
  async takenIds(): Promise<TakenIds> {
    const [shipped, packs] = await Promise.all([this.shipped(), this.packs()]);
    const scenarios = new Map<string, IdOwner>(shipped.catalog.map((e) => [e.id, { name: 'a shipped scenario' }]));
    const calibration = new Map<string, IdOwner>(shipped.calibration.map((e) => [e.id, { name: 'a shipped calibration set' }]));
    const rubrics = new Map<string, IdOwner & { title: Text }>();
    for (const c of [...shipped.catalog.flatMap((e) => e.competencies), ...shipped.calibration.map((e) => e.competency)]) {
      rubrics.set(c.id, { name: 'a shipped competency', title: c.name });
    }
    const taken = { scenarios, calibration, rubrics };
    if (packs.stored.length) {
      // Loaded already: stored packs are only listed through it.
      const { takeIdsOf } = await import('../domain/pack.ts');
      for (const stored of packs.stored) takeIdsOf(taken, stored.id, stored.pack);
    }
    return taken;
  }

  async #readPacks(): Promise<Packs> {
    // The reader checks each stored pack (checkPack alone): once per content and checker version.
    rememberVerdictsIn(this.verdicts);
    const stored = await this.repository.listPacks();
    if (!stored.length) return { stored, content: [] };
    // The pack module (and the linter it carries) loads only when there are packs.
    const { packContent } = await import('../domain/pack.ts');
    return { stored, content: stored.map((s) => packContent(s.pack)) };
  }
}

/**
 * Imports refuse a pack whose ids are taken, so ids are unique; should two ever meet
 * (a pack stored by an older build), the shipped or older one is the one listed.
 */
function firstOfEachId<T extends { id: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.id) && seen.add(e.id));
}
