import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ link only to what a clone holds: every relative link resolves to a
 * file or folder of the repository, every `#anchor` to a heading of the Markdown file it
 * names, and no page sends the reader to notes kept outside the repository.
 */

const root = join(import.meta.dirname, '../..');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Markdown with fenced blocks blanked out, line for line, so examples are read neither as links nor as headings. */
const unfenced = (text: string) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => block.replace(/[^\n]/g, ''));
/** … and inline code too, for links. */
const prose = (text: string) => unfenced(text).replace(/`[^`\n]*`/g, '');

/** Links as `[text](target)`, with their line; images too. */
function linksOf(page: string): { target: string; line: number }[] {
  return prose(read(page))
    .split('\n')
    .flatMap((text, i) => [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({ target: m[1]!, line: i + 1 })));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of unfenced(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = heading!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

const external = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe.each(pages)('%s', (page) => {
  it('links only to files and headings in the repository', () => {
    const broken = linksOf(page)
      .filter(({ target }) => !external(target))
      .flatMap(({ target, line }) => {
        const [path = '', anchor] = target.split('#');
        const file = path ? resolve(root, dirname(page), decodeURIComponent(path)) : join(root, page);
        const where = `${page}:${line} ${target}`;
        if (relative(root, file).startsWith('..')) return [`${where}: outside the repository`];
        if (!existsSync(file)) return [`${where}: no such file`];
        if (anchor && file.endsWith('.md') && !anchorsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor))) return [`${where}: no such heading`];
        return [];
      });
    expect(broken).toEqual([]);
  });

  it('names no notes kept outside the repository', () => {
    const lines = read(page).split('\n');
    const outside = lines.flatMap((text, i) => (/\.\.\/shared\b|\b(DESIGN|CONTENT|STYLE)\.md\b/.test(text) ? [`${page}:${i + 1} ${text.trim()}`] : []));
    expect(outside).toEqual([]);
  });
});

describe('the check itself', () => {
  it('makes anchors as GitHub does', () => {
    expect([...anchorsOf('# How a run is scored\n## `SC015`: length, again!\n## Tóm tắt\n## Tóm tắt\n```\n# not a heading\n```')]).toEqual([
      'how-a-run-is-scored',
      'sc015-length-again',
      'tóm-tắt',
      'tóm-tắt-1',
    ]);
  });

  it('reads links outside code only', () => {
    expect(prose('see [a](a.md) and `[b](b.md)`\n```\n[c](c.md)\n```\nend')).toBe('see [a](a.md) and \n\n\n\nend');
  });

  it('finds the three docs linked from the README', () => {
    const targets = linksOf('README.md').map((l) => l.target);
    expect(targets).toEqual(expect.arrayContaining(['docs/architecture.md', 'docs/scoring.md', 'docs/writing-content.md']));
  });
});
