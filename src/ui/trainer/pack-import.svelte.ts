import type { FileCheck } from '../../domain/content-file.ts';
import type { Diagnostic } from '../../domain/diagnostics.ts';
import type { Pack } from '../../domain/pack.ts';
import { RECORD_VERSION } from '../../storage/records.ts';
import type { Repository, StoredPack } from '../../storage/repository.ts';
import type { ContentLibrary } from '../library.ts';

export type PackImportState =
  | { step: 'idle' }
  | { step: 'checking'; file: string }
  | { step: 'refused'; file: string; diagnostics: Diagnostic[] }
  | { step: 'preview'; file: string; text: string; pack: Pack; warnings: Diagnostic[]; replaces?: StoredPack }
  | { step: 'added'; title: Pack['title'] };

/**
 * Importing a pack: read the file, check it as the build checks content (the YAML
 * parser and the checker load only now), show what is wrong or a preview, and store
 * it only when the trainer accepts.
 */
export class PackImport {
  state = $state.raw<PackImportState>({ step: 'idle' });

  constructor(
    private readonly repository: Repository,
    private readonly library: ContentLibrary,
    /** Told once a pack is stored, so the screen can list it. */
    private readonly onAdded: () => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  async read(file: File): Promise<void> {
    this.state = { step: 'checking', file: file.name };
    let text: string;
    let checked: FileCheck<Pack>;
    try {
      text = await file.text();
      const { checkPackText } = await import('../../domain/content-file.ts');
      checked = checkPackText(text, file.name, await this.library.takenIds());
    } catch (error) {
      // A file the browser cannot read (moved, not text), or a checker that could not load offline.
      const message = error instanceof Error ? error.message : String(error);
      this.state = { step: 'refused', file: file.name, diagnostics: [{ code: 'unreadable', file: file.name, path: '', line: 0, message }] };
      return;
    }
    if (!checked.ok) {
      this.state = { step: 'refused', file: file.name, diagnostics: checked.diagnostics };
      return;
    }
    const replaces = (await this.library.packs()).stored.find((p) => p.id === checked.value.id);
    this.state = { step: 'preview', file: file.name, text, pack: checked.value, warnings: checked.warnings, ...(replaces ? { replaces } : {}) };
  }

  async accept(): Promise<void> {
    const s = this.state;
    if (s.step !== 'preview') return;
    await this.repository.savePack({ v: RECORD_VERSION, kind: 'pack', id: s.pack.id, importedAt: this.now(), file: s.file, source: s.text, pack: s.pack });
    this.library.refreshPacks();
    this.state = { step: 'added', title: s.pack.title };
    this.onAdded();
  }

  cancel() {
    this.state = { step: 'idle' };
  }
}
