import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { CalibrationSetSchema } from '../src/domain/calibration.ts';
import { PACK_FORMAT, PACK_VERSION, PackSchema } from '../src/domain/pack.ts';
import { RubricSchema } from '../src/domain/rubric.ts';
import { EvidenceSchema, GuardSchema, NodeSchema, ScenarioSchema } from '../src/domain/scenario.ts';
import { IdSchema, LevelSchema, QualifiedIdSchema, TextSchema } from '../src/domain/text-schemas.ts';

/** Where `npm run schema` writes, relative to the project root. */
export const SCHEMA_FILE = 'docs/pack.schema.json';

/**
 * Shared pieces get a name under `$defs` (and so a `$ref`), which keeps the file
 * readable and lets an editor show "Text" or "Level" rather than an expanded copy.
 */
const definitions = {
  Text: TextSchema,
  Id: IdSchema,
  QualifiedId: QualifiedIdSchema,
  Level: LevelSchema,
  Rubric: RubricSchema,
  Scenario: ScenarioSchema,
  Node: NodeSchema,
  Evidence: EvidenceSchema,
  Guard: GuardSchema,
  CalibrationSet: CalibrationSetSchema,
};

/**
 * Hover help for an editor, keyed by the dot path inside the JSON Schema. A path
 * that no longer exists fails the generator, so the help cannot go stale silently.
 */
const DESCRIPTIONS: Record<string, string> = {
  'properties.format': `Always "${PACK_FORMAT}".`,
  'properties.version': `The pack format's version: ${PACK_VERSION}.`,
  'properties.id': "The pack's own id. Lower-case letters, digits and dashes (no dots), at most 64 characters.",
  'properties.title': 'Shown in the list of your scenarios, in Vietnamese and English.',
  'properties.author': 'Who wrote the pack, shown beside the title.',
  'properties.rubrics': "The competencies this pack's scenarios and calibration sets score against: at least one.",
  'properties.scenarios': 'Branching roleplays. A pack needs at least one scenario or one calibration set.',
  'properties.calibration': 'Sets of sample answers for interviewers to rate blind.',
  '$defs.Text': 'A text a person reads: `vi` and `en`, neither blank.',
  '$defs.Id': 'Lower-case letters, digits and dashes, starting with a letter or digit; no dots. At most 64 characters.',
  '$defs.QualifiedId': "An indicator's or a question's id inside its rubric: ids joined by dots (s08.2.1, s08.q1).",
  '$defs.Level': '1 Kém/Poor, 2 Cơ bản/Basic, 3 Khá/Competent, 4 Tốt/Good, 5 Xuất sắc/Excellent.',
  '$defs.Rubric': 'A competency: definition, five level descriptors with indicators, interview questions.',
  '$defs.Rubric.properties.source': 'Where the competency comes from: a seed file name, or your own source.',
  '$defs.Rubric.properties.derived': 'false: levels copied from the source; true: written by you from its behaviours.',
  '$defs.Rubric.properties.levels': 'Exactly five, listed 1, 2, 3, 4, 5.',
  '$defs.Rubric.properties.questions': 'Interview questions; a scenario or calibration set names one as `question`.',
  '$defs.Scenario.properties.competencies': 'Ids of the rubrics this scenario scores.',
  '$defs.Scenario.properties.question': "The interview question it is built from: a rubric's id and the question's id.",
  '$defs.Scenario.properties.difficulty': "Every decision point's difficulty unless the node sets its own: a result can reach a level only where some node is at least that hard.",
  '$defs.Scenario.properties.start': 'The id of the first node.',
  '$defs.Scenario.properties.nodes': '`choice` (a decision point), `branch` (goes on by what was shown so far) or `end`.',
  '$defs.Node.oneOf.0.properties.difficulty': "This decision point's own difficulty, where the stakes rise; else the scenario's.",
  '$defs.Node.oneOf.0.properties.hint': 'Shown on request. Names a consideration, never an option. Hints cap the result.',
  '$defs.Node.oneOf.0.properties.modelAnswer': 'A strong answer in the candidate\'s words, shown after they answer and in the report.',
  '$defs.Node.oneOf.0.properties.options': '2–9 responses (3–5 is best), at three or more levels: one at 2 or below, one at 4 or above.',
  '$defs.Node.oneOf.0.properties.options.items.properties.redFlag':
    'true marks an integrity breach (a gift to a decision maker, a confidence shared, a lie): only on a level-1 option; one caps the competency at 2, two or more at 1.',
  '$defs.Node.oneOf.1.properties.branches': 'Tried in order; the first whose `if` holds is taken. The last has no `if`.',
  '$defs.Evidence': 'What choosing this option shows: a competency, the level, and the indicator ids of that rubric.',
  '$defs.Guard': "Holds when the lower median of the competency's levels shown so far is within atLeast…atMost.",
};

/**
 * Two `v.check` rules that JSON Schema can say after all, added by hand so an
 * editor flags them too. What it cannot say is listed in docs/authoring.md.
 */
function addExpressibleChecks(schema: JsonSchema): void {
  const defs = (schema as { $defs: Record<string, Record<string, unknown>> }).$defs;
  // GuardSchema: a guard needs atLeast or atMost.
  defs.Guard!.anyOf = [{ required: ['atLeast'] }, { required: ['atMost'] }];
  // RubricSchema: levels listed 1, 2, 3, 4, 5 in order (draft-07 tuple form).
  const levels = at(defs, 'Rubric.properties.levels') as Record<string, unknown>;
  defs.LevelDescriptor = levels.items as Record<string, unknown>;
  levels.items = [1, 2, 3, 4, 5].map((level) => ({
    allOf: [{ $ref: '#/$defs/LevelDescriptor' }, { type: 'object', properties: { level: { const: level } } }],
  }));
  levels.additionalItems = false;
}

function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => {
    const next = (node as Record<string, unknown> | undefined)?.[key];
    if (next === undefined) throw new Error(`pack-schema: nothing at "${path}" (the valibot schemas changed?)`);
    return next;
  }, root);
}

/** The pack format as a JSON Schema (draft-07), for editors; valibot's `PackSchema` stays the one definition. */
export function packJsonSchema(): JsonSchema {
  const generated = toJsonSchema(PackSchema, {
    definitions,
    // `v.check` rules have no JSON Schema form; they are checked on import instead.
    errorMode: 'ignore',
    // `v.trim()` then `v.minLength(1)`: the nearest JSON Schema is "has a non-space character".
    overrideAction: ({ valibotAction, jsonSchema }) => (valibotAction.type === 'trim' ? { ...jsonSchema, pattern: '\\S' } : undefined),
  });
  addExpressibleChecks(generated);
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    (at(generated, path) as { description?: string }).description = description;
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:${PACK_FORMAT.replace('/', ':')}:${PACK_VERSION}`,
    title: 'Interview roleplay scenario pack',
    description:
      'A trainer\'s pack of rubrics, scenarios and calibration sets (docs/authoring.md). Generated from PackSchema by `npm run schema`: do not edit by hand. The app checks more than this schema can say (references between ids, the scenario linter); import the file to see those findings.',
    ...rest,
  } as JsonSchema;
}

export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

/** `npm run schema`: writes docs/pack.schema.json. */
export function main(root = process.cwd()): number {
  writeFileSync(join(root, SCHEMA_FILE), packJsonSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
  return 0;
}
