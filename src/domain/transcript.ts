import type { Answer } from './score.ts';
import { findNode, type ChoiceNode, type Line, type Scenario } from './scenario.ts';
import type { Text } from './text.ts';

export type TranscriptEntry =
  | { kind: 'line'; key: string; speaker: string; text: Text }
  | { kind: 'answer'; key: string; decision: number; text: Text }
  | { kind: 'timeout'; key: string; decision: number };

/**
 * The conversation so far, rebuilt from the answers alone (so a resumed run shows
 * exactly what was said): each answered node's lines and the chosen response.
 * The current node's lines come from `currentLines`.
 */
export function transcript(scenario: Scenario, answers: readonly Answer[]): TranscriptEntry[] {
  return answers.flatMap((answer, i) => {
    const node = findNode(scenario, answer.nodeId) as ChoiceNode | undefined;
    if (!node) return [];
    const option = node.options.find((o) => o.id === answer.optionId);
    const lines = node.lines.map((l, li) => lineEntry(l, `${i}.${li}`));
    if (answer.timedOut) return [...lines, { kind: 'timeout' as const, key: `${i}.timeout`, decision: i + 1 }];
    return option ? [...lines, { kind: 'answer' as const, key: `${i}.answer`, decision: i + 1, text: option.text }] : lines;
  });
}

export function currentLines(scenario: Scenario, nodeId: string): TranscriptEntry[] {
  const node = findNode(scenario, nodeId);
  if (!node || node.type === 'branch') return [];
  return node.lines.map((l, li) => lineEntry(l, `now.${nodeId}.${li}`));
}

function lineEntry(line: Line, key: string): TranscriptEntry {
  return { kind: 'line', key, speaker: line.speaker, text: line.text };
}
