import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, slug, type Block } from './markdown.ts';

describe('parseInline', () => {
  it.each([
    ['plain', [{ type: 'text', text: 'plain' }]],
    ['a `fb.3.1` id', [{ type: 'text', text: 'a ' }, { type: 'code', text: 'fb.3.1' }, { type: 'text', text: ' id' }]],
    ['**pack** and *việc*', [{ type: 'strong', children: [{ type: 'text', text: 'pack' }] }, { type: 'text', text: ' and ' }, { type: 'em', children: [{ type: 'text', text: 'việc' }] }]],
    ['see [Ids](#ids-that-must-not-clash).', [{ type: 'text', text: 'see ' }, { type: 'link', href: '#ids-that-must-not-clash', children: [{ type: 'text', text: 'Ids' }] }, { type: 'text', text: '.' }]],
    ['[`example-pack.yaml`](example-pack.yaml)', [{ type: 'link', href: 'example-pack.yaml', children: [{ type: 'code', text: 'example-pack.yaml' }] }]],
    // Not emphasis: a lone star, snake_case, code keeps its stars.
    ['5 * 3 and level_one and `**x**`', [{ type: 'text', text: '5 * 3 and level_one and ' }, { type: 'code', text: '**x**' }]],
    ['<script>alert(1)</script>', [{ type: 'text', text: '<script>alert(1)</script>' }]],
  ])('%s', (source, inlines) => {
    expect(parseInline(source)).toEqual(inlines);
  });
});

describe('parseMarkdown', () => {
  const kinds = (blocks: Block[]) => blocks.map((b) => b.type);

  it('reads headings with unique ids, paragraphs joined across lines, and code as it is', () => {
    const blocks = parseMarkdown('# Writing a pack\n\nOne\ntwo.\n\n## Ids that must not clash\n\n```yaml\nid: x  # **not bold**\n\n  nested: 1\n```\n\n## Ids that must not clash\n');
    expect(kinds(blocks)).toEqual(['heading', 'paragraph', 'heading', 'code', 'heading']);
    expect(blocks.filter((b) => b.type === 'heading').map((b) => b.id)).toEqual(['writing-a-pack', 'ids-that-must-not-clash', 'ids-that-must-not-clash-1']);
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'One two.' }] });
    expect(blocks[3]).toEqual({ type: 'code', lang: 'yaml', text: 'id: x  # **not bold**\n\n  nested: 1' });
  });

  it('reads lists with their indented continuation lines, and numbered lists apart', () => {
    const blocks = parseMarkdown('- one\n  more\n- two\n\n1. first\n2. second\nafter');
    expect(blocks).toEqual([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'one more' }], [{ type: 'text', text: 'two' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
      { type: 'paragraph', children: [{ type: 'text', text: 'after' }] },
    ]);
  });

  it('reads tables, a pipe escaped inside a cell included', () => {
    const [table] = parseMarkdown('| field | what it holds |\n| --- | --- |\n| `id` | unique |\n| `a \\| b` | either |\n');
    expect(table).toEqual({
      type: 'table',
      head: [[{ type: 'text', text: 'field' }], [{ type: 'text', text: 'what it holds' }]],
      rows: [
        [[{ type: 'code', text: 'id' }], [{ type: 'text', text: 'unique' }]],
        [[{ type: 'code', text: 'a | b' }], [{ type: 'text', text: 'either' }]],
      ],
    });
  });

  it('slugs headings as GitHub does, Vietnamese letters kept', () => {
    expect(slug('How a run is scored')).toBe('how-a-run-is-scored');
    expect(slug('`choice`: a decision point')).toBe('choice-a-decision-point');
    expect(slug('Tóm tắt')).toBe('tóm-tắt');
  });

  it('reads the authoring guide: every fence closed, every in-page link to a heading there', () => {
    const source = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
    const blocks = parseMarkdown(source);
    const headings = new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : [])));
    expect(blocks.filter((b) => b.type === 'code').length).toBe((source.match(/^```/gm) ?? []).length / 2);
    expect(blocks.filter((b) => b.type === 'table').length).toBeGreaterThanOrEqual(3);
    const anchors = [...source.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(headings, anchor).toContain(anchor);
  });
});
