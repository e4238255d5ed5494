import * as v from 'valibot';
import type { DiagnosticCode } from '../domain/diagnostic-codes.ts';
import { checkCalibrationSet } from '../domain/calibration.ts';
import { cueFigures, cueProblem, lengthFigures, lengthProblems, SURFACE_CUES } from '../domain/cues.ts';
import { fromValibotIssues, joinPath, splitPath, type DiagnosticParams, type Finding } from '../domain/diagnostics.ts';
import { lintLibrary, lintScenario } from '../domain/lint.ts';
import { LINT_CODES, MAX_TEXT_LENGTH, UNTRANSLATED_MIN_LENGTH } from '../domain/lint-codes.ts';
import { checkPack, type Pack, type TakenIds } from '../domain/pack.ts';
import { PACK_STEPS, stepBudget } from '../domain/reach.ts';
import type { Rubric } from '../domain/rubric.ts';
import { NodeSchema, type Scenario } from '../domain/scenario.ts';
import { type Text } from '../domain/text.ts';
import { TextSchema } from '../domain/text-schemas.ts';
import { checkRubric, checkScenario } from '../domain/validate.ts';
import { getAt, updateAt, type FieldPath } from './path.ts';

/** One finding of the checker or the linter on a draft, at the field the UI focuses. */
export interface EditorDiagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  /** Nodes by id, everything else by index (path.ts); `[]` for the pack as a whole. */
  path: FieldPath;
  /** The build's English message; the UI words it from `code` and `params` (src/i18n/diagnostics.ts). */
  message: string;
  params?: DiagnosticParams;
}

export interface DraftCheck {
  diagnostics: EditorDiagnostic[];
  errors: number;
  warnings: number;
  /** No errors: the draft can be published (warnings are the trainer's call, as on import). */
  publishable: boolean;
}

/**
 * The draft checked as a pack import is (checkPack: schema, references, the linter, ids
 * against `taken`), errors and warnings together, each at a field path. A new checker
 * for each call; the editor keeps one `DraftChecker` so each check reuses the last.
 */
export function checkDraft(pack: Pack, taken?: TakenIds): DraftCheck {
  return new DraftChecker().check(pack, taken);
}

/** What one scenario's own check found, and the value it accepted (texts trimmed), to update on the next edit. */
interface ScenarioResult {
  findings: Finding[];
  value?: Scenario;
  /**
   * Refused, and only empty texts stop it (structureWhileWriting): its findings then include the
   * graph's, which hold while that stays so.
   */
  fillable?: boolean;
}

const SCHEMA_CODES = new Set(['schema-type', 'schema-value']);
const isSchema = (f: Finding) => SCHEMA_CODES.has(f.code);

/**
 * Checks a draft after every edit, fast enough to run per keystroke on a 200-node pack:
 * - every item (rubric, scenario, set) is checked on its own as checkPack does, and kept
 *   by identity: an edit copies only what it changed (path.ts), so the rest is reused;
 * - an edit that changed only texts inside a scenario (typing) updates that scenario's
 *   findings: the schema of the texts typed in, their lint (length, translation), the
 *   length cue of their decision point, and the scenario's length and surface cues; the
 *   graph and the paths' walk (which no text changes) are kept.
 * Anything else re-checks the scenario changed in full. The result equals checkPack's
 * findings (tests/unit/editor.test.ts), with two differences: warnings are given beside
 * errors, and each scenario's walk has its own budget (checkPack shares one across a pack).
 */
export class DraftChecker {
  #rubrics: { list: unknown; map: Map<string, Rubric>; findings: Finding[] } | undefined;
  #scenarios = new WeakMap<object, { rubrics: unknown; result: ScenarioResult }>();
  #sets = new WeakMap<object, { rubrics: unknown; findings: Finding[] }>();
  /** The scenarios of the last check, by index, to find what an edit changed. */
  #last: { scenario: unknown; result: ScenarioResult }[] = [];

  check(pack: Pack, taken?: TakenIds): DraftCheck {
    const findings = this.#findings(pack, taken);
    const diagnostics = findings.map((f) => toEditor(pack, f));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return { diagnostics, errors, warnings: diagnostics.length - errors, publishable: errors === 0 };
  }

  #findings(pack: Pack, taken?: TakenIds): Finding[] {
    const p = pack as unknown as Record<string, unknown>;
    // Envelope and rubrics: checkPack itself, on the pack without its items (cheap).
    const head = checkPack({ ...p, scenarios: [], calibration: [] }, taken);
    const headFindings = (head.ok ? head.warnings : head.findings).filter((f) => f.code !== 'empty-pack');
    if (!head.ok && headFindings.some((f) => !f.path.startsWith('rubrics.'))) return headFindings;
    const rubrics = this.#rubricMap(pack.rubrics);
    const out: Finding[] = [...headFindings];
    const add = (code: DiagnosticCode, path: string, message: string, params?: DiagnosticParams) =>
      out.push({ code, path, message: `${path}: ${message}`, ...(params ? { params } : {}) });
    const packId = (p.id as string) ?? '';

    const accepted: Scenario[] = [];
    const scenarios = Array.isArray(p.scenarios) ? (p.scenarios as unknown[]) : [];
    const last: { scenario: unknown; result: ScenarioResult }[] = [];
    scenarios.forEach((item, i) => {
      const result = this.#scenario(item, i, pack.rubrics, rubrics);
      last.push({ scenario: item, result });
      out.push(...prefixed(`scenarios.${i}`, result.findings));
      // As checkPack: only a scenario its own check accepted (lint errors or not) takes its id.
      if (!result.value) return;
      const id = result.value.id;
      if (accepted.some((s) => s.id === id)) add('duplicate-id', `scenarios.${i}.id`, `scenario "${id}" is in the pack twice`, { id });
      else {
        const owner = taken?.scenarios.get(id);
        if (owner && owner.pack !== packId) add('duplicate-id', `scenarios.${i}.id`, `"${id}" is already used by ${owner.name}: choose another id`, owner.pack ? { id, pack: owner.pack } : { id, shipped: 1 });
      }
      accepted.push(result.value);
    });
    this.#last = last;

    const sets: { id: string }[] = [];
    const calibration = Array.isArray(p.calibration) ? (p.calibration as unknown[]) : [];
    calibration.forEach((item, i) => {
      const cached = typeof item === 'object' && item ? this.#sets.get(item) : undefined;
      let found: Finding[];
      if (cached && cached.rubrics === pack.rubrics) found = cached.findings;
      else {
        const checked = checkCalibrationSet(item, rubrics);
        found = checked.ok ? [] : checked.findings;
        if (typeof item === 'object' && item) this.#sets.set(item, { rubrics: pack.rubrics, findings: found });
      }
      out.push(...prefixed(`calibration.${i}`, found));
      if (found.length) return;
      const id = (item as { id: string }).id;
      if (sets.some((s) => s.id === id)) add('duplicate-id', `calibration.${i}.id`, `calibration set "${id}" is in the pack twice`, { id });
      else {
        const owner = taken?.calibration.get(id);
        if (owner && owner.pack !== packId) add('duplicate-id', `calibration.${i}.id`, `"${id}" is already used by ${owner.name}: choose another id`, owner.pack ? { id, pack: owner.pack } : { id, shipped: 1 });
      }
      sets.push({ id });
    });

    if (!scenarios.length && !calibration.length) add('empty-pack', '', 'a pack needs at least one scenario or calibration set');
    if (accepted.length > 1) out.push(...lintLibrary(accepted, 'warning'));
    return out;
  }

  #rubricMap(list: readonly Rubric[]): Map<string, Rubric> {
    if (this.#rubrics?.list === list) return this.#rubrics.map;
    const map = new Map<string, Rubric>();
    for (const item of Array.isArray(list) ? list : []) {
      const checked = checkRubric(item);
      if (checked.ok && !map.has(checked.value.id)) map.set(checked.value.id, checked.value);
    }
    this.#rubrics = { list, map, findings: [] };
    return map;
  }

  #scenario(item: unknown, index: number, rubricList: unknown, rubrics: ReadonlyMap<string, Rubric>): ScenarioResult {
    const key = typeof item === 'object' && item ? item : undefined;
    const cached = key ? this.#scenarios.get(key) : undefined;
    if (cached && cached.rubrics === rubricList) return cached.result;
    const before = this.#last[index];
    const texts = before && this.#scenarios.get(before.scenario as object)?.rubrics === rubricList ? changedTexts(before.scenario, item) : undefined;
    const result = (texts && typedInto(before!.result, item as Scenario, texts)) ?? fullScenario(item, rubrics);
    if (key) this.#scenarios.set(key, { rubrics: rubricList, result });
    return result;
  }
}

function fullScenario(item: unknown, rubrics: ReadonlyMap<string, Rubric>): ScenarioResult {
  const checked = checkScenario(item, rubrics);
  if (!checked.ok) {
    const structure = structureWhileWriting(item, rubrics);
    return { findings: [...checked.findings, ...(structure ?? [])], fillable: structure !== undefined };
  }
  return { findings: lintScenario(checked.value, stepBudget(PACK_STEPS)), value: checked.value };
}

/** Lint codes about what a text says or how long it is: meaningless while texts are still being written. */
const TEXT_LINT = new Set<string>(['untranslated', 'length-cue', 'length-strategy', 'surface-cue', 'line-too-long']);
/** Stands in for a text not yet written, so the graph can be linted before every line is. */
const UNWRITTEN = '…';

/**
 * A draft's scenario fails its schema while texts are still empty: the trainer would see
 * the graph's problems (an unreachable node, a narrow spread of levels, no path to level 4)
 * only once every line is written. When empty texts are all that stops the check, the
 * scenario is linted with them filled in, and the findings about its structure are given
 * beside the empty-text errors. Nothing is accepted this way: the scenario stays invalid.
 */
function structureWhileWriting(item: unknown, rubrics: ReadonlyMap<string, Rubric>): Finding[] | undefined {
  const filled = checkScenario(filledIn(item), rubrics);
  if (!filled.ok) return undefined;
  return lintScenario(filled.value, stepBudget(PACK_STEPS)).filter((f) => !TEXT_LINT.has(f.code));
}

/** Every empty text (a blank string in a `{ vi, en }` object) stood in for by UNWRITTEN. */
function filledIn(x: unknown): unknown {
  if (isText(x)) return { vi: isBlank(x.vi) ? UNWRITTEN : x.vi, en: isBlank(x.en) ? UNWRITTEN : x.en };
  if (Array.isArray(x)) return x.map(filledIn);
  if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, value]) => [k, filledIn(value)]));
  return x;
}

const isBlank = (x: unknown) => typeof x === 'string' && x.trim() === '';

const isText = (x: unknown): x is Record<'vi' | 'en', unknown> => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const keys = Object.keys(x);
  return keys.length === 2 && keys.includes('vi') && keys.includes('en');
};

/**
 * The texts (`{ vi, en }` objects) that differ between two versions of a scenario, or
 * undefined when anything else differs. Follows shared objects no further (path.ts copies
 * only what an edit touched), so it costs the depth of the edit, not the scenario's size.
 */
export function changedTexts(a: unknown, b: unknown): FieldPath[] | undefined {
  const found: FieldPath[] = [];
  const walk = (x: unknown, y: unknown, path: (string | number)[]): boolean => {
    if (x === y) return true;
    if (isText(x) && isText(y)) {
      found.push(path);
      return true;
    }
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => walk(item, y[i], [...path, i]));
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) || Array.isArray(y)) return false;
    const xk = Object.keys(x);
    const yk = Object.keys(y);
    if (xk.length !== yk.length) return false;
    return xk.every((k, i) => k === yk[i] && walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], [...path, k]));
  };
  return walk(a, b, []) ? found : undefined;
}

/** A finding from a text's own schema check, at its place in the scenario. */
function textIssues(at: FieldPath, value: unknown): { findings: Finding[]; text?: Text } {
  const parsed = v.safeParse(TextSchema, value);
  if (parsed.success) return { findings: [], text: parsed.output };
  const prefix = joinPath(at);
  return {
    findings: fromValibotIssues(parsed.issues).map((f) => {
      const path = f.path ? `${prefix}.${f.path}` : prefix;
      return { ...f, path, message: `${path}${f.message.slice(f.message.indexOf(':'))}` };
    }),
  };
}

const lintFinding = (code: keyof typeof LINT_CODES, path: string, detail: string): Finding => ({ code, path, severity: LINT_CODES[code].severity, message: `${path || 'scenario'}: ${detail}` });

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/**
 * The scenario's findings after only `texts` changed (typing), from those before; undefined
 * when only the full check can tell: the last schema error just fixed, a text of a wrong type,
 * or a scenario refused for more than empty texts. tests/unit/editor.fuzz.test.ts holds the
 * result to a fresh check after random edits.
 */
function typedInto(before: ScenarioResult, scenario: Scenario, texts: readonly FieldPath[]): ScenarioResult | undefined {
  const issues = texts.map((t) => ({ at: joinPath(t), path: t, ...textIssues(t, getAt(scenario, t)) }));
  const newIssues = issues.flatMap((i) => i.findings);
  // Whether every text typed into is valid once an empty text's stand-in is in: written or empty, not
  // of a wrong type nor past the length. Asked only once a text has a finding (a valid text fills in
  // as it is), so typing into an accepted scenario pays nothing for it.
  const fillIn = () => issues.every((i) => i.findings.length === 0 || v.is(TextSchema, filledIn(getAt(scenario, i.path))));
  const wasInvalid = before.findings.some(isSchema);
  if (wasInvalid) {
    // Whether the texts not yet typed into stop the scenario only by being empty is known from the
    // last full check; after an edit that made it so, only a full check knows.
    if (!before.fillable) return undefined;
    const findings = [...before.findings.filter((f) => !issues.some((i) => under(f.path, i.at))), ...newIssues];
    // The last schema error just fixed: the scenario may be accepted now, which the full check says.
    if (!findings.some(isSchema)) return undefined;
    // The graph's findings say nothing of what a text says, so they hold while every text typed into
    // is one an empty-text stand-in makes valid; a text of the wrong type takes them away, as in a fresh check.
    return fillIn() ? { findings, fillable: true } : undefined;
  }
  // Refused for something other than its schema (a reference): only the full check knows.
  if (!before.value) return undefined;
  // Accepted until a text was emptied: refused now, with the graph's findings as structureWhileWriting gives them.
  if (newIssues.length) return fillIn() ? { findings: [...before.findings.filter((f) => !TEXT_LINT.has(f.code)), ...newIssues], fillable: true } : undefined;

  // The accepted value with the new texts (trimmed, as the schema gives them).
  let value = before.value;
  for (const i of issues) value = updateAt(value, i.path, () => i.text);
  const nodes = new Set(texts.filter((t) => t[0] === 'nodes' && typeof t[1] === 'number').map((t) => t[1] as number));
  const kept = before.findings.filter((f) => {
    if (f.code === 'length-strategy' || f.code === 'surface-cue') return false;
    if ((f.code === 'line-too-long' || f.code === 'untranslated') && issues.some((i) => under(f.path, i.at))) return false;
    if (f.code === 'length-cue' && [...nodes].some((n) => under(f.path, `nodes.${n}`))) return false;
    return true;
  });
  const added: Finding[] = [];
  for (const i of issues) {
    for (const lang of ['vi', 'en'] as const) {
      const length = i.text![lang].length;
      if (length > MAX_TEXT_LENGTH) added.push(lintFinding('line-too-long', `${i.at}.${lang}`, `${length} characters; keep within ${MAX_TEXT_LENGTH}`));
    }
    if (i.text!.vi === i.text!.en && i.text!.en.length > UNTRANSLATED_MIN_LENGTH) added.push(lintFinding('untranslated', i.at, 'Vietnamese and English are the same text'));
  }
  // The length cue of each decision typed into: the linter itself, on that decision alone.
  for (const n of nodes) {
    const node = v.parse(NodeSchema, value.nodes[n]);
    if (node.type !== 'choice') continue;
    const alone = lintScenario({ ...value, nodes: [node], start: node.id }, stepBudget(0));
    for (const f of alone) if (f.code === 'length-cue') added.push({ ...f, path: f.path.replace(/^nodes\.0\./, `nodes.${n}.`), message: f.message.replace(/^nodes\.0\./, `nodes.${n}.`) });
  }
  // Over the whole scenario, as lintScenario words them.
  const decisions = value.nodes.filter((n) => n.type === 'choice').length;
  for (const lang of ['vi', 'en'] as const) {
    for (const problem of lengthProblems(lengthFigures([value], lang))) added.push(lintFinding('length-strategy', '', `${lang}: ${problem}`));
    for (const cue of SURFACE_CUES) {
      const problem = cueProblem(cueFigures([value], lang, cue), decisions, cue.about);
      if (problem) added.push(lintFinding('surface-cue', '', `${lang}: ${problem}`));
    }
  }
  return { findings: [...kept, ...added], value };
}

const prefixed = (prefix: string, findings: readonly Finding[]): Finding[] =>
  findings.map((f) => ({ ...f, path: f.path ? `${prefix}.${f.path}` : prefix, message: `${prefix}.${f.message}` }));

function toEditor(pack: Pack, f: Finding): EditorDiagnostic {
  return { code: f.code, severity: f.severity ?? 'error', path: fieldPath(pack, f.path), message: f.message, ...(f.params ? { params: f.params } : {}) };
}

/**
 * A finding's dot path (`scenarios.0.nodes.3.options.1.text.en`) as a field path, the node
 * named by its id when that id is one only it has (while an id is being typed or is a
 * duplicate, by index: both resolve).
 */
export function fieldPath(pack: Pack, dotPath: string): FieldPath {
  const segments = splitPath(dotPath);
  if (segments[0] === 'scenarios' && typeof segments[1] === 'number' && segments[2] === 'nodes' && typeof segments[3] === 'number') {
    const nodes = (pack.scenarios as unknown[] | undefined)?.[segments[1]] as { nodes?: { id?: unknown }[] } | undefined;
    const id = Array.isArray(nodes?.nodes) ? nodes.nodes[segments[3]]?.id : undefined;
    if (typeof id === 'string' && id !== '' && nodes!.nodes!.filter((n) => n?.id === id).length === 1) segments[3] = id;
  }
  return segments;
}
