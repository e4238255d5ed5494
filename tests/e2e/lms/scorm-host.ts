import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { axeViolations, expect } from '../fixtures.ts';

/**
 * What the SCORM specs share: making a package from the trainer's page, and a minimal LMS
 * (scorm-again on host.html) that serves it under /lms-host/ on the app's own origin, by
 * page.route, from the zip the app made, and holds its CMI data.
 */
const root = join(import.meta.dirname, '../../..');
export const HOST = '/lms-host/';
const hostFiles: Record<string, Buffer> = {
  'host.html': readFileSync(join(import.meta.dirname, 'host.html')),
  'host.js': readFileSync(join(import.meta.dirname, 'host.js')),
  'blank.html': Buffer.from('<!doctype html><title>blank</title>'),
  'scorm12.js': readFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.js')),
  'scorm2004.js': readFileSync(join(root, 'node_modules/scorm-again/dist/scorm2004.js')),
};
const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', webmanifest: 'application/manifest+json', xml: 'application/xml' };

export type Version = '1.2' | '2004';

/** Makes a package of `title` (a scenario or a set) in the trainer's area, by keyboard, and returns the zip's bytes and where it was saved. */
export async function makePackage(page: Page, version: Version, title: string, pass: string | undefined, vi: boolean, id: string): Promise<{ bytes: Uint8Array; path: string }> {
  await page.goto('/#/trainer');
  const region = page.getByRole('region', { name: vi ? 'Đóng gói cho hệ thống học tập (SCORM)' : 'Package for an LMS (SCORM)' });
  await region.getByLabel(vi ? 'Tình huống hoặc bộ hiệu chuẩn' : 'Scenario or calibration set').selectOption({ label: title });
  await region.getByLabel(vi ? 'Phiên bản SCORM' : 'SCORM version').selectOption(version);
  if (pass) await region.getByLabel(vi ? 'Mức đạt' : 'Pass mark').selectOption(pass);
  expect(await axeViolations(page)).toEqual([]);
  // Keyboard: the button is reached and pressed without a mouse.
  await region.getByRole('button', { name: vi ? 'Tạo gói' : 'Make the package' }).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`${id}-scorm${version.replace('.', '')}.zip`);
  await expect(region.getByRole('status')).toContainText(vi ? 'Đã lưu' : 'Saved');
  const path = (await download.path())!;
  return { bytes: new Uint8Array(readFileSync(path)), path };
}

/** The files an imsmanifest.xml lists, sorted. */
export const listedFiles = (manifest: string) => [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!).sort();

/** Whether `unzip` is on this machine (Debian has it by default). */
export function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `unzip -t` on the zip at `path`. */
export const unzipTest = (path: string) => execFileSync('unzip', ['-t', path]).toString();

/** Serves the host page, scorm-again and the unzipped package under /lms-host/. */
export async function serve(page: Page, files: Record<string, Uint8Array>) {
  await page.route(`**${HOST}**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(HOST.length));
    const body = path.startsWith('pkg/') ? files[path.slice(4)] : hostFiles[path];
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[path.split('.').at(-1)!] ?? 'application/octet-stream', body: Buffer.from(body) });
  });
}

/** The app inside the host's frame. */
export const app = (page: Page): FrameLocator => page.frameLocator('iframe[title="SCORM package"]');
export const appFrame = (page: Page): Frame => page.frames().find((f) => f.url().includes('/pkg/index.html'))!;

export const cmiNow = (page: Page): Promise<Cmi> => page.evaluate(() => (window as unknown as { cmiNow(): Cmi }).cmiNow());
export const lmsErrors = (page: Page) => page.evaluate(() => (window as unknown as { lmsErrors: string[] }).lmsErrors);
export const lmsDone = (page: Page) => page.evaluate(() => (window as unknown as { lmsDone(): boolean }).lmsDone());
/** The resume data the LMS keeps for `version` after the learner left. */
export const keptSuspendData = (page: Page, version: Version) => page.evaluate((v) => JSON.parse(localStorage.getItem(`lms-cmi-${v}`)!).suspend_data as string, version);

/** The app's own database goes, as on another machine; the LMS's data stays. */
export async function forgetBrowser(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('interview-roleplay');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the database is still open'));
  }));
}

export interface Interaction {
  id: string;
  type: string;
  result: string;
  latency: string;
  student_response?: string;
  learner_response?: string;
  correct_responses?: { childArray?: { pattern: string }[] } | { pattern: string }[];
}
export interface Cmi {
  core?: { lesson_status: string; lesson_location?: string; score: { raw: string; min: string; max: string }; session_time?: string; exit?: string };
  completion_status?: string;
  success_status?: string;
  location?: string;
  score?: { raw: string; min: string; max: string; scaled: string };
  session_time?: string;
  suspend_data: string;
  interactions: { childArray?: Interaction[] } | Interaction[] | Record<string, Interaction>;
}
const childrenOf = <T>(list: unknown): T[] => {
  const i = list as { childArray?: T[] } | T[] | undefined;
  if (!i) return [];
  return Array.isArray(i) ? i : i.childArray ?? Object.values(i as Record<string, T>).filter((x) => typeof x === 'object' && x !== null);
};
export const interactionsOf = (cmi: Cmi): Interaction[] => childrenOf<Interaction>(cmi.interactions).filter((x) => 'id' in x);
export const correctPatterns = (it: Interaction): string[] => childrenOf<{ pattern: string }>(it.correct_responses).map((c) => c.pattern);
export const responseOf = (version: Version, it: Interaction) => (version === '1.2' ? it.student_response : it.learner_response);
