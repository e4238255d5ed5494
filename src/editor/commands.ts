import type { Pack } from '../domain/pack.ts';
import { getAt, indexIn, updateAt, type FieldPath } from './path.ts';

/**
 * Every edit of a draft, as data: the UI sends these, the history keeps what they did.
 * Five kinds cover every form (the helpers in blanks.ts build the common ones):
 * - `set` a field (a text, a level, a `next`, a flag; `value: undefined` removes an optional field);
 * - `insert` an item into the list at `path` (at `index`, else at the end);
 * - `remove` the item at `path`; `move` it to index `to` in its list;
 * - `rename` the item at `path` (a node, a character, a rubric, an indicator, a question, or
 *   anything else with an `id`) to `id`, and every reference to it with it.
 * Change an id with `rename`, never `set`: `set` leaves the references behind.
 */
export type Command =
  | { type: 'set'; path: FieldPath; value: unknown }
  | { type: 'insert'; path: FieldPath; value: unknown; index?: number }
  | { type: 'remove'; path: FieldPath }
  | { type: 'move'; path: FieldPath; to: number }
  | { type: 'rename'; path: FieldPath; id: string };

/**
 * The pack after `command`. Pure: `pack` is not changed, and whatever the edit did not
 * touch is shared with it. A command whose path leads nowhere (a field removed since) or
 * that changes nothing returns `pack` itself, so callers can tell with `===`. Never throws.
 */
export function applyCommand(pack: Pack, command: Command): Pack {
  switch (command.type) {
    case 'set':
      return command.path.length ? updateAt(pack, command.path, () => command.value) : pack;
    case 'insert':
      return updateAt(pack, command.path, (list) => {
        if (!Array.isArray(list)) return list;
        const at = command.index === undefined ? list.length : Math.max(0, Math.min(list.length, Math.trunc(command.index)));
        return [...list.slice(0, at), command.value, ...list.slice(at)];
      });
    case 'remove': {
      const { list, index } = itemAt(pack, command.path);
      if (!list || index < 0) return pack;
      return updateAt(pack, command.path.slice(0, -1), (l) => (l as unknown[]).filter((_, i) => i !== index));
    }
    case 'move': {
      const { list, index } = itemAt(pack, command.path);
      if (!list || index < 0) return pack;
      const to = Math.max(0, Math.min(list.length - 1, Math.trunc(command.to)));
      if (to === index || Number.isNaN(to)) return pack;
      return updateAt(pack, command.path.slice(0, -1), (l) => {
        const copy = (l as unknown[]).slice();
        const [item] = copy.splice(index, 1);
        copy.splice(to, 0, item);
        return copy;
      });
    }
    case 'rename':
      return rename(pack, command.path, command.id);
  }
}

/** The list an item path ends in, and the item's index there (-1 if none). */
function itemAt(pack: Pack, path: FieldPath): { list: unknown[] | undefined; index: number } {
  if (!path.length) return { list: undefined, index: -1 };
  const list = getAt(pack, path.slice(0, -1));
  if (!Array.isArray(list)) return { list: undefined, index: -1 };
  return { list, index: indexIn(list, path.at(-1)!) };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** `items` mapped, the list itself when nothing changed (so untouched parts keep their identity). */
function mapList<T>(items: T[], f: (item: T) => T): T[] {
  let changed = false;
  const out = items.map((item) => {
    const next = f(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? out : items;
}

/** `o` with `key` set to `value`, or `o` itself when it already holds it. */
function withKey<T>(o: T, key: string, value: unknown): T {
  const rec = obj(o);
  if (!rec || rec[key] === value) return o;
  return { ...rec, [key]: value } as T;
}

/**
 * Renames the item at `path` and what refers to it. The references follow the format
 * (docs/authoring.md): a node by `start`, options' and branches' `next`; a character by
 * lines' `speaker`; a rubric by competencies, evidence, guards, calibration sets and
 * questions' `rubric`; an indicator by evidence and samples of its rubric; a question by
 * `question.id` where `question.rubric` is its rubric.
 */
function rename(pack: Pack, path: FieldPath, id: string): Pack {
  const { list: items, index } = itemAt(pack, path);
  const item = obj(items?.[index]);
  if (!item || typeof id !== 'string') return pack;
  const old = item.id;
  if (typeof old !== 'string' || old === id) return pack;
  const itemPath = [...path.slice(0, -1), index];
  let next = updateAt(pack, itemPath, (o) => withKey(o, 'id', id));
  const shape = path.map((s) => (typeof s === 'number' ? '#' : s)).join('/');
  const [root, first] = path;
  const each = (key: 'scenarios' | 'calibration', f: (item: unknown) => unknown) =>
    (next = updateAt(next, [key], (l) => (Array.isArray(l) ? mapList(l, f) : l)));

  if (root === 'scenarios' && /^scenarios\/[^/]+\/nodes\/[^/]+$/.test(shape)) {
    next = updateAt(next, ['scenarios', first!], (s) => renameNode(s, old, id));
  } else if (root === 'scenarios' && /^scenarios\/[^/]+\/characters\/[^/]+$/.test(shape)) {
    next = updateAt(next, ['scenarios', first!], (s) => renameSpeaker(s, old, id));
  } else if (root === 'rubrics' && /^rubrics\/[^/]+$/.test(shape)) {
    each('scenarios', (s) => renameCompetency(s, old, id));
    each('calibration', (c) => renameCompetency(c, old, id));
  } else if (root === 'rubrics' && /^rubrics\/[^/]+\/levels\/[^/]+\/indicators\/[^/]+$/.test(shape)) {
    const rubric = obj(getAt(next, ['rubrics', first!]))?.id;
    each('scenarios', (s) => renameIndicator(s, rubric, old, id));
    each('calibration', (c) => renameSampleIndicator(c, rubric, old, id));
  } else if (root === 'rubrics' && /^rubrics\/[^/]+\/questions\/[^/]+$/.test(shape)) {
    const rubric = obj(getAt(next, ['rubrics', first!]))?.id;
    const fix = (s: unknown) => {
      const q = obj(obj(s)?.question);
      return q && q.rubric === rubric && q.id === old ? withKey(s, 'question', { ...q, id }) : s;
    };
    each('scenarios', fix);
    each('calibration', fix);
  }
  return next;
}

function renameNode(scenario: unknown, old: string, id: string): unknown {
  const s = obj(scenario);
  if (!s) return scenario;
  let out = s.start === old ? withKey(s, 'start', id) : s;
  const nodes = mapList(list(s.nodes), (node) => {
    const n = obj(node);
    if (!n) return node;
    let m: unknown = n;
    if (Array.isArray(n.options)) m = withKey(m, 'options', mapList(n.options, (o) => (obj(o)?.next === old ? withKey(o, 'next', id) : o)));
    if (Array.isArray(n.branches)) m = withKey(m, 'branches', mapList(n.branches, (b) => (obj(b)?.next === old ? withKey(b, 'next', id) : b)));
    return m;
  });
  return withKey(out, 'nodes', nodes);
}

function renameSpeaker(scenario: unknown, old: string, id: string): unknown {
  const s = obj(scenario);
  if (!s) return scenario;
  const nodes = mapList(list(s.nodes), (node) => {
    const n = obj(node);
    if (!n || !Array.isArray(n.lines)) return node;
    return withKey(n, 'lines', mapList(n.lines, (l) => (obj(l)?.speaker === old ? withKey(l, 'speaker', id) : l)));
  });
  return withKey(s, 'nodes', nodes);
}

/** In a scenario or a calibration set: every place a rubric id stands. */
function renameCompetency(item: unknown, old: string, id: string): unknown {
  const s = obj(item);
  if (!s) return item;
  let out: unknown = s;
  if (Array.isArray(s.competencies)) out = withKey(out, 'competencies', mapList(s.competencies, (c) => (c === old ? id : c)));
  if (s.competency === old) out = withKey(out, 'competency', id);
  const q = obj(s.question);
  if (q?.rubric === old) out = withKey(out, 'question', { ...q, rubric: id });
  if (Array.isArray(s.nodes)) {
    out = withKey(out, 'nodes', mapList(s.nodes, (node) => {
      const n = obj(node);
      if (!n) return node;
      let m: unknown = n;
      if (Array.isArray(n.options)) {
        m = withKey(m, 'options', mapList(n.options, (o) => {
          const ev = obj(o)?.evidence;
          return Array.isArray(ev) ? withKey(o, 'evidence', mapList(ev, (e) => (obj(e)?.competency === old ? withKey(e, 'competency', id) : e))) : o;
        }));
      }
      if (Array.isArray(n.branches)) {
        m = withKey(m, 'branches', mapList(n.branches, (b) => {
          const g = obj(obj(b)?.if);
          return g?.competency === old ? withKey(b, 'if', { ...g, competency: id }) : b;
        }));
      }
      return m;
    }));
  }
  return out;
}

const swap = (ids: unknown, old: string, id: string) => (Array.isArray(ids) ? mapList(ids, (x) => (x === old ? id : x)) : ids);

function renameIndicator(scenario: unknown, rubric: unknown, old: string, id: string): unknown {
  const s = obj(scenario);
  if (!s || !Array.isArray(s.nodes)) return scenario;
  return withKey(s, 'nodes', mapList(s.nodes, (node) => {
    const n = obj(node);
    if (!n || !Array.isArray(n.options)) return node;
    return withKey(n, 'options', mapList(n.options, (o) => {
      const ev = obj(o)?.evidence;
      if (!Array.isArray(ev)) return o;
      return withKey(o, 'evidence', mapList(ev, (e) => (obj(e)?.competency === rubric ? withKey(e, 'indicators', swap(obj(e)!.indicators, old, id)) : e)));
    }));
  }));
}

function renameSampleIndicator(set: unknown, rubric: unknown, old: string, id: string): unknown {
  const c = obj(set);
  if (!c || c.competency !== rubric || !Array.isArray(c.samples)) return set;
  return withKey(c, 'samples', mapList(c.samples, (sample) => {
    let m: unknown = sample;
    m = withKey(m, 'shows', swap(obj(sample)?.shows, old, id));
    m = withKey(m, 'lacks', swap(obj(sample)?.lacks, old, id));
    return m;
  }));
}
