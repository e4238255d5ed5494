import * as v from 'valibot';
import { type Level } from '../text.ts';
import { LevelSchema } from '../text-schemas.ts';
import { XAPI_EXTENSIONS } from '../xapi.ts';
import type { ClassAnswer, ClassFileProblem, ClassRecords, ClassRound, ClassRun, ClassWorkshop } from './types.ts';

/**
 * Reads back the statement files `xapi.ts` writes: the subset of xAPI 1.0.3 we emit, checked
 * with one schema, then put together again as runs, rounds and workshops by registration.
 * Statements of other vocabularies in the same file are refused with the file: a class
 * result must not quietly mix in something it cannot read.
 */

/** Bounds as records.ts states them (LIMITS): ids up to 200 characters, 5,000 runs a file, 1,000 answers a run. */
export const XAPI_READ_LIMITS = { idChars: 200, runs: 5_000, answers: 1_000 } as const;

const ADL_TYPE = 'http://adlnet.gov/expapi/activities/';
const ADL_VERB = 'http://adlnet.gov/expapi/verbs/';

const Activity = v.looseObject({
  objectType: v.optional(v.literal('Activity')),
  id: v.pipe(v.string(), v.url()),
  definition: v.looseObject({ type: v.picklist(['simulation', 'assessment', 'meeting', 'cmi.interaction', 'objective'].map((t) => ADL_TYPE + t)) }),
});

const Actor = v.looseObject({
  account: v.optional(v.object({ homePage: v.string(), name: v.string() })),
  mbox: v.optional(v.string()),
  name: v.optional(v.string()),
});

const Extensions = v.optional(v.record(v.string(), v.unknown()), {});

export const ClassStatementSchema = v.looseObject({
  id: v.pipe(v.string(), v.uuid()),
  actor: Actor,
  verb: v.looseObject({ id: v.picklist([`${ADL_VERB}completed`, `${ADL_VERB}answered`]) }),
  object: Activity,
  result: v.optional(v.looseObject({ response: v.optional(v.string()), extensions: Extensions }), {}),
  context: v.looseObject({
    registration: v.pipe(v.string(), v.uuid()),
    contextActivities: v.optional(v.looseObject({ parent: v.optional(v.array(Activity)), other: v.optional(v.array(Activity)) }), {}),
    extensions: Extensions,
  }),
  timestamp: v.pipe(v.string(), v.isoTimestamp()),
});

export type ClassStatement = v.InferOutput<typeof ClassStatementSchema>;

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(XAPI_READ_LIMITS.idChars));
const LevelsSchema = v.record(Id, v.nullable(LevelSchema));
const TallySchema = v.record(Id, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)));
const TalliesSchema = v.record(Id, TallySchema);

/** The id after `/<part>/` in an Activity id, decoded and bounded; undefined when absent or too long. */
function segmentAfter(activityId: string, part: string): string | undefined {
  const at = activityId.lastIndexOf(`/${part}/`);
  if (at < 0) return undefined;
  const raw = activityId.slice(at + part.length + 2).split('/')[0]!;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return v.is(Id, id) ? id : undefined;
}

const typeOf = (a: { definition: { type: string } }) => a.definition.type.slice(ADL_TYPE.length);
const isVerb = (s: ClassStatement, verb: string) => s.verb.id === ADL_VERB + verb;

function actorName(actor: v.InferOutput<typeof Actor>): string | undefined {
  return actor.account?.name ?? actor.mbox ?? actor.name;
}

type Read = { ok: true; records: ClassRecords; actors: string[] } | { ok: false; problem: ClassFileProblem };

const refuse = (problem: ClassFileProblem): Read => ({ ok: false, problem });

/** True when `json` looks like a statement file at all (an array whose first item has a verb): the reader then says what is wrong in it. */
export function looksLikeStatements(json: unknown): json is unknown[] {
  return Array.isArray(json) && json.length > 0 && typeof json[0] === 'object' && json[0] !== null && 'verb' in json[0];
}

/**
 * Statements back into records. Every statement must pass the schema; a run's decisions are
 * its `answered` statements in file order (as written); a statement that names what it
 * cannot (a decision with no node id, a level out of range) refuses the file with its index.
 */
export function readStatements(json: readonly unknown[]): Read {
  const statements: ClassStatement[] = [];
  for (let i = 0; i < json.length; i++) {
    const parsed = v.safeParse(ClassStatementSchema, json[i]);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return refuse({ code: 'bad-statement', index: i + 1, detail: `${v.getDotPath(issue) ?? 'statement'}: ${issue.message}` });
    }
    statements.push(parsed.output);
  }

  const actors = [...new Set(statements.map((s) => actorName(s.actor)).filter((n): n is string => n !== undefined))];
  const runs = new Map<string, ClassRun>();
  const rounds = new Map<string, ClassRound>();
  const workshops = new Map<string, ClassWorkshop & { followed: Map<string, string> }>();
  const answers = new Map<string, ClassAnswer[]>();
  const ratings = new Map<string, Record<string, Level>>();
  const followed = new Map<string, Map<string, string>>();

  for (const [i, s] of statements.entries()) {
    const index = i + 1;
    const bad = (detail: string) => refuse({ code: 'bad-statement', index, detail });
    const registration = s.context.registration;
    const ext = s.result.extensions;
    const kind = typeOf(s.object);
    if (isVerb(s, 'completed')) {
      if (kind === 'simulation') {
        const scenarioId = segmentAfter(s.object.id, 'scenarios');
        const levels = v.safeParse(LevelsSchema, ext[XAPI_EXTENSIONS.competencyLevels] ?? {});
        if (!scenarioId) return bad('object.id: no scenario id');
        if (!levels.success) return bad(`result.extensions.competency-levels: ${levels.issues[0].message}`);
        runs.set(registration, { key: registration, scenarioId, answers: [], levels: levels.output as Record<string, Level | null> });
        if (runs.size > XAPI_READ_LIMITS.runs) return refuse({ code: 'too-many', what: 'runs', count: runs.size, limit: XAPI_READ_LIMITS.runs });
      } else if (kind === 'assessment') {
        const setId = segmentAfter(s.object.id, 'calibration');
        if (!setId) return bad('object.id: no calibration set id');
        rounds.set(registration, { key: registration, setId, ratings: {} });
      } else if (kind === 'meeting') {
        const source = s.context.contextActivities.other?.[0];
        const sourceKind = source && typeOf(source) === 'simulation' ? 'scenario' : source && typeOf(source) === 'assessment' ? 'calibration' : undefined;
        const id = source && segmentAfter(source.id, sourceKind === 'scenario' ? 'scenarios' : 'calibration');
        const tallies = v.safeParse(TalliesSchema, ext[XAPI_EXTENSIONS.tallies] ?? {});
        if (!sourceKind || !id) return bad('context.contextActivities.other: no scenario or calibration set');
        if (!tallies.success) return bad(`result.extensions.tallies: ${tallies.issues[0].message}`);
        const steps = Object.entries(tallies.output).map(([stepId, tally]) => ({ stepId, tally }));
        workshops.set(registration, { key: registration, source: { kind: sourceKind, id }, steps, followed: new Map() });
      } else return bad(`object.definition.type: a completed ${kind} is not one of ours`);
      continue;
    }
    // answered: a decision (parent a scenario), a rating (parent a set) or a workshop step (parent a workshop).
    const parent = s.context.contextActivities.parent?.[0];
    const parentKind = parent && typeOf(parent);
    if (parentKind === 'simulation') {
      const nodeId = segmentAfter(s.object.id, 'nodes');
      if (!nodeId) return bad('object.id: no decision id');
      const timedOut = ext[XAPI_EXTENSIONS.timedOut] === true;
      const optionId = s.result.response ?? '';
      if (!timedOut && !v.is(Id, optionId)) return bad('result.response: no option id');
      const list = answers.get(registration) ?? [];
      if (list.length >= XAPI_READ_LIMITS.answers) return refuse({ code: 'too-many', what: 'answers', count: list.length + 1, limit: XAPI_READ_LIMITS.answers });
      list.push({ nodeId, optionId: timedOut ? '' : optionId, hinted: ext[XAPI_EXTENSIONS.hinted] === true, timedOut });
      answers.set(registration, list);
    } else if (parentKind === 'assessment') {
      const sampleId = segmentAfter(s.object.id, 'samples');
      const level = v.safeParse(LevelSchema, Number(s.result.response));
      if (!sampleId) return bad('object.id: no sample id');
      if (!level.success) return bad(`result.response: ${level.issues[0].message}`);
      ratings.set(registration, { ...ratings.get(registration), [sampleId]: level.output });
    } else if (parentKind === 'meeting') {
      const stepId = segmentAfter(s.object.id, 'nodes') ?? segmentAfter(s.object.id, 'samples');
      if (!stepId) return bad('object.id: no step id');
      if (s.result.response !== undefined) {
        if (!v.is(Id, s.result.response)) return bad('result.response: not an option id');
        const map = followed.get(registration) ?? new Map<string, string>();
        map.set(stepId, s.result.response);
        followed.set(registration, map);
      }
    } else return bad('context.contextActivities.parent: not a scenario, set or workshop of ours');
  }

  for (const [key, run] of runs) run.answers = answers.get(key) ?? [];
  for (const [key, round] of rounds) round.ratings = ratings.get(key) ?? {};
  const readWorkshops: ClassWorkshop[] = [...workshops.values()].map(({ key, source, steps }) => ({
    key,
    source,
    steps: steps.map((step) => {
      const f = followed.get(key)?.get(step.stepId);
      return f === undefined ? step : { ...step, followed: f };
    }),
  }));
  const records = { runs: [...runs.values()], rounds: [...rounds.values()], workshops: readWorkshops };
  if (!records.runs.length && !records.rounds.length && !records.workshops.length) return refuse({ code: 'empty' });
  return { ok: true, records, actors };
}
