// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Rationale from '../../src/ui/calibrate/Rationale.svelte';
import { loadFixture } from '../fixtures/load-fixture.ts';
import { axeViolations } from './axe.ts';

const rubric = loadFixture().rubrics.get('mini')!;

describe('a reference rationale', () => {
  it.each(['en', 'vi'] as const)('shows the indicators it names by their words, without ids or Markdown (%s)', async (locale) => {
    const { container } = render(Rationale, {
      rationale: { en: '`mini.3.1` (“a quote”); **not** 4: mini.4.1 missing.', vi: '`mini.3.1` (“trích dẫn”); **không phải** 4: thiếu mini.4.1.' },
      rubric,
      locale,
    });
    const p = container.querySelector('p.rationale')!;
    expect([...p.querySelectorAll('.indicator')].map((e) => e.textContent)).toEqual(locale === 'en' ? ['Three', 'Four'] : ['Ba', 'Bốn']);
    expect(p.textContent).not.toMatch(/[`*]|mini\.\d/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders markup in a pack\'s rationale as text, never as HTML', () => {
    const text = '<img src=x onerror="alert(1)"> mini.2.1 <b>bold</b>';
    const { container } = render(Rationale, { rationale: { en: text, vi: text }, rubric, locale: 'en' });
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
