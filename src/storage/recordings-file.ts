import * as v from 'valibot';
import type { Recordings } from './recordings.ts';

/**
 * Recordings travel in a file of their own, made only when the user ticks "include
 * recordings": the data export's format stays as it is, and a data file never carries audio.
 * The data import recognises this file by its `format` and hands it here.
 */
export const RECORDINGS_FORMAT = 'interview-roleplay/recordings';

/** A recordings file past this is refused unread (audio is large, but not unbounded). */
export const RECORDINGS_FILE_BYTES = 200 * 1024 * 1024;

const Item = v.object({
  owner: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  mimeType: v.pipe(v.string(), v.maxLength(100), v.regex(/^(audio\/[\w.+-]+(;.*)?)?$/)),
  durationMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
  createdAt: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(Date.UTC(2200, 0, 1))),
  /** The audio, base64. */
  data: v.pipe(v.string(), v.base64()),
});

const RecordingsFile = v.object({
  format: v.literal(RECORDINGS_FORMAT),
  v: v.literal(1),
  exportedAt: v.number(),
  recordings: v.array(Item),
});

export type RecordingsFileData = v.InferOutput<typeof RecordingsFile>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Every recording with its audio, as one JSON file. */
export async function exportRecordings(store: Recordings, now: number): Promise<{ name: string; body: string; count: number }> {
  const recordings: RecordingsFileData['recordings'] = [];
  for (const meta of await store.list()) {
    const got = await store.get(meta.owner, meta.id);
    if (!got) continue;
    recordings.push({ owner: meta.owner, id: meta.id, mimeType: meta.mimeType, durationMs: meta.durationMs, createdAt: meta.createdAt, data: toBase64(new Uint8Array(await got.blob.arrayBuffer())) });
  }
  const file: RecordingsFileData = { format: RECORDINGS_FORMAT, v: 1, exportedAt: now, recordings };
  const day = new Date(now).toISOString().slice(0, 10);
  return { name: `interview-roleplay-recordings-${day}.json`, body: JSON.stringify(file), count: recordings.length };
}

/** Whether a file's opening says it is a recordings file (read without reading the whole file). */
export async function isRecordingsFile(file: Blob): Promise<boolean> {
  const head = await file.slice(0, 200).text();
  return /^\s*\{\s*"format"\s*:\s*"interview-roleplay\/recordings"/.test(head);
}

export type RecordingsImport =
  | { ok: true; added: number; unchanged: number }
  | { ok: false; reason: 'too-large' | 'not-recordings' | 'full' | 'failed'; detail?: string };

/** Checks the whole file first, then stores what is not stored yet; a refused file changes nothing. */
export async function importRecordings(store: Recordings, file: Blob): Promise<RecordingsImport> {
  if (file.size > RECORDINGS_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let parsed: RecordingsFileData;
  try {
    const result = v.safeParse(RecordingsFile, JSON.parse(await file.text()));
    if (!result.success) return { ok: false, reason: 'not-recordings', detail: v.getDotPath(result.issues[0]) ?? '' };
    parsed = result.output;
  } catch (error) {
    return { ok: false, reason: 'not-recordings', detail: String(error) };
  }
  const stored = new Set((await store.list()).map((r) => `${r.owner}#${r.id}`));
  let added = 0;
  for (const r of parsed.recordings) {
    if (stored.has(`${r.owner}#${r.id}`)) continue;
    const saved = await store.save(r.owner, r.id, new Blob([fromBase64(r.data)], { type: r.mimeType }), r.durationMs, r.createdAt);
    if (!saved.ok) return { ok: false, reason: saved.reason === 'full' ? 'full' : 'failed' };
    added++;
  }
  return { ok: true, added, unchanged: parsed.recordings.length - added };
}
