/**
 * The saves of one session, one after another, so an older step never overwrites a
 * newer one; and whether every step so far is written, so the screen can say so.
 * A failed write does not stop the queue: the repository has already fallen back
 * to memory and said why.
 */
export class SaveQueue {
  #tail: Promise<void> = Promise.resolve();
  #pending = 0;

  constructor(private readonly onSaveState: (allSaved: boolean) => void = () => {}) {}

  add(op: () => Promise<void>) {
    this.#pending++;
    this.onSaveState(false);
    const done = () => {
      if (--this.#pending === 0) this.onSaveState(true);
    };
    this.#tail = this.#tail.then(op, op).then(done, done);
  }

  /** Resolves once every save queued so far is written. */
  settled(): Promise<void> {
    return this.#tail;
  }
}
