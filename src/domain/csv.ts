/**
 * CSV the app writes, safe to open in a spreadsheet. A text cell that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return would be read as a formula (OWASP "CSV injection":
 * `=HYPERLINK(…)` from a pack's option text becomes a live link), so it gets a leading single
 * quote, which spreadsheets show as text. Numbers the app computes are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as a spreadsheet takes it as text: quoted past a formula's first character. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** What `neutralise` wrote, read back: the quote it added goes, nothing else changes. */
export function unneutralise(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One cell: a text neutralised, then quoted if it holds a comma, a quote or a line break. */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV with CRLF line ends (RFC 4180). */
export function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
