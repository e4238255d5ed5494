// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi as mock } from 'vitest';
import type { CalibrationEntry, CatalogEntry } from '../../src/domain/catalog.ts';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import LmsPackage from '../../src/ui/lms/LmsPackage.svelte';
import { text } from '../unit/fakes.ts';
import { axeViolations } from './axe.ts';

const entry = (id: string, title: string, pack?: CatalogEntry['pack']): CatalogEntry => ({
  id,
  family: 'networking',
  title: text(title),
  summary: text('s'),
  question: text('q'),
  competencies: [],
  difficulty: 3,
  ...(pack ? { pack } : {}),
});
const scenarios = [entry('clashing-appointments', 'Clashing appointments'), entry('own', 'Own one', { id: 'p', title: text('My pack') })];
const setEntry = (id: string, title: string, pack?: CalibrationEntry['pack']): CalibrationEntry => ({
  id,
  title: text(title),
  competency: { id: 's08', name: text('Networking') },
  question: text('q'),
  samples: 10,
  ...(pack ? { pack } : {}),
});
const sets = [setEntry('cal-s08-q1', 'Networking 1'), setEntry('own-set', 'Own set', { id: 'p', title: text('My pack') })];
const messages = { en, vi };

afterEach(() => mock.unstubAllGlobals());

describe.each(['en', 'vi'] as const)('Package for an LMS in %s', (locale) => {
  const t = messages[locale];

  it('offers the shipped scenarios and calibration sets only, grouped, both SCORM versions and a pass mark, and is accessible', async () => {
    const { container } = render(LmsPackage, { scenarios, sets, locale, t });
    const region = screen.getByRole('region', { name: t.lmsHeading });
    expect(region).toBeTruthy();
    const select = screen.getByLabelText(t.lmsScenario) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['scenario/clashing-appointments', 'calibration/cal-s08-q1']);
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([t.runScenarios, t.runSets]);
    expect([...(screen.getByLabelText(t.lmsVersion) as HTMLSelectElement).options].map((o) => o.value)).toEqual(['2004', '1.2']);
    // In the page's language: "4th edition" is English, read out as such to a Vietnamese page.
    expect([...(screen.getByLabelText(t.lmsVersion) as HTMLSelectElement).options].map((o) => o.text)).toEqual([t.lmsVersion2004, 'SCORM 1.2']);
    expect([...(screen.getByLabelText(t.lmsPass) as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', '3', '4', '5']);
    expect(screen.getByText(t.lmsOwnScenarios)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers a set exact-agreement pass marks, and the mark goes back to none with another kind', async () => {
    const user = userEvent.setup();
    const { container } = render(LmsPackage, { scenarios, sets, locale, t });
    const what = screen.getByLabelText(t.lmsScenario) as HTMLSelectElement;
    const pass = () => screen.getByLabelText(t.lmsPass) as HTMLSelectElement;
    await user.selectOptions(pass(), '4');
    expect(what.value).toBe('scenario/clashing-appointments');
    await user.selectOptions(what, 'calibration/cal-s08-q1');
    expect([...pass().options].map((o) => [o.value, o.text])).toEqual([['', t.lmsNoPass], ...[60, 70, 80].map((p) => [String(p), t.lmsPassAgreement(p)])]);
    expect(pass().value).toBe('');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says how to put the package into Moodle, with the grade maximum for the kind chosen, and sends no one to the repository', async () => {
    const user = userEvent.setup();
    const { container } = render(LmsPackage, { scenarios, sets, locale, t });
    const howTo = screen.getByText(t.lmsHowTo).closest('details')!;
    expect(howTo.open).toBe(false);
    await user.click(screen.getByText(t.lmsHowTo));
    expect(howTo.open).toBe(true);
    const steps = () => [...howTo.querySelectorAll('li')].map((li) => li.textContent);
    expect(steps()).toEqual(t.lmsSteps('scenario'));
    expect(steps().join(' ')).toContain('5');
    await user.selectOptions(screen.getByLabelText(t.lmsScenario), 'calibration/cal-s08-q1');
    expect(steps()).toEqual(t.lmsSteps('calibration'));
    expect(t.lmsSteps('calibration')).not.toEqual(t.lmsSteps('scenario'));
    // A trainer using the deployed app has no repository to open.
    expect(container.textContent).not.toMatch(/docs\/|\.md\b/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so, by keyboard too, where the server has no build list (the dev server answers with its page)', async () => {
    mock.stubGlobal('fetch', mock.fn(async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })));
    const user = userEvent.setup();
    const { container } = render(LmsPackage, { scenarios, locale, t });
    screen.getByRole('button', { name: t.lmsMake }).focus();
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(t.lmsNoBuild);
    expect(await axeViolations(container)).toEqual([]);
  });
});
