import * as v from 'valibot';
import type { DiagnosticCode } from './diagnostic-codes.ts';
import { CalibrationSetSchema, checkCalibrationSet, type CalibrationSet } from './calibration.ts';
import { calibrationEntry, catalogEntry, type CalibrationEntry, type CalibrationModule, type CatalogEntry, type ScenarioModule } from './catalog.ts';
import { fromValibotIssues, isError, type DiagnosticParams, type Finding } from './diagnostics.ts';
import { contentHash } from './hash.ts';
import { lintLibrary, lintScenario } from './lint.ts';
import { checkRemembered, rememberedVerdicts } from './pack-verdict.ts';
import { PACK_STEPS, stepBudget } from './reach.ts';
import { RubricSchema, type Rubric } from './rubric.ts';
import { ScenarioSchema, type Scenario } from './scenario.ts';
import { LIMITS, type Text } from './text.ts';
import { IdSchema, limited, plainString, TextSchema } from './text-schemas.ts';
import { checkRubric, checkScenario } from './validate.ts';

export const PACK_FORMAT = 'interview-roleplay/pack';
export const PACK_VERSION = 1;

const envelope = {
  format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
  version: v.literal(PACK_VERSION, `must be ${PACK_VERSION}`),
  id: IdSchema,
  title: TextSchema,
  /** Who wrote it, shown beside the title. */
  author: v.optional(plainString(LIMITS.author)),
};

/**
 * A trainer's scenario pack: one file holding rubrics, scenarios and calibration
 * sets, in the same formats as the shipped content. Self-contained: its scenarios
 * and sets score against the rubrics it carries. This full schema is the type and
 * what the JSON Schema for editors is generated from (scripts/pack-schema.ts).
 */
export const PackSchema = v.strictObject({
  ...envelope,
  rubrics: v.pipe(limited(RubricSchema, LIMITS.rubrics, 'rubrics per pack'), v.minLength(1, 'a pack needs at least one rubric')),
  scenarios: v.optional(limited(ScenarioSchema, LIMITS.scenarios, 'scenarios per pack'), []),
  calibration: v.optional(limited(CalibrationSetSchema, LIMITS.calibrationSets, 'calibration sets per pack'), []),
});

export type Pack = v.InferOutput<typeof PackSchema>;

// Checking takes the envelope first and each item on its own, so a finding inside
// the third scenario carries the path `scenarios.2.…` and the item's own checks
// (references, lint) run exactly as they do on shipped content.
const PackEnvelopeSchema = v.strictObject({
  ...envelope,
  rubrics: v.pipe(limited(v.unknown(), LIMITS.rubrics, 'rubrics per pack'), v.minLength(1, 'a pack needs at least one rubric')),
  scenarios: v.optional(limited(v.unknown(), LIMITS.scenarios, 'scenarios per pack'), []),
  calibration: v.optional(limited(v.unknown(), LIMITS.calibrationSets, 'calibration sets per pack'), []),
});

/** Who holds an id: shipped content, or a stored pack (which a new version of itself may replace). */
export interface IdOwner {
  name: string;
  pack?: string;
}

/** Ids already in use elsewhere (shipped content, other packs): a pack may not take them. */
export interface TakenIds {
  scenarios: ReadonlyMap<string, IdOwner>;
  calibration: ReadonlyMap<string, IdOwner>;
  /**
   * Competencies known elsewhere, by rubric id. Results keep levels by competency id, so a
   * pack may reuse an id only for the same competency (the same name), never for another.
   */
  rubrics?: ReadonlyMap<string, IdOwner & { title: Text }>;
}

/** Who else holds `id`, unless it is this same pack (being imported again). */
function takenBy(owners: ReadonlyMap<string, IdOwner>, id: string, packId: string): string | undefined {
  const owner = owners.get(id);
  return owner && owner.pack !== packId ? owner.name : undefined;
}

/** Who holds a taken id, as params a translation words: another pack by its id, else the shipped content. */
function heldBy(owners: ReadonlyMap<string, IdOwner>, id: string): DiagnosticParams {
  const pack = owners.get(id)?.pack;
  return pack ? { id, pack } : { id, shipped: 1 };
}

/** Taken ids being gathered: what `TakenIds` reads, writable. */
export interface TakenIdsDraft {
  scenarios: Map<string, IdOwner>;
  calibration: Map<string, IdOwner>;
  rubrics: Map<string, IdOwner & { title: Text }>;
}

export function draftTakenIds(taken?: TakenIds): TakenIdsDraft {
  return { scenarios: new Map(taken?.scenarios), calibration: new Map(taken?.calibration), rubrics: new Map(taken?.rubrics) };
}

/**
 * Marks a pack's scenario, set and competency ids as held by it, for the packs checked
 * after it. Reads defensively: a stored or imported record is not checked again here.
 * The first holder of a competency id keeps it.
 */
export function takeIdsOf(taken: TakenIdsDraft, packId: string, pack: unknown) {
  const owner = { name: `the pack “${packId}”`, pack: packId };
  const items = (key: 'scenarios' | 'calibration' | 'rubrics') => {
    const list = (pack as Record<string, unknown> | null | undefined)?.[key];
    return (Array.isArray(list) ? list : []).filter((item): item is { id: string; name?: Text } => typeof item?.id === 'string');
  };
  for (const s of items('scenarios')) taken.scenarios.set(s.id, owner);
  for (const c of items('calibration')) taken.calibration.set(c.id, owner);
  for (const r of items('rubrics')) if (r.name && !taken.rubrics.has(r.id)) taken.rubrics.set(r.id, { ...owner, title: r.name });
}

/** Told as the check goes: which stage, and how many of its items are done of how many. */
export type PackProgress = (stage: 'parse' | 'rubrics' | 'scenarios' | 'calibration', done: number, total: number) => void;

export type PackCheck = { ok: true; value: Pack; warnings: Finding[] } | { ok: false; findings: Finding[] };

const prefixed = (prefix: string, findings: readonly Finding[]): Finding[] =>
  findings.map((f) => ({ ...f, path: f.path ? `${prefix}.${f.path}` : prefix, message: `${prefix}.${f.message}` }));

/**
 * Everything the build checks of shipped content, for a pack at run time: schema,
 * references, the linter, unique ids within the pack and against `taken`. Every
 * finding is collected, so a trainer fixes the file in one pass. A stored pack read
 * back (`data` alone) is checked once per content and checker version when the UI
 * keeps verdicts (pack-verdict.ts): its ids were checked against others when it was added.
 */
export function checkPack(data: unknown, taken?: TakenIds, progress?: PackProgress): PackCheck {
  const verdicts = rememberedVerdicts();
  if (verdicts && taken === undefined && progress === undefined) return checkRemembered(data, verdicts, (d) => checkInFull(d));
  return checkInFull(data, taken, progress);
}

function checkInFull(data: unknown, taken: TakenIds = { scenarios: new Map(), calibration: new Map() }, progress?: PackProgress): PackCheck {
  const parsed = v.safeParse(PackEnvelopeSchema, data);
  if (!parsed.success) return { ok: false, findings: fromValibotIssues(parsed.issues) };
  const raw = parsed.output;
  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  const add = (code: DiagnosticCode, path: string, message: string, params?: DiagnosticParams) =>
    findings.push({ code, path, message: `${path}: ${message}`, ...(params ? { params } : {}) });

  const rubrics = new Map<string, Rubric>();
  raw.rubrics.forEach((item, i) => {
    progress?.('rubrics', i, raw.rubrics.length);
    const checked = checkRubric(item);
    if (!checked.ok) return findings.push(...prefixed(`rubrics.${i}`, checked.findings));
    const id = checked.value.id;
    const known = taken.rubrics?.get(id);
    if (rubrics.has(id)) add('duplicate-id', `rubrics.${i}.id`, `rubric "${id}" is in the pack twice`, { id });
    else if (known && known.pack !== raw.id && (known.title.en !== checked.value.name.en || known.title.vi !== checked.value.name.vi)) {
      add('duplicate-id', `rubrics.${i}.id`, `"${id}" is the id of ${known.name} (“${known.title.en}”): a different competency needs another id`, { id, competency: known.title.vi });
    }
    rubrics.set(id, checked.value);
  });

  const scenarios: Scenario[] = [];
  // One walk budget for the whole pack: past it a scenario is reported as too large to check, not walked.
  const budget = stepBudget(PACK_STEPS);
  raw.scenarios.forEach((item, i) => {
    progress?.('scenarios', i, raw.scenarios.length);
    const checked = checkScenario(item, rubrics);
    if (!checked.ok) return findings.push(...prefixed(`scenarios.${i}`, checked.findings));
    const linted = prefixed(`scenarios.${i}`, lintScenario(checked.value, budget));
    findings.push(...linted.filter(isError));
    warnings.push(...linted.filter((f) => !isError(f)));
    const id = checked.value.id;
    if (scenarios.some((s) => s.id === id)) add('duplicate-id', `scenarios.${i}.id`, `scenario "${id}" is in the pack twice`, { id });
    else if (takenBy(taken.scenarios, id, raw.id)) add('duplicate-id', `scenarios.${i}.id`, `"${id}" is already used by ${takenBy(taken.scenarios, id, raw.id)}: choose another id`, heldBy(taken.scenarios, id));
    scenarios.push(checked.value);
  });

  const calibration: CalibrationSet[] = [];
  raw.calibration.forEach((item, i) => {
    progress?.('calibration', i, raw.calibration.length);
    const checked = checkCalibrationSet(item, rubrics);
    if (!checked.ok) return findings.push(...prefixed(`calibration.${i}`, checked.findings));
    const id = checked.value.id;
    if (calibration.some((c) => c.id === id)) add('duplicate-id', `calibration.${i}.id`, `calibration set "${id}" is in the pack twice`, { id });
    else if (takenBy(taken.calibration, id, raw.id)) add('duplicate-id', `calibration.${i}.id`, `"${id}" is already used by ${takenBy(taken.calibration, id, raw.id)}: choose another id`, heldBy(taken.calibration, id));
    calibration.push(checked.value);
  });

  if (!raw.scenarios.length && !raw.calibration.length) add('empty-pack', '', 'a pack needs at least one scenario or calibration set');
  // Over the pack's scenarios together: a trainer is told, not refused (SC017 fails only the shipped library).
  if (scenarios.length > 1) warnings.push(...lintLibrary(scenarios, 'warning'));
  if (findings.length) return { ok: false, findings };
  const { format, version, id, title, author } = raw;
  const pack: Pack = { format, version, id, title, ...(author === undefined ? {} : { author }), rubrics: [...rubrics.values()], scenarios, calibration };
  return { ok: true, value: pack, warnings };
}

/** The family a pack's scenarios are listed under in the catalog. */
export const OWN_FAMILY = 'own';

/** What the catalog and the loaders need of an accepted pack: the same shapes as shipped content. */
export interface PackContent {
  entries: CatalogEntry[];
  scenarios: Map<string, ScenarioModule>;
  calibrationEntries: CalibrationEntry[];
  calibration: Map<string, CalibrationModule>;
}

export function packContent(pack: Pack): PackContent {
  const rubrics = new Map(pack.rubrics.map((r) => [r.id, r]));
  const source = { id: pack.id, title: pack.title };
  return {
    entries: pack.scenarios.map((s) => ({ ...catalogEntry(s, rubrics, OWN_FAMILY), pack: source })),
    scenarios: new Map(
      pack.scenarios.map((s) => [s.id, { scenario: s, rubrics: s.competencies.map((c) => rubrics.get(c)!), contentHash: contentHash(s) }]),
    ),
    calibrationEntries: pack.calibration.map((c) => ({ ...calibrationEntry(c, rubrics), pack: source })),
    calibration: new Map(pack.calibration.map((c) => [c.id, { set: c, rubric: rubrics.get(c.competency)!, contentHash: contentHash(c) }])),
  };
}
