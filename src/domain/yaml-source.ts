import { LineCounter, isCollection, parseDocument, type Document } from 'yaml';
import { splitPath, type Diagnostic, type Finding } from './diagnostics.ts';

export interface YamlSource {
  data: unknown;
  /** The 1-based line of the deepest node that exists along `path`. */
  lineOf(path: string): number;
}

export type YamlParse = { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };

/** Parses YAML keeping positions, so every finding can point at its line. */
export function parseYaml(text: string, file: string): YamlParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) => ({
        code: 'yaml-syntax',
        file,
        path: '',
        line: lineCounter.linePos(e.pos[0]).line,
        message: e.message.split('\n')[0]!,
      })),
    };
  }
  // Aliases resolve only here: one to no anchor throws, and so do more uses than a pack
  // needs (the cap stops an exponential 'billion laughs' file from freezing the tab).
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return { ok: false, diagnostics: [{ code: 'yaml-syntax', file, path: '', line: aliasLine(text, error), message: (error as Error).message.split('\n')[0]! }] };
  }
  return {
    ok: true,
    source: { data, lineOf: (path) => lineAt(doc, lineCounter, path) },
  };
}

/** The line of the alias an error names (`Unresolved alias (the anchor must be set before the alias): TBD`), or 1. */
function aliasLine(text: string, error: unknown): number {
  const name = /: (\S+)$/.exec((error as Error).message ?? '')?.[1];
  const index = name ? text.search(new RegExp(`\\*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)) : -1;
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function lineAt(doc: Document, lines: LineCounter, path: string): number {
  const segments = splitPath(path);
  // A missing key has no node: walk back to the nearest ancestor that exists.
  for (let n = segments.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) {
      // For a collection, point at its key line rather than its first child.
      const start = isCollection(node) && n > 0 ? keyStart(doc, segments.slice(0, n)) ?? range[0] : range[0];
      return lines.linePos(start).line;
    }
  }
  return 1;
}

function keyStart(doc: Document, segments: (string | number)[]): number | undefined {
  const parent = segments.length === 1 ? doc.contents : doc.getIn(segments.slice(0, -1), true);
  if (!isCollection(parent)) return undefined;
  const last = segments.at(-1);
  for (const item of parent.items as unknown[]) {
    const pair = item as { key?: { value?: unknown; range?: [number, number, number] } };
    if (pair.key && pair.key.value === last) return pair.key.range?.[0];
  }
  return undefined;
}

export function locate(findings: readonly Finding[], file: string, source: YamlSource): Diagnostic[] {
  return findings.map((f) => ({ ...f, file, line: source.lineOf(f.path) }));
}
