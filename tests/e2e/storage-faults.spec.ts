import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { packJson, shippedPack } from '../fixtures/packs.ts';
import { answerWithKey, axeViolations, card, CLASH, expect, playToReport, test, waitForSave } from './fixtures.ts';
import { failWritesAsFullDisk, putRaw, readAll } from './idb.ts';

test('without IndexedDB the app says so and still plays', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'cannot be saved in this browser' })).toBeVisible();
  // The notice can show before the catalog has loaded: check the screen once it has.
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a roleplay' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await answerWithKey(page, 1);
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
});

test('a corrupt saved run is set aside with a message, and play starts afresh', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await answerWithKey(page, 1);
  await waitForSave(page);
  const scenarioId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);

  // Break the stored record in place, as a bad write or an old build might leave it.
  await putRaw(page, { [`run/${scenarioId}`]: { v: 1, kind: 'run', snapshot: 'garbage' } });

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: `A saved record (run/${scenarioId}) could not be read` })).toBeVisible();
  await expect(page.locator('.transcript .answer')).toHaveCount(0);

  // The bad record was kept aside, not dropped.
  const keys = [...(await readAll(page)).keys()];
  expect(keys.some((k) => k.startsWith('quarantine/') && k.endsWith(`run/${scenarioId}`))).toBe(true);
});

type Stored = Record<string, unknown>;

/** Opens the app afresh at a screen (a full load, not a hash change), so it reads storage anew. */
async function openFresh(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`/${hash}`);
}

/** The finished runs listed on the "Your progress" screen, opened afresh. */
async function history(page: Page): Promise<string[]> {
  await openFresh(page, '#/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  return page.locator('.history li').allTextContents();
}

/** Plays the S08 scenario to its report, so a real finished run is stored; returns it and the history as listed. */
async function finishRun(page: Page): Promise<{ result: Stored; listed: string[] }> {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await playToReport(page, 1);
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  const result = (await readAll(page)).get(`result/${id}`) as Stored;
  expect(result, 'the finished run is stored').toMatchObject({ v: 1, kind: 'result', id });
  const listed = await history(page);
  expect(listed).toHaveLength(1);
  return { result, listed };
}

/** The notice for one set-aside record: exactly one, naming its key and why, and axe clean. */
async function expectCorruptNotice(page: Page, key: string, reason: string | RegExp) {
  const notice = page.locator('.notice[data-code="corrupt-record"]').filter({ hasText: `A saved record (${key}) could not be read (` });
  await expect(notice).toHaveCount(1);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(reason);
  await expect(notice).toContainText('It was set aside, not deleted.');
  await expect(page.getByRole('status').filter({ has: notice })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The record left its key and is kept, unchanged, under quarantine/<time>/<key>. A screen that
 * starts afresh (a calibration round) may have written a new record under the key since: `afresh`.
 */
async function expectSetAside(page: Page, key: string, value: unknown, { afresh = false } = {}) {
  const stored = await readAll(page);
  if (afresh) expect(stored.get(key), `${key} holds a new record`).not.toEqual(value);
  else expect(stored.has(key), `${key} no longer under its own key`).toBe(false);
  const aside = [...stored].filter(([k]) => /^quarantine\/\d+\//.test(k) && k.endsWith(`/${key}`));
  expect(aside.map(([k]) => k)).toHaveLength(1);
  expect(aside[0]![1]).toEqual(value);
}

test('a full disk mid-run: the notice says so, play goes on in this tab to a report, and nothing saved before is lost', async ({ page }) => {
  const { result, listed } = await finishRun(page);
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await answerWithKey(page, 1);
  await waitForSave(page);

  await failWritesAsFullDisk(page);
  await answerWithKey(page, 1);
  const notice = page.getByRole('status').filter({
    hasText:
      "Your browser's storage failed (QuotaExceededError: The quota has been exceeded.). What you do now is kept in this tab only; what was saved before is unchanged.",
  });
  await expect(notice).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.locator('.transcript .answer')).toHaveCount(2);
  await playToReport(page, 1);
  await expect(page.getByRole('heading', { level: 1, name: /^Report: / })).toBeVisible();
  // Nothing reached the disk after the fault: still one finished run, and the run as of its first answer.
  const stored = await readAll(page);
  expect([...stored.keys()].filter((k) => k.startsWith('result/'))).toHaveLength(1);
  expect((stored.get(`run/clashing-appointments`) as { snapshot: { context: { answers: unknown[] } } }).snapshot.context.answers).toHaveLength(1);

  // In this tab, both finished runs show: the one from before the fault and the one kept in memory.
  await page.getByRole('link', { name: 'Your progress' }).click();
  await expect(page.locator('.history li')).toHaveCount(2);
  await expect(page.locator(`.history li a[href="#/report/${result.id}"]`)).toHaveCount(1);

  // A new session, the disk writable again: what was saved before the fault is all there.
  expect(await history(page)).toEqual(listed);
  await page.getByRole('link', { name: 'All scenarios' }).first().click();
  await expect(card(page, CLASH.en).getByRole('link', { name: 'Continue (1 answered)' })).toBeVisible();
  await expect(page.locator('.notice')).toHaveCount(0);
});

// Found by this suite: the play screen read the repository's kind once, so after a write failed
// mid-run it went on saying "Progress saved in this browser." It now follows the repository.
test('a full disk mid-run: the play screen says progress is kept in this tab only', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await answerWithKey(page, 1);
  await waitForSave(page);
  await failWritesAsFullDisk(page);
  await answerWithKey(page, 1);
  await expect(page.getByRole('status').filter({ hasText: "Your browser's storage failed (QuotaExceededError" })).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('Kept in this tab only: not saved in this browser.', { timeout: 2_000 });
});

/** Finished runs that are broken in one way each; the one real finished run must still be listed beside them. */
const brokenResults: { name: string; key: string; make: (real: Stored) => unknown; reason: string | RegExp }[] = [
  {
    name: 'a finished result with a missing field',
    key: 'result/missing-field',
    make: ({ levels: _, ...real }) => ({ ...real, id: 'missing-field' }),
    reason: /\(levels: Invalid key: Expected "levels"/,
  },
  { name: 'a record that is not an object', key: 'result/a-string', make: () => 'a finished run, as text', reason: '(not an object)' },
  { name: 'a record with no version', key: 'result/no-version', make: ({ v: _, ...real }) => ({ ...real, id: 'no-version' }), reason: '(no version number)' },
  {
    name: 'a record from a newer version of the app (v2)',
    key: 'result/from-v2',
    make: (real) => ({ ...real, v: 2, id: 'from-v2' }),
    reason: '(written by a newer version of the app (v2))',
  },
  // v1 is the first record version, so no older record exists in the wild; v0 stands for one and is refused.
  { name: 'a record older than the first version (v0)', key: 'result/from-v0', make: (real) => ({ ...real, v: 0, id: 'from-v0' }), reason: '(version 0 was never written by this app (the first is v1))' },
  // Issue 14: a date past what Date holds threw where it was formatted, and every screen listing runs stayed on "Loading…".
  { name: 'a result finished at 1e300', key: 'result/far-future', make: (real) => ({ ...real, id: 'far-future', finishedAt: 1e300 }), reason: /\(finishedAt: Invalid value/ },
  { name: 'a result finished at Infinity', key: 'result/infinite', make: (real) => ({ ...real, id: 'infinite', finishedAt: Infinity }), reason: /\(finishedAt: Invalid/ },
  { name: 'a result stored under another key than its id', key: 'result/elsewhere', make: (real) => real, reason: /\(expected result\/[^)]+\)/ },
];

for (const broken of brokenResults) {
  test(`${broken.name} is set aside with its reason; the real finished run is still listed`, async ({ page }) => {
    const { result, listed } = await finishRun(page);
    const value = broken.make(result);
    await putRaw(page, { [broken.key]: value });

    expect(await history(page)).toEqual(listed);
    await expectCorruptNotice(page, broken.key, broken.reason);
    await expectSetAside(page, broken.key, value);
    // Read once, set aside once: the next session starts clean.
    expect(await history(page)).toEqual(listed);
    await expect(page.locator('.notice')).toHaveCount(0);
  });
}

const T = Date.UTC(2025, 2, 3, 9, 0);

test('a calibration result with a level 7 is set aside; the other finished round still shows', async ({ page }) => {
  const { listed } = await finishRun(page);
  const round = (id: string, level: number, qwk: number) => ({
    v: 1,
    kind: 'calibration',
    id,
    setId: 'cal-s08-q1',
    contentHash: 'h',
    startedAt: T,
    finishedAt: T + 60_000,
    ratings: { 'sample-1': { level, indicators: [], note: '' } },
    figures: { exact: 0.5, withinOne: 1, qwk, meanDifference: 0 },
  });
  const bad = round('level-7', 7, 0.77);
  await putRaw(page, { 'calibration/good': round('good', 3, 0.42), 'calibration/level-7': bad });

  await openFresh(page, '#/calibrate');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('0.42');
  await expectCorruptNotice(page, 'calibration/level-7', '(ratings.sample-1.level: must be a whole number from 1 to 5, not 7)');
  await expectSetAside(page, 'calibration/level-7', bad);
  expect(await history(page)).toEqual(listed);
});

test('a calibration round whose snapshot is garbage is set aside and starts afresh; another round still resumes', async ({ page }) => {
  const { listed } = await finishRun(page);
  await openFresh(page, '#/calibrate/cal-s08-q1');
  const progress = page.getByText(/^\d+ of 10 in this round$/);
  await expect(progress).toHaveText('1 of 10 in this round');
  await page.getByRole('radio', { name: /^Level 3:/ }).check();
  await page.getByRole('button', { name: 'Lock my rating' }).click();
  await page.getByRole('button', { name: 'Next answer' }).click();
  await expect(progress).toHaveText('2 of 10 in this round');
  let good: Stored | undefined;
  await expect
    .poll(async () => {
      good = (await readAll(page)).get('round/cal-s08-q1') as Stored | undefined;
      return (good?.snapshot as { context?: { index?: number } } | undefined)?.context?.index;
    })
    .toBe(1);
  const bad = { ...good, setId: 'cal-s08-q2', snapshot: 'garbage' };
  await putRaw(page, { 'round/cal-s08-q2': bad });

  await openFresh(page, '#/calibrate/cal-s08-q2');
  await expect(progress).toHaveText('1 of 10 in this round');
  await expectCorruptNotice(page, 'round/cal-s08-q2', /\(snapshot: Invalid type: Expected Object but received "garbage"/);
  await expectSetAside(page, 'round/cal-s08-q2', bad, { afresh: true });

  await openFresh(page, '#/calibrate/cal-s08-q1');
  await expect(progress).toHaveText('2 of 10 in this round');
  expect(await history(page)).toEqual(listed);
});

test('a stored pack that no longer passes its checks is set aside with what is wrong; the good pack still shows', async ({ page }) => {
  const { listed } = await finishRun(page);
  const record = (pack: Stored, file: string) => ({ v: 1, kind: 'pack', id: pack.id, importedAt: T, file, source: packJson(pack), pack });
  const broken = shippedPack('old-pack');
  (broken.scenarios as { start: string }[])[0]!.start = 'nowhere';
  const bad = record(broken, 'old.pack.json');
  await putRaw(page, { 'pack/team-pack': record(shippedPack('team-pack'), 'team.pack.json'), 'pack/old-pack': bad });

  await openFresh(page, '#/trainer');
  await expect(page.locator('.pack-list li')).toHaveCount(1);
  await expect(page.locator('.pack-list li')).toContainText('team.pack.json');
  await expectCorruptNotice(page, 'pack/old-pack', 'no node "nowhere"');
  await expectSetAside(page, 'pack/old-pack', bad);
  expect(await history(page)).toEqual(listed);
});

test('a finished workshop with a negative count is set aside; the other workshop still shows', async ({ page }) => {
  const { listed } = await finishRun(page);
  const workshop = (id: string, steps: number, count: number) => ({
    v: 1,
    kind: 'workshop',
    id,
    source: { kind: 'scenario', id: 'clashing-appointments', title: { vi: CLASH.vi, en: CLASH.en } },
    contentHash: 'h',
    startedAt: T,
    finishedAt: T + 3_600_000,
    steps: Array.from({ length: steps }, (_, i) => ({ stepId: `n${i + 1}`, tally: { a: count, b: 2 }, levels: { a: 3, b: 2 } })),
  });
  const bad = workshop('negative', 3, -4);
  await putRaw(page, { 'workshop/good': workshop('good', 2, 5), 'workshop/negative': bad });

  await openFresh(page, '#/trainer');
  await expect(page.locator('.record-list li')).toHaveCount(1);
  await expect(page.locator('.record-list li')).toContainText(CLASH.en);
  await expectCorruptNotice(page, 'workshop/negative', /\(steps\.0\.tally\.a: Invalid value: Expected >=0 but received -4/);
  await expectSetAside(page, 'workshop/negative', bad);
  expect(await history(page)).toEqual(listed);
});

test('a result dated 1e300 or Infinity leaves the start screen and progress loading as before, in both languages', async ({ page }) => {
  const { result, listed } = await finishRun(page);
  await putRaw(page, { 'result/far': { ...result, id: 'far', finishedAt: 1e300 }, 'result/inf': { ...result, id: 'inf', finishedAt: Infinity } });
  await openFresh(page, '#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a roleplay' })).toBeVisible();
  await expect(page.locator('.notice[data-code="corrupt-record"]')).toHaveCount(2);
  expect(await history(page)).toEqual(listed);
  const keys = [...(await readAll(page)).keys()];
  expect(keys.filter((k) => k.startsWith('quarantine/'))).toHaveLength(2);
});

test('a stored result with a million answers is set aside, and progress still loads', async ({ page }) => {
  const { result, listed } = await finishRun(page);
  const answer = (result.answers as unknown[])[0];
  await page.evaluate(
    ({ result, answer }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('interview-roleplay');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({ ...result, id: 'huge', answers: new Array(1_000_000).fill(answer) }, 'result/huge');
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { result, answer },
  );
  expect(await history(page)).toEqual(listed);
  await expect(page.locator('.notice[data-code="corrupt-record"]')).toContainText('(answers: must be a list of at most 1000)');
});

test.describe('a screen that fails while it shows', () => {
  // Any failure while a screen renders (here: formatting a date throws, as it did for a date of 1e300)
  // must leave the way out: export what can be read, delete everything.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      if (!location.protocol.startsWith('http') || sessionStorage.getItem('break-dates') !== 'yes') return;
      // `format` is a getter that returns the formatting function.
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        get: () => () => {
          throw new RangeError('Invalid time value');
        },
      });
    });
  });

  for (const [locale, title, exportLabel, resetLabel, heading] of [
    ['en-GB', 'This page could not be loaded', 'Export what can be read', 'Delete everything', 'Your progress'],
    ['vi-VN', 'Không tải được trang này', 'Xuất phần đọc được', 'Xoá toàn bộ', 'Tiến bộ của bạn'],
  ] as const) {
    test.describe(locale, () => {
      test.use({ locale });

      test('says so and offers export and delete everything, by keyboard; after deleting, the page loads', async ({ page }) => {
        await page.goto('/');
        const finished = { v: 1, kind: 'result', id: 'r1', scenarioId: 'clashing-appointments', contentHash: 'h', startedAt: T, finishedAt: T + 60_000, answers: [], levels: { s08: 3 } };
        await putRaw(page, { 'result/r1': finished });
        await page.evaluate(() => sessionStorage.setItem('break-dates', 'yes'));
        await openFresh(page, '#/progress');
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
        await expect(page.getByRole('alert')).toContainText('Invalid time value');
        expect(await axeViolations(page)).toEqual([]);

        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: exportLabel }).focus();
        await page.keyboard.press('Enter');
        const saved = await download;
        expect(JSON.parse(readFileSync((await saved.path())!, 'utf8')).records.length).toBeGreaterThan(0);

        page.once('dialog', (d) => d.accept());
        await page.getByRole('button', { name: resetLabel }).focus();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        expect([...(await readAll(page)).keys()]).toEqual([]);
      });
    });
  }
});
