/**
 * Where a field is inside a draft's pack, as the editor and its checks name it: keys of
 * objects, and for lists either the index (a number) or the `id` of the item (a string).
 * Nodes are named by id (`['scenarios', 0, 'nodes', 'n3', 'options', 1, 'text', 'en']`),
 * so a path to a node survives nodes being added or moved; everything else by index.
 */
export type FieldPath = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The index `segment` names in `list`: itself, or the first item whose `id` it is; -1 if none. */
export function indexIn(list: readonly unknown[], segment: string | number): number {
  if (typeof segment === 'number') return Number.isInteger(segment) && segment >= 0 && segment < list.length ? segment : -1;
  return list.findIndex((item) => isContainer(item) && (item as { id?: unknown }).id === segment);
}

/** The value at `path`, or undefined when any step of it does not exist. */
export function getAt(root: unknown, path: FieldPath): unknown {
  let at = root;
  for (const segment of path) {
    if (Array.isArray(at)) {
      const i = indexIn(at, segment);
      if (i < 0) return undefined;
      at = at[i];
    } else if (isContainer(at) && typeof segment === 'string' && Object.hasOwn(at, segment)) {
      at = (at as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return at;
}

/**
 * `root` with the value at `path` replaced by `update(old)`, copying only the containers
 * along the path (the rest is shared, so unchanged items keep their identity). Returns
 * `root` itself when the path does not lead anywhere: an edit of a field that is gone
 * (a stale click) changes nothing. `undefined` from `update` removes an object's key.
 */
export function updateAt<T>(root: T, path: FieldPath, update: (old: unknown) => unknown): T {
  if (path.length === 0) return update(root) as T;
  const [segment, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const i = indexIn(root, segment);
    if (i < 0) return root;
    const next = updateAt(root[i], rest, update);
    if (next === root[i]) return root;
    const copy = root.slice();
    copy[i] = next;
    return copy as T;
  }
  if (!isContainer(root) || typeof segment !== 'string') return root;
  const obj = root as Record<string, unknown>;
  // A missing key may be created only at the end of the path (an optional field being filled in).
  if (!Object.hasOwn(obj, segment) && rest.length) return root;
  const old = obj[segment];
  const next = updateAt(old, rest, update);
  if (next === old) return root;
  const copy = { ...obj };
  if (next === undefined) delete copy[segment];
  else copy[segment] = next;
  return copy as T;
}

/** A key for maps and comparisons: two paths are the same field when their keys are equal. */
export function pathKey(path: FieldPath): string {
  return JSON.stringify(path);
}

/** Whether `path` is `prefix` or inside it (a diagnostic on a node's option is "inside" the node). */
export function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => s === path[i]);
}
