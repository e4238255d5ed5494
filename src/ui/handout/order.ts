import type { ChoiceNode, EndNode, Guard, Scenario } from '../../domain/scenario.ts';

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

/** Where an option leads on paper: a numbered decision point, or an end (numbered when the sheet prints several). */
export type Destination = {
  to: { kind: 'decision'; number: number } | { kind: 'end'; number?: number };
  /** The interviewer's branch that sends the player there; none when the option leads there directly or otherwise. */
  guard?: Guard;
};

/**
 * Where an option with `next` leads, in the handout's numbering (decisionPoints, 1-based;
 * closingEnds when more than one). Past a branch, one destination per way out, in its order;
 * a branch behind a branch keeps the first guard, which decides the way on paper.
 */
export function destinations(scenario: Scenario, next: string): Destination[] {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const numbers = new Map(decisionPoints(scenario).map((n, i) => [n.id, i + 1]));
  const ends = closingEnds(scenario);
  const endNumbers = new Map(ends.length > 1 ? ends.map((n, i) => [n.id, i + 1]) : []);
  const walk = (id: string, guard: Guard | undefined, seen: Set<string>): Destination[] => {
    const node = byId.get(id);
    if (!node || seen.has(id)) return [];
    const at = guard ? { guard } : {};
    if (node.type === 'choice') return [{ to: { kind: 'decision', number: numbers.get(id)! }, ...at }];
    if (node.type === 'end') {
      const number = endNumbers.get(id);
      return [{ to: number ? { kind: 'end', number } : { kind: 'end' }, ...at }];
    }
    return node.branches.flatMap((b) => walk(b.next, guard ?? b.if, new Set([...seen, id])));
  };
  return walk(next, undefined, new Set());
}
