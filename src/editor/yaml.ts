import type { Diagnostic } from '../domain/diagnostics.ts';
import type { Pack } from '../domain/pack.ts';

/**
 * The YAML a trainer could have written by hand: keys in the format's order (as in
 * docs/example-pack.yaml), defaults left out (`deficit: false`, empty `questions`, `lacks`),
 * long texts as block strings, no anchors or aliases, Vietnamese as it is (not escaped).
 * This module imports the `yaml` library: load it with the editor only (`import()`).
 */
export function exportYaml(pack: Pack): string {
  void pack;
  return ''; // TODO
}

/** The file name an export is offered as. */
export const exportFileName = (pack: Pack) => `${pack.id}.yaml`;

export type YamlImport = { ok: true; pack: Pack } | { ok: false; diagnostics: Diagnostic[] };

/**
 * A YAML or JSON pack file as a draft's pack. Only what stops it being edited is refused
 * (not YAML, not a pack-shaped mapping); the checker then reports the rest as it would on
 * a draft, field by field.
 */
export function importYaml(text: string, file: string): YamlImport {
  void text;
  void file;
  return { ok: false, diagnostics: [] }; // TODO
}
