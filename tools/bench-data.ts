import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Scenario } from '../src/domain/scenario.ts';
import type { Level } from '../src/domain/text.ts';
import { resultKey, type ResultRecord } from '../src/storage/records.ts';
import { generatePack, mainPath } from '../tests/fixtures/generate-scenario.ts';
import { makeAnswer, makeResultRecord } from '../tests/unit/fakes.ts';
import { RUBRIC_DIR, CALIBRATION_DIR, yamlFiles } from './content-loader.ts';

/**
 * What the browser benches (scripts/bench/) put in the browser (it loads this through Vite's module
 * runner): the generated pack, the English text of the option to take at each decision of
 * its long main path, and finished runs of the shipped scenarios as stored records.
 */
export function benchData({ nodes = 200, seed = 1, results = 1000 } = {}) {
  const pack = generatePack({ nodes, seed, id: 'bench-pack' });
  const scenario = (pack.scenarios as Scenario[])[0]!;
  const { steps } = mainPath(scenario);

  const root = join(import.meta.dirname, '..');
  const shipped = yamlFiles(join(root, 'scenarios'))
    .filter((p) => !p.includes(`/${RUBRIC_DIR}/`) && !p.includes(`/${CALIBRATION_DIR}/`))
    .map((p) => parse(readFileSync(p, 'utf8')) as Pick<Scenario, 'id' | 'competencies'>);
  // Six decisions each, a day apart, levels cycling: the size of a real finished run.
  const records: [string, ResultRecord][] = Array.from({ length: results }, (_, i) => {
    const s = shipped[i % shipped.length]!;
    const level = (1 + (i % 5)) as Level;
    const record = makeResultRecord({
      id: `bench-${String(i).padStart(4, '0')}`,
      scenarioId: s.id,
      startedAt: 1_700_000_000_000 + i * 86_400_000,
      finishedAt: 1_700_000_000_000 + i * 86_400_000 + 600_000,
      answers: Array.from({ length: 6 }, (_, a) =>
        makeAnswer({ nodeId: `node-${a}`, optionId: 'b', evidence: [{ competency: s.competencies[0]!, level, indicators: [`${s.competencies[0]}.${level}.1`] }] }),
      ),
      levels: Object.fromEntries(s.competencies.map((c) => [c, level])),
    });
    return [resultKey(record.id), record];
  });

  return { pack, scenarioId: scenario.id, nodes: scenario.nodes.length, steps: steps.map((s) => s.text), records };
}
