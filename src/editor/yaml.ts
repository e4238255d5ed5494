import * as v from 'valibot';
import { Document, Scalar, isScalar, visit } from 'yaml';
import type { Diagnostic } from '../domain/diagnostics.ts';
import { PackSchema, type Pack } from '../domain/pack.ts';
import { parseYaml } from '../domain/yaml-source.ts';

/** Texts longer than this (characters) are written as folded blocks, wrapped at LINE_WIDTH. */
const BLOCK_FROM = 80;
const LINE_WIDTH = 100;

/**
 * The YAML a trainer could have written by hand: keys in the format's order (as in
 * docs/example-pack.yaml), defaults left out (`deficit: false`, empty `questions`, `lacks`),
 * long texts as block strings, no anchors or aliases, Vietnamese as it is (not escaped).
 * This module imports the `yaml` library: load it with the editor only (`import()`).
 */
export function exportYaml(pack: Pack): string {
  // Drafts share unchanged objects between places (EMPTY_TEXT, copied evidence): never as anchors.
  const doc = new Document(ordered(pack, PackSchema as unknown as AnySchema), { aliasDuplicateObjects: false });
  visit(doc, {
    // Lists of ids (competencies, indicators) read best on one line: `indicators: [fb.4.1, fb.4.2]`.
    Seq(_key, node) {
      if (node.items.length && node.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value.length < 40)) node.flow = true;
    },
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      if (node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
      else if (node.value.length > BLOCK_FROM) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  return `# Interview roleplay pack: import it in the app (Trainer → Import a pack) or edit it by hand (docs/authoring.md).\n${doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40 })}`;
}

/** The file name an export is offered as. */
export const exportFileName = (pack: Pack) => `${pack.id}.yaml`;

type AnySchema = {
  type?: string;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  options?: AnySchema[];
  key?: string;
  default?: unknown;
};

const plainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether a value is the schema's own default, so writing it says nothing a person would write. */
function isDefault(value: unknown, schema: AnySchema): boolean {
  if (schema.type !== 'optional' || !('default' in schema) || schema.default === undefined) return false;
  const d = typeof schema.default === 'function' ? (schema.default as () => unknown)() : schema.default;
  return Array.isArray(d) ? Array.isArray(value) && value.length === 0 && d.length === 0 : value === d;
}

/**
 * `value` with its objects' keys in the order the schema lists them (the format's order;
 * keys the schema does not know follow, as they were) and optional fields at their default
 * left out. Walks the schema beside the value: pipes keep their schema's entries, optional
 * wraps one, a variant picks its option by the value's `type`.
 */
export function ordered(value: unknown, schema: AnySchema | undefined): unknown {
  while (schema && (schema.type === 'optional' || schema.type === 'nullable' || schema.type === 'exact_optional')) schema = schema.wrapped;
  if (Array.isArray(value)) return value.map((item) => ordered(item, schema?.type === 'array' ? schema.item : undefined));
  if (!plainObject(value)) return value;
  if (schema?.type === 'variant') {
    const key = schema.key!;
    schema = schema.options!.find((o) => (o.entries?.[key] as { literal?: unknown } | undefined)?.literal === value[key]);
  }
  const entries = schema?.entries ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(entries)) {
    if (!Object.hasOwn(value, key) || value[key] === undefined || isDefault(value[key], entry)) continue;
    out[key] = ordered(value[key], entry);
  }
  for (const [key, item] of Object.entries(value)) if (!Object.hasOwn(entries, key) && item !== undefined) out[key] = ordered(item, undefined);
  return out;
}

export type YamlImport = { ok: true; pack: Pack } | { ok: false; diagnostics: Diagnostic[] };

/**
 * A YAML or JSON pack file as a draft's pack. Only what stops it being edited is refused
 * (not YAML, not a mapping, lists that are not lists); the checker then reports the rest
 * as it would on a draft, field by field. A pack the schema accepts comes with its defaults.
 */
export function importYaml(text: string, file: string): YamlImport {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const data = parsed.source.data;
  const refuse = (path: string, message: string): YamlImport => ({ ok: false, diagnostics: [{ code: 'not-a-pack', file, path, line: parsed.source.lineOf(path), message }] });
  if (!plainObject(data)) return refuse('', 'a pack is a mapping of fields (format, version, id, title, rubrics, …)');
  for (const key of ['rubrics', 'scenarios', 'calibration']) {
    if (data[key] !== undefined && !Array.isArray(data[key])) return refuse(key, `${key} must be a list`);
  }
  const schema = v.safeParse(PackSchema, data);
  const pack = schema.success ? schema.output : ({ ...data, rubrics: data.rubrics ?? [], scenarios: data.scenarios ?? [], calibration: data.calibration ?? [] } as unknown as Pack);
  return { ok: true, pack };
}

