import type { CalibrationSet } from '../../src/domain/calibration.ts';
import type { ScenarioModule } from '../../src/domain/catalog.ts';
import { contentHash } from '../../src/domain/hash.ts';
import type { Rubric } from '../../src/domain/rubric.ts';
import type { Answer } from '../../src/domain/score.ts';
import type { ChoiceNode, Scenario, ScenarioOption } from '../../src/domain/scenario.ts';
import type { Level, Text } from '../../src/domain/text.ts';
import type { Backend, WriteOp } from '../../src/storage/backend.ts';
import { RECORD_VERSION, type PracticeRecord, type ResultRecord, type RunRecord } from '../../src/storage/records.ts';

/** Both languages from one English word, so fakes stay short and every text is valid. */
export const text = (en: string): Text => ({ vi: `${en} (vi)`, en });

const levelNames = ['Poor', 'Basic', 'Competent', 'Good', 'Excellent'];
const indicatorsPerLevel: Record<Level, { id: string; deficit?: boolean }[]> = {
  1: [{ id: 's08.1.1' }, { id: 's08.1.2', deficit: true }],
  2: [{ id: 's08.2.1' }, { id: 's08.2.2' }],
  3: [{ id: 's08.3.1' }, { id: 's08.3.2' }],
  4: [{ id: 's08.4.1' }, { id: 's08.4.2' }],
  5: [{ id: 's08.5.1' }, { id: 's08.5.2' }, { id: 's08.5.3' }],
};

/** A valid five-level rubric shaped like S08 (networking), with one interview question. */
export function makeRubric(overrides: Partial<Rubric> = {}): Rubric {
  return {
    id: 's08',
    name: text('Networking'),
    definition: text('Builds and keeps useful working relationships.'),
    source: { seed: '000_4df337a44c270e80.txt' },
    derived: false,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({
      level,
      label: text(levelNames[level - 1]!),
      meaning: text(`Meaning of level ${level}.`),
      indicators: indicatorsPerLevel[level].map(({ id, deficit = false }) => ({ id, text: text(`Indicator ${id}`), deficit })),
    })),
    questions: [{ id: 's08.q2', text: text('Tell us about a contact you built up.') }],
    ...overrides,
  };
}

const option = (id: string, level: Level, indicator: string, next: string): ScenarioOption => ({
  id,
  text: text(`Option ${id} (level ${level})`),
  evidence: [{ competency: 's08', level, indicators: [indicator] }],
  feedback: text(`Feedback on ${id}.`),
  next,
});

const choice = (id: string, options: ScenarioOption[], difficulty?: Level): ChoiceNode => ({
  type: 'choice',
  id,
  ...(difficulty ? { difficulty } : {}),
  lines: [{ speaker: 'ha', text: text(`Question at ${id}?`) }],
  hint: text(`Who needs what at ${id}?`),
  options,
});

/**
 * A small valid scenario at difficulty 3: `open` → `follow` → `route`, which sends a
 * candidate whose S08 evidence so far (lower median) is at least 4 to `stakes`
 * (difficulty 5) and everyone else to `retry` (difficulty 3); both lead to `end`.
 * Levels each option shows:
 *
 * | node   | difficulty | a | b |
 * | ------ | ---------- | - | - |
 * | open   | 3          | 1 | 4 |
 * | follow | 3          | 2 | 5 |
 * | stakes | 5          | 5 | 3 |
 * | retry  | 3          | 3 | 1 |
 */
/** A calibration set of ten samples on s08's second question, two per level. */
export function makeCalibrationSet(): CalibrationSet {
  return {
    id: 'cal-x',
    title: text('X'),
    competency: 's08',
    question: { rubric: 's08', id: 's08.q2' },
    samples: ([1, 2, 3, 4, 5, 1, 2, 3, 4, 5] as const).map((level, i) => ({ id: `s${i}`, answer: text(`a${i}`), level, shows: [], lacks: [], rationale: text(`r${i}`) })),
  };
}

export function makeScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'coffee-chat',
    title: text('Coffee chat'),
    competencies: ['s08'],
    question: { rubric: 's08', id: 's08.q2' },
    summary: text('A first meeting with a possible contact.'),
    difficulty: 3,
    characters: [{ id: 'ha', name: text('Ms Ha'), role: text('Interviewer') }],
    start: 'open',
    nodes: [
      choice('open', [option('a', 1, 's08.1.2', 'follow'), option('b', 4, 's08.4.1', 'follow')]),
      choice('follow', [option('a', 2, 's08.2.1', 'route'), option('b', 5, 's08.5.1', 'route')]),
      {
        type: 'branch',
        id: 'route',
        branches: [{ if: { competency: 's08', atLeast: 4 }, next: 'stakes' }, { next: 'retry' }],
      },
      choice('stakes', [option('a', 5, 's08.5.2', 'end'), option('b', 3, 's08.3.1', 'end')], 5),
      choice('retry', [option('a', 3, 's08.3.2', 'end'), option('b', 1, 's08.1.1', 'end')]),
      { type: 'end', id: 'end', lines: [{ speaker: 'ha', text: text('Thank you.') }] },
    ],
    ...overrides,
  };
}

export function makeModule(scenario: Scenario = makeScenario(), rubrics: Rubric[] = [makeRubric()]): ScenarioModule {
  return { scenario, rubrics, contentHash: contentHash(scenario) };
}

export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    nodeId: 'open',
    optionId: 'b',
    difficulty: 3,
    evidence: [{ competency: 's08', level: 4, indicators: ['s08.4.1'] }],
    hinted: false,
    ...overrides,
  };
}

/** A run record as RunSession writes it: XState's persisted snapshot of a flat machine. */
export function makeRunRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    v: RECORD_VERSION,
    kind: 'run',
    scenarioId: 'coffee-chat',
    contentHash: contentHash(makeScenario()),
    startedAt: 1_000,
    updatedAt: 2_000,
    snapshot: {
      status: 'active',
      value: 'follow',
      historyValue: {},
      children: {},
      context: { answers: [makeAnswer()], hintsShown: [], seed: 0, mode: 'assessment', stepsBack: 0, timeLimit: 0, deadline: null, ownAnswer: null, reviewing: false },
    },
    ...overrides,
  };
}

export function makeResultRecord(overrides: Partial<ResultRecord> = {}): ResultRecord {
  return {
    v: RECORD_VERSION,
    kind: 'result',
    id: 'result-1',
    scenarioId: 'coffee-chat',
    contentHash: contentHash(makeScenario()),
    startedAt: 1_000,
    finishedAt: 2_000,
    answers: [makeAnswer()],
    mode: 'assessment',
    stepsBack: 0,
    levels: { s08: 3 },
    ...overrides,
  };
}

/** A question practised on one's own and self-rated, as the practice screen saves it (storage/records.ts). */
export function makePracticeRecord(overrides: Partial<PracticeRecord> = {}): PracticeRecord {
  return {
    v: RECORD_VERSION,
    kind: 'question-practice',
    id: 'p1',
    setId: 'cal-s08-q2',
    questionId: 's08.q2',
    contentHash: 'h',
    competency: 's08',
    question: { vi: 'Bạn làm thế nào?', en: 'What do you do?' },
    locale: 'vi',
    answer: 'Dạ, em hỏi từng người cần gì.',
    ticked: ['s08.4.1'],
    placed: 4,
    startedAt: 1000,
    finishedAt: 2000,
    ...overrides,
  };
}

/** A full disk: every write rejects as a browser does when the quota is exhausted. */
export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Wraps a backend so that writes (`set`, and `del` unless told otherwise) reject, while
 * reads still work: IndexedDB when the quota is full. It claims to be IndexedDB, since
 * the repository only falls back from a persistent backend.
 */
export function failingBackend(
  inner: Backend,
  { error = quotaError, failDel = true }: { error?: () => unknown; failDel?: boolean } = {},
): Backend & { writes: number } {
  const backend = {
    kind: 'indexeddb' as const,
    writes: 0,
    get: (key: string) => inner.get(key),
    set: async () => {
      backend.writes++;
      throw error();
    },
    del: async (key: string) => {
      if (!failDel) return inner.del(key);
      backend.writes++;
      throw error();
    },
    entries: (prefix?: string) => inner.entries(prefix),
    keys: (prefix?: string) => inner.keys(prefix),
    getMany: (keys: readonly string[]) => inner.getMany(keys),
    apply: async (ops: readonly WriteOp[]) => {
      if (!failDel && ops.every((op) => 'del' in op)) return inner.apply(ops);
      backend.writes++;
      throw error();
    },
    clear: () => inner.clear(),
  };
  return backend;
}
