import type { Diagnostic } from './diagnostics.ts';

/** A parsed pack or content file: its data, and the line of any path in it (YAML or JSON alike). */
export interface YamlSource {
  data: unknown;
  /** The 1-based line of the deepest node that exists along `path`. */
  lineOf(path: string): number;
}

export type YamlParse = { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] };
