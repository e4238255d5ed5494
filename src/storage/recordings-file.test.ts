import { describe, expect, it } from 'vitest';
import { exportRecordings, importRecordings, isRecordingsFile } from './recordings-file.ts';
import { Recordings, type RecordingBackend } from './recordings.ts';

function store() {
  const map = new Map<string, unknown>();
  const backend: RecordingBackend = {
    get: async (k) => map.get(k),
    set: async (k, v) => void map.set(k, v),
    del: async (k) => void map.delete(k),
    entries: async () => [...map],
    clear: async () => map.clear(),
  };
  return new Recordings(backend);
}

const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);

describe('recordings file', () => {
  it('round-trips every recording, audio byte for byte, and is recognised by its opening', async () => {
    const from = store();
    await from.save('run/s/n', 'a', new Blob([bytes], { type: 'audio/webm;codecs=opus' }), 3000, 10);
    await from.save('practice/q', 'b', new Blob([], { type: '' }), 0, 11);
    const file = await exportRecordings(from, Date.UTC(2026, 11, 5));
    expect(file).toMatchObject({ name: 'interview-roleplay-recordings-2026-12-05.json', count: 2 });
    const blob = new Blob([file.body]);
    expect(await isRecordingsFile(blob)).toBe(true);

    const to = store();
    expect(await importRecordings(to, blob)).toEqual({ ok: true, added: 2, unchanged: 0 });
    expect(await to.list()).toEqual(await from.list());
    const got = await to.get('run/s/n', 'a');
    expect(new Uint8Array(await got!.blob.arrayBuffer())).toEqual(bytes);
    // Importing again adds nothing.
    expect(await importRecordings(to, blob)).toEqual({ ok: true, added: 0, unchanged: 2 });
  });

  it('is not mistaken for a data export, nor a data export for it', async () => {
    expect(await isRecordingsFile(new Blob([JSON.stringify({ format: 'interview-roleplay/data', v: 1, records: [] })]))).toBe(false);
  });

  it.each([
    ['not JSON', 'nope'],
    ['a damaged item', JSON.stringify({ format: 'interview-roleplay/recordings', v: 1, exportedAt: 0, recordings: [{ owner: 'o', id: 'x', mimeType: 'text/html', durationMs: 1, createdAt: 1, data: '' }] })],
    ['bad base64', JSON.stringify({ format: 'interview-roleplay/recordings', v: 1, exportedAt: 0, recordings: [{ owner: 'o', id: 'x', mimeType: 'audio/webm', durationMs: 1, createdAt: 1, data: '%%%' }] })],
  ])('refuses %s and stores nothing', async (_, body) => {
    const to = store();
    expect(await importRecordings(to, new Blob([body]))).toMatchObject({ ok: false, reason: 'not-recordings' });
    expect(await to.list()).toEqual([]);
  });
});
