import type { FileCheck } from '../../domain/content-file.ts';
import type { Diagnostic } from '../../domain/diagnostics.ts';
import type { Pack } from '../../domain/pack.ts';
import { RECORD_VERSION } from '../../storage/records.ts';
import type { Repository, StoredPack } from '../../storage/repository.ts';
import type { ContentLibrary } from '../library.ts';
import { LIMITS } from '../../domain/text.ts';
import { CheckStopped, checkPackInWorker } from '../../workers/pack-check.ts';

export type PackImportState =
  | { step: 'idle' }
  | { step: 'checking'; file: string; progress?: { stage: string; done: number; total: number } }
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
  /** Ends the check under way (Cancel). */
  private running: AbortController | undefined;

  constructor(
    private readonly repository: Repository,
    private readonly library: ContentLibrary,
    /** Told once a pack is stored, so the screen can list it. */
    private readonly onAdded: () => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  async read(file: File): Promise<void> {
    this.running?.abort();
    // Refused unread past the format's size: reading and checking it could only keep the page busy.
    if (file.size > LIMITS.fileBytes) {
      const message = `the file is ${file.size} bytes; a pack may have at most ${LIMITS.fileBytes}: split it into smaller packs`;
      this.state = { step: 'refused', file: file.name, diagnostics: [{ code: 'too-large', file: file.name, path: '', line: 0, message, params: { size: file.size, limit: LIMITS.fileBytes } }] };
      return;
    }
    const running = (this.running = new AbortController());
    this.state = { step: 'checking', file: file.name };
    let text: string;
    let checked: FileCheck<Pack>;
    try {
      text = await file.text();
      // Parse, schema, references, lint and the path walk run in a worker: the page keeps answering.
      checked = await checkPackInWorker(
        { text, file: file.name, taken: await this.library.takenIds() },
        (stage, done, total) => {
          if (this.running === running) this.state = { step: 'checking', file: file.name, progress: { stage, done, total } };
        },
        running.signal,
      );
    } catch (error) {
      if (this.running !== running) return;
      this.running = undefined;
      if (error instanceof CheckStopped && error.reason === 'cancelled') return;
      if (error instanceof CheckStopped) {
        const message = 'the pack took too long to check: split it into smaller packs';
        this.state = { step: 'refused', file: file.name, diagnostics: [{ code: 'too-large-to-check', file: file.name, path: '', line: 0, message }] };
        return;
      }
      // A file the browser cannot read (moved, not text), or a checker that could not load offline.
      const message = error instanceof Error ? error.message : String(error);
      this.state = { step: 'refused', file: file.name, diagnostics: [{ code: 'unreadable', file: file.name, path: '', line: 0, message }] };
      return;
    }
    if (this.running !== running) return;
    this.running = undefined;
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

  /** Closes the preview, or stops the check under way (its worker ends at once). */
  cancel() {
    this.running?.abort();
    this.running = undefined;
    this.state = { step: 'idle' };
  }
}
