import * as v from 'valibot';
import type { DiagnosticCode } from './diagnostic-codes.ts';

/** One problem found in a content file: where it is and what to fix. */
export interface Diagnostic {
  /** One of the table in diagnostic-codes.ts. */
  code: DiagnosticCode;
  file: string;
  /** Dot path inside the document, e.g. `nodes.2.options.0.next`; empty for the root. */
  path: string;
  /** 1-based line in the source file; 0 when the source has no lines (already-parsed JSON). */
  line: number;
  /** In English: what the build and `npm run lint:content` print. */
  message: string;
  /**
   * The values the message names (ids, levels, counts), so the UI can word the finding
   * in its own language from `code` and these (src/i18n/diagnostics.ts). Absent when the
   * code needs none; a translation words the finding without them when one is missing.
   */
  params?: DiagnosticParams;
  /** Errors stop the build; warnings are reported only. Absent means error. */
  severity?: 'error' | 'warning';
}

export type DiagnosticParams = Readonly<Record<string, string | number>>;

/** A location-free finding; the caller that knows the source adds `file` and `line`. */
export type Finding = Pick<Diagnostic, 'code' | 'path' | 'message' | 'params' | 'severity'>;

export type PathSegment = string | number;

export function joinPath(segments: readonly PathSegment[]): string {
  return segments.join('.');
}

export function splitPath(path: string): PathSegment[] {
  if (path === '') return [];
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * A schema issue as a finding. `params.issue` is what went wrong: `missing`, `unknown-key`
 * (a field the format does not have), or valibot's check (`string`, `literal`, `min_length`,
 * `regex`, `check`…) with what it expected and received; `params.message` is the schema's
 * own English words, which the UI's translation table may know.
 */
export function fromValibotIssues(issues: readonly v.BaseIssue<unknown>[]): Finding[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    const missing = issue.kind === 'schema' && issue.received === 'undefined';
    const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
    const problem = missing ? 'is missing' : unknownKey ? 'is not a field of this format: remove it or check its spelling' : issue.message;
    const requirement = (issue as { requirement?: unknown }).requirement;
    const params: Record<string, string | number> = {
      issue: missing ? 'missing' : unknownKey ? 'unknown-key' : issue.type,
      expected: issue.expected ?? '',
      received: issue.received,
      message: issue.message,
      ...(typeof requirement === 'number' ? { requirement } : {}),
    };
    return { code: issue.kind === 'schema' ? 'schema-type' : 'schema-value', path, message: `${path || 'document'}: ${problem}`, params };
  });
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.severity === 'warning' ? 'warning ' : ''}[${d.code}] ${d.message}`;
}

export const isError = (d: Pick<Diagnostic, 'severity'>) => d.severity !== 'warning';
