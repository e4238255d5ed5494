import { createActor, type Actor } from 'xstate';
import { audienceView, roomLevels, sourceOf, stepContent, type AudienceView, type WorkshopContent, type WorkshopState } from '../domain/workshop.ts';
import { RECORD_VERSION, liveWorkshopKey, workshopKey, type LiveWorkshopRecord, type StoredWorkshop } from '../storage/records.ts';
import type { WriteOp } from '../storage/backend.ts';
import type { Repository } from '../storage/repository.ts';
import { workshopMachine, type WorkshopMachine, type WorkshopSnapshot } from './workshop.ts';
import { resume } from './resume.ts';
import { SaveQueue } from './save-queue.ts';

export interface WorkshopSessionOptions {
  repository: Repository;
  now?: () => number;
  newId?: () => string;
  /** Told of every new audience view: the presenter window passes it to the projector window. */
  onView?: (view: AudienceView) => void;
  /** Told whether every step so far is written, so the screen can say so. */
  onSaveState?: (allSaved: boolean) => void;
}

export const stateOf = (snapshot: WorkshopSnapshot): WorkshopState => ({ ...snapshot.context, phase: snapshot.value as WorkshopState['phase'] });

/** A saved workshop fits when its step is still in the content (or it has ended). */
export function workshopFits(content: WorkshopContent, snapshot: WorkshopSnapshot): boolean {
  const { phase, stepId } = stateOf(snapshot);
  return phase === 'done' || stepContent(content, stepId) !== undefined;
}

/**
 * The presenter's workshop on one scenario or set: resumed from the saved one when
 * there is one, saved after every step with the audience view, kept as a record
 * when it ends.
 */
export class WorkshopSession {
  readonly actor: Actor<WorkshopMachine>;
  recordId: string | undefined;
  #saves: SaveQueue;
  #startedAt: number;
  #view: AudienceView | undefined;
  #unsubscribe: () => void;

  private constructor(
    readonly content: WorkshopContent,
    readonly contentHash: string,
    private readonly options: Required<WorkshopSessionOptions>,
    saved: LiveWorkshopRecord | undefined,
  ) {
    this.#startedAt = saved?.startedAt ?? options.now();
    this.#saves = new SaveQueue(options.onSaveState);
    const machine = workshopMachine(content);
    this.actor = createActor(machine, saved ? { snapshot: saved.snapshot as never } : {});
    this.#unsubscribe = this.actor.subscribe((snapshot) => this.#onStep(snapshot)).unsubscribe;
  }

  static async open(content: WorkshopContent, opts: WorkshopSessionOptions): Promise<WorkshopSession> {
    const options: Required<WorkshopSessionOptions> = { now: Date.now, newId: () => crypto.randomUUID(), onView: () => {}, onSaveState: () => {}, ...opts };
    const { repository } = options;
    const source = sourceOf(content);
    const hash = content.module.contentHash;
    let saved = await repository.loadLiveWorkshop(source);
    // A finished one stays saved for the projector's last screen; opening again starts anew.
    if (saved?.snapshot.status === 'done') saved = undefined;
    const session = await resume({
      repository,
      key: liveWorkshopKey(source),
      contentId: source.id,
      contentHash: hash,
      saved,
      create: (saved) => new WorkshopSession(content, hash, options, saved),
      // A snapshot whose step this content no longer has.
      fits: (session) => workshopFits(content, session.actor.getSnapshot()),
      what: 'workshop',
    });
    session.actor.start();
    return session;
  }

  get view(): AudienceView {
    return (this.#view ??= audienceView(this.content, stateOf(this.actor.getSnapshot())));
  }

  settled(): Promise<void> {
    return this.#saves.settled();
  }

  stop() {
    this.#unsubscribe();
    this.actor.stop();
  }

  /** Ends an unfinished workshop without keeping it. */
  async discard(): Promise<void> {
    this.stop();
    await this.#saves.settled();
    await this.options.repository.clearLiveWorkshop(sourceOf(this.content));
  }


  #onStep(snapshot: WorkshopSnapshot) {
    const { repository, now } = this.options;
    const state = stateOf(snapshot);
    this.#view = audienceView(this.content, state);
    this.options.onView(this.#view);
    const source = sourceOf(this.content);
    const ops: WriteOp[] = [];
    if (snapshot.status === 'done' && !this.recordId) {
      const levels = roomLevels(this.content, state.answers);
      const record: StoredWorkshop = {
        v: RECORD_VERSION,
        kind: 'workshop',
        id: this.options.newId(),
        source,
        contentHash: this.contentHash,
        startedAt: this.#startedAt,
        finishedAt: now(),
        steps: state.steps,
        ...(levels ? { levels } : {}),
      };
      this.recordId = record.id;
      ops.push({ set: workshopKey(record.id), value: record });
    }
    const live: LiveWorkshopRecord = {
      v: RECORD_VERSION,
      kind: 'live-workshop',
      source,
      contentHash: this.contentHash,
      startedAt: this.#startedAt,
      updatedAt: now(),
      snapshot: this.actor.getPersistedSnapshot() as unknown as LiveWorkshopRecord['snapshot'],
      view: this.#view,
    };
    ops.push({ set: liveWorkshopKey(source), value: live });
    // One transaction, journaled before it starts: a reload a moment after the step cannot lose it.
    this.#saves.add(repository.journaled(liveWorkshopKey(source), ops));
  }
}
