import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rationaleParts } from '../../src/domain/calibration-rationale.ts';
import { loadContent, rubricMap } from '../../tools/content-loader.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const rubrics = rubricMap(content);
const sets = content.calibration.map((f) => ({ file: basename(f.path), set: f.value }));

/**
 * One name for the sets in each language, the same for every family:
 * "Calibration set <family> <n>: <topic>" / "Bộ hiệu chuẩn <family> <n>: <topic>", where the family and number
 * come from the file (cal-s08-q3 is Networking 3, cal-icf5 is ICF 5, cal-gx2 is Guanxi 2).
 */
const FAMILIES: [RegExp, { en: string; vi: string }][] = [
  [/^cal-s08-q(\d+)\.yaml$/, { en: 'Networking', vi: 'Kết nối' }],
  [/^cal-icf(\d+)\.yaml$/, { en: 'ICF', vi: 'ICF' }],
  [/^cal-gx(\d+)\.yaml$/, { en: 'Guanxi', vi: 'Guanxi' }],
];

describe('calibration set titles', () => {
  it('finds every shipped set', () => {
    expect(sets.length).toBe(19);
  });

  it.each(sets)('$file is titled "Calibration set <family> <n>: …" and "Bộ hiệu chuẩn <family> <n>: …"', ({ file, set }) => {
    const family = FAMILIES.find(([pattern]) => pattern.test(file));
    expect(family, `${file} belongs to no family`).toBeDefined();
    const [pattern, names] = family!;
    const n = pattern.exec(file)![1];
    // The topic starts lower-case: it continues the sentence the prefix begins.
    expect(set.title.en).toMatch(new RegExp(`^Calibration set ${names.en} ${n}: \\p{Ll}`, 'u'));
    expect(set.title.vi).toMatch(new RegExp(`^Bộ hiệu chuẩn ${names.vi} ${n}: \\p{Ll}`, 'u'));
    expect(set.title.vi).not.toMatch(/Hiệu chỉnh/);
  });
});

describe('calibration rationales read as text', () => {
  const rationales = sets.flatMap(({ file, set }) =>
    set.samples.flatMap((s) => (['vi', 'en'] as const).map((locale) => ({ where: `${file} ${s.id} ${locale}`, text: s.rationale[locale], rubric: rubrics.get(set.competency)! }))),
  );

  it.each(rationales)('$where: no Markdown, no "=" shorthand, one quote style', ({ text }) => {
    expect(text).not.toMatch(/[`*_]/);
    expect(text).not.toMatch(/\s=\s/);
    // Quotations in “…” (a quotation inside one in ‘…’), never straight quotes.
    expect(text).not.toMatch(/(^|[\s(])['"]/);
    expect(text.split('“').length).toBe(text.split('”').length);
  });

  it.each(rationales)('$where: every indicator it names is shown by its words', ({ text, rubric }) => {
    const left = rationaleParts(text, rubric).flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    expect(left.join('')).not.toMatch(/\b[a-z]+\d*\.(?:d?\d+)(?:\.\d+)?\b/);
  });
});
