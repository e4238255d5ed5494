import { splitPath, type DiagnosticParams, type Finding } from '../domain/diagnostics.ts';
import { checkPack, type Pack, type TakenIds } from '../domain/pack.ts';
import type { FieldPath } from './path.ts';

/** One finding of the checker or the linter on a draft, at the field the UI focuses. */
export interface EditorDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  /** Nodes by id, everything else by index (path.ts); `[]` for the pack as a whole. */
  path: FieldPath;
  /** The build's English message; the UI words it from `code` and `params` (src/i18n/diagnostics.ts). */
  message: string;
  params?: DiagnosticParams;
}

export interface DraftCheck {
  diagnostics: EditorDiagnostic[];
  errors: number;
  warnings: number;
  /** No errors: the draft can be published (warnings are the trainer's call, as on import). */
  publishable: boolean;
}

/**
 * The draft checked exactly as a pack import is (checkPack: schema, references, the
 * linter, ids against `taken`), every finding mapped to a field path. Runs on every edit.
 */
export function checkDraft(pack: Pack, taken?: TakenIds): DraftCheck {
  const checked = checkPack(pack, taken);
  const findings = checked.ok ? checked.warnings : checked.findings;
  const diagnostics = findings.map((f) => toEditor(pack, f));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { diagnostics, errors, warnings: diagnostics.length - errors, publishable: checked.ok };
}

function toEditor(pack: Pack, f: Finding): EditorDiagnostic {
  return {
    code: f.code,
    severity: f.severity ?? 'error',
    path: fieldPath(pack, f.path),
    message: f.message,
    ...(f.params ? { params: f.params } : {}),
  };
}

/**
 * A finding's dot path (`scenarios.0.nodes.3.options.1.text.en`) as a field path, the node
 * named by its id when that id is one only it has (while an id is being typed or is a
 * duplicate, by index: both resolve).
 */
export function fieldPath(pack: Pack, dotPath: string): FieldPath {
  const segments = splitPath(dotPath);
  if (segments[0] === 'scenarios' && typeof segments[1] === 'number' && segments[2] === 'nodes' && typeof segments[3] === 'number') {
    const nodes = (pack.scenarios as unknown[] | undefined)?.[segments[1]] as { nodes?: { id?: unknown }[] } | undefined;
    const id = Array.isArray(nodes?.nodes) ? nodes.nodes[segments[3]]?.id : undefined;
    if (typeof id === 'string' && id !== '' && nodes!.nodes!.filter((n) => n?.id === id).length === 1) segments[3] = id;
  }
  return segments;
}
