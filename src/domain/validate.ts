import * as v from 'valibot';
import type { DiagnosticCode } from './diagnostic-codes.ts';
import { fromValibotIssues, type DiagnosticParams, type Finding } from './diagnostics.ts';
import { RubricSchema, indicatorIds, type Rubric } from './rubric.ts';
import { ScenarioSchema, optionLevel, type Scenario } from './scenario.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; findings: Finding[] };

export function checkRubric(data: unknown): Checked<Rubric> {
  const parsed = v.safeParse(RubricSchema, data);
  if (!parsed.success) return { ok: false, findings: fromValibotIssues(parsed.issues) };
  const findings = duplicates(
    parsed.output.levels.flatMap((l, li) => l.indicators.map((i, ii) => ({ id: i.id, path: `levels.${li}.indicators.${ii}.id` }))),
  );
  return findings.length ? { ok: false, findings } : { ok: true, value: parsed.output };
}

/**
 * Schema first, then what a schema cannot see: references between nodes, to
 * characters and to the rubrics. Every finding is collected before failing, so an
 * author fixes a file in one pass.
 */
export function checkScenario(data: unknown, rubrics: ReadonlyMap<string, Rubric>): Checked<Scenario> {
  const parsed = v.safeParse(ScenarioSchema, data);
  if (!parsed.success) return { ok: false, findings: fromValibotIssues(parsed.issues) };
  const s = parsed.output;
  const findings: Finding[] = [];
  const add = (code: DiagnosticCode, path: string, message: string, params?: DiagnosticParams) =>
    findings.push({ code, path, message: `${path}: ${message}`, ...(params ? { params } : {}) });

  const nodeIds = new Set(s.nodes.map((n) => n.id));
  const speakers = new Set(s.characters.map((c) => c.id));
  const scored = new Set(s.competencies);
  findings.push(...duplicates(s.nodes.map((n, i) => ({ id: n.id, path: `nodes.${i}.id` }))));
  findings.push(...duplicates(s.characters.map((c, i) => ({ id: c.id, path: `characters.${i}.id` }))));

  for (const [i, id] of s.competencies.entries()) {
    if (!rubrics.has(id)) add('unknown-competency', `competencies.${i}`, `no rubric "${id}" (known: ${[...rubrics.keys()].join(', ') || 'none'})`, { id });
  }
  const questionRubric = rubrics.get(s.question.rubric);
  if (!questionRubric) add('unknown-competency', 'question.rubric', `no rubric "${s.question.rubric}"`, { id: s.question.rubric });
  else if (!questionRubric.questions.some((q) => q.id === s.question.id)) {
    add('unknown-question', 'question.id', `rubric "${s.question.rubric}" has no question "${s.question.id}"`, { rubric: s.question.rubric, id: s.question.id });
  }
  if (!nodeIds.has(s.start)) add('unknown-node', 'start', `no node "${s.start}"`, { id: s.start });

  const checkNext = (next: string, path: string) => {
    if (!nodeIds.has(next)) add('unknown-node', path, `no node "${next}" to go to`, { id: next });
  };
  const checkCompetency = (id: string, path: string) => {
    if (!scored.has(id)) add('unknown-competency', path, `"${id}" is not one of this scenario's competencies (${s.competencies.join(', ')})`, { id, scenario: 1 });
  };

  s.nodes.forEach((node, ni) => {
    const at = `nodes.${ni}`;
    if (node.type !== 'branch') {
      node.lines.forEach((line, li) => {
        if (!speakers.has(line.speaker)) add('unknown-speaker', `${at}.lines.${li}.speaker`, `no character "${line.speaker}"`, { id: line.speaker });
      });
    }
    if (node.type === 'branch') {
      node.branches.forEach((b, bi) => {
        checkNext(b.next, `${at}.branches.${bi}.next`);
        if (b.if) checkCompetency(b.if.competency, `${at}.branches.${bi}.if.competency`);
      });
    }
    if (node.type === 'choice') {
      findings.push(...duplicates(node.options.map((o, oi) => ({ id: o.id, path: `${at}.options.${oi}.id` }))));
      node.options.forEach((option, oi) => {
        const op = `${at}.options.${oi}`;
        checkNext(option.next, `${op}.next`);
        // A red flag disqualifies: it belongs on a response that shows level 1 and nothing higher.
        if (option.redFlag && optionLevel(option) > 1) {
          add('red-flag-level', `${op}.redFlag`, `a red flag belongs only on a level-1 response; this one shows level ${optionLevel(option)}`, { level: optionLevel(option) });
        }
        option.evidence.forEach((e, ei) => {
          const ep = `${op}.evidence.${ei}`;
          checkCompetency(e.competency, `${ep}.competency`);
          const rubric = rubrics.get(e.competency);
          if (!rubric) return;
          const known = indicatorIds(rubric);
          e.indicators.forEach((id, ii) => {
            if (!known.has(id)) add('unknown-indicator', `${ep}.indicators.${ii}`, `rubric "${rubric.id}" has no indicator "${id}"`, { rubric: rubric.id, id });
          });
        });
      });
    }
  });

  return findings.length ? { ok: false, findings } : { ok: true, value: s };
}

function duplicates(items: { id: string; path: string }[]): Finding[] {
  const seen = new Set<string>();
  const found: Finding[] = [];
  for (const { id, path } of items) {
    if (seen.has(id)) found.push({ code: 'duplicate-id', path, message: `${path}: "${id}" is used twice`, params: { id } });
    seen.add(id);
  }
  return found;
}
