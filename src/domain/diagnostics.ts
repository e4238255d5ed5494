import * as v from 'valibot';

/** One problem found in a content file: where it is and what to fix. */
export interface Diagnostic {
  code: string;
  file: string;
  /** Dot path inside the document, e.g. `nodes.2.options.0.next`; empty for the root. */
  path: string;
  /** 1-based line in the source file; 0 when the source has no lines (already-parsed JSON). */
  line: number;
  message: string;
  /** Errors stop the build; warnings are reported only. Absent means error. */
  severity?: 'error' | 'warning';
}

/** A location-free finding; the caller that knows the source adds `file` and `line`. */
export type Finding = Pick<Diagnostic, 'code' | 'path' | 'message' | 'severity'>;

export type PathSegment = string | number;

export function joinPath(segments: readonly PathSegment[]): string {
  return segments.join('.');
}

export function splitPath(path: string): PathSegment[] {
  if (path === '') return [];
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function fromValibotIssues(issues: readonly v.BaseIssue<unknown>[]): Finding[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    const problem = issue.kind === 'schema' && issue.received === 'undefined'
      ? 'is missing'
      : issue.message;
    return { code: issue.kind === 'schema' ? 'schema-type' : 'schema-value', path, message: `${path || 'document'}: ${problem}` };
  });
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.severity === 'warning' ? 'warning ' : ''}[${d.code}] ${d.message}`;
}

export const isError = (d: Pick<Diagnostic, 'severity'>) => d.severity !== 'warning';
