import * as v from 'valibot';
import { LIMITS, type Level } from './text.ts';
import { IdSchema, LevelSchema, limited, QualifiedIdSchema, TextSchema } from './text-schemas.ts';

export const EvidenceSchema = v.strictObject({
  competency: IdSchema,
  level: LevelSchema,
  indicators: v.pipe(limited(QualifiedIdSchema, LIMITS.indicators, 'indicator ids'), v.minLength(1, 'name at least one indicator id')),
});

const LineSchema = v.strictObject({ speaker: IdSchema, text: TextSchema });

const OptionSchema = v.strictObject({
  id: IdSchema,
  text: TextSchema,
  evidence: v.pipe(limited(EvidenceSchema, LIMITS.evidence, 'evidence entries'), v.minLength(1, 'an option needs evidence')),
  feedback: TextSchema,
  /**
   * An integrity breach no interviewer would average away (a gift to a decision maker,
   * a client's confidence shared, a lie to a partner): caps the competency at 2, two at 1.
   * Only a level-1 option may carry it; its feedback says why it disqualifies.
   */
  redFlag: v.optional(v.literal(true)),
  next: IdSchema,
});

/** A guard over the evidence shown so far: the lower median of one competency's levels. */
export const GuardSchema = v.pipe(
  v.strictObject({
    competency: IdSchema,
    atLeast: v.optional(LevelSchema),
    atMost: v.optional(LevelSchema),
  }),
  v.check((g) => g.atLeast !== undefined || g.atMost !== undefined, 'a guard needs atLeast or atMost'),
);

const DifficultySchema = LevelSchema;

const ChoiceNodeSchema = v.strictObject({
  type: v.literal('choice'),
  id: IdSchema,
  /** Overrides the scenario's difficulty where the stakes rise. */
  difficulty: v.optional(DifficultySchema),
  lines: v.pipe(limited(LineSchema, LIMITS.lines, 'lines'), v.minLength(1, 'a decision point needs someone to speak')),
  /** Names a consideration, never an option (CONTENT.md §3). */
  hint: v.optional(TextSchema),
  modelAnswer: v.optional(TextSchema),
  options: v.pipe(
    v.array(OptionSchema),
    v.minLength(2, 'a decision point needs at least two options'),
    v.maxLength(LIMITS.options, 'keys 1–9 choose: at most nine options'),
  ),
});

const BranchNodeSchema = v.strictObject({
  type: v.literal('branch'),
  id: IdSchema,
  /** Tried in order; the last has no `if` and is taken otherwise. */
  branches: v.pipe(
    limited(v.strictObject({ if: v.optional(GuardSchema), next: IdSchema }), LIMITS.branches, 'ways on'),
    v.minLength(2, 'a branch needs at least two ways on'),
    v.check((bs) => bs.at(-1)?.if === undefined, 'the last branch must have no `if` (the otherwise case)'),
  ),
});

const EndNodeSchema = v.strictObject({
  type: v.literal('end'),
  id: IdSchema,
  lines: limited(LineSchema, LIMITS.lines, 'lines'),
});

export const NodeSchema = v.variant('type', [ChoiceNodeSchema, BranchNodeSchema, EndNodeSchema]);

const CharacterSchema = v.strictObject({ id: IdSchema, name: TextSchema, role: TextSchema });

export const ScenarioSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  /** Rubric ids this scenario scores. */
  competencies: v.pipe(limited(IdSchema, LIMITS.competencies, 'competencies'), v.minLength(1)),
  /** The seed interview question it comes from: `{ rubric, id }` of a rubric's question. */
  question: v.strictObject({ rubric: IdSchema, id: QualifiedIdSchema }),
  summary: TextSchema,
  difficulty: DifficultySchema,
  characters: v.pipe(limited(CharacterSchema, LIMITS.characters, 'characters'), v.minLength(1)),
  start: IdSchema,
  nodes: v.pipe(limited(NodeSchema, LIMITS.nodes, 'nodes per scenario'), v.minLength(2)),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioNode = v.InferOutput<typeof NodeSchema>;
export type ChoiceNode = v.InferOutput<typeof ChoiceNodeSchema>;
export type BranchNode = v.InferOutput<typeof BranchNodeSchema>;
export type EndNode = v.InferOutput<typeof EndNodeSchema>;
export type ScenarioOption = v.InferOutput<typeof OptionSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Guard = v.InferOutput<typeof GuardSchema>;
export type Line = v.InferOutput<typeof LineSchema>;

export function findNode(scenario: Scenario, id: string): ScenarioNode | undefined {
  return scenario.nodes.find((n) => n.id === id);
}

export function nodeDifficulty(scenario: Scenario, node: ChoiceNode): Level {
  return node.difficulty ?? scenario.difficulty;
}

/** An option's level: the highest it shows on any competency (used wherever one number per option is needed). */
export function optionLevel(option: Pick<ScenarioOption, 'evidence'>): Level {
  let level = 1 as Level;
  for (const e of option.evidence) if (e.level > level) level = e.level;
  return level;
}

export function decisionCount(scenario: Scenario): number {
  return scenario.nodes.filter((n) => n.type === 'choice').length;
}
