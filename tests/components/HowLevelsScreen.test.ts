// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HowLevelsScreen from '../../src/ui/how-levels/HowLevelsScreen.svelte';
import { axeViolations } from './axe.ts';

describe('HowLevelsScreen', () => {
  it.each([
    ['en', 'How your level is worked out', ['1. Your answers', '2. How hard the moments were', '3. Hints', '4. Red flags'], 'Back to your report'],
    ['vi', 'Mức của bạn được tính thế nào', ['1. Câu trả lời của bạn', '2. Độ khó của tình huống', '3. Gợi ý', '4. Cờ đỏ'], 'Quay lại báo cáo'],
  ] as const)('%s: names the four inputs, lists the hint caps, leads back to the report, axe clean', async (locale, title, inputs, back) => {
    const view = render(HowLevelsScreen, { resultId: 'r 1', locale });
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 4)).toEqual(inputs);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByRole('link', { name: back }).getAttribute('href')).toBe('#/report/r%201');
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('offers no way back when opened without a report', () => {
    render(HowLevelsScreen, { locale: 'en' });
    expect(screen.queryByRole('link')).toBeNull();
  });
});
