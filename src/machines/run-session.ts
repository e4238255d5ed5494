import { createActor, type Actor } from 'xstate';
import type { ScenarioModule } from '../domain/catalog.ts';
import { compile, type RunMachine, type RunMode, type RunSnapshot } from '../domain/compile.ts';
import { scoreOf } from '../domain/report.ts';
import type { Answer } from '../domain/score.ts';
import type { Repository } from '../storage/repository.ts';
import { RECORD_VERSION, resultKey, runKey, type ResultRecord, type RunRecord } from '../storage/records.ts';
import { resume } from './resume.ts';
import { SaveQueue } from './save-queue.ts';

export interface RunSessionOptions {
  repository: Repository;
  now?: () => number;
  newId?: () => string;
  /** For a new run: practice (may step back) or assessment (the default). A resumed run keeps its own. */
  mode?: RunMode;
  /** For a new run: seconds per decision, 0 for untimed (the default). */
  timeLimit?: number;
  /** The seed that fixes this run's option order; random by default (the domain reads no randomness). */
  seed?: () => number;
  /** Told whether every step so far is written (true) or a write is pending (false), so the screen can say so. */
  onSaveState?: (allSaved: boolean) => void;
}

/**
 * One candidate's run of one scenario: the compiled machine's actor, resumed from
 * the saved snapshot when there is one, saved after every step, and turned into a
 * history record when it ends.
 */
export class RunSession {
  readonly actor: Actor<RunMachine>;
  /** Set once the run has ended and its result is stored. */
  resultId: string | undefined;
  #saves: SaveQueue;
  #startedAt: number;
  #unsubscribe: () => void;

  private constructor(
    readonly module: ScenarioModule,
    private readonly options: Required<RunSessionOptions>,
    saved: RunRecord | undefined,
  ) {
    this.#saves = new SaveQueue(options.onSaveState);
    const machine = compile(module.scenario);
    this.#startedAt = saved?.startedAt ?? options.now();
    this.actor = createActor(machine, saved ? { snapshot: saved.snapshot as never } : { input: { seed: options.seed(), mode: options.mode, timeLimit: options.timeLimit, startedAt: this.#startedAt } });
    const { unsubscribe } = this.actor.subscribe((snapshot) => this.#onStep(snapshot));
    this.#unsubscribe = unsubscribe;
  }

  static async open(module: ScenarioModule, opts: RunSessionOptions): Promise<RunSession> {
    const options: Required<RunSessionOptions> = {
      now: Date.now,
      newId: () => crypto.randomUUID(),
      onSaveState: () => {},
      mode: 'assessment',
      timeLimit: 0,
      seed: () => 1 + Math.floor(Math.random() * 0xfffffffe),
      ...opts,
    };
    const { repository } = options;
    const scenarioId = module.scenario.id;
    const session = await resume({
      repository,
      key: runKey(scenarioId),
      contentId: scenarioId,
      contentHash: module.contentHash,
      saved: await repository.loadRun(scenarioId),
      create: (saved) => new RunSession(module, options, saved),
      what: 'scenario',
    });
    session.actor.start();
    return session;
  }

  /**
   * "Try again from this decision": a new run, in the mode and timing `opts` give,
   * that replays a finished run's first `decisions` answers (their hints and
   * timeouts too) through the machine, then waits at the next decision, whose
   * clock starts now. Any unfinished run of the scenario is replaced.
   */
  static async replay(module: ScenarioModule, answers: readonly Answer[], decisions: number, opts: RunSessionOptions): Promise<RunSession> {
    await opts.repository.clearRun(module.scenario.id);
    const session = await RunSession.open(module, opts);
    const at = session.options.now();
    for (const answer of answers.slice(0, decisions)) {
      if (answer.hinted) session.actor.send({ type: 'HINT' });
      session.actor.send(answer.timedOut ? { type: 'TIMEOUT', at } : { type: 'CHOOSE', optionId: answer.optionId, at });
      // Practice reviews each answer; the replayed ones were reviewed in the run they come from.
      session.actor.send({ type: 'CONTINUE', at });
    }
    return session;
  }

  get scenario() {
    return this.module.scenario;
  }

  get snapshot(): RunSnapshot {
    return this.actor.getSnapshot();
  }

  /** Resolves when every save queued so far has been written. */
  settled(): Promise<void> {
    return this.#saves.settled();
  }

  stop() {
    this.#unsubscribe();
    this.actor.stop();
  }

  #onStep(snapshot: RunSnapshot) {
    const { repository, now } = this.options;
    if (snapshot.status === 'error') return;
    if (snapshot.status === 'done') {
      if (this.resultId) return;
      const answers = snapshot.output?.answers ?? snapshot.context.answers;
      const { mode, stepsBack, timeLimit } = snapshot.context;
      const result: ResultRecord = {
        v: RECORD_VERSION,
        kind: 'result',
        id: this.options.newId(),
        scenarioId: this.scenario.id,
        contentHash: this.module.contentHash,
        startedAt: this.#startedAt,
        finishedAt: now(),
        answers,
        mode,
        stepsBack,
        ...(timeLimit > 0 ? { timeLimit } : {}),
        levels: Object.fromEntries(scoreOf(this.module, answers).map((c) => [c.competency, c.result?.level ?? null])),
      };
      this.resultId = result.id;
      // The result and the run's removal in one transaction, journaled: a reload cannot keep one without the other.
      const key = runKey(this.scenario.id);
      this.#saves.add(repository.journaled(key, [{ set: resultKey(result.id), value: result }, { del: key }]));
      return;
    }
    const record: RunRecord = {
      v: RECORD_VERSION,
      kind: 'run',
      scenarioId: this.scenario.id,
      contentHash: this.module.contentHash,
      startedAt: this.#startedAt,
      updatedAt: now(),
      snapshot: this.actor.getPersistedSnapshot() as unknown as RunRecord['snapshot'],
    };
    // Journaled before the write starts: a reload a moment after the choice cannot lose it.
    this.#saves.add(repository.journaled(runKey(record.scenarioId), [{ set: runKey(record.scenarioId), value: record }]));
  }
}
