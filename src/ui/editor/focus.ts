import type { FieldPath } from '../../editor/path.ts';
import { fieldIdsOf } from './fields.ts';

const FOCUSABLE = 'input, select, textarea, button';

/**
 * Moves focus to the form field at `path`, or the nearest enclosing one on the page
 * (a text's first language, a response's box), opening any closed section around it.
 * False when nothing of the path is on the page.
 */
export function focusField(path: FieldPath, root: Document = document): boolean {
  for (const id of fieldIdsOf(path)) {
    const found = root.getElementById(id);
    if (!found) continue;
    for (let d = found.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    const target = found.matches(FOCUSABLE) ? found : (found.querySelector<HTMLElement>(FOCUSABLE) ?? found);
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return true;
  }
  return false;
}
