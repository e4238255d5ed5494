import type { Page } from '@playwright/test';
import { card, CLASH, expect, test, waitForSave } from './fixtures.ts';
import { readAll } from './idb.ts';

// Issue 15 §4: the last step survives a reload. A reload (or a tab closed) within
// milliseconds of a choice can abort that step's IndexedDB write; the session notes the
// step in localStorage first (src/storage/journal.ts), and the next start writes it.
// Here: 50 reloads, each at a random moment 0–30 ms after a choice. The random wait is the
// point of the test (it reloads where a write may be in flight), not a wait for the app.

const RELOADS = 50;

type Stored = { snapshot?: { context: { answers: unknown[] } }; answers?: unknown[] };

/** Seconds of 0–30 ms, seeded so a failure can be replayed: SEED=<n> in the environment. */
function delays(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % 31;
  };
}

/** The play screen, ready for a choice, with how many answers it shows. */
async function answersShown(page: Page): Promise<number> {
  await expect(page.getByRole('list', { name: 'Your answer' })).toBeVisible();
  return page.locator('.transcript .answer').count();
}

test('every choice survives a reload at a random moment right after it', async ({ page }) => {
  test.setTimeout(420_000);
  const seed = Number(process.env.SEED ?? Date.now() % 100_000);
  const delay = delays(seed);
  test.info().annotations.push({ type: 'seed', description: String(seed) });

  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  const scenarioId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  let finished = 0;

  for (let i = 0; i < RELOADS; i++) {
    const before = await answersShown(page);
    await page.keyboard.press('1');
    const ms = delay();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await page.reload();
    // A screen shows once the app has started, that is once the journal is replayed: storage
    // read before that could miss the step the journal is about to write. The play screen, or
    // the report when the choice ended the run and the page had gone on to it.
    const play = page.getByRole('list', { name: 'Your answer' });
    await expect(play.or(page.getByRole('heading', { level: 1, name: /^Report: / }))).toBeVisible();

    // Either the run goes on holding the choice, or the choice ended it and its result holds every answer.
    const results = () => [...stored.entries()].filter(([k]) => k.startsWith('result/')).map(([, v]) => v as Stored);
    let stored = await readAll(page);
    if (results().length > finished) {
      finished++;
      expect(results().some((r) => r.answers?.length === before + 1), `reload ${i} (${ms} ms): the finished run holds all ${before + 1} answers`).toBe(true);
      // Reloaded on the play screen, the finished run's scenario has already started afresh ("Continue (0 answered)").
      await page.goto('/');
      await card(page, CLASH.en).getByRole('link', { name: /^(Start|Continue \(0 answered\))/ }).click();
      continue;
    }
    expect(await answersShown(page), `reload ${i} (${ms} ms after choice ${before + 1}, seed ${seed})`).toBe(before + 1);
    stored = await readAll(page);
    expect((stored.get(`run/${scenarioId}`) as Stored | undefined)?.snapshot?.context.answers).toHaveLength(before + 1);
  }
  expect(finished, 'runs played to their end on the way').toBeGreaterThan(0);
  // Nothing was left behind: once the last step is written, every note is dropped.
  await waitForSave(page);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('interview-roleplay/journal/')))).toEqual([]);
});
