/**
 * "Package for an LMS": the app's own build, fetched file by file from where it is served
 * (the build lists its files in `build-files.json`), with the manifest and launch page for
 * one scenario or calibration set, zipped in a worker. Only a build can be packaged: the dev server has no list.
 */
import type { ScormVersion } from './cmi.ts';
import { buildManifest, LAUNCH, launchPage, MANIFEST, packagedFiles, REPLACED, type PackageSpec } from './manifest.ts';
import type { ZipReply, ZipRequest } from './zip.ts';

export interface PackageRequest extends Omit<PackageSpec, 'files'> {
  /** The app's base URL (`new URL('.', location.href)`). */
  base: string;
  onProgress?: (done: number, total: number) => void;
}

export class NoBuildList extends Error {
  override name = 'NoBuildList';
}

export async function makePackage(req: PackageRequest): Promise<Blob> {
  const list = await fetch(new URL('build-files.json', req.base).href).catch(() => undefined);
  const type = list?.headers.get('content-type') ?? '';
  if (!list?.ok || !type.includes('json')) throw new NoBuildList('build-files.json');
  const files = packagedFiles((await list.json()) as string[]);
  const written: Record<string, string> = {
    [LAUNCH]: launchPage(req.version, req.id, req.title, req.kind),
    [MANIFEST]: buildManifest({ version: req.version, kind: req.kind ?? 'scenario', id: req.id, title: req.title, files, ...(req.pass ? { pass: req.pass } : {}) }),
  };
  for (const f of files) if (f in REPLACED) written[f] = REPLACED[f]!;
  const request: ZipRequest = { base: req.base, fetched: files.filter((f) => !(f in written)), written };
  const worker = new Worker(new URL('./zip.worker.ts', import.meta.url), { type: 'module' });
  const zip = await new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ZipReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return req.onProgress?.(reply.done, reply.total);
      worker.terminate();
      if (reply.type === 'done') resolve(reply.zip);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
  return new Blob([zip as BlobPart], { type: 'application/zip' });
}
