import { loadCalibrationCatalog } from 'virtual:content';
import type { ScenarioCatalog } from '../domain/catalog.ts';
import type { OpeningDatabase } from '../storage/database.ts';
import { openRepository, type Repository } from '../storage/repository.ts';
import { ContentLibrary } from './library.ts';

/** What the routes read and write: storage, and the content library over it. */
export interface Stores {
  readonly repository: Repository;
  readonly library: ContentLibrary;
}

/**
 * Opens storage (the database the entry started opening) and the content library over the
 * scenarios' catalog, already on its way. This module is a chunk of its own, fetched beside the
 * strings and the catalog, so the shell paints without it (issue 15 §5; `npm run size` counts it
 * with the start screen's content, not with the first paint).
 */
export async function openStores(database: OpeningDatabase | undefined, scenarios: Promise<ScenarioCatalog>): Promise<Stores> {
  const repository = await openRepository(database);
  return { repository, library: new ContentLibrary(repository, { scenarios: () => scenarios, calibration: loadCalibrationCatalog }) };
}
