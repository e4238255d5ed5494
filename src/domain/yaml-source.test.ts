import { describe, expect, it } from 'vitest';
import { chainPack } from '../../tests/fixtures/large-pack.ts';
import { packYaml } from '../../tests/fixtures/packs.ts';
import { checkPackText } from './content-file.ts';
import { MAX_DEPTH, parseYaml } from './yaml-source.ts';

const file = 'team.pack.yaml';
const refused = (text: string) => {
  const checked = checkPackText(text, file);
  return checked.ok ? [] : checked.diagnostics;
};

describe('texts that are no YAML document at all', () => {
  it('says a binary file is not a text file, without its bytes in the message', () => {
    const bytes = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
    const [d] = refused(`\u0089PNG\r\n\u001a\n\u0000\u0000${bytes}`);
    expect(d).toMatchObject({ code: 'not-text', message: expect.stringContaining('this is not a text file') });
    expect(d!.message).not.toMatch(/[\u0000-\u0008\u0080-\u00ff]/);
  });

  it('refuses a Latin-1 file decoded as UTF-8 at the line of its first replacement character', () => {
    const text = packYaml(chainPack(1, 6)).replace('Gói lớn', 'G\uFFFDi l\uFFFDn');
    const line = text.split('\n').findIndex((l) => l.includes('\uFFFD')) + 1;
    expect(refused(text)).toEqual([expect.objectContaining({ code: 'not-utf8', line })]);
  });

  it.each([
    ['flow lists', `a: ${'['.repeat(5000)}${']'.repeat(5000)}`, 1],
    ['flow maps', `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`, 1],
    ['block maps', `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1`, MAX_DEPTH + 1],
    ['block lists', `${'- '.repeat(3000)}x`, 1],
  ])('says %s nested too deeply, with the line, not "Maximum call stack size exceeded"', (_, text, line) => {
    expect(refused(text)).toEqual([expect.objectContaining({ code: 'too-deep', line, message: expect.stringContaining('nested too deeply') })]);
  });

  it('parses a pack nested as deep as a pack is', () => {
    expect(parseYaml(packYaml(chainPack(1, 6)), file).ok).toBe(true);
    expect(parseYaml(JSON.stringify(chainPack(1, 6), null, 2), file).ok).toBe(true);
  });
});

describe('a pack text past the file size', () => {
  it('is refused before parsing, at once', () => {
    const started = performance.now();
    const [d] = refused(`author: ${'x'.repeat(10_000_000)}\n`);
    expect(d).toMatchObject({ code: 'too-large', line: 0 });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
