import type { Locale } from '../../domain/text.ts';
import { diagnosticText } from '../../i18n/diagnostics.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { ImportProblem } from '../../storage/transfer.ts';

/** What the last export, import or refusal on "Your data" did, kept as data so it reads in the current language. */
export type DataOutcome =
  | { kind: 'exported'; file: string; records: number; results: number }
  | { kind: 'imported'; file: string; added: number; unchanged: number; keptAside?: number; skipped?: number }
  | { kind: 'refused'; file: string; problems: ImportProblem[] };

/** Bytes as whole megabytes, rounded up: a file just over the limit never reads as "20 MB of at most 20". */
export const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/** One import problem in the UI's language, with what to do: never the validator's words. */
export function importProblemText(problem: ImportProblem, t: Messages, locale: Locale): string {
  switch (problem.code) {
    case 'not-json':
      return t.importNotJson;
    case 'not-an-export':
      return t.importNotExport;
    case 'newer-export':
      return t.importNewerExport;
    case 'duplicate-record':
      return t.importDuplicate(problem.record, problem.key);
    case 'unknown-kind':
      return t.importUnknownKind(problem.record, problem.key);
    case 'newer-record':
      return t.importNewerRecord(problem.record, problem.key);
    case 'damaged-record':
      return t.importDamaged(problem.record, problem.key);
    case 'key-mismatch':
      return t.importKeyMismatch(problem.record, problem.key);
    case 'file-too-large':
      return t.importTooLarge(megabytes(problem.bytes), megabytes(problem.limit));
    case 'too-many-records':
      return t.importTooManyRecords(problem.count, problem.limit);
    case 'too-many-results':
      return t.importTooManyResults(problem.count, problem.limit);
    case 'more-problems':
      return t.importMoreProblems(problem.count);
    case 'bad-pack':
      // The finding ends a sentence of its own; inside the parentheses it loses its full stop.
      return t.importBadPack(problem.key, problem.finding.path, diagnosticText(locale, problem.finding).replace(/\.$/, ''));
  }
}

/** The lines that announce an outcome, and whether it went well (a status) or not (an alert). */
export function outcomeText(outcome: DataOutcome, t: Messages, locale: Locale): { ok: boolean; lines: string[] } {
  switch (outcome.kind) {
    case 'exported':
      return { ok: true, lines: [t.exported(outcome.file, outcome.records, outcome.results)] };
    case 'imported':
      return {
        ok: true,
        lines: [
          t.importedFrom(outcome.file),
          t.imported(outcome.added, outcome.unchanged),
          ...(outcome.keptAside ? [t.importKeptAside(outcome.keptAside)] : []),
          ...(outcome.skipped ? [t.importSkipped(outcome.skipped)] : []),
        ],
      };
    case 'refused':
      return { ok: false, lines: [t.importRefused(outcome.file), ...outcome.problems.map((p) => importProblemText(p, t, locale))] };
  }
}
