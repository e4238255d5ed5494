import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { axeViolations, CLASH, expect, test } from './fixtures.ts';
import { readAll } from './idb.ts';
import { app, appFrame, cmiNow, forgetBrowser, hasUnzip, HOST, interactionsOf, keptSuspendData, listedFiles, lmsDone, lmsErrors, makePackage as makeAny, serve, unzipTest, type Version } from './lms/scorm-host.ts';

/**
 * SCORM packages made by the app, run by a real SCORM runtime (scorm-again) on a page that
 * hosts the package in a frame as an LMS does. The host and the package are served under
 * /lms-host/ on the app's own origin by page.route, from the zip the app made (tests/e2e/lms/).
 */
test.use({ serviceWorkers: 'block' });
// Each test makes a package (every file of the build fetched and zipped) before it plays.
test.describe.configure({ timeout: 120_000 });

const makePackage = (page: Page, version: Version, title: string, pass: string | undefined, vi: boolean) => makeAny(page, version, title, pass, vi, 'clashing-appointments');

/** Chooses the first option shown at each decision, `decisions` times (or to the report). */
async function choose(page: Page, decisions: number) {
  for (let i = 0; i < decisions; i++) {
    const frame = app(page);
    await expect(frame.locator('article.report').or(frame.locator('.options'))).toBeVisible();
    if (await frame.locator('article.report').count()) return;
    const answers = await frame.locator('.transcript .answer').count();
    await frame.locator('.options .option').first().click();
    await expect.poll(async () => (await frame.locator('.transcript .answer').count()) > answers || (await frame.locator('article.report').count()) > 0).toBe(true);
  }
}

function lowerMedian(levels: number[]): number {
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

for (const [version, vi] of [['1.2', true], ['2004', false]] as const) {
  test.describe(`SCORM ${version}${vi ? ', in Vietnamese' : ''}`, () => {
    if (vi) test.use({ locale: 'vi-VN' });

    test('the package: its manifest lists every file in the zip and nothing else, the zip passes unzip -t', async ({ page }) => {
      const { bytes, path } = await makePackage(page, version, vi ? CLASH.vi : CLASH.en, undefined, vi);
      const files = unzipSync(bytes);
      console.info(`SCORM ${version} package: ${Object.keys(files).length} files, ${(bytes.length / 1024).toFixed(0)} KB zipped`);
      const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
      const listed = listedFiles(manifest);
      expect(listed).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
      expect(listed).toContain('index.html');
      expect(listed).toContain('launch.html');
      expect(listed.some((f) => f.startsWith('assets/'))).toBe(true);
      expect(listed).not.toContain('sw.js');
      expect(manifest).toContain(version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
      // unzip is on Debian by default; where it is not, fflate above has already read every entry.
      test.skip(!hasUnzip(), 'no unzip on this machine: the zip was checked with fflate only');
      expect(unzipTest(path)).toContain('No errors detected');
    });

    test('played to the end in a real runtime: status, score, an interaction per decision and session time, as the report shows them', async ({ page }) => {
      const pass = version === '2004' ? '3' : undefined;
      const { bytes } = await makePackage(page, version, vi ? CLASH.vi : CLASH.en, pass, vi);
      const files = unzipSync(bytes);
      await serve(page, files);
      const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
      const mastery = manifest.match(/<imsss:minNormalizedMeasure>([^<]+)</)?.[1];
      await page.goto(`${HOST}host.html?v=${version}${mastery ? `&mastery=${mastery}` : ''}`);
      await expect(app(page).locator('.options')).toBeVisible();
      await expect.poll(async () => (await cmiNow(page)).suspend_data).toMatch(/^r1\.a\./);
      await choose(page, 30);
      await expect(app(page).locator('article.report')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await expect.poll(() => lmsDone(page)).toBe(true);

      const cmi = await cmiNow(page);
      const levels = (await app(page).locator('article.report .level').evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('data-level'))))).filter((l) => l > 0);
      const raw = lowerMedian(levels);
      const stored = [...(await readAll(appFrame(page) as unknown as Page)).values()].find((r) => (r as { kind?: string }).kind === 'result') as {
        answers: { nodeId: string; optionId: string; evidence: { level: number }[] }[];
      };
      const interactions = interactionsOf(cmi);
      expect(interactions.map((i) => i.id)).toEqual(stored.answers.map((a) => a.nodeId));
      for (const [i, answer] of stored.answers.entries()) {
        const it = interactions[i]!;
        expect(it.type).toBe('choice');
        expect(version === '1.2' ? it.student_response : it.learner_response).toBe(answer.optionId);
        const level = lowerMedian(answer.evidence.map((e) => e.level));
        expect(it.result).toBe(level >= 4 ? 'correct' : level === 3 ? 'neutral' : version === '1.2' ? 'wrong' : 'incorrect');
        expect(it.latency).toMatch(version === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/ : /^PT/);
      }
      expect(await lmsErrors(page)).toEqual([]);
      if (version === '1.2') {
        expect(cmi.core!.lesson_status).toBe('completed');
        expect(cmi.core!.score).toMatchObject({ raw: String(raw), min: '1', max: '5' });
        expect(cmi.core!.session_time ?? '').toMatch(/^(\d{2,4}:\d\d:\d\d(\.\d\d?)?)?$/);
      } else {
        expect(cmi.completion_status).toBe('completed');
        expect(cmi.score).toMatchObject({ raw: String(raw), min: '1', max: '5', scaled: String((raw - 1) / 4) });
        expect(cmi.success_status).toBe(raw >= 3 ? 'passed' : 'failed');
        expect(cmi.session_time).toMatch(/^PT/);
      }
      expect(cmi.suspend_data).toBe('');
    });

    test('left mid-scenario on one machine and resumed from the suspend data alone', async ({ page }) => {
      const { bytes } = await makePackage(page, version, vi ? CLASH.vi : CLASH.en, undefined, vi);
      await serve(page, unzipSync(bytes));
      await page.goto(`${HOST}host.html?v=${version}`);
      await choose(page, 2);
      const chosen = await app(page).locator('.transcript .answer').allTextContents();
      expect(chosen).toHaveLength(2);
      const lineNow = async () => (await app(page).locator('.current-lines').textContent())!.replace(/\s+/g, ' ').trim();
      const line = await lineNow();

      // Leave: the frame goes; then the app's own saved run goes too, as on another machine.
      await page.goto(`${HOST}blank.html`);
      const suspend = await keptSuspendData(page, version);
      expect(suspend).toMatch(/^r1\.a\.0\.[0-9a-z]+\.[0-9a-z]{8}\.[1-9a-iut]{2}$/);
      await forgetBrowser(page);

      await page.goto(`${HOST}host.html?v=${version}`);
      await expect(app(page).locator('.options')).toBeVisible();
      await expect(app(page).locator('.transcript .answer')).toHaveCount(2);
      expect(await app(page).locator('.transcript .answer').allTextContents()).toEqual(chosen);
      expect(await lineNow()).toBe(line);
      await choose(page, 30);
      await expect(app(page).locator('article.report')).toBeVisible();
      await expect.poll(async () => {
        const cmi = await cmiNow(page);
        return [version === '1.2' ? cmi.core!.lesson_status : cmi.completion_status, await lmsErrors(page)];
      }).toEqual(['completed', []]);
      const cmi = await cmiNow(page);
      const stored = [...(await readAll(appFrame(page) as unknown as Page)).values()].find((r) => (r as { kind?: string }).kind === 'result') as { answers: { nodeId: string; optionId: string }[] };
      // The interactions written before leaving and after coming back are the whole run's.
      expect(interactionsOf(cmi).map((i) => [i.id, version === '1.2' ? i.student_response : i.learner_response])).toEqual(stored.answers.map((a) => [a.nodeId, a.optionId]));
      expect(await lmsErrors(page)).toEqual([]);
    });
  });
}
