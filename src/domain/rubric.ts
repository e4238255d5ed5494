import * as v from 'valibot';
import { LIMITS, type Level } from './text.ts';
import { IdSchema, LevelSchema, limited, plainString, QualifiedIdSchema, TextSchema } from './text-schemas.ts';

const IndicatorSchema = v.strictObject({
  id: QualifiedIdSchema,
  text: TextSchema,
  /** A deficit ("cannot yet prioritise") is evidence of a low level, never something to aim for. */
  deficit: v.optional(v.boolean(), false),
});

const LevelDescriptorSchema = v.strictObject({
  level: LevelSchema,
  label: TextSchema,
  /** The seed's generic meaning: how hard a situation, how much guidance. */
  meaning: TextSchema,
  indicators: v.pipe(limited(IndicatorSchema, LIMITS.levelIndicators, 'indicators per level'), v.minLength(1, 'a level needs at least one indicator')),
});

const QuestionSchema = v.strictObject({ id: QualifiedIdSchema, text: TextSchema });

export const RubricSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    name: TextSchema,
    definition: TextSchema,
    source: v.strictObject({
      seed: v.pipe(plainString(LIMITS.author), v.minLength(1)),
      /** Where in the seed, in the seed's own numbering (e.g. "B.1"), when it differs from ours. */
      section: v.optional(plainString(LIMITS.author)),
      note: v.optional(TextSchema),
    }),
    /** false: levels copied from the seed; true: written by us from the seed's behaviours. */
    derived: v.boolean(),
    levels: v.pipe(v.array(LevelDescriptorSchema), v.length(5, 'a rubric has exactly five levels')),
    questions: v.optional(limited(QuestionSchema, LIMITS.questions, 'questions per rubric'), []),
  }),
  v.check(
    (r) => r.levels.every((l, i) => l.level === i + 1),
    'levels must be listed 1, 2, 3, 4, 5 in order',
  ),
);

export type Rubric = v.InferOutput<typeof RubricSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type LevelDescriptor = v.InferOutput<typeof LevelDescriptorSchema>;

export function levelOf(rubric: Rubric, level: Level): LevelDescriptor {
  return rubric.levels[level - 1]!;
}

export function indicatorIds(rubric: Rubric): Set<string> {
  return new Set(rubric.levels.flatMap((l) => l.indicators.map((i) => i.id)));
}

export function findIndicator(rubric: Rubric, id: string): Indicator | undefined {
  for (const l of rubric.levels) {
    const found = l.indicators.find((i) => i.id === id);
    if (found) return found;
  }
  return undefined;
}
