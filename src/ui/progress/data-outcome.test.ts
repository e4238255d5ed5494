import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { vi } from '../../i18n/vi.ts';
import type { ImportProblem } from '../../storage/transfer.ts';
import { importProblemText, outcomeText } from './data-outcome.ts';

const problems: ImportProblem[] = [
  { code: 'not-json', detail: 'Unexpected token' },
  { code: 'not-an-export', detail: 'exportedAt: Invalid key: Expected "exportedAt" but received undefined' },
  { code: 'newer-export', version: 2 },
  { code: 'duplicate-record', record: 2, key: 'result/a' },
  { code: 'unknown-kind', record: 1, key: 'settings/x' },
  { code: 'newer-record', record: 1, key: 'result/a' },
  { code: 'damaged-record', record: 3, key: 'result/a', detail: 'levels.s08: Invalid type' },
  { code: 'key-mismatch', record: 1, key: 'result/b', detail: 'expected result/a' },
  { code: 'file-too-large', bytes: 52_428_800, limit: 20_971_520 },
  { code: 'too-many-records', count: 500_000, limit: 20_000 },
  { code: 'too-many-results', count: 100_000, limit: 5_000 },
  { code: 'more-problems', count: 12 },
  { code: 'bad-pack', key: 'pack/team', finding: { code: 'unknown-node', path: 'scenarios.0.start', message: 'scenarios.0.start: no node "x"', params: { id: 'x' } } },
];

describe('importProblemText', () => {
  it.each(problems)('words $code in both languages without the validator’s words', (problem) => {
    for (const [t, locale] of [[en, 'en'], [vi, 'vi']] as const) {
      const text = importProblemText(problem, t, locale);
      expect(text).not.toMatch(/Invalid|Expected|received|Unexpected token/);
      if ('key' in problem) expect(text).toContain(problem.key);
    }
    expect(importProblemText(problem, vi, 'vi')).not.toEqual(importProblemText(problem, en, 'en'));
  });

  it('words a pack problem with where it is and the checker’s finding in the language', () => {
    const pack = problems.at(-1)!;
    expect(importProblemText(pack, vi, 'vi')).toBe(
      'Không dùng được gói tình huống pack/team (tại scenarios.0.start: không có nút “x”: hãy trỏ tới id của một nút có trong tình huống). Hãy sửa gói rồi nhập ở trang Giảng viên, hoặc xoá gói đó khỏi tệp.',
    );
  });
});

describe('outcomeText', () => {
  it('confirms an export with the file name and counts, plurals by count', () => {
    expect(outcomeText({ kind: 'exported', file: 'x.json', records: 1, results: 1 }, en, 'en')).toEqual({
      ok: true,
      lines: ['Saved x.json to your downloads: 1 record, 1 finished run among them. Import it here or in another browser to bring them back.'],
    });
    expect(outcomeText({ kind: 'exported', file: 'x.json', records: 1200, results: 3 }, vi, 'vi').lines[0]).toMatch(/^Đã lưu x\.json vào thư mục tải xuống: 1\.200 bản ghi, trong đó có 3 lượt đã hoàn thành\./);
  });

  it('names the file imported, or refused with every problem', () => {
    expect(outcomeText({ kind: 'imported', file: 'x.json', added: 2, unchanged: 1 }, en, 'en').lines).toEqual(['Imported x.json.', 'Imported: 2 records added, 1 record already here.']);
    const refused = outcomeText({ kind: 'refused', file: 'x.json', problems: problems.slice(0, 2) }, vi, 'vi');
    expect(refused.ok).toBe(false);
    expect(refused.lines).toHaveLength(3);
    expect(refused.lines[0]).toMatch(/^Không nhập gì từ x\.json/);
  });
});

describe('limits and what an import left alone', () => {
  it('a refusal past a limit says the file’s figure and the limit, in both languages', () => {
    expect(importProblemText({ code: 'file-too-large', bytes: 52_428_800, limit: 20_971_520 }, en, 'en')).toContain('The file is 50 MB; an import can be at most 20 MB.');
    expect(importProblemText({ code: 'too-many-records', count: 500_000, limit: 20_000 }, en, 'en')).toContain('500,000 records; an import can hold at most 20,000');
    expect(importProblemText({ code: 'too-many-results', count: 100_000, limit: 5_000 }, vi, 'vi')).toContain('100.000 lượt đã hoàn thành; mỗi lần nhập tối đa 5.000');
  });

  it('an import says which unfinished runs were kept aside and which set-aside records were left out', () => {
    const outcome = { kind: 'imported', file: 'a.json', added: 1, unchanged: 0, keptAside: 1, skipped: 2 } as const;
    expect(outcomeText(outcome, en, 'en').lines.slice(2)).toEqual([
      '1 unfinished run in the file does not open in this version of the app, so yours stayed as they were; the file\'s were kept aside beside them, not deleted.',
      '2 records that the other browser had set aside as unreadable were left out.',
    ]);
    expect(outcomeText(outcome, vi, 'vi').lines).toHaveLength(4);
  });
});
