import type { Pack, TakenIds } from '../../domain/pack.ts';
import { checkDraft, type DraftCheck } from '../../editor/check.ts';
import type { Command } from '../../editor/commands.ts';
import type { Draft } from '../../editor/document.ts';
import { canRedo, canUndo, execute, redo, startHistory, undo, type History } from '../../editor/history.ts';
import type { DraftStore } from '../../storage/drafts.ts';

/**
 * One open draft for the editor's screen: its history (undo/redo), the checker's findings
 * on the present pack, and its saving. Every change of the pack (an edit, an undo, a redo)
 * is saved at once; the screen shows "Saving…" until the store has written it.
 */
export class EditorSession {
  #history = $state.raw<History>() as History;
  #draft = $state.raw<Draft>() as Draft;
  /** Another tab took this draft over: nothing here is saved any more (tab-claim.ts). */
  stopped = $state(false);
  #check = $derived.by<DraftCheck>(() => checkDraft(this.#history.present, this.taken));

  constructor(
    draft: Draft,
    private readonly store: DraftStore,
    private readonly taken: TakenIds | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.#draft = draft;
    this.#history = startHistory(draft.pack);
  }

  get draft(): Draft {
    return this.#draft;
  }

  get pack(): Pack {
    return this.#history.present;
  }

  get check(): DraftCheck {
    return this.#check;
  }

  get canUndo(): boolean {
    return canUndo(this.#history);
  }

  get canRedo(): boolean {
    return canRedo(this.#history);
  }

  edit(command: Command) {
    this.#moveTo(execute(this.#history, command, this.now()));
  }

  undo() {
    this.#moveTo(undo(this.#history));
  }

  redo() {
    this.#moveTo(redo(this.#history));
  }

  rename(name: string) {
    this.#draft = { ...this.#draft, name, updatedAt: this.now() };
    this.#save();
  }

  #moveTo(history: History) {
    if (history === this.#history || this.stopped) return;
    const changed = history.present !== this.#history.present;
    this.#history = history;
    if (!changed) return;
    this.#draft = { ...this.#draft, pack: history.present, updatedAt: this.now() };
    this.#save();
  }

  #save() {
    if (!this.stopped) this.store.save($state.snapshot(this.#draft) as Draft);
  }
}
