import { bench, describe } from 'vitest';
import { createActor } from 'xstate';
import { compile } from '../../src/domain/compile.ts';
import { checkPackText } from '../../src/domain/content-file.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { LIMITS } from '../../src/domain/text.ts';
import { chainPack, chainScenario } from '../fixtures/large-pack.ts';

/**
 * Issue 14's goal: any input up to 15 MB is refused or previewed within 3 s of CPU. The
 * worst cases of the pack check (what the worker runs), each timed once and printed beside
 * the goal, then benched. The page's side (no long task over 200 ms) is measured in the
 * browser by the pack-import E2E tests, where the check runs in a worker.
 */
const GOAL_MS = 3_000;
const inputs: [string, string][] = [
  ['15 scenarios × 99 decisions (1.5 MB, under every limit)', JSON.stringify(chainPack(15, 99))],
  [`one scenario at the nodes limit (${LIMITS.nodes - 1} decisions)`, JSON.stringify(chainPack(1, LIMITS.nodes - 1))],
  ['50 scenarios × 40 decisions (2 MB; 617,000 states to walk, past the pack\'s shared walk budget)', JSON.stringify(chainPack(50, 40))],
  ['a 2,000-decision chain (refused: nodes limit)', JSON.stringify(chainPack(1, 2_000))],
  ['a 10 MB author (refused: author limit)', JSON.stringify({ ...chainPack(1, 6), author: 'x'.repeat(10_000_000) })],
];

let worst = 0;
for (const [name, text] of inputs) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const checked = checkPackText(text, 'bench.pack.json');
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  worst = Math.max(worst, ms);
  // CPU beside wall time: on a shared machine the wall time also counts the waits for a core.
  console.log(`pack check, ${name}: ${ms.toFixed(0)} ms, ${((cpu.user + cpu.system) / 1_000).toFixed(0)} ms CPU (${checked.ok ? 'previewed' : 'refused'}); goal ${GOAL_MS} ms`);
}
console.log(`pack check, worst case: ${worst.toFixed(0)} ms against the ${GOAL_MS} ms goal: ${worst <= GOAL_MS ? 'met' : 'MISSED'}`);

describe('pack check and compile at the limits', () => {
  for (const [name, text] of inputs) bench(`check ${name}`, () => void checkPackText(text, 'bench.pack.json'), { iterations: 1, time: 0 });

  const long = chainScenario(LIMITS.nodes - 1) as unknown as Scenario;
  bench(`compile and start a ${LIMITS.nodes - 1}-decision scenario`, () => {
    createActor(compile(long)).start().stop();
  });
});
