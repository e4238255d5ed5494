// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import { ClassResultsState } from '../../src/ui/class-results/class-results.svelte.ts';
import ClassResultsScreen from '../../src/ui/class-results/ClassResultsScreen.svelte';
import { classStrings } from '../../src/ui/class-results/strings.ts';
import { classFiles, FOREIGN_FILE } from '../fixtures/class-files.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';
import { axeViolations } from './axe.ts';

const { scenario, rubrics } = loadFixture();
const module = { scenario, rubrics: [...rubrics.values()], contentHash: 'fixture' };
const content = { scenario: async (id: string) => (id === scenario.id ? module : undefined), set: async () => undefined };
/** A chosen file as the page gets it (jsdom's File has no text()). */
const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text }) as unknown as File;
const { files, expected } = classFiles({ scenario, files: 4, runsPerFile: 3 });
const messages = { en, vi };

describe.each(['en', 'vi'] as const)('class results in %s', (locale) => {
  const s = classStrings[locale];

  it('is empty and accessible before any file, then shows what each dropped file gave and the figures', async () => {
    const page = new ClassResultsState(content);
    const { container } = render(ClassResultsScreen, { page, locale, t: messages[locale], s, onexportcsv: () => {} });
    expect(screen.getByText(s.none)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    const dropped = [...files.map((f) => file(f.name, f.text)), file(FOREIGN_FILE.name, FOREIGN_FILE.text)];
    await fireEvent.drop(container.querySelector('.drop-zone')!, { dataTransfer: { files: dropped } });
    await screen.findByText(s.summary(4, 1));

    const refused = container.querySelector('.file-list li.problems')!;
    expect(refused.textContent).toContain(s.refused(FOREIGN_FILE.name));
    expect(refused.textContent).toContain(s.notOurs(s.holdsKeys(locale === 'en' ? 'items and owner' : 'items và owner')));
    const first = within(screen.getByRole('region', { name: s.decision('first') }));
    const d = expected.decisions.get('first')!;
    expect(first.getByText(s.reached(d.reached, d.timedOut, d.hinted))).toBeTruthy();
    const rows = first.getAllByRole('row').slice(1).map((r) => [r.querySelector('th')!.textContent, Number(r.children[2]!.textContent) + Number(r.children[3]!.textContent)]);
    expect(rows).toEqual(['a', 'b', 'c'].map((id) => [id, d.options.get(id) ?? 0]));
    expect(screen.getByRole('img', { name: s.optionsChart('first') })).toBeTruthy();
    expect(screen.getByRole('table', { name: s.mapHeading })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);
});

describe('ClassResultsState', () => {
  it('keeps the files of two loads, counts a run sent twice once, and clears', async () => {
    const page = new ClassResultsState(content);
    await page.load([file(files[0]!.name, files[0]!.text)]);
    await page.load([file('again.json', files[0]!.text)]);
    expect(page.outcomes).toHaveLength(2);
    expect(page.results.scenarios[0]!.runs).toBe(3);
    page.clear();
    expect(page.results.scenarios).toEqual([]);
  });
});
