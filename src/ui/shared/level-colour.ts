/**
 * The colour of a level, as a CSS value: app.css defines the five once (`--level-1` …
 * `--level-5`, each AA on white). Undefined for no level, so the caller's own colour holds.
 */
export function levelColour(level: number | null | undefined): string | undefined {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 5 ? `var(--level-${level})` : undefined;
}
