import { loadCalibrationCatalog, loadCatalog } from 'virtual:content';
import { openRepository, type Repository } from '../storage/repository.ts';
import { ContentLibrary } from './library.ts';

/** What the routes read and write: storage, and the content library over it. */
export interface Stores {
  readonly repository: Repository;
  readonly library: ContentLibrary;
}

/**
 * Opens storage and the content library. A chunk of its own, fetched beside the strings, so
 * the shell paints without it and the first load stays small (issue 15 §5; `npm run size`
 * counts it with the start screen's content, not with the first paint).
 */
export async function openStores(): Promise<Stores> {
  // The scenarios' catalog is fetched while storage opens: the start screen and most routes read it.
  const scenarios = loadCatalog();
  // Its failure is the library's to report, when a route reads it; not an unhandled rejection before.
  scenarios.catch(() => {});
  const repository = await openRepository();
  return { repository, library: new ContentLibrary(repository, { scenarios: () => scenarios, calibration: loadCalibrationCatalog }) };
}
