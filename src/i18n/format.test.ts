import { describe, expect, it } from 'vitest';
import { count, formatList, formatNumber, formatPercent, NO_FIGURE, plural } from './format.ts';

describe('formatNumber', () => {
  it.each([
    ['en', 3.3, undefined, '3.3'],
    ['vi', 3.3, undefined, '3,3'],
    ['en', 1234.5, undefined, '1,234.5'],
    ['vi', 1234.5, undefined, '1.234,5'],
    ['en', 0.7, 2, '0.70'],
    ['vi', 0.7, 2, '0,70'],
    ['vi', -0.256, 2, '-0,26'],
    ['en', 4, undefined, '4'],
    ['en', 2 / 3, undefined, '0.67'],
  ] as const)('%s %d (%s decimals) → %s', (locale, n, digits, expected) => {
    expect(formatNumber(locale, n, digits)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('shows %d as a dash', (n) => {
    expect(formatNumber('vi', n)).toBe(NO_FIGURE);
    expect(formatPercent('en', n)).toBe(NO_FIGURE);
  });
});

describe('formatPercent', () => {
  it.each([
    ['en', 0.9, 0, '90%'],
    ['vi', 0.9, 0, '90%'],
    ['vi', 0.125, 1, '12,5%'],
  ] as const)('%s %d → %s', (locale, share, digits, expected) => {
    expect(formatPercent(locale, share, digits)).toBe(expected);
  });
});

describe('plural and count', () => {
  const times = { one: 'time', other: 'times' };

  it.each([
    [0, '0 times'],
    [1, '1 time'],
    [2, '2 times'],
    [1000, '1,000 times'],
  ])('English %d → %s', (n, expected) => {
    expect(count('en', n, times)).toBe(expected);
  });

  it('uses the one form Vietnamese has for every count', () => {
    expect(count('vi', 1, { other: 'lần' })).toBe('1 lần');
    expect(count('vi', 1000, { other: 'lần' })).toBe('1.000 lần');
  });

  it('falls back to other when a form is not given', () => {
    expect(plural('en', 1, { other: 'sheep' })).toBe('sheep');
  });
});

describe('formatList', () => {
  it.each([
    ['en', ['3'], '3'],
    ['en', ['2', '4', '5'], '2, 4 and 5'],
    ['vi', ['2', '4'], '2 và 4'],
  ] as const)('%s %j → %s', (locale, items, expected) => {
    expect(formatList(locale, items)).toBe(expected);
  });
});
