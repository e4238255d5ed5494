import { createActor, type Actor } from 'xstate';
import type { CalibrationModule } from '../domain/catalog.ts';
import { summariseRound } from '../domain/calibration-summary.ts';
import { shuffled } from '../domain/shuffle.ts';
import type { Repository } from '../storage/repository.ts';
import { RECORD_VERSION, calibrationKey, roundKey, type CalibrationResult, type RoundRecord } from '../storage/records.ts';
import { roundMachine, type RoundSnapshot } from './calibration-round.ts';
import { resume } from './resume.ts';
import { SaveQueue } from './save-queue.ts';

export interface RoundSessionOptions {
  repository: Repository;
  now?: () => number;
  newId?: () => string;
  /** Fixes the order samples are shown in; random by default. */
  seed?: () => number;
  /** A new round in this order, in place of the saved round and of a shuffle (a round rebuilt from an LMS's resume data). */
  order?: readonly string[];
  /** Told whether every step so far is written, so the screen can say so. */
  onSaveState?: (allSaved: boolean) => void;
}

type Opened = Required<Omit<RoundSessionOptions, 'order'>> & Pick<RoundSessionOptions, 'order'>;

/**
 * One interviewer's round on one calibration set: resumed from the saved round when
 * there is one, saved after every step, kept as history when it ends.
 */
export class RoundSession {
  readonly actor: Actor<typeof roundMachine>;
  resultId: string | undefined;
  #saves: SaveQueue;
  #startedAt: number;
  #unsubscribe: () => void;

  private constructor(
    readonly module: CalibrationModule,
    private readonly options: Opened,
    saved: RoundRecord | undefined,
  ) {
    this.#startedAt = saved?.startedAt ?? options.now();
    this.#saves = new SaveQueue(options.onSaveState);
    const input = { set: module.set, order: options.order ? [...options.order] : shuffled(module.set.samples.map((s) => s.id), options.seed(), module.set.id) };
    this.actor = createActor(roundMachine, saved ? { snapshot: saved.snapshot as never, input } : { input });
    this.#unsubscribe = this.actor.subscribe((snapshot) => this.#onStep(snapshot)).unsubscribe;
  }

  static async open(module: CalibrationModule, opts: RoundSessionOptions): Promise<RoundSession> {
    const options: Opened = {
      now: Date.now,
      newId: () => crypto.randomUUID(),
      seed: () => 1 + Math.floor(Math.random() * 0xfffffffe),
      onSaveState: () => {},
      ...opts,
    };
    const { repository } = options;
    const setId = module.set.id;
    const session = await resume({
      repository,
      key: roundKey(setId),
      contentId: setId,
      contentHash: module.contentHash,
      saved: options.order ? undefined : await repository.loadRound(setId),
      create: (saved) => new RoundSession(module, options, saved),
      what: 'round',
    });
    session.actor.start();
    return session;
  }

  get snapshot(): RoundSnapshot {
    return this.actor.getSnapshot();
  }

  settled(): Promise<void> {
    return this.#saves.settled();
  }

  stop() {
    this.#unsubscribe();
    this.actor.stop();
  }

  #onStep(snapshot: RoundSnapshot) {
    const { repository, now } = this.options;
    const setId = this.module.set.id;
    if (snapshot.status === 'done') {
      if (this.resultId) return;
      const result: CalibrationResult = {
        v: RECORD_VERSION,
        kind: 'calibration',
        id: this.options.newId(),
        setId,
        contentHash: this.module.contentHash,
        startedAt: this.#startedAt,
        finishedAt: now(),
        ratings: snapshot.context.ratings,
        figures: (({ exact, withinOne, qwk, bias }) => ({ exact, withinOne, qwk, meanDifference: bias.meanDifference }))(
          summariseRound(this.module.set, snapshot.context.ratings),
        ),
      };
      this.resultId = result.id;
      this.#saves.add(repository.journaled(roundKey(setId), [{ set: calibrationKey(result.id), value: result }, { del: roundKey(setId) }]));
      return;
    }
    const record: RoundRecord = {
      v: RECORD_VERSION,
      kind: 'round',
      setId,
      contentHash: this.module.contentHash,
      startedAt: this.#startedAt,
      updatedAt: now(),
      snapshot: this.actor.getPersistedSnapshot() as unknown as RoundRecord['snapshot'],
    };
    // Journaled before the write starts: a reload a moment after the step cannot lose it.
    this.#saves.add(repository.journaled(roundKey(setId), [{ set: roundKey(setId), value: record }]));
  }
}
