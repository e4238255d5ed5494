import { LineCounter, isCollection, parseDocument, type Document } from 'yaml';
import { splitPath, type Diagnostic, type Finding } from './diagnostics.ts';
import { parseJson } from './json-source.ts';
import type { YamlParse, YamlSource } from './parsed-source.ts';

export type { YamlParse, YamlSource };
/** Deeper than any pack needs (a pack's own structure is about a dozen levels), shallow enough for the parser's recursion. */
export const MAX_DEPTH = 64;

/**
 * What makes a text no YAML document at all, found before the parser sees it: bytes that
 * are not text (a NUL, or control characters a text never has), bytes that were not UTF-8
 * (the decoder's U+FFFD, on its line), nesting deeper than MAX_DEPTH (the parser recurses,
 * and would stop with the engine's "Maximum call stack size exceeded").
 */
export function screenText(text: string, file: string): Diagnostic | undefined {
  const sample = text.slice(0, 8192);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length / 100) {
    return { code: 'not-text', file, path: '', line: 0, message: 'this is not a text file (a YAML or JSON pack is text): choose the .yaml or .json file' };
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    return { code: 'not-utf8', file, path: '', line: lineAt0(text, bad), message: 'a character here is not UTF-8 (shown as �): save the file as UTF-8 and import it again' };
  }
  const deep = tooDeep(text);
  if (deep) return { code: 'too-deep', file, path: '', line: deep, message: `nested too deeply: more than ${MAX_DEPTH} levels of lists and maps` };
  return undefined;
}

const lineAt0 = (text: string, index: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * The first line where lists and maps nest past MAX_DEPTH, by indentation (block style) and
 * by open brackets (flow style, JSON), quoted strings and comments left out; 0 if none.
 * An estimate that never counts less than the parser would nest.
 */
function tooDeep(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    let i = 0;
    if (flow === 0) {
      while (raw[i] === ' ') i++;
      if (i === raw.length || raw[i] === '#') continue;
      while (indents.length && indents.at(-1)! >= i) indents.pop();
      indents.push(i);
      // Each `- ` that opens a line's item is a level of its own (`- - - x`).
      for (let j = i; raw.startsWith('- ', j); j += 2) indents.push(j + 1);
    }
    let quote = '';
    for (; i < raw.length; i++) {
      const c = raw[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || raw[i - 1] === ' ')) break;
      else if (c === '[' || c === '{') flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (flow + indents.length > MAX_DEPTH) return line;
    }
    if (flow + indents.length > MAX_DEPTH) return line;
  }
  return 0;
}

/** Parses YAML keeping positions, so every finding can point at its line. */
export function parseYaml(text: string, file: string): YamlParse {
  const screened = screenText(text, file);
  return screened ? { ok: false, diagnostics: [screened] } : parseScreened(text, file);
}

function parseScreened(text: string, file: string): YamlParse {
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

/**
 * The largest YAML text parsed. The YAML parser keeps every position, at about a second of
 * CPU per megabyte here; with the check after it, a larger YAML pack would pass the 3 s goal
 * (issue 14). JSON, parsed natively, may be as large as the pack file limit.
 */
export const YAML_BYTES = 1_000_000;

/**
 * A pack's text, JSON or YAML: JSON takes the fast path (`JSON.parse`, lines from one scan),
 * anything else, or JSON that `JSON.parse` refuses, the YAML parse, whose messages name the
 * line, up to YAML_BYTES.
 */
export function parseSource(text: string, file: string): YamlParse {
  const screened = screenText(text, file);
  if (screened) return { ok: false, diagnostics: [screened] };
  const json = parseJson(text, file);
  if (json) return json;
  if (text.length > YAML_BYTES) {
    const params = { size: text.length, limit: YAML_BYTES };
    return { ok: false, diagnostics: [{ code: 'too-large-yaml', file, path: '', line: 0, message: `the file has ${text.length} characters; a YAML pack may have at most ${YAML_BYTES} (a JSON pack, twice that): split it, or save it as JSON`, params }] };
  }
  return parseScreened(text, file);
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
