import type { CalibrationEntry, CatalogEntry } from '../../domain/catalog.ts';
import type { Text } from '../../domain/text.ts';

/** Something a new draft can start as a copy of: shipped, or from one of the trainer's packs. */
export interface CopySource {
  id: string;
  title: Text;
  /** The pack's title, for the trainer's own. */
  pack?: Text;
}

export interface CopySources {
  scenarios: CopySource[];
  sets: CopySource[];
  /** Every competency scored or rated anywhere, once each, with a scenario or set to load it from. */
  rubrics: (CopySource & { from: { kind: 'scenario' | 'calibration'; id: string } })[];
}

/** What the drafts list offers to copy, from the catalog the app already lists. */
export function copySources(scenarios: readonly CatalogEntry[], sets: readonly CalibrationEntry[]): CopySources {
  const rubrics = new Map<string, CopySources['rubrics'][number]>();
  for (const s of scenarios) {
    for (const c of s.competencies) if (!rubrics.has(c.id)) rubrics.set(c.id, { id: c.id, title: c.name, ...(s.pack ? { pack: s.pack.title } : {}), from: { kind: 'scenario', id: s.id } });
  }
  for (const s of sets) {
    const c = s.competency;
    if (!rubrics.has(c.id)) rubrics.set(c.id, { id: c.id, title: c.name, ...(s.pack ? { pack: s.pack.title } : {}), from: { kind: 'calibration', id: s.id } });
  }
  const source = (e: { id: string; title: Text; pack?: { title: Text } }): CopySource => ({ id: e.id, title: e.title, ...(e.pack ? { pack: e.pack.title } : {}) });
  return { scenarios: scenarios.map(source), sets: sets.map(source), rubrics: [...rubrics.values()] };
}
