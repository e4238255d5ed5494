/**
 * The zip itself, with fflate: every file at its path, compressed unless it already is
 * (images). Runs in zip.worker.ts, so the page answers while a package is made.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipRequest {
  /** The URL the app's files are fetched from (its own origin and path). */
  base: string;
  /** Paths fetched from `base`. */
  fetched: readonly string[];
  /** Paths written as given (the manifest, the launch page, replaced files). */
  written: Readonly<Record<string, string>>;
}

export type ZipReply = { type: 'progress'; done: number; total: number } | { type: 'done'; zip: Uint8Array } | { type: 'failed'; message: string };

const STORED = /\.(png|jpe?g|webp|gif|woff2?|zip)$/i;

export async function makeZip(req: ZipRequest, onProgress: (done: number, total: number) => void = () => {}, fetcher: typeof fetch = fetch): Promise<Uint8Array> {
  const files: Zippable = {};
  const total = req.fetched.length;
  let done = 0;
  // A few at a time: the origin (or the service worker's cache) serves them quickly.
  const queue = [...req.fetched];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await fetcher(new URL(path, req.base).href);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      files[path] = [new Uint8Array(await response.arrayBuffer()), { level: STORED.test(path) ? 0 : 6 }];
      onProgress(++done, total);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  for (const [path, text] of Object.entries(req.written)) files[path] = [strToU8(text), { level: 6 }];
  return zipSync(files, { mtime: new Date(Date.UTC(2026, 0, 1)) });
}
