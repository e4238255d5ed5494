import { UNTRANSLATED_MIN_LENGTH } from '../../domain/lint-codes.ts';
import type { Text } from '../../domain/text.ts';
import type { FieldPath } from '../../editor/path.ts';

/**
 * The element id of the form field at `path`, so a diagnostic can focus it. Ids in a
 * path are lower-case letters, digits and dashes; anything else is replaced, never dropped.
 */
export function fieldId(path: FieldPath): string {
  return `f-${path.map((s) => String(s).replace(/[^a-z0-9-]/gi, '_')).join('.')}`;
}

/** The fields a path could be shown by, itself first, then each enclosing one: the nearest that exists on the page is focused. */
export function fieldIdsOf(path: FieldPath): string[] {
  return path.map((_, i) => fieldId(path.slice(0, path.length - i)));
}

/**
 * Which language of a two-language text is still to be written. `same`: both hold one
 * long text (the linter's SC010: copied, not translated). `empty`: neither is written,
 * which the checker reports on its own.
 */
export type Translation = 'done' | 'empty' | 'missing-vi' | 'missing-en' | 'same';

export function translationOf(text: Partial<Text> | undefined): Translation {
  const vi = text?.vi?.trim() ?? '';
  const en = text?.en?.trim() ?? '';
  if (!vi && !en) return 'empty';
  if (!vi) return 'missing-vi';
  if (!en) return 'missing-en';
  if (vi === en && en.length > UNTRANSLATED_MIN_LENGTH) return 'same';
  return 'done';
}

export const isUntranslated = (t: Translation) => t === 'missing-vi' || t === 'missing-en' || t === 'same';
