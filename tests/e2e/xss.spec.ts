import type { BrowserContext, Page } from '@playwright/test';
import { stripMarkdown } from '../../src/domain/calibration-rationale.ts';
import type { CalibrationSet } from '../../src/domain/calibration.ts';
import { checkPack } from '../../src/domain/pack.ts';
import type { Rubric } from '../../src/domain/rubric.ts';
import type { ChoiceNode, Scenario } from '../../src/domain/scenario.ts';
import type { Locale } from '../../src/domain/text.ts';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import { packJson } from '../fixtures/packs.ts';
import { PAYLOADS, textsOf, xssPack } from '../fixtures/xss.ts';
import { card, expect, playToReport, test } from './fixtures.ts';

// Every text of a trainer's pack is an injection payload; the app must show each as text.
const pack = xssPack() as { title: { vi: string; en: string }; author: string; rubrics: Rubric[]; scenarios: Scenario[]; calibration: CalibrationSet[] };
const scenario = pack.scenarios[0]!;
const set = pack.calibration[0]!;
const rubric = pack.rubrics[0]!;
const first = scenario.nodes.find((n): n is ChoiceNode => n.id === scenario.start && n.type === 'choice')!;
const questionOf = (ref: { id: string }) => rubric.questions.find((q) => q.id === ref.id)!.text;
const question = questionOf(scenario.question);
const messages = { en, vi };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a page did that it should not have: dialogs, uncaught errors, CSP reports, requests elsewhere. */
function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) problems.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) problems.push(`off-origin: ${request.url()}`);
  });
  return problems;
}

/**
 * Nothing from the content ran or became markup: no script set `window.__xss`, and no
 * element or attribute that only a payload could have made is in the document.
 */
async function expectInert(page: Page, problems: string[], where: string) {
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    const w = window as unknown as { __xss?: unknown };
    if (w.__xss !== undefined) found.push(`window.__xss = ${String(w.__xss)}`);
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['iframe', 'frame', 'object', 'embed', 'img', 'math', 'mglyph', 'base', 'animate', 'set', 'foreignobject'].includes(tag)) found.push(`<${tag}>`);
      if (tag === 'script' && (!el.hasAttribute('src') || el.closest('body'))) found.push(`<script> ${el.outerHTML.slice(0, 80)}`);
      if (tag === 'style' && el.closest('body')) found.push(`<style> in the body`);
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) found.push('<meta http-equiv=refresh>');
      if (tag === 'link' && !(el as HTMLLinkElement).href.startsWith(location.origin)) found.push(`<link href=${(el as HTMLLinkElement).href}>`);
      if (el.hasAttribute('data-xss')) found.push(`<${tag} data-xss>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${tag} ${attr.name}>`);
        const url = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcset', 'background'].includes(attr.name);
        if (attr.name === 'srcdoc' || (url && /^\s*(javascript|vbscript|data):/i.test(attr.value))) found.push(`<${tag} ${attr.name}=${attr.value.slice(0, 40)}>`);
      }
    }
    return found;
  });
  expect(injected, `markup or script from content on ${where}`).toEqual([]);
  expect(problems, `dialogs, errors, CSP reports or requests on ${where}`).toEqual([]);
}

/** The payload shows as the very characters it is made of. */
async function expectLiteral(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
}

async function setLocale(page: Page, locale: Locale) {
  await page.locator('header .language').getByRole('button', { name: locale === 'vi' ? 'Tiếng Việt' : 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

async function importPack(page: Page, locale: Locale, problems: string[]) {
  const t = messages[locale];
  await page.goto('/#/trainer');
  await setLocale(page, locale);
  await page.locator('#pack-file').setInputFiles({ name: 'xss.pack.json', mimeType: 'application/json', buffer: Buffer.from(packJson(pack)) });
  await expect(page.getByRole('heading', { name: t.packPreview(pack.title[locale]) })).toBeVisible();
  await expect(page.locator('.pack-preview')).toContainText(t.packWrittenBy(pack.author));
  await page.locator('.pack-preview summary').first().click();
  await expect(page.locator('.pack-preview .node-list')).toContainText(first.lines[0]!.text[locale]);
  await expectInert(page, problems, 'the pack preview');
  await page.getByRole('button', { name: t.packAccept }).click();
  await expect(page.getByRole('status').filter({ hasText: t.packAdded(pack.title[locale]) })).toBeVisible();
  await expect(page.locator('.pack-list li')).toContainText(pack.title[locale]);
  await expectInert(page, problems, 'the trainer screen after import');
}

/** Every screen that renders pack text, in one language, checked after each step. */
async function visitAll(page: Page, context: BrowserContext, locale: Locale, problems: string[], origin: string) {
  const t = messages[locale];
  const L = <T extends { vi: string; en: string }>(text: T) => text[locale];

  // The start screen's card.
  await page.goto('/');
  const own = card(page, L(scenario.title));
  await expect(own).toContainText(L(scenario.summary));
  await expect(own).toContainText(L(question));
  await expect(own).toContainText(L(rubric.name));
  await expect(own.locator('.badge')).toHaveText(t.ownBadge(L(pack.title)));
  await expectLiteral(page, L(scenario.title));
  await expectInert(page, problems, 'the start screen');

  // The map (the trainer's: the catalog card does not link it), then the handouts it links to.
  await expect(own.getByRole('link', { name: t.showGraph })).toHaveCount(0);
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `${t.showGraph}: ${L(scenario.title)}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.graphFor(L(scenario.title)) })).toBeVisible();
  await expect(page.locator('.node-list')).toContainText(L(first.options[0]!.text));
  await expectInert(page, problems, 'the scenario map');
  await page.getByRole('link', { name: t.handoutSheet }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.handoutSheetFor(L(scenario.title)) })).toBeVisible();
  await expect(page.locator('article.handout')).toContainText(L(first.lines[0]!.text));
  await expectInert(page, problems, 'the scenario sheet');
  await page.getByRole('link', { name: t.handoutKey }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.handoutKeyFor(L(scenario.title)) })).toBeVisible();
  await expect(page.locator('article.handout')).toContainText(L(first.options[0]!.feedback));
  await expectInert(page, problems, 'the answer key');
  await page.goto(`/#/handout/rating/${set.id}`);
  await expect(page.getByRole('heading', { level: 1, name: t.handoutRatingFor(L(set.title)) })).toBeVisible();
  await expect(page.locator('article.handout')).toContainText(L(set.samples[0]!.answer));
  await expectInert(page, problems, 'the rating sheet');

  // A run: the hint, one's own answer (itself a payload) and the stronger answer, then keys to the report.
  await page.goto('/');
  await card(page, L(scenario.title)).getByRole('link', { name: new RegExp(`^${escape(t.start)}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: L(scenario.title) })).toBeVisible();
  await page.getByRole('button', { name: t.hint }).click();
  await expect(page.locator('aside.hint')).toContainText(L(first.hint!));
  await page.getByRole('button', { name: t.ownStart }).click();
  await page.locator('#own-text').fill(PAYLOADS[0]);
  // The indicators to tick are the rubric's texts, payloads too. One is ticked: with none, the
  // run cannot be saved today (the untouched $state array is sent as is, and IndexedDB cannot clone it).
  await page.locator('form.own input[type=checkbox]').first().check();
  await expect(page.locator('form.own')).toContainText(L(rubric.levels.flatMap((l) => l.indicators.filter((i) => !i.deficit))[0]!.text));
  await page.getByRole('button', { name: t.ownSubmit }).click();
  await expect(page.locator('aside.own-shown blockquote')).toHaveText(PAYLOADS[0]);
  // The model answer comes after the choice (here, in the report), never beside the options.
  await expect(page.locator('aside.own-shown')).not.toContainText(L(first.modelAnswer!));
  await expect(page.locator('.current-lines')).toContainText(L(first.lines[0]!.text));
  await expectInert(page, problems, 'the first decision');
  await playToReport(page, 1);
  await expect(page.getByRole('heading', { level: 1, name: t.reportFor(L(scenario.title)) })).toBeVisible();
  await expect(page.locator('article.report .own-compare blockquote')).toHaveText(PAYLOADS[0]);
  await expect(page.locator('article.report .evidence > li').first().locator('.model')).toContainText(L(first.modelAnswer!));
  await expect(page.locator('article.report')).toContainText(L(rubric.name));
  await expectLiteral(page, L(rubric.name));
  await expectInert(page, problems, 'the report');

  // Progress: the run in the trend's table and the history (the competency is named from the
  // shipped rubric of the same id, so the pack's name does not show here).
  await page.goto('/#/progress');
  await expect(page.getByRole('table').first()).toContainText(L(scenario.title));
  await expect(page.getByRole('link', { name: new RegExp(`^${escape(L(scenario.title))} — `) })).toBeVisible();
  await expectInert(page, problems, 'progress');

  // Calibration: the list, a round (rate, lock, reveal, next), the panel with two raters' files.
  await page.goto('/#/calibrate');
  await expect(page.getByRole('heading', { level: 3, name: L(set.title) })).toBeVisible();
  await expect(page.locator('li.card').filter({ hasText: L(set.title) })).toContainText(L(questionOf(set.question)));
  await expectInert(page, problems, 'the calibration list');
  await page.goto(`/#/calibrate/${set.id}`);
  await expect(page.getByRole('heading', { level: 1, name: L(set.title) })).toBeVisible();
  // The whole scale is in view while rating: each level's meaning and its indicators.
  await expect(page.locator('article.round fieldset.scale')).toContainText(L(rubric.levels[0]!.indicators[0]!.text));
  for (const level of [3, 2]) {
    const shown = await page.locator('blockquote.sample').textContent();
    const sample = set.samples.find((s) => L(s.answer) === shown)!;
    expect(sample, 'the sample on screen is one of the set').toBeDefined();
    await page.getByRole('radio', { name: new RegExp(`^${t.levelShort(level)}:`) }).check();
    await page.getByRole('button', { name: t.calLock }).click();
    // A rationale reads as text, its Markdown dropped (`__x__` is bold): never as markup.
    await expect(page.locator('article.round')).toContainText(stripMarkdown(L(sample.rationale)));
    await expectInert(page, problems, 'a calibration round, revealed');
    await page.getByRole('button', { name: t.calNext }).click();
  }
  await page.goto(`/#/panel/${set.id}`);
  await expect(page.getByRole('heading', { level: 1, name: t.panelHeading(L(set.title)) })).toBeVisible();
  const rater = (name: string, level: number) => ({
    name: `${name.length}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(['rater,item,level', ...set.samples.map((s) => `${name},${s.id},${level}`)].join('\n')),
  });
  await page.getByLabel(t.panelLoad).setInputFiles([rater('<img src=x onerror=window.__xss=1>', 1), rater('<b>B</b>', 5)]);
  const widest = (await page.locator('ol.evidence blockquote').first().textContent())!;
  expect(set.samples.map((s) => L(s.answer))).toContain(widest);
  await expectLiteral(page, '<img src=x onerror=window.__xss=1>');
  await expectLiteral(page, '<b>B</b>');
  await expectInert(page, problems, 'the panel');

  // The trainer's screen, then a workshop in two windows: present, tally, reveal, discuss.
  await page.goto('/#/trainer');
  await expect(page.locator('.run-list').first()).toContainText(L(scenario.title));
  await expect(page.locator('.run-list').last()).toContainText(L(set.title));
  await expect(page.locator('.pack-list')).toContainText(t.packBy(pack.author));
  await expectInert(page, problems, 'the trainer screen');
  const audience = await context.newPage();
  const audienceProblems = watch(audience, origin);
  await audience.goto('/#/audience');
  await page.getByRole('link', { name: t.runWorkshopLabel(L(scenario.title)) }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.workshopFor(L(scenario.title)) })).toBeVisible();
  await expect(audience.getByRole('heading', { level: 1, name: L(scenario.title) })).toBeVisible();
  await expect(audience.locator('.step-view')).toContainText(L(first.lines[0]!.text));
  await expect(page.locator('details.notes')).toContainText(L(first.modelAnswer!));
  await page.getByRole('button', { name: t.toTally }).click();
  await page.locator('body').focus();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: t.toReveal }).click();
  await expect(audience.locator('.room-choices .revealed').first()).toBeVisible();
  await expect(audience.locator('.room-choices')).toContainText(L(first.options[0]!.feedback));
  await page.getByRole('button', { name: t.toDiscuss }).click();
  await expect(audience.locator('.prompt')).toBeVisible();
  await expectInert(page, problems, 'the presenter window');
  await expectInert(audience, audienceProblems, 'the projector window');

  // The calibration set as a workshop: the reference and its rationale, revealed.
  await page.goto(`/#/workshop/calibration/${set.id}`);
  await expect(page.getByRole('heading', { level: 1, name: t.workshopFor(L(set.title)) })).toBeVisible();
  await expect(audience.getByRole('heading', { level: 1, name: L(set.title) })).toBeVisible();
  await page.getByRole('button', { name: t.toTally }).click();
  await page.getByRole('button', { name: t.toReveal }).click();
  await expect(audience.locator('.reference-note')).toBeVisible();
  const rationale = (await audience.locator('.reference-note p').last().textContent())!.trim();
  expect(set.samples.map((s) => L(s.rationale).trim())).toContain(rationale);
  await page.getByRole('button', { name: t.toDiscuss }).click();
  await expectInert(page, problems, 'the presenter window (calibration)');
  await expectInert(audience, audienceProblems, 'the projector window (calibration)');
  await audience.close();
}

test.describe('content is text: a pack whose every text is an injection payload', () => {
  test('the pack is a valid one with a payload in every text', () => {
    expect(PAYLOADS.every((p) => p.length <= 400 && p === p.trim())).toBe(true);
    const texts = textsOf(pack);
    expect(texts.length).toBeGreaterThan(100);
    const payloads = new Set<string>(PAYLOADS);
    expect(texts.every((t) => payloads.has(t.vi) && payloads.has(t.en) && t.vi !== t.en)).toBe(true);
    expect(payloads.has(pack.author)).toBe(true);
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
    // Valid as the app checks it: the linter only warns (option lengths give levels away, at
    // each decision and over the scenario).
    const checked = checkPack(pack);
    expect(checked.ok && [...new Set(checked.warnings.map((w) => w.code))]).toEqual(['length-cue', 'length-strategy']);
  });

  for (const locale of ['en', 'vi'] as const) {
    test(`is imported and shown as text on every screen, in ${locale === 'en' ? 'English' : 'Vietnamese'}`, async ({ page, context, baseURL }) => {
      test.setTimeout(60_000);
      const origin = new URL(baseURL!).origin;
      const problems = watch(page, origin);
      await importPack(page, locale, problems);
      await visitAll(page, context, locale, problems, origin);
    });
  }
});
