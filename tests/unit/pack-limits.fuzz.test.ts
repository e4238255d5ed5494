import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkPackText } from '../../src/domain/content-file.ts';
import { LIMITS } from '../../src/domain/text.ts';
import { YAML_BYTES } from '../../src/domain/yaml-source.ts';
import { chainPack } from '../fixtures/large-pack.ts';
import { cpuMs, nearLimits } from '../fixtures/near-limits.ts';

// Issue 14's goal: any pack up to the limits is refused or previewed within 3 s of CPU, its
// parse included: JSON up to the pack file size (the JSON.parse fast path), YAML up to
// YAML_BYTES. Generated chains (three options a decision, every path as long as the scenario)
// of any length up to the nodes limit, texts up to the line limit, as many scenarios as fit.
const GOAL_MS = 3_000;

/** As many scenarios as `serialise` fits within `bytes`; chains shortened until one fits (long texts make one scenario large). */
function fill(wanted: number, textLength: number, bytes: number, serialise: (pack: unknown) => string): { decisions: number; text: string } {
  let decisions = wanted;
  let one = serialise(chainPack(1, decisions, { textLength })).length;
  while (one > bytes && decisions > 4) {
    decisions = Math.max(4, Math.floor((decisions * bytes) / one) - 1);
    one = serialise(chainPack(1, decisions, { textLength })).length;
  }
  const scenarios = Math.max(1, Math.min(LIMITS.scenarios, Math.floor(bytes / one)));
  return { decisions, text: serialise(chainPack(scenarios, decisions, { textLength })) };
}

describe.each([
  ['JSON', LIMITS.fileBytes, (p: unknown) => JSON.stringify(p, null, 2), 6],
  ['YAML', YAML_BYTES, (p: unknown) => stringify(p), 3],
] as const)('%s packs up to the limits, fuzzed', (format, bytes, serialise, runs) => {
  it(`are refused or previewed within ${GOAL_MS} ms of CPU, parse included (${runs} cases)`, () => {
    const seen: string[] = [];
    fc.assert(
      fc.property(nearLimits, ({ decisions: wanted, textLength }) => {
        const { decisions, text } = fill(wanted, textLength, bytes * 0.95, serialise);
        const started = cpuMs();
        const checked = checkPackText(text, `fuzz.pack.${format.toLowerCase()}`);
        const spent = cpuMs() - started;
        seen.push(`${(text.length / 1e6).toFixed(2)} MB of ${decisions}-decision chains, texts of ${textLength}: ${spent.toFixed(0)} ms CPU, ${checked.ok ? 'previewed' : `refused (${checked.diagnostics[0]?.code})`}`);
        // Not refused for its size: the check itself is what is timed.
        expect(checked.ok || !checked.diagnostics.some((d) => d.code.startsWith('too-large'))).toBe(true);
        expect(spent, seen.at(-1)).toBeLessThan(GOAL_MS);
      }),
      { numRuns: runs },
    );
    console.log(`${format} packs near the limits:\n${seen.join('\n')}`);
  }, 300_000);
});
