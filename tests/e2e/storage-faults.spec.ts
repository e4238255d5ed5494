import { answerWithKey, axeViolations, card, CLASH, expect, test, waitForSave } from './fixtures.ts';

test('without IndexedDB the app says so and still plays', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'cannot be saved in this browser' })).toBeVisible();
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
  await page.evaluate(async (key) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('interview-roleplay');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('records', 'readwrite');
        tx.objectStore('records').put({ v: 1, kind: 'run', snapshot: 'garbage' }, key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
  }, `run/${scenarioId}`);

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: `A saved record (run/${scenarioId}) could not be read` })).toBeVisible();
  await expect(page.locator('.transcript .answer')).toHaveCount(0);

  // The bad record was kept aside, not dropped.
  const keys = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('interview-roleplay');
        open.onsuccess = () => {
          const req = open.result.transaction('records').objectStore('records').getAllKeys();
          req.onsuccess = () => resolve(req.result.map(String));
        };
      }),
  );
  expect(keys.some((k) => k.startsWith('quarantine/') && k.endsWith(`run/${scenarioId}`))).toBe(true);
});
