import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium-path.mjs';
import { answerWithKey, axeViolations, card, CLASH, expect, test, waitForSave } from './fixtures.ts';
import { putRaw, readAll } from './idb.ts';

/**
 * A 16-bit mono PCM WAV of `seconds`: a 440 Hz tone with a little noise, loud enough for the
 * level meter. Chromium plays it as the microphone (--use-file-for-fake-audio-capture), once.
 */
function wav(seconds: number, rate = 48_000): Buffer {
  const samples = seconds * rate;
  const out = Buffer.alloc(44 + samples * 2);
  out.write('RIFF', 0);
  out.writeUInt32LE(36 + samples * 2, 4);
  out.write('WAVEfmt ', 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36);
  out.writeUInt32LE(samples * 2, 40);
  let seed = 1;
  for (let i = 0; i < samples; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const noise = (seed / 0x7fffffff - 0.5) * 0.05;
    const value = 0.4 * Math.sin((2 * Math.PI * 440 * i) / rate) + noise;
    out.writeInt16LE(Math.round(Math.max(-1, Math.min(1, value)) * 32767), 44 + i * 2);
  }
  return out;
}

const dir = join(tmpdir(), `speech-e2e-${process.pid}`);
mkdirSync(dir, { recursive: true });
const voice = join(dir, 'voice.wav');
writeFileSync(voice, wav(20));

const L = {
  en: {
    own: 'Answer in my own words first',
    prompt: 'What would you say? (kept in this browser only)',
    speak: 'Answer aloud instead',
    recorder: 'Record your answer',
    record: 'Record',
    stop: 'Stop',
    again: 'Record again',
    keep: 'Keep this recording',
    kept: /^Recording kept in this browser/,
    level: 'Microphone level',
    hears: 'The microphone hears you.',
    elapsed3: /^0:03 of about 1:00$/,
    playback: 'Your recording',
    transcriptNone: /no speech recognition on this device for English/,
    install: 'Download English speech recognition to this device',
    live: /Speech recognition runs on this device/,
    submit: 'Show the responses',
    about: 'About your answer',
    pace: /^Pace: \d+ words a minute over \d:\d\d$/,
    progress: 'Your progress',
    recordings: 'Recordings',
    two: /^2 recordings, [\d,.]+ KB in this browser\.$/,
    one: /^1 recording, [\d,.]+ KB in this browser\.$/,
    none: 'No recordings kept.',
    deleteOne: /^Delete the recording: Roleplay answer: Clashing appointments/,
    deleteAll: 'Delete all recordings',
    refused: /not allowed to use the microphone/,
    text: 'I would call each of them to ask what they need.',
  },
  vi: {
    own: 'Trả lời bằng lời của mình trước',
    prompt: 'Bạn sẽ nói gì? (chỉ lưu trong trình duyệt này)',
    speak: 'Trả lời bằng giọng nói',
    recorder: 'Ghi âm câu trả lời',
    record: 'Ghi âm',
    stop: 'Dừng',
    again: 'Ghi lại',
    keep: 'Giữ bản ghi này',
    kept: /^Đã giữ bản ghi trong trình duyệt này/,
    level: 'Mức âm thanh micrô',
    hears: 'Micrô đang nghe thấy bạn.',
    elapsed3: /^0:03 trên khoảng 1:00$/,
    playback: 'Bản ghi của bạn',
    transcriptNone: /không có tính năng nhận dạng tiếng Việt chạy trên thiết bị/,
    install: 'Tải tính năng nhận dạng tiếng Việt về thiết bị này',
    live: /chạy trên chính thiết bị này/,
    submit: 'Xem các câu trả lời',
    about: 'Về câu trả lời của bạn',
    pace: /^Tốc độ: \d+ từ mỗi phút trong \d:\d\d$/,
    progress: 'Tiến bộ của bạn',
    recordings: 'Bản ghi âm',
    two: /^2 bản ghi, chiếm [\d,.]+ KB trong trình duyệt này\.$/,
    one: /^1 bản ghi, chiếm [\d,.]+ KB trong trình duyệt này\.$/,
    none: 'Chưa có bản ghi âm nào.',
    deleteOne: /^Xoá bản ghi: Câu trả lời trong tình huống: Ba cuộc hẹn trùng giờ/,
    deleteAll: 'Xoá mọi bản ghi âm',
    refused: /chưa được phép dùng micrô/,
    text: 'Em sẽ gọi cho từng người để hỏi họ cần gì.',
  },
} as const;

/** Presses a button from the keyboard: focus, then Enter. */
async function press(button: Locator) {
  await button.focus();
  await button.press('Enter');
}

/**
 * The clip's length in seconds. MediaRecorder's WebM has no duration in its header, so the
 * element reports Infinity until it has seeked to the end once.
 */
async function clipSeconds(audio: Locator): Promise<number> {
  return audio.evaluate(async (element) => {
    const a = element as HTMLAudioElement;
    if (a.readyState < 1) await new Promise((resolve) => a.addEventListener('loadedmetadata', resolve, { once: true }));
    if (!Number.isFinite(a.duration)) {
      await new Promise((resolve) => {
        a.addEventListener('durationchange', () => Number.isFinite(a.duration) && resolve(undefined));
        a.currentTime = 1e7;
      });
      a.currentTime = 0;
    }
    return a.duration;
  });
}

/** The storage figure of the Recordings section, as shown. */
const sizeLine = (page: Page) => page.locator('.recordings .recordings-size');
const kilobytes = async (page: Page) => Number((await sizeLine(page).textContent())!.match(/([\d,.]+) KB/)![1]!.replace(',', '.'));

async function openOwnAnswer(page: Page, locale: 'en' | 'vi') {
  const l = L[locale];
  await page.goto('/');
  await card(page, CLASH[locale]).getByRole('link').first().click();
  await press(page.getByRole('button', { name: l.own }));
  await page.getByLabel(l.prompt).fill(l.text);
  await press(page.getByRole('button', { name: l.speak }));
  return page.getByRole('region', { name: l.recorder });
}

async function recordFor(page: Page, recorder: Locator, locale: 'en' | 'vi') {
  const l = L[locale];
  await press(recorder.getByRole('button', { name: l.again }));
  await expect(recorder.getByLabel(l.level)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Two seconds at least, so the pace counted from this take is one a person could speak at
  // (a take stopped after the axe check alone lasted 0.3 s on a fast machine: "2,237 words a minute").
  await expect(recorder.getByRole('timer')).toHaveText(/^0:0[2-9]/, { timeout: 10_000 });
  await press(recorder.getByRole('button', { name: l.stop }));
  await expect(recorder.locator('audio')).toBeVisible();
}

// Chromium's fake microphone plays the WAV once (%noloop), then silence; one browser for the file.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${voice}%noloop`, '--autoplay-policy=no-user-gesture-required'],
  },
});

for (const locale of ['en', 'vi'] as const) {
  test.describe(`speaking an answer (${locale})`, () => {
    // The microphone allowed, as a click on the browser's prompt would (--use-fake-ui-for-media-stream
    // would allow it in every context of the browser, and the refusal below needs one that does not).
    test.use({ locale: locale === 'vi' ? 'vi-VN' : 'en-GB', permissions: ['microphone'] });

    test('record 3 s, play it back, keep it; it survives a reload; delete one and the storage figure shrinks, then all', async ({ page }) => {
      // Real time: two takes, playback, a reload and the progress page, on a shared machine.
      test.setTimeout(120_000);
      const l = L[locale];
      const recorder = await openOwnAnswer(page, locale);
      // No on-device recognizer installed in this Chromium: it says so (or offers to download the
      // language, where the browser can), and no live transcript is offered; typing is the way.
      await expect(recorder.getByText(l.transcriptNone).or(recorder.getByRole('button', { name: l.install }))).toBeVisible();
      await expect(recorder.getByText(l.live)).toHaveCount(0);

      await press(recorder.getByRole('button', { name: l.record, exact: true }));
      await expect(recorder.getByLabel(l.level)).toBeVisible();
      await expect(recorder.getByText(l.hears)).toBeVisible();
      // No length or filler count while answering.
      await expect(page.getByRole('heading', { name: l.about })).toHaveCount(0);
      await expect(recorder.getByRole('timer')).toHaveText(l.elapsed3, { timeout: 10_000 });
      await press(recorder.getByRole('button', { name: l.stop }));

      const audio = recorder.getByLabel(l.playback, { exact: true });
      await expect(audio).toBeVisible();
      const seconds = await clipSeconds(audio);
      expect(seconds).toBeGreaterThan(2.5);
      expect(seconds).toBeLessThan(4.5);
      // It plays.
      await audio.evaluate((a: HTMLAudioElement) => a.play());
      await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.2);

      await press(recorder.getByRole('button', { name: l.keep }));
      await expect(recorder.getByRole('status').filter({ hasText: l.kept })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      // A second take, kept too; the recorder checked with axe while it records.
      await recordFor(page, recorder, locale);
      await press(recorder.getByRole('button', { name: l.keep }));
      await expect(recorder.getByRole('status').filter({ hasText: l.kept })).toBeVisible();

      // The typed answer was never touched; the metrics come once it is kept.
      await expect(page.getByLabel(l.prompt)).toHaveValue(l.text);
      await press(page.getByRole('button', { name: l.submit }));
      await expect(page.getByRole('heading', { name: l.about })).toBeVisible();
      const pace = (await page.getByText(l.pace).textContent())!;

      // After a reload the answer shows with the same pace: its recording's length is in the run.
      await page.reload();
      await expect(page.getByRole('heading', { name: l.about })).toBeVisible();
      await expect(page.getByText(l.pace)).toHaveText(pace);
      await page.getByRole('link', { name: l.progress }).first().click();
      const section = page.getByRole('region', { name: l.recordings });
      await expect(sizeLine(page)).toHaveText(l.two);
      const before = await kilobytes(page);
      const clips = section.locator('audio');
      await expect(clips).toHaveCount(2);
      // Newest first: the 3 s take is the second.
      expect(await clipSeconds(clips.nth(1))).toBeGreaterThan(2.5);
      expect(await axeViolations(page)).toEqual([]);

      await press(section.getByRole('button', { name: l.deleteOne }).nth(1));
      await expect(sizeLine(page)).toHaveText(l.one);
      expect(await kilobytes(page)).toBeLessThan(before);

      page.once('dialog', (dialog) => dialog.accept());
      await press(section.getByRole('button', { name: l.deleteAll }));
      await expect(sizeLine(page)).toHaveText(l.none);
      await page.reload();
      await expect(page.getByRole('region', { name: l.recordings }).locator('.recordings-size')).toHaveText(l.none);
    });
  });

  test.describe(`microphone refused (${locale})`, () => {
    // The same fake device, but the permission not given: the browser refuses the page.
    test.use({ locale: locale === 'vi' ? 'vi-VN' : 'en-GB', permissions: [] });

    test('says so; typing still works and nothing written is lost', async ({ page }) => {
      const l = L[locale];
      const recorder = await openOwnAnswer(page, locale);
      await press(recorder.getByRole('button', { name: l.record, exact: true }));
      await expect(recorder.getByRole('alert')).toHaveText(l.refused);
      const box = page.getByLabel(l.prompt);
      await expect(box).toHaveValue(l.text);
      await box.press('End');
      await box.pressSequentially(' OK');
      await expect(box).toHaveValue(`${l.text} OK`);
      expect(await axeViolations(page)).toEqual([]);
      await press(page.getByRole('button', { name: l.submit }));
      await expect(page.getByRole('complementary').filter({ hasText: `${l.text} OK` })).toBeVisible();
    });
  });
}

/** Stores a recording as the app does, straight into its own database (idb-keyval's layout). */
async function seedRecording(page: Page, owner: string, id: string, bytes: number, createdAt = Date.now()) {
  await page.evaluate(
    ({ owner, id, bytes, createdAt }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('interview-roleplay-recordings');
        open.onupgradeneeded = () => open.result.createObjectStore('recordings');
        open.onsuccess = () => {
          const tx = open.result.transaction('recordings', 'readwrite');
          const blob = new Blob([new Uint8Array(bytes)], { type: 'audio/webm;codecs=opus' });
          tx.objectStore('recordings').put({ v: 1, owner, id, size: bytes, mimeType: blob.type, durationMs: 3000, createdAt, blob }, `${owner}#${id}`);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { owner, id, bytes, createdAt },
  );
}

const DATA = { en: { export: 'Export everything', include: 'include recordings', reset: 'Delete everything' } } as const;

test.describe('recordings in the data export and "Delete everything"', () => {
  test('export leaves audio out unless ticked; the recordings file imports back; delete everything deletes recordings', async ({ page }) => {
    test.setTimeout(90_000);
    const l = L.en;
    await page.goto('/#/progress');
    await seedRecording(page, 'run/clashing-appointments/first', 'r1', 4096);
    await page.reload();
    await expect(sizeLine(page)).toHaveText(/^1 recording, 4 KB in this browser\.$/);

    // Not ticked: one file, the data export, with no audio in it.
    const downloads: import('@playwright/test').Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await press(page.getByRole('button', { name: DATA.en.export }));
    await expect.poll(() => downloads.length).toBe(1);
    const data = readFileSync((await downloads[0]!.path())!, 'utf8');
    expect(data).not.toContain('recordings');
    expect(data).not.toContain('audio/webm');

    // Ticked (by keyboard): the data file and a recordings file.
    await page.getByRole('checkbox', { name: DATA.en.include }).focus();
    await page.keyboard.press('Space');
    await press(page.getByRole('button', { name: DATA.en.export }));
    await expect.poll(() => downloads.length).toBe(3);
    const audio = downloads.find((d) => /^interview-roleplay-recordings-\d{4}-\d{2}-\d{2}\.json$/.test(d.suggestedFilename()))!;
    const audioPath = (await audio.path())!;
    expect(JSON.parse(readFileSync(audioPath, 'utf8')).recordings).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);

    // Delete everything: the recordings go too.
    page.on('dialog', (dialog) => dialog.accept());
    await press(page.getByRole('button', { name: DATA.en.reset }));
    await expect(sizeLine(page)).toHaveText(l.none);

    // The recordings file goes in through the same import.
    await page.locator('input[type=file]').setInputFiles(audioPath);
    await expect(sizeLine(page)).toHaveText(/^1 recording, 4 KB in this browser\.$/);
    await expect(page.getByRole('status').filter({ hasText: 'Imported: 1 record added, 0 records already here.' })).toBeVisible();
    // And the data file made beside it imports as before (this browser held no runs: nothing to add).
    const dataFile = downloads.slice(1).find((d) => /^interview-roleplay-\d{4}-\d{2}-\d{2}\.json$/.test(d.suggestedFilename()))!;
    await page.locator('input[type=file]').setInputFiles((await dataFile.path())!);
    await expect(page.getByRole('status').filter({ hasText: 'Imported: 0 records added, 0 records already here.' })).toBeVisible();
  });
});

const DELETE = {
  en: {
    run: /^Delete the run of “Clashing appointments”/,
    practice: /^Delete the practice:/,
    sizes: [/^3 recordings,/, /^2 recordings,/, /^1 recording,/],
  },
  vi: {
    run: /^Xoá lượt “Ba cuộc hẹn trùng giờ”/,
    practice: /^Xóa lần luyện:/,
    sizes: [/^3 bản ghi,/, /^2 bản ghi,/, /^1 bản ghi,/],
  },
} as const;

for (const locale of ['en', 'vi'] as const) {
  test.describe(`deleting a run or a practice (${locale})`, () => {
    test.use({ locale: locale === 'vi' ? 'vi-VN' : 'en-GB' });

    test('takes its recording with it, and leaves another run’s', async ({ page }) => {
      const d = DELETE[locale];
      const now = Date.now();
      await page.goto('/#/progress');
      await putRaw(page, {
        'result/r1': {
          v: 1, kind: 'result', id: 'r1', scenarioId: 'clashing-appointments', contentHash: 'h', startedAt: now - 60_000, finishedAt: now - 30_000,
          answers: [{ nodeId: 'first', optionId: 'a', difficulty: 3, evidence: [], hinted: false, own: { text: 'I would ask', indicators: [], recording: { id: 'r1', durationMs: 3_000 } } }],
          levels: { s08: 3 },
        },
        'practice/p1': {
          v: 1, kind: 'question-practice', id: 'p1', setId: 'cal-s08-q2', questionId: 's08.q2', contentHash: 'h', competency: 's08',
          question: { vi: 'Bạn làm thế nào?', en: 'What do you do?' }, locale, answer: 'I would ask', recording: 'r1', ticked: [], placed: 3,
          startedAt: now - 20_000, finishedAt: now - 10_000,
        },
      });
      await seedRecording(page, 'run/clashing-appointments/first', 'r1', 2048);
      // Kept at the same decision in a later run: not this run's.
      await seedRecording(page, 'run/clashing-appointments/first', 'later', 1024);
      await seedRecording(page, 'practice/p1', 'r1', 4096);
      await page.reload();
      await expect(sizeLine(page)).toHaveText(d.sizes[0]);

      page.on('dialog', (dialog) => dialog.accept());
      await press(page.getByRole('button', { name: d.run }));
      await expect(page.getByRole('button', { name: d.run })).toHaveCount(0);
      await expect(sizeLine(page)).toHaveText(d.sizes[1]);
      await press(page.getByRole('button', { name: d.practice }));
      await expect(sizeLine(page)).toHaveText(d.sizes[2]);
      await expect(page.getByRole('region', { name: L[locale].recordings }).getByRole('alert')).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
      const left = await readAll(page);
      expect([...left.keys()].filter((k) => /^(result|practice)\//.test(k))).toEqual([]);
    });
  });
}

test.describe('starting a run over', () => {
  test.use({ locale: 'en-GB' });

  test('takes the takes recorded in the run it discards, and leaves an earlier run’s', async ({ page }) => {
    await page.goto('/');
    await card(page, CLASH.en).getByRole('link', { name: 'Practise' }).click();
    await answerWithKey(page, 1);
    await waitForSave(page);
    // A take at a decision of this run, and one from a run finished an hour before it started.
    await seedRecording(page, 'run/clashing-appointments/first', 'this-run', 2048);
    await seedRecording(page, 'run/clashing-appointments/first', 'earlier-run', 1024, Date.now() - 3_600_000);
    await page.getByRole('link', { name: 'All scenarios' }).first().click();
    await press(card(page, CLASH.en).getByRole('button', { name: `Start over “${CLASH.en}”` }));
    await expect(page).toHaveURL(/#\/play\/clashing-appointments\/practice$/);
    await expect(page.locator('.transcript .answer')).toHaveCount(0);

    await page.goto('/#/progress');
    await expect(sizeLine(page)).toHaveText(/^1 recording,/);
    await page.reload();
    await expect(sizeLine(page)).toHaveText(/^1 recording,/);
  });
});
