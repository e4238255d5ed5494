import type { Indicator, Rubric } from './rubric.ts';
import type { Level, Text } from './text.ts';

/** A rationale as a reader sees it: plain text, and the rubric's indicators it names, to be shown by their words. */
export type RationalePart = { kind: 'text'; text: string } | { kind: 'indicator'; indicator: Indicator; level: Level };

/**
 * Splits a reference rationale into text and the indicators it names by id, so the
 * screen shows each indicator's words instead of `s08.3.1`. Markdown an author may have
 * typed (backticks, bold, italics, links) is dropped to its text: the result is only
 * ever rendered as text nodes, never as HTML. A range `s08.5.1–s08.5.3` names every
 * indicator between the two.
 */
export function rationaleParts(text: string, rubric: Rubric): RationalePart[] {
  const plain = stripMarkdown(text);
  const order = rubric.levels.flatMap((l) => l.indicators.map((indicator) => ({ indicator, level: l.level })));
  if (!order.length) return [{ kind: 'text', text: plain }];
  const ids = order.map((o) => o.indicator.id).sort((a, b) => b.length - a.length).map(escape);
  const one = `(?:${ids.join('|')})`;
  // Not part of a longer id: no letter, digit or dot before, and no letter, digit or ".<digit>" after.
  const pattern = new RegExp(`(?<![\\w.])(${one})(?:\\s*[–-]\\s*(${one}))?(?![\\w]|\\.\\d)`, 'g');
  const parts: RationalePart[] = [];
  let at = 0;
  for (const match of plain.matchAll(pattern)) {
    const from = order.findIndex((o) => o.indicator.id === match[1]);
    const to = match[2] ? order.findIndex((o) => o.indicator.id === match[2]) : from;
    if (to < from) continue;
    if (match.index > at) parts.push({ kind: 'text', text: plain.slice(at, match.index) });
    order.slice(from, to + 1).forEach((o, i) => {
      if (i > 0) parts.push({ kind: 'text', text: '; ' });
      parts.push({ kind: 'indicator', ...o });
    });
    at = match.index + match[0].length;
  }
  if (at < plain.length) parts.push({ kind: 'text', text: plain.slice(at) });
  return parts;
}

/**
 * A rationale as one plain text per language, each indicator named by its words in that
 * language: for screens that show it as a single line (the workshop's reveal, the projector).
 */
export function rationaleText(rationale: Text, rubric: Rubric): Text {
  const words = (lang: keyof Text) =>
    rationaleParts(rationale[lang], rubric)
      .map((p) => (p.kind === 'text' ? p.text : `“${p.indicator.text[lang]}”`))
      .join('');
  return { vi: words('vi'), en: words('en') };
}

/** Markdown to its text: `code`, **bold**, __bold__, *em*, _em_, [text](url). */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/`/g, '')
    .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g, '$1');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
