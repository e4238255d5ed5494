import type { Finding } from './diagnostics.ts';
import {
  HIGH_LEVEL,
  LENGTH_TOLERANCE,
  LINT_CODES,
  LOW_LEVEL,
  MAX_PATH_DECISIONS,
  MAX_TEXT_LENGTH,
  MIN_DECISIONS,
  MIN_LEVELS_OFFERED,
  ORDERED_MIN_OPTIONS,
  UNTRANSLATED_MIN_LENGTH,
  type LintCode,
} from './lint-codes.ts';
import { CUE_BOUNDS, cueFigures, cueProblem, lengthFigures, lengthProblems, SURFACE_CUES } from './cues.ts';
import { reachableOutcomes, stepBudget, type StepBudget } from './reach.ts';
import { optionLevel, type Scenario, type ScenarioNode } from './scenario.ts';
import type { Text } from './text.ts';

function finding(code: LintCode, path: string, detail: string): Finding {
  const { severity } = LINT_CODES[code];
  return { code, path, severity, message: `${path || 'scenario'}: ${detail}` };
}

function nextOf(node: ScenarioNode): string[] {
  if (node.type === 'choice') return node.options.map((o) => o.next);
  if (node.type === 'branch') return node.branches.map((b) => b.next);
  return [];
}

/**
 * Over a whole library (the shipped content, or every scenario of a pack): length must
 * carry no information in either language. `severity` lets the shipped library fail on
 * it while a trainer's pack is only warned.
 */
export function lintLibrary(scenarios: readonly Scenario[], severity: 'error' | 'warning'): Finding[] {
  if (!scenarios.length || lengthFigures(scenarios, 'vi').decisions < CUE_BOUNDS.minLibraryDecisions) return [];
  return (['vi', 'en'] as const).flatMap((lang) =>
    lengthProblems(lengthFigures(scenarios, lang), { everyRank: true }).map((problem) => ({
      code: 'library-length-strategy',
      path: '',
      severity,
      message: `library of ${scenarios.length} scenario(s), ${lang}: ${problem}`,
    })),
  );
}

/**
 * What a schema cannot see: the graph, the spread of levels, what the scoring rule
 * lets a path reach, and how the texts read. Expects a scenario `checkScenario`
 * accepted (every reference resolves). The walk over the paths spends `budget` (its own
 * by default; a pack shares one across its scenarios) and is reported as cut short past it.
 */
export function lintScenario(scenario: Scenario, budget: StepBudget = stepBudget()): Finding[] {
  const findings: Finding[] = [];
  const index = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const at = (id: string) => `nodes.${index.get(id)}`;

  // Graph: reachable from the start, and able to reach an end.
  const reachable = new Set<string>();
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const node = scenario.nodes[index.get(id)!];
    if (node) queue.push(...nextOf(node));
  }
  const canEnd = new Set(scenario.nodes.filter((n) => n.type === 'end').map((n) => n.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of scenario.nodes) {
      if (!canEnd.has(node.id) && nextOf(node).some((id) => canEnd.has(id))) {
        canEnd.add(node.id);
        grew = true;
      }
    }
  }
  for (const node of scenario.nodes) {
    if (!reachable.has(node.id)) findings.push(finding('unreachable-node', `${at(node.id)}.id`, `node "${node.id}" cannot be reached from "${scenario.start}"`));
    else if (!canEnd.has(node.id)) {
      const self = nextOf(node).every((id) => id === node.id);
      findings.push(
        self
          ? finding('no-way-on', `${at(node.id)}.id`, `every way on from "${node.id}" leads back to it`)
          : finding('cycle-without-exit', `${at(node.id)}.id`, `from "${node.id}" no end node can be reached`),
      );
    }
  }

  // Branches route at once, without asking anything: a loop of branches alone never ends
  // (the run would spin without a question to answer), whatever other ways out it has.
  const branchIds = new Set(scenario.nodes.filter((n) => n.type === 'branch').map((n) => n.id));
  for (const id of branchIds) {
    const seen = new Set<string>();
    const stack = nextOf(scenario.nodes[index.get(id)!]!).filter((n) => branchIds.has(n));
    while (stack.length) {
      const next = stack.pop()!;
      if (next === id) {
        findings.push(finding('branch-loop', `${at(id)}.branches`, `from "${id}" the branches can lead back to "${id}" without a decision point: point them at a decision or an end`));
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...nextOf(scenario.nodes[index.get(next)!]!).filter((n) => branchIds.has(n)));
    }
  }

  // Each decision point: the spread of levels, and what the options' form gives away.
  scenario.nodes.forEach((node, ni) => {
    if (node.type !== 'choice') return;
    const levels = node.options.map(optionLevel);
    const distinct = new Set(levels);
    if (distinct.size === 1) findings.push(finding('single-level', `nodes.${ni}.options`, `every option shows level ${levels[0]}`));
    else if (distinct.size < MIN_LEVELS_OFFERED || Math.min(...levels) > LOW_LEVEL || Math.max(...levels) < HIGH_LEVEL) {
      findings.push(finding('narrow-spread', `nodes.${ni}.options`, `options show levels ${[...distinct].sort().join(', ')}; offer at least ${MIN_LEVELS_OFFERED}, one at ${LOW_LEVEL} or below and one at ${HIGH_LEVEL} or above`));
    }
    if (levels.length >= ORDERED_MIN_OPTIONS && levels.every((l, i) => i === 0 || l > levels[i - 1]!)) {
      findings.push(finding('ordered-options', `nodes.${ni}.options`, 'options are listed from the lowest level to the highest'));
    }
    if (levels.length >= ORDERED_MIN_OPTIONS && levels.every((l, i) => i === 0 || l < levels[i - 1]!)) {
      findings.push(finding('ordered-options', `nodes.${ni}.options`, 'options are listed from the highest level to the lowest'));
    }
    for (const lang of ['vi', 'en'] as const) {
      const words = node.options.map((o) => o.text[lang].trim().split(/\s+/).length);
      const median = [...words].sort((a, b) => a - b)[Math.floor((words.length - 1) / 2)]!;
      words.forEach((w, oi) => {
        if (Math.abs(w - median) > median * LENGTH_TOLERANCE) {
          findings.push(finding('length-cue', `nodes.${ni}.options.${oi}.text.${lang}`, `${w} words against a median of ${median} (keep within ±${LENGTH_TOLERANCE * 100}%)`));
        }
      });
      const top = Math.max(...levels);
      const longest = Math.max(...words);
      const longestLevels = levels.filter((_, i) => words[i] === longest);
      if (longestLevels.length === 1 && longestLevels[0] === top && words.filter((w) => w === longest).length === 1) {
        const oi = words.indexOf(longest);
        findings.push(finding('length-cue', `nodes.${ni}.options.${oi}.text.${lang}`, 'the best option is the only longest one'));
      }
    }
  });

  // Over the whole scenario: could a test-wise candidate score by form alone?
  for (const lang of ['vi', 'en'] as const) {
    for (const problem of lengthProblems(lengthFigures([scenario], lang))) {
      findings.push(finding('length-strategy', '', `${lang}: ${problem}`));
    }
    const decisions = scenario.nodes.filter((n) => n.type === 'choice').length;
    for (const cue of SURFACE_CUES) {
      const problem = cueProblem(cueFigures([scenario], lang, cue), decisions, cue.about);
      if (problem) findings.push(finding('surface-cue', '', `${lang}: ${problem}`));
    }
  }

  // Texts: one screen each, and really translated.
  const texts = (value: unknown, path: string): [string, Text][] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}.${i}`));
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.vi === 'string' && typeof o.en === 'string') return [[path, o as Text]];
      return Object.entries(o).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
    }
    return [];
  };
  for (const [path, text] of texts(scenario, '')) {
    for (const lang of ['vi', 'en'] as const) {
      if (text[lang].length > MAX_TEXT_LENGTH) {
        findings.push(finding('line-too-long', `${path}.${lang}`, `${text[lang].length} characters; keep within ${MAX_TEXT_LENGTH}`));
      }
    }
    if (text.vi === text.en && text.en.length > UNTRANSLATED_MIN_LENGTH) findings.push(finding('untranslated', path, 'Vietnamese and English are the same text'));
  }

  // Paths: length, and what the scoring rule lets them reach.
  const reach = reachableOutcomes(scenario, { budget });
  const fewest = Math.min(Infinity, ...reach.outcomes.map((o) => o.decisions));
  if (fewest < MIN_DECISIONS) findings.push(finding('too-few-decisions', 'start', `a path from "${scenario.start}" to an end has ${fewest} decision(s); every path needs ${MIN_DECISIONS}`));
  // A walk cut short has not seen every path: it cannot say that none reaches a level.
  if (reach.truncated) {
    findings.push(finding('paths-truncated', '', `stopped after ${reach.outcomes.length} outcome(s) (a cycle, paths of over ${MAX_PATH_DECISIONS} decisions, or too many states): the levels paths reach after the caps were not checked`));
    return findings;
  }
  scenario.competencies.forEach((competency, ci) => {
    const results = reach.outcomes.flatMap((o) => (o.levels[ci] ? [o.levels[ci]!] : []));
    const best = Math.max(0, ...results);
    const worst = Math.min(6, ...results);
    if (best < HIGH_LEVEL) findings.push(finding('no-high-path', `competencies.${ci}`, `the best any path reaches for "${competency}" after the caps is ${best || 'nothing'}`));
    if (worst > LOW_LEVEL) findings.push(finding('no-low-path', `competencies.${ci}`, `the lowest any path ends at for "${competency}" is ${worst === 6 ? 'nothing' : worst}`));
  });
  return findings;
}
