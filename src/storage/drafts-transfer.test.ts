import { describe, expect, it } from 'vitest';
import { newDraft } from '../editor/document.ts';
import { memoryBackend } from './backend.ts';
import { draftKey, toRecord } from './drafts.ts';
import { Repository } from './repository.ts';
import { EXPORT_FORMAT } from './transfer.ts';

const draft = newDraft('scenario', { id: 'd1', name: 'Hội thảo tháng 12', now: 1_000 } as never);

describe("a trainer's editor drafts in the data export", () => {
  it('are exported, and an import into an empty browser gives them back byte for byte', async () => {
    const backend = memoryBackend([[draftKey('d1'), toRecord(draft)]]);
    const exported = JSON.stringify(await new Repository(backend).exportAll());
    const fresh = memoryBackend();
    const outcome = await new Repository(fresh).importFile(exported, 'data.json');
    expect(outcome).toMatchObject({ ok: true, added: 1, skipped: 0 });
    expect(await fresh.entries()).toEqual(await backend.entries());
  });

  it('a draft filed under another draft\'s key is not imported as it', async () => {
    const exported = JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records: [{ key: draftKey('other'), value: toRecord(draft) }] });
    const fresh = memoryBackend();
    const outcome = await new Repository(fresh).importFile(exported, 'data.json');
    // Refused as misfiled, with what it is: nothing is written.
    expect(outcome.ok).toBe(false);
    expect((await fresh.entries()).filter(([key]) => key === draftKey('other'))).toEqual([]);
  });
});
