import type { CalibrationEntry, CalibrationModule } from './catalog.ts';
import type { Sample } from './calibration.ts';
import { findIndicator, type Indicator, type LevelDescriptor } from './rubric.ts';
import { LEVELS, type Level, type Locale, type Text } from './text.ts';

/**
 * Question practice (issue 16): the candidate answers one of the content's interview
 * questions in their own words, ticks the indicators they believe they showed, and only
 * then sees the calibration set's reference answers at levels 1–5 and places their own.
 * Self-rated, never scored: it is kept apart from scored runs.
 */

/** The content's families, in the order the list shows them. */
export const PRACTICE_FAMILIES = ['networking', 'coaching', 'guanxi'] as const;
export type PracticeFamily = (typeof PRACTICE_FAMILIES)[number];

/** One question on the list. Its id is its calibration set's: the set holds its reference answers. */
export interface PracticeItem {
  setId: string;
  question: Text;
  competency: { id: string; name: Text };
  family: PracticeFamily;
}

/** Which family a shipped competency belongs to, by its id (s08, icf1–8, gx1–4). */
export function familyOf(competencyId: string): PracticeFamily | undefined {
  if (competencyId === 's08') return 'networking';
  if (/^icf\d+$/.test(competencyId)) return 'coaching';
  if (/^gx\d+$/.test(competencyId)) return 'guanxi';
  return undefined;
}

/**
 * The questions to practise: every shipped calibration set's question (the seven S08
 * questions, and one per ICF and guanxi set), in family order, then the content's own order.
 * A trainer's pack is left out: its sets are for rating, not for a candidate's practice.
 */
export function practiceList(entries: readonly CalibrationEntry[]): PracticeItem[] {
  const items = entries.flatMap((e): PracticeItem[] => {
    const family = familyOf(e.competency.id);
    return !e.pack && family ? [{ setId: e.id, question: e.question, competency: e.competency, family }] : [];
  });
  return PRACTICE_FAMILIES.flatMap((f) => items.filter((i) => i.family === f));
}

/** A reference answer as the comparison shows it: the indicators it shows and lacks resolved in its rubric. */
export interface Reference {
  sample: Sample;
  shows: Indicator[];
  lacks: Indicator[];
}

/** The reference answers at one level; none when the set has no sample there (the screen says so). */
export interface ReferenceLevel {
  level: Level;
  descriptor: LevelDescriptor;
  references: Reference[];
}

export interface PracticeQuestion {
  setId: string;
  questionId: string;
  text: Text;
  competency: { id: string; name: Text };
  /** The rubric's levels: what the candidate ticks, level by level. */
  levels: LevelDescriptor[];
  referenceLevels: ReferenceLevel[];
  /** A good answer's length in seconds of speech, per language. */
  suggestedSeconds: Record<Locale, number>;
}

/** Everything one practice round needs of a calibration set. Undefined when the set's question is not in its rubric. */
export function practiceQuestion(module: CalibrationModule): PracticeQuestion | undefined {
  const { set, rubric } = module;
  const question = set.question.rubric === rubric.id ? rubric.questions.find((q) => q.id === set.question.id) : undefined;
  if (!question) return undefined;
  const resolve = (ids: readonly string[]) => ids.flatMap((id) => findIndicator(rubric, id) ?? []);
  return {
    setId: set.id,
    questionId: question.id,
    text: question.text,
    competency: { id: rubric.id, name: rubric.name },
    levels: rubric.levels,
    referenceLevels: LEVELS.map((level) => ({
      level,
      descriptor: rubric.levels[level - 1]!,
      references: set.samples.filter((s) => s.level === level).map((sample) => ({ sample, shows: resolve(sample.shows), lacks: resolve(sample.lacks) })),
    })),
    suggestedSeconds: { vi: suggestedSeconds(set.samples, 'vi'), en: suggestedSeconds(set.samples, 'en') },
  };
}

/**
 * Speaking rates for turning a reference answer's length into time, per language (house
 * figures, conservative for an interview): English words, Vietnamese syllables (each is
 * written as a word), per minute.
 */
export const SPEAKING_RATE: Record<Locale, number> = { en: 130, vi: 160 };

/** The shortest and longest suggestion, in seconds: a behavioural answer needs a situation, an action and a result. */
export const SUGGESTED_RANGE = { min: 60, max: 180 } as const;

/**
 * A good answer's length: the median length of the set's level 4 and 5 answers, spoken at
 * `SPEAKING_RATE`, to the nearest 15 seconds, within `SUGGESTED_RANGE`. Taken from the
 * references, so it is as long as the answers the candidate will be compared with.
 */
export function suggestedSeconds(samples: readonly Pick<Sample, 'answer' | 'level'>[], locale: Locale): number {
  const lengths = samples
    .filter((s) => s.level >= 4)
    .map((s) => wordCount(s.answer[locale]))
    .sort((a, b) => a - b);
  if (!lengths.length) return 120;
  const median = lengths[Math.floor((lengths.length - 1) / 2)]!;
  const seconds = Math.round(((median / SPEAKING_RATE[locale]) * 60) / 15) * 15;
  return Math.min(SUGGESTED_RANGE.max, Math.max(SUGGESTED_RANGE.min, seconds));
}

const wordCount = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The level the candidate's own ticks point to: the highest level at which they ticked a
 * behaviour (a deficit points to level 1, where it belongs). Null when nothing is ticked.
 * A prompt beside the references, not a score: the candidate places their answer.
 */
export function levelFromTicks(levels: readonly LevelDescriptor[], ticked: ReadonlySet<string>): Level | null {
  let found: Level | null = null;
  for (const l of levels) {
    for (const i of l.indicators) if (ticked.has(i.id)) found = i.deficit ? (found ?? 1) : l.level;
  }
  return found;
}

// The round

export type PracticePhase = 'answer' | 'rate' | 'compare' | 'done';

export interface PracticeState {
  phase: PracticePhase;
  answer: string;
  /** The answer was recorded (the recorder kept a clip), so an empty transcript still counts as an answer. */
  recorded: boolean;
  ticked: string[];
  placed: Level | null;
  startedAt: number;
  /** The interview clock, when the candidate started one: when, and for how many seconds. */
  clock: { startedAt: number; seconds: number } | null;
}

export type PracticeEvent =
  | { type: 'WRITE'; text: string }
  | { type: 'RECORDED'; kept: boolean }
  | { type: 'START_CLOCK'; at: number; seconds: number }
  | { type: 'STOP_CLOCK' }
  /** The answer is given: on to self-rating. */
  | { type: 'SUBMIT' }
  | { type: 'TICK'; id: string; on: boolean }
  /** Self-rating done: the reference answers may be shown. */
  | { type: 'REVEAL' }
  | { type: 'PLACE'; level: Level }
  | { type: 'SAVE' };

export function startPractice(now: number): PracticeState {
  return { phase: 'answer', answer: '', recorded: false, ticked: [], placed: null, startedAt: now, clock: null };
}

/** Whether the answer can go on to self-rating: something written or recorded. */
export const hasAnswer = (s: PracticeState) => s.answer.trim() !== '' || s.recorded;

/**
 * One step of a round. Each phase takes only its own events, so the reference answers
 * (phase `compare`) cannot be reached before the answer is given and self-rated, and
 * nothing rated can change once they are seen.
 */
export function practiceStep(state: PracticeState, event: PracticeEvent): PracticeState {
  switch (state.phase) {
    case 'answer':
      if (event.type === 'WRITE') return { ...state, answer: event.text };
      if (event.type === 'RECORDED') return { ...state, recorded: event.kept };
      if (event.type === 'START_CLOCK') return { ...state, clock: { startedAt: event.at, seconds: event.seconds } };
      if (event.type === 'STOP_CLOCK') return { ...state, clock: null };
      if (event.type === 'SUBMIT' && hasAnswer(state)) return { ...state, phase: 'rate' };
      return state;
    case 'rate':
      if (event.type === 'TICK') {
        const rest = state.ticked.filter((id) => id !== event.id);
        return { ...state, ticked: event.on ? [...rest, event.id] : rest };
      }
      if (event.type === 'REVEAL') return { ...state, phase: 'compare' };
      return state;
    case 'compare':
      if (event.type === 'PLACE') return { ...state, placed: event.level };
      if (event.type === 'SAVE' && state.placed !== null) return { ...state, phase: 'done' };
      return state;
    case 'done':
      return state;
  }
}

/** What a finished round keeps (records.ts validates it as `PracticeRecord`). */
export interface PracticeOutcome {
  v: 1;
  kind: 'question-practice';
  id: string;
  setId: string;
  questionId: string;
  contentHash: string;
  competency: string;
  question: Text;
  locale: Locale;
  answer: string;
  recording?: string;
  ticked: string[];
  placed: Level;
  clock?: number;
  metrics?: PracticeMetrics;
  startedAt: number;
  finishedAt: number;
}

/** The answer's length, rate and fillers (src/speech/metrics.ts computes them). */
export interface PracticeMetrics {
  words: number;
  seconds: number | null;
  wordsPerMinute: number | null;
  fillers: { phrase: string; count: number }[];
  fillerTotal: number;
}

/** The record of a saved round; undefined until it is saved (placed, phase `done`). */
export function practiceOutcome(
  state: PracticeState,
  question: Pick<PracticeQuestion, 'setId' | 'questionId' | 'text' | 'competency'>,
  extra: { id: string; contentHash: string; locale: Locale; now: number; recording?: string; metrics?: PracticeMetrics },
): PracticeOutcome | undefined {
  if (state.phase !== 'done' || state.placed === null) return undefined;
  return {
    v: 1,
    kind: 'question-practice',
    id: extra.id,
    setId: question.setId,
    questionId: question.questionId,
    contentHash: extra.contentHash,
    competency: question.competency.id,
    question: question.text,
    locale: extra.locale,
    answer: state.answer,
    ...(extra.recording ? { recording: extra.recording } : {}),
    ticked: state.ticked,
    placed: state.placed,
    ...(state.clock ? { clock: state.clock.seconds } : {}),
    ...(extra.metrics ? { metrics: extra.metrics } : {}),
    startedAt: state.startedAt,
    finishedAt: extra.now,
  };
}

// The interview clock: visible, announced at a few moments, never forced.

/** The interview clock's default length, in seconds. */
export const CLOCK_SECONDS = 120;

/** Seconds left on the clock at `now` (negative once past). */
export function clockLeft(clock: { startedAt: number; seconds: number }, now: number): number {
  return clock.seconds - Math.floor((now - clock.startedAt) / 1000);
}

/** Moments worth saying aloud (seconds left): a minute, half a minute, time up. */
export const CLOCK_MILESTONES = [60, 30, 0] as const;

/**
 * The milestone passed between two readings of the clock, to announce politely; the
 * smallest when several were passed at once (a tab in the background), none when none was.
 * A milestone at or above the clock's own length is not said (a 60-second clock starts at it).
 */
export function clockMilestone(before: number, after: number, seconds: number): number | null {
  const passed = CLOCK_MILESTONES.filter((m) => m < seconds && before > m && after <= m);
  return passed.length ? passed[passed.length - 1]! : null;
}

// Listening to the question

export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/**
 * A voice to read the question aloud in `locale`, or none. Only a voice on the device:
 * a network voice would send the text off the device, and nothing here leaves the browser.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], locale: Locale): V | undefined {
  const fits = voices.filter((v) => v.localService && v.lang.toLowerCase().replace('_', '-').split('-')[0] === locale);
  return fits.find((v) => v.default) ?? fits[0];
}

/** The level last placed for each set's question, from practices in any order. */
export function lastPlacedBySet(practices: readonly { setId: string; placed: Level; finishedAt: number }[]): Map<string, Level> {
  const last = new Map<string, { placed: Level; at: number }>();
  for (const p of practices) {
    const seen = last.get(p.setId);
    if (!seen || p.finishedAt > seen.at) last.set(p.setId, { placed: p.placed, at: p.finishedAt });
  }
  return new Map([...last].map(([setId, { placed }]) => [setId, placed]));
}
