import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedPack } from '../../tests/fixtures/packs.ts';
import { checkRubricText, checkScenarioText } from '../domain/content-file.ts';
import type { Diagnostic } from '../domain/diagnostics.ts';
import { LINT_CODES } from '../domain/lint-codes.ts';
import { checkPack } from '../domain/pack.ts';
import { diagnosticText, VI } from './diagnostics.ts';

const fixtures = join(import.meta.dirname, '../../tests/fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');

/** Words of valibot's and the checker's English that must not reach a Vietnamese reader. */
const ENGLISH = /\b(Invalid|Expected|received|must|missing|node|rubric|the|is)\b/;

describe('diagnosticText', () => {
  it('has Vietnamese for every lint code', () => {
    expect(Object.keys(LINT_CODES).filter((code) => !VI[code])).toEqual([]);
  });

  it('gives English as the checker wrote it, without the path the screen shows apart', () => {
    const finding = { code: 'unknown-node', message: 'nodes.0.options.1.next: no node "nowhere" to go to', params: { id: 'nowhere' } } as const;
    expect(diagnosticText('en', finding)).toBe('no node "nowhere" to go to');
    expect(diagnosticText('vi', finding)).toBe('không có nút “nowhere”: hãy trỏ tới id của một nút có trong tình huống.');
  });

  it('words a file the browser could not read in either language, never in the browser\'s words', () => {
    const unreadable = { code: 'unreadable', message: 'NotReadableError: The requested file could not be read' } as const;
    expect(diagnosticText('en', unreadable)).toBe('the browser could not read this file (moved, deleted, or not a text file): choose it again.');
    expect(diagnosticText('vi', unreadable)).toMatch(/^trình duyệt không đọc được tệp này/);
  });

  it('words a code without its params, and an unknown code without English', () => {
    expect(diagnosticText('vi', { code: 'unknown-node', message: 'x' })).toBe('không có nút này: hãy trỏ tới id của một nút có trong tình huống.');
    expect(diagnosticText('vi', { code: 'new-code' as never, message: 'x: something' })).toMatch(/^Tệp có một lỗi .* \(new-code\)$/);
  });

  const mini = checkRubricText(read('content/competencies/mini.yaml'), 'mini.yaml');
  if (!mini.ok) throw new Error('the mini rubric fixture is invalid');
  const invalid = readdirSync(join(fixtures, 'invalid')).filter((f) => f.endsWith('.yaml'));

  it.each(invalid)('words every finding of invalid/%s in Vietnamese', (name) => {
    const checked = checkScenarioText(read(join('invalid', name)), name, new Map([[mini.value.id, mini.value]]));
    const diagnostics: Diagnostic[] = checked.ok ? checked.warnings : checked.diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(diagnosticText('vi', d), `${d.code}: ${d.message}`).not.toMatch(ENGLISH);
  }, 20_000); // the linter walks every path: seconds on a loaded machine

  it.each([
    ['a missing field', { title: undefined }, 'title', 'thiếu trường bắt buộc này: hãy thêm nó (xem mẫu trong docs/example-pack.yaml).'],
    ['a field the format does not have', { colour: 'red' }, 'colour', 'định dạng không có trường này: hãy xoá nó hoặc kiểm tra lại chính tả.'],
    ['a wrong format', { format: 'other' }, 'format', 'phải đúng là "interview-roleplay/pack", không phải "other".'],
    ['a bad id', { id: 'Team Pack' }, 'id', 'id chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, không có dấu chấm (ví dụ: gap-go-lan-dau).'],
    ['no rubric', { rubrics: [] }, 'rubrics', 'gói cần ít nhất một khung năng lực.'],
    ['a title that is a number', { title: 3 }, 'title', 'phải là một nhóm trường (khoá: giá trị), không phải 3.'],
  ])('words a schema problem in a pack: %s', (_, change, path, vi) => {
    const checked = checkPack({ ...shippedPack(), ...change });
    if (checked.ok) throw new Error('was accepted');
    const finding = checked.findings.find((f) => f.path === path)!;
    expect(diagnosticText('vi', finding)).toBe(vi);
  });

  it('words a reference problem inside a pack with its values', () => {
    const pack = shippedPack() as { scenarios: { start: string }[] };
    pack.scenarios[0]!.start = 'nowhere';
    const checked = checkPack(pack);
    if (checked.ok) throw new Error('was accepted');
    expect(checked.findings.map((f) => diagnosticText('vi', f))).toEqual(['không có nút “nowhere”: hãy trỏ tới id của một nút có trong tình huống.']);
  });

  it('names who holds a taken id', () => {
    const taken = { scenarios: new Map([['own-clashing-appointments', { name: 'the pack “first”', pack: 'first' }]]), calibration: new Map() };
    const checked = checkPack(shippedPack(), taken);
    if (checked.ok) throw new Error('was accepted');
    expect(diagnosticText('vi', checked.findings[0]!)).toBe('“own-clashing-appointments” đã được gói “first” dùng: hãy chọn id khác.');
  });
});
