import type { Locale } from '../../domain/text.ts';
import type { StoredWorkshop } from '../../storage/records.ts';
import type { Repository, StoredPack } from '../../storage/repository.ts';
import type { ContentLibrary } from '../library.ts';
import { download } from '../shared/download.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The trainer's own file back, as it was imported; returns the file's name, for the screen to confirm. */
export function exportPack(stored: StoredPack): string {
  const json = /\.json$/i.test(stored.file);
  download(stored.file, json ? 'application/json' : 'application/yaml', stored.source);
  return stored.file;
}

/** A finished workshop as JSON or CSV; returns the file's name, or undefined when its content is gone. */
export async function exportWorkshop(library: ContentLibrary, record: StoredWorkshop, format: 'json' | 'csv', locale: Locale): Promise<string | undefined> {
  const name = `workshop-${record.source.id}-${day(record.finishedAt)}`;
  if (format === 'json') {
    download(`${name}.json`, 'application/json', JSON.stringify(record, null, 2));
    return `${name}.json`;
  }
  const content = await library.workshop(record.source);
  if (!content) return undefined;
  const { workshopCsv } = await import('../../domain/workshop.ts');
  // A byte-order mark, so spreadsheet programs read the Vietnamese as UTF-8.
  download(`${name}.csv`, 'text/csv;charset=utf-8', '\uFEFF' + workshopCsv(record, content, locale));
  return `${name}.csv`;
}

/** Every finished run, calibration round and workshop as xAPI statements in one file; returns its name and how many. */
export async function exportXapi(repository: Repository, library: ContentLibrary, accountName: string, locale: Locale, now: number): Promise<{ file: string; statements: number }> {
  const [{ xapiStatements, xapiFile }, runs, rounds, workshops, catalog, sets] = await Promise.all([
    import('../../domain/xapi.ts'),
    repository.listResults(),
    repository.listCalibrations(),
    repository.listWorkshops(),
    library.catalog(),
    library.calibration(),
  ]);
  // A round's statements carry each sample's reference level, which only the loaded set has.
  const calibrationSets = new Map(
    (
      await Promise.all(
        sets
          .filter((entry) => rounds.some((r) => r.setId === entry.id))
          .map(async (entry) => [entry.id, { ...entry, samples: (await library.set(entry.id))?.set.samples ?? [] }] as const),
      )
    ).map(([id, info]) => [id, info]),
  );
  const statements = xapiStatements(
    { runs, rounds, workshops, scenarios: new Map(catalog.map((e) => [e.id, e])), calibrationSets },
    { homePage: location.origin + location.pathname, accountName, locale },
  );
  const file = `learning-records-${day(now)}.json`;
  download(file, 'application/json', xapiFile(statements));
  return { file, statements: statements.length };
}
