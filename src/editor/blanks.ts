import type { Pack } from '../domain/pack.ts';
import type { Level } from '../domain/text.ts';
import type { Command } from './commands.ts';
import { EMPTY_TEXT } from './document.ts';
import { getAt, type FieldPath } from './path.ts';

/**
 * Commands that add the common things with their required fields present (texts empty,
 * for the checker to mark), so the UI's "Add …" buttons are one line each. Ids are fresh
 * in their list (`d2`, `d3`, … ; `a`, `b`, …).
 */

const idsIn = (pack: Pack, path: FieldPath): Set<string> => {
  const items = getAt(pack, path);
  return new Set((Array.isArray(items) ? items : []).map((i) => (i as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string'));
};

/** The first of `base1`, `base2`, … not in `taken`. */
export function freshId(taken: ReadonlySet<string>, base: string): string {
  for (let n = 1; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** The first free letter a, b, …, then a1, b1, … for options. */
function freshLetter(taken: ReadonlySet<string>): string {
  for (let n = 0; ; n++) {
    for (const c of 'abcdefghi') {
      const id = n ? `${c}${n}` : c;
      if (!taken.has(id)) return id;
    }
  }
}

export type NodeType = 'choice' | 'branch' | 'end';

/** The first indicator of `competency`'s rubric at `level`, so new evidence passes the schema from the start. */
function indicatorsAt(pack: Pack, competency: string, level: Level): string[] {
  const rubrics = getAt(pack, ['rubrics']);
  const rubric = Array.isArray(rubrics) ? rubrics.findIndex((r) => (r as { id?: unknown } | null)?.id === competency) : -1;
  const id = rubric < 0 ? undefined : getAt(pack, ['rubrics', rubric, 'levels', level - 1, 'indicators', 0, 'id']);
  return typeof id === 'string' ? [id] : [];
}

/** A node of `type` at the end of scenario `scenario`'s nodes; `next` is where its ways on lead (else the first end). */
export function addNode(pack: Pack, scenario: number, type: NodeType, opts: { id?: string; next?: string; speaker?: string } = {}): Command {
  const nodesPath = ['scenarios', scenario, 'nodes'];
  // Read defensively: a draft may hold anything while it is being written.
  const s = getAt(pack, ['scenarios', scenario]) as { characters?: unknown; nodes?: unknown; competencies?: unknown } | undefined;
  const first = <T>(list: unknown, pick: (item: unknown) => T | undefined): T | undefined => (Array.isArray(list) ? list.map(pick).find((x) => x !== undefined) : undefined);
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const id = opts.id ?? freshId(idsIn(pack, nodesPath), type === 'end' ? 'end' : type === 'branch' ? 'b' : 'd');
  const speaker = opts.speaker ?? first(s?.characters, (c) => str((c as { id?: unknown } | null)?.id)) ?? '';
  const next = opts.next ?? first(s?.nodes, (n) => ((n as { type?: unknown } | null)?.type === 'end' ? str((n as { id?: unknown }).id) : undefined)) ?? '';
  const competency = first(s?.competencies, str) ?? '';
  const option = (oid: string, level: Level) => ({ id: oid, text: EMPTY_TEXT, evidence: [{ competency, level, indicators: indicatorsAt(pack, competency, level) }], feedback: EMPTY_TEXT, next });
  const value =
    type === 'choice'
      ? { type, id, lines: [{ speaker, text: EMPTY_TEXT }], options: [option('a', 5), option('b', 1)] }
      : type === 'branch'
        ? { type, id, branches: [{ if: { competency, atLeast: 4 }, next }, { next }] }
        : { type, id, lines: [{ speaker, text: EMPTY_TEXT }] };
  return { type: 'insert', path: nodesPath, value };
}

/** An option at the end of a decision's options, leading where its first option leads. */
export function addOption(pack: Pack, node: FieldPath): Command {
  const path = [...node, 'options'];
  const first = getAt(pack, [...path, 0]) as { next?: string; evidence?: { competency?: string }[] } | undefined;
  const competency = first?.evidence?.[0]?.competency ?? '';
  const value = { id: freshLetter(idsIn(pack, path)), text: EMPTY_TEXT, evidence: [{ competency, level: 3, indicators: indicatorsAt(pack, competency, 3) }], feedback: EMPTY_TEXT, next: first?.next ?? '' };
  return { type: 'insert', path, value };
}

/** A line spoken at a decision or an end, by its first line's speaker. */
export function addLine(pack: Pack, node: FieldPath): Command {
  const speaker = (getAt(pack, [...node, 'lines', 0, 'speaker']) as string | undefined) ?? '';
  return { type: 'insert', path: [...node, 'lines'], value: { speaker, text: EMPTY_TEXT } };
}

export function addCharacter(pack: Pack, scenario: number): Command {
  const path = ['scenarios', scenario, 'characters'];
  return { type: 'insert', path, value: { id: freshId(idsIn(pack, path), 'person'), name: EMPTY_TEXT, role: EMPTY_TEXT } };
}

/** Evidence on `competency` for an option (one entry per competency). */
export function addEvidence(pack: Pack, option: FieldPath, competency: string, level: Level = 3): Command {
  return { type: 'insert', path: [...option, 'evidence'], value: { competency, level, indicators: indicatorsAt(pack, competency, level) } };
}

/** A guarded way on, before the branch's last ("otherwise") one. */
export function addCondition(pack: Pack, branch: FieldPath, competency: string): Command {
  const ways = getAt(pack, [...branch, 'branches']);
  const n = Array.isArray(ways) ? ways.length : 0;
  const next = (getAt(pack, [...branch, 'branches', Math.max(0, n - 1), 'next']) as string | undefined) ?? '';
  return { type: 'insert', path: [...branch, 'branches'], index: Math.max(0, n - 1), value: { if: { competency, atLeast: 4 }, next } };
}

/** A calibration sample at the end of set `set`. */
export function addSample(pack: Pack, set: number, level: Level = 3): Command {
  const path = ['calibration', set, 'samples'];
  return { type: 'insert', path, value: { id: freshId(idsIn(pack, path), 's'), answer: EMPTY_TEXT, level, shows: [], lacks: [], rationale: EMPTY_TEXT } };
}

/** An indicator at rubric `rubric`'s level `level` (1–5), id `<rubric>.<level>.<n>`. */
export function addIndicator(pack: Pack, rubric: number, level: Level): Command {
  const path = ['rubrics', rubric, 'levels', level - 1, 'indicators'];
  const rid = rubricId(pack, rubric);
  return { type: 'insert', path, value: { id: freshId(idsIn(pack, path), `${rid}.${level}.`), text: EMPTY_TEXT, deficit: false } };
}

/** An interview question on rubric `rubric`, id `<rubric>.q<n>`. */
export function addQuestion(pack: Pack, rubric: number): Command {
  const path = ['rubrics', rubric, 'questions'];
  const rid = rubricId(pack, rubric);
  return { type: 'insert', path, value: { id: freshId(idsIn(pack, path), `${rid}.q`), text: EMPTY_TEXT } };
}

function rubricId(pack: Pack, rubric: number): string {
  const id = getAt(pack, ['rubrics', rubric, 'id']);
  return typeof id === 'string' && id ? id : 'r';
}
