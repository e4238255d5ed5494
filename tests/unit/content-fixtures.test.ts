import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRubricText, checkScenarioText } from '../../src/domain/content-file.ts';
import type { Rubric } from '../../src/domain/rubric.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');

const mini = checkRubricText(read('content/competencies/mini.yaml'), 'mini.yaml');
if (!mini.ok) throw new Error('the mini rubric fixture is invalid: ' + JSON.stringify(mini.diagnostics));
const rubrics = new Map<string, Rubric>([[mini.value.id, mini.value]]);

describe('a valid scenario file', () => {
  it('passes with its rubric', () => {
    const checked = checkScenarioText(read('content/scenarios/valid.yaml'), 'valid.yaml', rubrics);
    expect(checked.ok).toBe(true);
  });

  it('fails without its rubric, naming it', () => {
    const checked = checkScenarioText(read('content/scenarios/valid.yaml'), 'valid.yaml', new Map());
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.diagnostics[0]).toMatchObject({ code: 'unknown-competency', path: 'competencies.0' });
  });
});

// Each invalid fixture states on its first line the diagnostic it must produce:
// `# expect: <code> [<path>] line <n>`.
const invalid = readdirSync(join(fixtures, 'invalid')).filter((f) => f.endsWith('.yaml'));

describe.each(invalid)('invalid/%s', (name) => {
  const text = read(join('invalid', name));
  const header = /^# expect: (\S+)(?: (\S+))? line (\d+)$/m.exec(text.split('\n')[0]!);
  if (!header) throw new Error(`${name}: first line must be "# expect: <code> [<path>] line <n>"`);
  const [, code, path, line] = header;
  const file = `tests/fixtures/invalid/${name}`;
  const checked = checkScenarioText(text, file, rubrics);

  it('is refused', () => {
    expect(checked.ok).toBe(false);
  });

  it(`reports ${code} at line ${line}`, () => {
    if (checked.ok) throw new Error('was accepted');
    const found = checked.diagnostics.find((d) => d.code === code && (path === undefined || d.path === path));
    expect(found, JSON.stringify(checked.diagnostics, null, 2)).toBeDefined();
    expect(found).toMatchObject({ file, line: Number(line) });
    expect(found!.message.length).toBeGreaterThan(10);
  });
});

// Warnings do not refuse a file; each warn/ fixture is accepted and reports its warning at its line.
const warned = readdirSync(join(fixtures, 'warn')).filter((f) => f.endsWith('.yaml'));

describe.each(warned)('warn/%s', (name) => {
  const text = read(join('warn', name));
  const header = /^# expect: (\S+)(?: (\S+))? line (\d+)$/m.exec(text.split('\n')[0]!);
  if (!header) throw new Error(`${name}: first line must be "# expect: <code> [<path>] line <n>"`);
  const [, code, path, line] = header;
  const checked = checkScenarioText(text, name, rubrics);

  it(`is accepted with a ${code} warning at line ${line}`, () => {
    if (!checked.ok) throw new Error(JSON.stringify(checked.diagnostics, null, 2));
    const found = checked.warnings.find((d) => d.code === code && (path === undefined || d.path === path));
    expect(found, JSON.stringify(checked.warnings, null, 2)).toMatchObject({ severity: 'warning', line: Number(line) });
  });
});
