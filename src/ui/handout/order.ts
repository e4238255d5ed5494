import type { ChoiceNode, EndNode, Scenario } from '../../domain/scenario.ts';

/**
 * The decision points in the order a handout lists them: breadth-first from the start,
 * following each option's `next` and each branch's `next` in authored order, then any
 * decision point no path reaches, in file order. The same for every reader (no shuffle).
 */
export function decisionPoints(scenario: Scenario): ChoiceNode[] {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>([scenario.start]);
  const queue = [scenario.start];
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const node = byId.get(queue[i]!);
    if (!node) continue;
    order.push(node.id);
    const next = node.type === 'choice' ? node.options.map((o) => o.next) : node.type === 'branch' ? node.branches.map((b) => b.next) : [];
    for (const id of next) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(id);
    }
  }
  const rest = scenario.nodes.filter((n) => !seen.has(n.id)).map((n) => n.id);
  return [...order, ...rest].map((id) => byId.get(id)!).filter((n): n is ChoiceNode => n.type === 'choice');
}

/** The end nodes that say something, in file order: their lines close the sheet. */
export function closingEnds(scenario: Scenario): EndNode[] {
  return scenario.nodes.filter((n): n is EndNode => n.type === 'end' && n.lines.length > 0);
}

/** A, B, C… for the n-th option (0-based); at most nine options, so one letter. */
export const letter = (index: number): string => String.fromCharCode(65 + index);
