// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi as mock } from 'vitest';
import type { CatalogEntry } from '../../src/domain/catalog.ts';
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
const messages = { en, vi };

afterEach(() => mock.unstubAllGlobals());

describe.each(['en', 'vi'] as const)('Package for an LMS in %s', (locale) => {
  const t = messages[locale];

  it('offers the shipped scenarios only, both SCORM versions and a pass mark, and is accessible', async () => {
    const { container } = render(LmsPackage, { scenarios, locale, t });
    const region = screen.getByRole('region', { name: t.lmsHeading });
    expect(region).toBeTruthy();
    const select = screen.getByLabelText(t.lmsScenario) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['clashing-appointments']);
    expect([...(screen.getByLabelText(t.lmsVersion) as HTMLSelectElement).options].map((o) => o.value)).toEqual(['2004', '1.2']);
    expect([...(screen.getByLabelText(t.lmsPass) as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', '3', '4', '5']);
    expect(screen.getByText(t.lmsOwnScenarios)).toBeTruthy();
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
