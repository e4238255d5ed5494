import { splitPath, type Diagnostic } from './diagnostics.ts';
import type { YamlParse } from './parsed-source.ts';

/**
 * The fast path for a JSON pack: `JSON.parse` for the data (the YAML parser takes about a
 * second per megabyte; this, milliseconds), and one linear scan of the text (tens of
 * milliseconds for the largest pack) that records the line of every key and array item, for
 * the findings, and refuses repeated keys as the YAML parse does (`JSON.parse` would keep the
 * last one silently).
 * Returns undefined when the text is not JSON, for the YAML parse to read it.
 */
export function parseJson(text: string, file: string): YamlParse | undefined {
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== '{' && text[start] !== '[')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const index = scan(text);
  if (index.duplicate) {
    const { key, line } = index.duplicate;
    return { ok: false, diagnostics: [{ code: 'yaml-syntax', file, path: '', line, message: `Map keys must be unique: "${key}" is repeated` } satisfies Diagnostic] };
  }
  return { ok: true, source: { data, lineOf: (path) => lineOf(index.root, path) } };
}

/** A key or array item: the line it starts on, and its own members when it holds any. */
interface Entry {
  line: number;
  children?: Map<string | number, Entry>;
}

function lineOf(root: Entry, path: string): number {
  let entry = root;
  // A missing key has no entry: the nearest ancestor that exists answers.
  for (const segment of splitPath(path)) {
    // splitPath reads "2" as an array index; an object's key "2" is a string.
    const next = entry.children?.get(segment) ?? entry.children?.get(String(segment));
    if (!next) break;
    entry = next;
  }
  return entry.line;
}

/**
 * One pass over text that `JSON.parse` accepted, with an explicit stack (no recursion:
 * nesting depth is the text's own). Strings are skipped by their quotes and escapes.
 */
function scan(text: string): { root: Entry; duplicate?: { key: string; line: number } } {
  const root: Entry = { line: 1 };
  // Per open container: its entry, whether it is an array, the next item's index, the key being read.
  const stack: { entry: Entry; array: boolean; item: number; key?: string }[] = [];
  let line = 1;
  let pendingKey: { key: string; line: number } | undefined;
  const child = (at: number): Entry => {
    const top = stack.at(-1);
    if (!top) return root;
    const children = (top.entry.children ??= new Map());
    if (top.array) {
      const entry = { line: at };
      children.set(top.item++, entry);
      return entry;
    }
    const key = pendingKey!;
    pendingKey = undefined;
    const entry = { line: key.line };
    children.set(key.key, entry);
    return entry;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34 /* " */) {
      const from = i + 1;
      let escaped = false;
      for (i = from; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) {
          escaped = true;
          i++;
        } else if (d === 34) break;
      }
      const top = stack.at(-1);
      if (top && !top.array && pendingKey === undefined && top.key === undefined) {
        const raw = text.slice(from, i);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.entry.children?.has(key)) return { root, duplicate: { key, line } };
        pendingKey = { key, line };
        top.key = key;
      } else {
        child(line);
        if (top && !top.array) top.key = undefined;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const entry = child(line);
      const top = stack.at(-1);
      if (top && !top.array) top.key = undefined;
      stack.push({ entry, array: c === 91, item: 0 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */ || c === 58 /* : */ || c === 32 || c === 9 || c === 13) {
      // separators and white space
    } else {
      // A number, true, false or null: to the next separator.
      child(line);
      const top = stack.at(-1);
      if (top && !top.array) top.key = undefined;
      while (i + 1 < text.length && !',}] \t\r\n'.includes(text[i + 1]!)) i++;
    }
  }
  return { root };
}
