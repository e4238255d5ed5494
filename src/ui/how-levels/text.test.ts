import { describe, expect, it } from 'vitest';
import { applyRule, guidanceCap, lowerMedian, redFlagCap } from '../../domain/score.ts';
import { LOCALES } from '../../domain/text.ts';
import { HINT_CAPS, RED_FLAG_CAPS, howLevelsText } from './text.ts';

// The page says the rule in plain words; these hold its figures to src/domain/score.ts,
// so a change to the rule that the page does not follow fails here.
describe('the figures the page gives are the rule', () => {
  it('states the hint cap at each share and just past it', () => {
    for (const [i, { share, cap }] of HINT_CAPS.entries()) {
      expect(guidanceCap(share * 12, 12), `up to ${share}`).toBe(cap);
      const next = HINT_CAPS[i + 1];
      if (next) expect(guidanceCap(share * 12 + 1, 12), `just past ${share}`).toBe(next.cap);
    }
  });

  it('states the red-flag caps: one, two, and more than two', () => {
    expect(RED_FLAG_CAPS.map((r) => redFlagCap(r.flags))).toEqual(RED_FLAG_CAPS.map((r) => r.cap));
    expect(redFlagCap(3)).toBe(RED_FLAG_CAPS.at(-1)!.cap);
  });

  it('works its examples as the rule does', () => {
    expect(lowerMedian([4, 4, 3, 4])).toBe(4);
    expect(lowerMedian([1, 1, 5, 5])).toBe(1);
    expect(applyRule([{ level: 5, difficulty: 3 }, { level: 5, difficulty: 3 }], 0, 2).level).toBe(3);
    for (const locale of LOCALES) {
      const t = howLevelsText[locale];
      expect(t.evidenceExample).toMatch(/4, 4, 3 (and|và) 4 .*4\. .*1, 1, 5 (and|và) 5 .*1,/);
      expect(t.situationExample).toMatch(/5 .*3 .*3\.$/);
    }
  });
});

describe('the page speaks to a candidate', () => {
  const all = (locale: (typeof LOCALES)[number]) => {
    const t = howLevelsText[locale];
    return [
      ...Object.values(t).filter((v): v is string => typeof v === 'string'),
      ...HINT_CAPS.map((r) => t.hintRow(r.share, r.cap)),
      t.redFlagCaps(2, 1),
    ];
  };

  it.each(LOCALES)('%s: no indicator ids and no terms of the trade', (locale) => {
    for (const text of all(locale)) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\b(s08|icf\d|gx\d)\.|median|trung vị|indicator|chỉ báo|rubric|descriptor|evidence/i);
    }
  });

  it('gives every hint share its own line in both languages', () => {
    for (const locale of LOCALES) {
      const rows = HINT_CAPS.map((r) => howLevelsText[locale].hintRow(r.share, r.cap));
      expect(new Set(rows).size).toBe(HINT_CAPS.length);
    }
  });

  it('addresses the reader as "bạn" in Vietnamese and has no English left in it', () => {
    const text = all('vi').join(' ');
    expect(text).toMatch(/\bbạn\b/u);
    expect(text).not.toMatch(/\b(the|level|hint|red flag|report)\b/i);
  });
});
