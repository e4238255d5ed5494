// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { StepSummary } from '../../src/domain/workshop.ts';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import WorkshopSummary from '../../src/ui/workshop/WorkshopSummary.svelte';
import { text } from '../unit/fakes.ts';
import { axeViolations } from './axe.ts';

const b = { id: 'b', letter: 'B', text: text('Ask each one'), level: 4 as const, evidence: [] };
const summary: StepSummary[] = [{ number: 1, stepId: 'open', total: 13, chosen: b, best: b, atBest: 0.125, mean: 3.3 }];

// The first render loads Svelte and axe: seconds on a loaded machine.
describe('WorkshopSummary', { timeout: 20_000 }, () => {
  it.each([
    ['en', '3.3', '13%'],
    ['vi', '3,3', '13%'],
  ] as const)('shows the mean level and the share in the UI language (%s)', async (locale, mean, share) => {
    const view = render(WorkshopSummary, { summary, competencyNames: {}, calibration: false, locale, t: { en, vi }[locale] });
    const cells = screen.getAllByRole('cell').map((c) => c.textContent);
    expect(cells.at(-1)).toBe(mean);
    expect(cells.at(-2)).toBe(share);
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
