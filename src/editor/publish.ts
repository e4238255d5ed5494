import { checkPack, type Pack, type TakenIds } from '../domain/pack.ts';
import { RECORD_VERSION, type PackRecord } from '../storage/records.ts';
import type { Draft } from './document.ts';
import { checkDraft, type DraftCheck } from './check.ts';
import { exportFileName, exportYaml } from './yaml.ts';

/** What publishing needs of the app: the same ids and the same store a pack import uses (ContentLibrary, Repository). */
export interface PublishTarget {
  takenIds(): Promise<TakenIds>;
  savePack(record: PackRecord): Promise<void>;
  /** The catalog re-reads the stored packs ("Your own scenarios"). */
  refreshPacks(): void;
}

export type Published = { ok: true; pack: Pack } | { ok: false; check: DraftCheck };

/**
 * A draft with no checker errors becomes a stored pack, exactly as an accepted pack import
 * is stored (src/ui/trainer/pack-import.svelte.ts): its checked value, and as its source
 * the YAML an export gives, so exporting the stored pack gives the trainer's file.
 */
export async function publishDraft(draft: Draft, target: PublishTarget, now: number): Promise<Published> {
  const taken = await target.takenIds();
  const checked = checkPack(draft.pack, taken);
  if (!checked.ok) return { ok: false, check: checkDraft(draft.pack, taken) };
  const pack = checked.value;
  await target.savePack({ v: RECORD_VERSION, kind: 'pack', id: pack.id, importedAt: now, file: exportFileName(pack), source: exportYaml(pack), pack });
  target.refreshPacks();
  return { ok: true, pack };
}
