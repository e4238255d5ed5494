import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeZip } from './zip.ts';

const served: Record<string, string> = { 'index.html': '<!doctype html>', 'assets/a.js': 'export {}', 'icon-192.png': 'PNG' };
const fetcher = (async (url: string) => {
  const path = new URL(url).pathname.slice('/app/'.length);
  return path in served ? new Response(served[path]) : new Response('', { status: 404 });
}) as typeof fetch;

describe('makeZip', () => {
  it('holds every fetched and written file at its path, and reports progress', async () => {
    const progress: number[] = [];
    const zip = await makeZip({ base: 'https://example.test/app/', fetched: Object.keys(served), written: { 'imsmanifest.xml': '<manifest/>' } }, (done) => progress.push(done), fetcher);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['assets/a.js', 'icon-192.png', 'imsmanifest.xml', 'index.html']);
    expect(strFromU8(files['assets/a.js']!)).toBe('export {}');
    expect(strFromU8(files['imsmanifest.xml']!)).toBe('<manifest/>');
    expect(progress.sort()).toEqual([1, 2, 3]);
  });

  it('fails, naming the file, when one cannot be fetched', async () => {
    await expect(makeZip({ base: 'https://example.test/app/', fetched: ['missing.js'], written: {} }, () => {}, fetcher)).rejects.toThrow('missing.js: 404');
  });
});
