import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';

/** Every string of a message table, functions called with placeholder arguments (those that need more are skipped). */
function strings(messages: object): string[] {
  return Object.values(messages).flatMap((value) => {
    if (typeof value === 'string') return [value];
    if (typeof value !== 'function') return [];
    try {
      const out: unknown = value('X', 2, 'Y', 3);
      return typeof out === 'string' ? [out] : [];
    } catch {
      return [];
    }
  });
}

describe('one word for a workshop in each language', () => {
  it('is "buổi tập huấn" in Vietnamese, on every screen', () => {
    const all = strings(vi);
    expect(all.filter((s) => /buổi tập huấn/i.test(s)).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((s) => /thực hành|hội thảo|workshop|buổi học/i.test(s))).toEqual([]);
  });

  it('is "workshop" in English, never "session" or "class"', () => {
    const all = strings(en);
    expect(all.filter((s) => /workshop/i.test(s)).length).toBeGreaterThanOrEqual(8);
    expect(all.filter((s) => /\b(training session|class)\b/i.test(s))).toEqual([]);
  });

  it('has the pack preview say who wrote it as a sentence of its own', () => {
    expect(en.packWrittenBy('Training team')).toBe('Written by Training team.');
    expect(vi.packWrittenBy('Nhóm đào tạo')).toBe('Tác giả: Nhóm đào tạo.');
  });
});
