/**
 * Finished runs, calibration rounds and workshops as xAPI statements (the 1.0.x data
 * model, spec 1.0.3), in one JSON file the user takes to a Learning Record Store
 * themselves. Nothing here sends anything, reads the clock or draws a random number:
 * the same records give the same file, byte for byte, ids included.
 */
import { lowerMedian, type Answer } from './score.ts';
import { LEVELS, type Level, type Locale, type Text } from './text.ts';
import { ADL_TYPE, statementId, VERBS, XAPI_EXTENSIONS, type Json, type LanguageMap, type XapiActivity, type XapiStatement } from './xapi-vocabulary.ts';
import type { WorkshopRecord } from './workshop.ts';

// ── Inputs: what the export reads, so storage's records (and the catalog's entries) fit as they are.

/** A finished run; a stored `ResultRecord` fits. */
export interface XapiRun {
  id: string;
  scenarioId: string;
  contentHash: string;
  startedAt: number;
  finishedAt: number;
  answers: readonly Pick<Answer, 'nodeId' | 'optionId' | 'difficulty' | 'evidence' | 'hinted' | 'timedOut' | 'redFlag'>[];
  mode: 'assessment' | 'practice';
  stepsBack: number;
  levels: Readonly<Record<string, Level | null>>;
}

/** A finished calibration round; a stored `CalibrationResult` fits. */
export interface XapiRound {
  id: string;
  setId: string;
  contentHash: string;
  startedAt: number;
  finishedAt: number;
  ratings: Readonly<Record<string, { level: Level; indicators: readonly string[] }>>;
  figures?: { exact: number; withinOne: number; qwk: number; meanDifference: number };
}

export type XapiWorkshop = Pick<WorkshopRecord, 'id' | 'source' | 'contentHash' | 'startedAt' | 'finishedAt' | 'steps' | 'levels'>;

/** What the export needs of a scenario; a `CatalogEntry` fits. `pack` keeps a trainer's scenario apart from a shipped one with the same id. */
export interface XapiScenarioInfo {
  title: Text;
  competencies: readonly { id: string; name: Text }[];
  pack?: { id: string };
}

/** What the export needs of a calibration set: its title, competency and each sample's reference level. */
export interface XapiCalibrationInfo {
  title: Text;
  competency: { id: string; name: Text };
  samples: readonly { id: string; level: Level }[];
  pack?: { id: string };
}

export interface XapiInput {
  runs: readonly XapiRun[];
  rounds: readonly XapiRound[];
  workshops: readonly XapiWorkshop[];
  /** By scenario id. A run whose scenario is missing (a removed pack) is still exported, without names. */
  scenarios: ReadonlyMap<string, XapiScenarioInfo>;
  /** By set id. Without it a round's samples carry no reference and the round no score. */
  calibrationSets: ReadonlyMap<string, XapiCalibrationInfo>;
}

export interface XapiOptions {
  /** The app's origin (`location.origin`, or with the path it is served under): the account's home page and the base of every Activity id. */
  homePage: string;
  /** The account name on it: a name the person typed, or a local anonymous id. */
  accountName: string;
  /** Which language comes first in each language map; both are always there. */
  locale: Locale;
}

// ── Output: the subset of the Statement format we write.

// The statement's shape, the verbs, extension keys and ids: xapi-vocabulary.ts.
export { XAPI_EXTENSION_BASE, XAPI_EXTENSIONS, XAPI_NAMESPACE } from './xapi-vocabulary.ts';
export type { Json, LanguageMap, XapiActivity, XapiStatement } from './xapi-vocabulary.ts';

// ── Building blocks.

interface Ctx {
  home: string;
  locale: Locale;
  actor: XapiStatement['actor'];
}

function homePageOf(homePage: string): string {
  let url: URL | undefined;
  try {
    url = new URL(homePage);
  } catch {
    // refused below, with the value named
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`xAPI export: the home page must be an absolute http(s) address, not "${homePage}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Both languages, the chosen one first (some LRS viewers show the first key). */
function langMap(text: Text, locale: Locale): LanguageMap {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return { [locale]: text[locale], [other]: text[other] };
}

/** "Title: part" in both languages, for the Activities inside a scenario or set. */
const titled = (title: Text | undefined, part: string): Text | undefined => title && { vi: `${title.vi}: ${part}`, en: `${title.en}: ${part}` };

function activity(ctx: Ctx, id: string, type: string, name: Text | undefined, extra: Partial<XapiActivity['definition']> = {}): XapiActivity {
  return { objectType: 'Activity', id, definition: { ...(name ? { name: langMap(name, ctx.locale) } : {}), type: ADL_TYPE + type, ...extra } };
}

/**
 * Activity ids live under the app's own origin (`homePage`), the one domain whoever
 * deploys it is entitled to mint ids under (xAPI 1.0.3 §2.4.4.1); a pack's content gets
 * the pack's id in its path, since a trainer's ids are unique only within their pack.
 */
const base = (ctx: Ctx, pack: { id: string } | undefined) => `${ctx.home}/xapi${pack ? `/packs/${encodeURIComponent(pack.id)}` : ''}`;
const seg = encodeURIComponent;

const scenarioActivity = (ctx: Ctx, id: string, title: Text | undefined, pack?: { id: string }) =>
  activity(ctx, `${base(ctx, pack)}/scenarios/${seg(id)}`, 'simulation', title);
const calibrationActivity = (ctx: Ctx, id: string, title: Text | undefined, pack?: { id: string }) =>
  activity(ctx, `${base(ctx, pack)}/calibration/${seg(id)}`, 'assessment', title);
const competencyActivity = (ctx: Ctx, id: string, name: Text | undefined, pack?: { id: string }) =>
  activity(ctx, `${base(ctx, pack)}/competencies/${seg(id)}`, 'objective', name);
const nodeActivity = (ctx: Ctx, scenario: XapiActivity, nodeId: string, title: Text | undefined) =>
  activity(ctx, `${scenario.id}/nodes/${seg(nodeId)}`, 'cmi.interaction', titled(title, nodeId), { interactionType: 'choice' });
const LEVEL_SCALE: Text[] = LEVELS.map((l) => ({ vi: `Mức ${l}`, en: `Level ${l}` }));
const sampleActivity = (ctx: Ctx, set: XapiActivity, sampleId: string, title: Text | undefined) =>
  activity(ctx, `${set.id}/samples/${seg(sampleId)}`, 'cmi.interaction', titled(title, sampleId), {
    interactionType: 'likert',
    scale: LEVEL_SCALE.map((description, i) => ({ id: String(LEVELS[i]), description: langMap(description, ctx.locale) })),
  });

const timestamp = (ms: number) => new Date(ms).toISOString();
/** ISO 8601 duration in seconds, at the 0.01 s precision §4.6 asks for. */
const duration = (ms: number) => `PT${Math.max(0, Math.round(ms / 10)) / 100}S`;
/** JSON has no NaN: an undefined figure (kappa of one level) is written as null. */
const finite = (x: number) => (Number.isFinite(x) ? x : null);

function statement(
  ctx: Ctx,
  [kind, recordId, role]: [string, string, string],
  verb: keyof typeof VERBS,
  object: XapiActivity,
  at: number,
  result: XapiStatement['result'],
  context: XapiStatement['context'],
): XapiStatement {
  return {
    id: statementId(kind, recordId, role),
    actor: ctx.actor,
    verb: { id: VERBS[verb].id, display: langMap(VERBS[verb].display, ctx.locale) },
    object,
    result,
    context,
    timestamp: timestamp(at),
    version: '1.0.0',
  };
}

/**
 * One number for a run: the lower median of its competency levels (levels are ordinal,
 * so no mean, as in scoring), as raw on the 1–5 scale, and scaled (raw − 1) / 4 so that
 * scaled = (raw − min) / (max − min): level 1, the floor everyone reaches, is 0; level 5 is 1.
 */
export function runScore(levels: Readonly<Record<string, Level | null>>): XapiStatement['result']['score'] {
  const shown = Object.values(levels).filter((l): l is Level => l !== null);
  if (!shown.length) return undefined;
  const raw = lowerMedian(shown);
  return { scaled: (raw - 1) / 4, raw, min: 1, max: 5 };
}

// ── One record's statements.

function runStatements(ctx: Ctx, run: XapiRun, info: XapiScenarioInfo | undefined): XapiStatement[] {
  const scenario = scenarioActivity(ctx, run.scenarioId, info?.title, info?.pack);
  const names = new Map(info?.competencies.map((c) => [c.id, c.name]));
  const competencies = [...new Set([...names.keys(), ...Object.keys(run.levels)])].map((id) => competencyActivity(ctx, id, names.get(id), info?.pack));
  const registration = statementId('result', run.id, 'registration');
  const shared = { [XAPI_EXTENSIONS.contentHash]: run.contentHash, [XAPI_EXTENSIONS.mode]: run.mode };
  const score = runScore(run.levels);
  const completed = statement(ctx, ['result', run.id, 'completed'], 'completed', scenario, run.finishedAt, {
    ...(score ? { score } : {}),
    completion: true,
    duration: duration(run.finishedAt - run.startedAt),
    extensions: {
      [XAPI_EXTENSIONS.competencyLevels]: { ...run.levels },
      [XAPI_EXTENSIONS.redFlags]: run.answers.flatMap((a, i) => (a.redFlag ? [i] : [])),
    },
  }, {
    registration,
    ...(competencies.length ? { contextActivities: { other: competencies } } : {}),
    extensions: { ...shared, [XAPI_EXTENSIONS.stepsBack]: run.stepsBack },
  });
  const answered = run.answers.map((a, i) => {
    const shown = new Map<string, Level[]>();
    for (const e of a.evidence) shown.set(e.competency, [...(shown.get(e.competency) ?? []), e.level]);
    const evidence = Object.fromEntries([...shown].map(([c, levels]) => [c, lowerMedian(levels)]));
    return statement(ctx, ['result', run.id, `answered/${i}`], 'answered', nodeActivity(ctx, scenario, a.nodeId, info?.title), run.finishedAt, {
      ...(a.timedOut ? {} : { response: a.optionId }),
      extensions: {
        [XAPI_EXTENSIONS.evidenceLevels]: evidence,
        [XAPI_EXTENSIONS.indicators]: [...new Set(a.evidence.flatMap((e) => e.indicators))],
        [XAPI_EXTENSIONS.hinted]: a.hinted,
        [XAPI_EXTENSIONS.timedOut]: a.timedOut ?? false,
        [XAPI_EXTENSIONS.redFlag]: a.redFlag ?? false,
      },
    }, { registration, contextActivities: { parent: [scenario] }, extensions: { ...shared, [XAPI_EXTENSIONS.difficulty]: a.difficulty } });
  });
  return [completed, ...answered];
}

/**
 * A round's score is the share of rated samples given exactly the reference level:
 * raw the count, max the samples compared. It is what each rating's `success` says, summed,
 * so the LRS's own aggregates agree with it; kappa can be undefined (one reference level)
 * and is kept with the other figures in an extension.
 */
function roundStatements(ctx: Ctx, round: XapiRound, info: XapiCalibrationInfo | undefined): XapiStatement[] {
  const set = calibrationActivity(ctx, round.setId, info?.title, info?.pack);
  const reference = new Map(info?.samples.map((s) => [s.id, s.level]));
  const registration = statementId('calibration', round.id, 'registration');
  const shared = { [XAPI_EXTENSIONS.contentHash]: round.contentHash };
  const ratings = Object.entries(round.ratings);
  const compared = ratings.filter(([id]) => reference.has(id));
  const exact = compared.filter(([id, r]) => reference.get(id) === r.level).length;
  const figures = round.figures && Object.fromEntries(Object.entries(round.figures).map(([k, x]) => [k, finite(x)]));
  const completed = statement(ctx, ['calibration', round.id, 'completed'], 'completed', set, round.finishedAt, {
    ...(compared.length ? { score: { scaled: exact / compared.length, raw: exact, min: 0, max: compared.length } } : {}),
    completion: true,
    duration: duration(round.finishedAt - round.startedAt),
    ...(figures ? { extensions: { [XAPI_EXTENSIONS.agreement]: figures } } : {}),
  }, {
    registration,
    ...(info ? { contextActivities: { other: [competencyActivity(ctx, info.competency.id, info.competency.name, info.pack)] } } : {}),
    extensions: shared,
  });
  const answered = ratings.map(([sampleId, rating]) => {
    const ref = reference.get(sampleId);
    return statement(ctx, ['calibration', round.id, `answered/${sampleId}`], 'answered', sampleActivity(ctx, set, sampleId, info?.title), round.finishedAt, {
      ...(ref === undefined ? {} : { success: rating.level === ref }),
      response: String(rating.level),
      extensions: { [XAPI_EXTENSIONS.indicators]: [...rating.indicators], ...(ref === undefined ? {} : { [XAPI_EXTENSIONS.referenceLevel]: ref }) },
    }, { registration, contextActivities: { parent: [set] }, extensions: shared });
  });
  return [completed, ...answered];
}

/**
 * The trainer ran the workshop, so the trainer is the actor; the room's levels are
 * extensions, not a score, which would read as the trainer's own result.
 */
function workshopStatements(ctx: Ctx, input: XapiInput, w: XapiWorkshop): XapiStatement[] {
  const { kind, id, title } = w.source;
  const pack = (kind === 'scenario' ? input.scenarios.get(id) : input.calibrationSets.get(id))?.pack;
  const source = kind === 'scenario' ? scenarioActivity(ctx, id, title, pack) : calibrationActivity(ctx, id, title, pack);
  const workshop = activity(ctx, `${source.id}/workshop`, 'meeting', { vi: `Buổi tập huấn: ${title.vi}`, en: `Workshop: ${title.en}` });
  const registration = statementId('workshop', w.id, 'registration');
  const shared = { [XAPI_EXTENSIONS.contentHash]: w.contentHash };
  const completed = statement(ctx, ['workshop', w.id, 'completed'], 'completed', workshop, w.finishedAt, {
    completion: true,
    duration: duration(w.finishedAt - w.startedAt),
    extensions: {
      [XAPI_EXTENSIONS.tallies]: Object.fromEntries(w.steps.map((s) => [s.stepId, { ...s.tally }])),
      ...(w.levels ? { [XAPI_EXTENSIONS.roomLevels]: { ...w.levels } } : {}),
    },
  }, { registration, contextActivities: { other: [source] }, extensions: shared });
  const answered = w.steps.map((step, i) => {
    const object = kind === 'scenario' ? nodeActivity(ctx, source, step.stepId, title) : sampleActivity(ctx, source, step.stepId, title);
    return statement(ctx, ['workshop', w.id, `answered/${i}`], 'answered', object, w.finishedAt, {
      ...(step.followed === undefined ? {} : { response: step.followed }),
      extensions: { [XAPI_EXTENSIONS.tally]: { ...step.tally }, [XAPI_EXTENSIONS.stepLevels]: { ...step.levels } },
    }, { registration, contextActivities: { parent: [workshop], grouping: [source] }, extensions: shared });
  });
  return [completed, ...answered];
}

/** The first of each record id only: an LRS refuses a whole batch that holds one statement id twice. */
function once<T extends { id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/**
 * Every finished run, calibration round and workshop as statements: per record one
 * `completed` and one `answered` per decision, rated sample or workshop step.
 */
export function xapiStatements(input: XapiInput, options: XapiOptions): XapiStatement[] {
  const home = homePageOf(options.homePage);
  if (!options.accountName.trim()) throw new Error('xAPI export: the account name must not be empty');
  const ctx: Ctx = { home, locale: options.locale, actor: { objectType: 'Agent', account: { homePage: home, name: options.accountName } } };
  return [
    ...once(input.runs).flatMap((r) => runStatements(ctx, r, input.scenarios.get(r.scenarioId))),
    ...once(input.rounds).flatMap((r) => roundStatements(ctx, r, input.calibrationSets.get(r.setId))),
    ...once(input.workshops).flatMap((w) => workshopStatements(ctx, input, w)),
  ];
}

/** The file an LRS takes: a JSON array of statements, the body POST /statements accepts. */
export function xapiFile(statements: readonly XapiStatement[]): string {
  return `${JSON.stringify(statements, null, 2)}\n`;
}
