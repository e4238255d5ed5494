import type { LocaleState } from '../../i18n/locale.svelte.ts';
import type { Repository } from '../../storage/repository.ts';
import type { ContentLibrary } from '../library.ts';
import type { Router } from '../router.svelte.ts';

/** What every route is handed by the shell: the stores, the language, the way to other routes. */
export interface AppContext {
  readonly repository: Repository;
  /** Shipped content and the trainer's packs. */
  readonly library: ContentLibrary;
  readonly locale: LocaleState;
  readonly router: Router;
  /** Storage fell back to memory: screens that save say nothing will be kept. */
  readonly inMemory: boolean;
  /** Downloads everything stored as a file; used by the progress page and by any page that failed to load. */
  exportData(): Promise<{ name: string; file: import('../../storage/transfer.ts').ExportFile }>;
  /** Deletes everything stored once the user confirms; false if they did not. */
  resetData(): Promise<boolean>;
  /** Discards a scenario's unfinished run and the takes recorded in it (start over, play again, try again). */
  discardRun(scenarioId: string): Promise<void>;
  /** Opens the projector's window for the workshop this tab presents. */
  openAudience(): void;
}
