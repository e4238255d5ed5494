import type { CalibrationModule, ScenarioModule } from '../domain/catalog.ts';
import type { CalibrationSet } from '../domain/calibration.ts';
import { PACK_FORMAT, PACK_VERSION, type Pack } from '../domain/pack.ts';
import type { Rubric } from '../domain/rubric.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { Text } from '../domain/text.ts';

/** What a draft was started as; its pack may hold more once the trainer adds to it. */
export type DraftKind = 'scenario' | 'calibration' | 'rubric';

/**
 * A draft: the pack being edited (in the pack format, nothing else) and what the drafts
 * list shows. The pack may fail the checker at any moment (a text being typed, a node not
 * linked yet): it is checked, never refused, until it is published.
 */
export interface Draft {
  /** The draft's own id (its storage key is `draft/<id>`), apart from the pack's id. */
  id: string;
  /** The trainer's name for it in the drafts list. */
  name: string;
  startedAs: DraftKind;
  pack: Pack;
  createdAt: number;
  updatedAt: number;
  /** What it was copied from, if anything: shipped content or a stored pack's. */
  copiedFrom?: { kind: DraftKind; id: string; pack?: string };
}

/** What every new draft needs from the caller: storage and the domain read no clock or randomness. */
export interface NewDraftInput {
  /** The draft's id, e.g. crypto.randomUUID(). */
  id: string;
  now: number;
  name?: string;
}

/** A text both languages of which are still to be written: the checker marks it "must not be empty". */
export const EMPTY_TEXT: Text = { vi: '', en: '' };

/** A pack id from the draft's id: lower-case letters, digits and dashes, as the format asks. */
export function packIdFor(draftId: string): string {
  const slug = draftId.toLowerCase().replace(/[^a-z0-9-]+/g, '').slice(0, 8) || 'draft';
  return `own-${slug}`;
}

function envelope(input: NewDraftInput, title: Text): Omit<Pack, 'rubrics'> {
  return { format: PACK_FORMAT, version: PACK_VERSION, id: packIdFor(input.id), title, scenarios: [], calibration: [] };
}

/** A rubric to fill in: five levels, one indicator each, one interview question. */
export function blankRubric(id = 'my-competency'): Rubric {
  return {
    id,
    name: EMPTY_TEXT,
    definition: EMPTY_TEXT,
    source: { seed: 'own' },
    derived: true,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({
      level,
      label: EMPTY_TEXT,
      meaning: EMPTY_TEXT,
      indicators: [{ id: `${id}.${level}.1`, text: EMPTY_TEXT, deficit: false }],
    })),
    questions: [{ id: `${id}.q1`, text: EMPTY_TEXT }],
  };
}

/** A scenario to fill in on `rubric`: one decision with two options, leading to one end. */
export function blankScenario(rubric: Rubric, id = 'my-scenario'): Scenario {
  const indicator = (level: number) => rubric.levels[level - 1]?.indicators[0]?.id ?? `${rubric.id}.${level}.1`;
  const option = (oid: string, level: 1 | 5) => ({
    id: oid,
    text: EMPTY_TEXT,
    evidence: [{ competency: rubric.id, level, indicators: [indicator(level)] }],
    feedback: EMPTY_TEXT,
    next: 'end',
  });
  return {
    id,
    title: EMPTY_TEXT,
    competencies: [rubric.id],
    question: { rubric: rubric.id, id: rubric.questions[0]?.id ?? `${rubric.id}.q1` },
    summary: EMPTY_TEXT,
    difficulty: 3,
    characters: [{ id: 'interviewer', name: EMPTY_TEXT, role: EMPTY_TEXT }],
    start: 'd1',
    nodes: [
      { type: 'choice', id: 'd1', lines: [{ speaker: 'interviewer', text: EMPTY_TEXT }], options: [option('a', 5), option('b', 1)] },
      { type: 'end', id: 'end', lines: [{ speaker: 'interviewer', text: EMPTY_TEXT }] },
    ],
  };
}

/** A calibration set to fill in on `rubric`: ten samples, two at each level. */
export function blankCalibrationSet(rubric: Rubric, id = 'my-calibration'): CalibrationSet {
  return {
    id,
    title: EMPTY_TEXT,
    competency: rubric.id,
    question: { rubric: rubric.id, id: rubric.questions[0]?.id ?? `${rubric.id}.q1` },
    samples: Array.from({ length: 10 }, (_, i) => {
      const level = ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5;
      return { id: `s${i + 1}`, answer: EMPTY_TEXT, level, shows: [], lacks: [], rationale: EMPTY_TEXT };
    }),
  };
}

/**
 * A new draft from nothing. A scenario or a calibration set needs a rubric to score
 * against: `rubric` (a copy of a shipped or imported one), else a blank one to write.
 */
export function newDraft(kind: DraftKind, input: NewDraftInput & { rubric?: Rubric }): Draft {
  const rubric = input.rubric ?? blankRubric();
  const pack: Pack = {
    ...envelope(input, EMPTY_TEXT),
    rubrics: [rubric],
    scenarios: kind === 'scenario' ? [blankScenario(rubric)] : [],
    calibration: kind === 'calibration' ? [blankCalibrationSet(rubric)] : [],
  };
  return { id: input.id, name: input.name ?? '', startedAs: kind, pack, createdAt: input.now, updatedAt: input.now };
}

/** An id for a copy: shipped and stored ids are taken, so a copy's scenario or set gets its own. */
export const copyId = (id: string) => `${id}-copy`.slice(0, 64);

/** A draft copying a shipped or imported scenario, with the rubrics it scores against. */
export function draftFromScenario(module: Pick<ScenarioModule, 'scenario' | 'rubrics'>, input: NewDraftInput & { pack?: string }): Draft {
  const scenario = { ...module.scenario, id: copyId(module.scenario.id) };
  const pack: Pack = { ...envelope(input, module.scenario.title), rubrics: [...module.rubrics], scenarios: [scenario] };
  return draftOf('scenario', pack, input, { kind: 'scenario', id: module.scenario.id, ...(input.pack ? { pack: input.pack } : {}) }, module.scenario.title.en);
}

/** A draft copying a shipped or imported calibration set, with its rubric. */
export function draftFromCalibration(module: Pick<CalibrationModule, 'set' | 'rubric'>, input: NewDraftInput & { pack?: string; rubrics?: Rubric[] }): Draft {
  const set = { ...module.set, id: copyId(module.set.id) };
  // The question may come from another rubric than the one rated.
  const rubrics = [module.rubric, ...(input.rubrics ?? []).filter((r) => r.id !== module.rubric.id)];
  const pack: Pack = { ...envelope(input, module.set.title), rubrics, calibration: [set] };
  return draftOf('calibration', pack, input, { kind: 'calibration', id: module.set.id, ...(input.pack ? { pack: input.pack } : {}) }, module.set.title.en);
}

/** A draft copying a rubric (its id kept: a pack may reuse a competency's id for the same competency). */
export function draftFromRubric(rubric: Rubric, input: NewDraftInput & { pack?: string }): Draft {
  const pack: Pack = { ...envelope(input, rubric.name), rubrics: [rubric] };
  return draftOf('rubric', pack, input, { kind: 'rubric', id: rubric.id, ...(input.pack ? { pack: input.pack } : {}) }, rubric.name.en);
}

/** A draft holding a whole pack (imported from a file, or a stored pack to edit): its ids kept. */
export function draftFromPack(pack: Pack, input: NewDraftInput): Draft {
  const kind: DraftKind = pack.scenarios.length ? 'scenario' : pack.calibration.length ? 'calibration' : 'rubric';
  return { id: input.id, name: input.name ?? pack.title.en, startedAs: kind, pack, createdAt: input.now, updatedAt: input.now };
}

function draftOf(kind: DraftKind, pack: Pack, input: NewDraftInput, copiedFrom: Draft['copiedFrom'], title: string): Draft {
  return { id: input.id, name: input.name ?? title, startedAs: kind, pack, createdAt: input.now, updatedAt: input.now, ...(copiedFrom ? { copiedFrom } : {}) };
}
