import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { detectLocale, formatDate, loadMessages } from './messages.ts';
import { vi } from './vi.ts';

const messages = { en, vi };

describe('messages', () => {
  it('gives every key in both languages, translated', () => {
    expect(Object.keys(messages.vi).sort()).toEqual(Object.keys(messages.en).sort());
    const same = Object.keys(messages.en).filter((k) => {
      const [en, vi] = [messages.en, messages.vi].map((m) => m[k as keyof typeof m]);
      return typeof en === 'string' && en === vi;
    });
    expect(same).toEqual([]);
  });

  it.each([
    [['vi-VN', 'en'], 'vi'],
    [['en-GB'], 'en'],
    [['fr-FR', 'vi'], 'vi'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('detects %j as %s', (languages, locale) => {
    expect(detectLocale(languages)).toBe(locale);
  });

  it('formats dates in the locale', () => {
    const ms = Date.UTC(2026, 10, 23, 9, 5);
    expect(formatDate('vi', ms)).toMatch(/2026/);
    expect(formatDate('en', ms)).toMatch(/Nov 2026/);
    expect(formatDate('vi', ms)).not.toEqual(formatDate('en', ms));
  });
});

it('loads each language as a chunk of its own', async () => {
  expect(await loadMessages.vi()).toBe(vi);
  expect(await loadMessages.en()).toBe(en);
});
