/**
 * The Markdown the project's own guides use (docs/authoring.md), read into plain data
 * that a component renders element by element: no HTML is produced, so nothing in a
 * guide can run in the page. Headings, paragraphs, lists, tables, fenced code, quotes;
 * inline code, bold, italic and links. Anything else stays as the text it is.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'quote'; children: Inline[] };

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to dashes. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

const plain = (inlines: Inline[]): string =>
  inlines.map((i) => (i.type === 'text' || i.type === 'code' ? i.text : plain(i.children))).join('');

// The first of: `code`, **bold**, *italic* or _italic_, [text](href).
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\p{L}\p{N}])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}])|\[([^\]]+)\]\(([^)\s]+)\)/u;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let rest = source;
  while (rest) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ type: 'text', text: rest.slice(0, m.index) });
    const [whole, code, strong, em, underscored, label, href] = m;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (strong !== undefined) out.push({ type: 'strong', children: parseInline(strong) });
    else if (em !== undefined || underscored !== undefined) out.push({ type: 'em', children: parseInline((em ?? underscored)!) });
    else out.push({ type: 'link', href: href!, children: parseInline(label!) });
    rest = rest.slice(m.index + whole.length);
  }
  return out;
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    // A pipe inside `code` (as in `a | b`) is escaped as \| in a table.
    .split(/(?<!\\)\|/)
    .map((c) => parseInline(c.trim().replace(/\\\|/g, '|')));

const LIST_ITEM = /^(\s{0,3})([-*]|\d+\.)\s+(.*)$/;

/** Reads a Markdown document into blocks; heading ids are unique (a repeat gets -1, -2…). */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const ids = new Map<string, number>();
  let i = 0;
  const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';
  const startsBlock = (line: string) => /^(#{1,6}\s|```|>|\|)/.test(line) || LIST_ITEM.test(line);

  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const children = parseInline(heading[2]!);
      const base = slug(plain(children));
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      blocks.push({ type: 'heading', level: heading[1]!.length as 1, id: seen ? `${base}-${seen}` : base, children });
      i++;
      continue;
    }
    const fence = /^```\s*(\S*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      i++;
      blocks.push({ type: 'code', lang: fence[1] ?? '', text: body.join('\n') });
      continue;
    }
    if (line.startsWith('|') && /^\|?\s*:?-+/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: Inline[][][] = [];
      for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
      blocks.push({ type: 'table', head, rows });
      continue;
    }
    if (line.startsWith('>')) {
      const body: string[] = [];
      for (; i < lines.length && lines[i]!.startsWith('>'); i++) body.push(lines[i]!.replace(/^>\s?/, ''));
      blocks.push({ type: 'quote', children: parseInline(body.join(' ')) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]!);
      const items: string[] = [];
      while (i < lines.length) {
        const next = LIST_ITEM.exec(lines[i]!);
        if (next && /\d/.test(next[2]!) === ordered) items.push(next[3]!);
        // A line indented under the item goes on with it.
        else if (!isBlank(lines[i]) && /^\s+\S/.test(lines[i]!)) items[items.length - 1] += ` ${lines[i]!.trim()}`;
        else if (isBlank(lines[i]) && LIST_ITEM.exec(lines[i + 1] ?? '') && /\d/.test(LIST_ITEM.exec(lines[i + 1]!)![2]!) === ordered) {
          i++;
          continue;
        } else break;
        i++;
      }
      blocks.push({ type: 'list', ordered, items: items.map(parseInline) });
      continue;
    }
    const body: string[] = [];
    for (; i < lines.length && !isBlank(lines[i]) && !(body.length && startsBlock(lines[i]!)); i++) body.push(lines[i]!.trim());
    blocks.push({ type: 'paragraph', children: parseInline(body.join(' ')) });
  }
  return blocks;
}
