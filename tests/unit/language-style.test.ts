import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlFiles } from '../../tools/content-loader.ts';

/**
 * The native review of the content and the UI, held as rules: each systematic point it
 * found is a pattern that must not come back. A rule names where it applies (which
 * language, which field) so that a word allowed in dialogue can be banned in feedback.
 */

const root = join(import.meta.dirname, '../..');

interface TextAt {
  file: string;
  /** Dot path of the text, ending in `.vi` or `.en`. */
  path: string;
  /** The field the text is (feedback, rationale, title, …): the last key before the language. */
  field: string;
  lang: 'vi' | 'en';
  text: string;
  derived: boolean;
}

function textsOf(value: unknown, path: string, out: Omit<TextAt, 'file' | 'derived'>[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => textsOf(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.vi === 'string' && typeof o.en === 'string') {
      const field = path.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? '';
      out.push({ path: `${path}.vi`, field, lang: 'vi', text: o.vi }, { path: `${path}.en`, field, lang: 'en', text: o.en });
    } else for (const [k, v] of Object.entries(o)) textsOf(v, path ? `${path}.${k}` : k, out);
  }
}

const content: TextAt[] = yamlFiles(join(root, 'scenarios')).flatMap((path) => {
  const data = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const out: Omit<TextAt, 'file' | 'derived'>[] = [];
  textsOf(data, '', out);
  return out.map((t) => ({ ...t, file: relative(root, path), derived: data.derived === true }));
});

/** Every string literal of a UI message file, with its line. */
function uiStrings(file: string): { file: string; line: number; text: string }[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  return lines.flatMap((line, i) => [...line.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => ({ file, line: i + 1, text: m[2]! })));
}
const uiVi = ['src/i18n/core-vi.ts', 'src/i18n/vi.ts', 'src/i18n/trainer-vi.ts', 'src/i18n/editor-vi.ts', 'src/i18n/speech-vi.ts', 'src/ui/practice/messages-vi.ts'].flatMap(uiStrings);
const uiEn = ['src/i18n/core-en.ts', 'src/i18n/en.ts', 'src/i18n/trainer-en.ts', 'src/i18n/editor-en.ts', 'src/i18n/speech-en.ts', 'src/ui/practice/messages-en.ts'].flatMap(uiStrings);

/** Evaluative text: what the app says about an answer, as opposed to what people say in the roleplay. */
const EVALUATIVE = new Set(['feedback', 'rationale', 'hint', 'meaning', 'summary', 'definition']);

interface Rule {
  name: string;
  /** Which content texts the rule reads. */
  applies: (t: TextAt) => boolean;
  pattern: RegExp;
  /** Read only the app's own words, not what it quotes. */
  unquoted?: boolean;
}

const vi = (t: TextAt) => t.lang === 'vi';
const en = (t: TextAt) => t.lang === 'en';
const viEvaluative = (t: TextAt) => vi(t) && EVALUATIVE.has(t.field);
const coaching = (t: TextAt) => /\bicf\d/.test(t.file);
/** What the app says in its own words: quotations of a candidate's answer (“…”, "…", '…') left out. */
const ownWords = (text: string) => text.replace(/“[^”]*”|"[^"]*"|'[^']*'/gu, '…');

const rules: Rule[] = [
  // A level does not act: "Ở mức 3, ứng viên…", "At level 3, a candidate…".
  { name: 'a level as the actor (vi)', applies: (t) => vi(t) && t.field === 'feedback', pattern: /(^|[.!?:]\s+)Mức [1-5] (?!(là|nghĩa là|đòi hỏi|cần)\b)/u },
  { name: 'a level as the actor (en)', applies: (t) => en(t) && t.field === 'feedback', pattern: /(^|[.!?:]\s+)Level [1-5] (?!(is|means|needs|asks)\b)/ },
  // Coaching terms from the seed: "coach" the person, "khai vấn" the activity; one word per role.
  { name: '"coaching" for the activity (khai vấn)', applies: vi, pattern: /\bcoaching\b/iu },
  { name: 'a coaching sponsor as anything but "bên tài trợ"', applies: (t) => vi(t) && coaching(t), pattern: /nhà tài trợ|người bảo trợ/iu },
  { name: 'supervisor/supervision in Vietnamese text', applies: vi, pattern: /\bsupervis(or|ion)\b/iu },
  { name: '"Chủ động lắng nghe" (the rubric says "Lắng nghe chủ động")', applies: vi, pattern: /chủ động lắng nghe/iu },
  { name: '"Coach" as a form of address', applies: vi, pattern: /(,\s*Coach\b|\bCoach\s*(ơi|,))/u },
  // English where Vietnamese has the word, in what the app says.
  { name: 'English terms in Vietnamese evaluative text', applies: viEvaluative, pattern: /\b(key contact|key person|network)\b/iu, unquoted: true },
  { name: '"sếp" in evaluative text (cấp trên, quản lý)', applies: viEvaluative, pattern: /\bsếp\b/iu, unquoted: true },
  // Difficulty words of the derived rubrics: S08's "khá khó khăn" reads as easier than "khó khăn".
  { name: '"khá khó khăn" in a derived rubric', applies: (t) => vi(t) && t.derived, pattern: /khá khó khăn/iu },
  // Calibration sets: one title pattern, plain rationales.
  { name: '"Hiệu chỉnh" (adjustment) for calibration', applies: vi, pattern: /hiệu chỉnh/iu },
  { name: 'backticks in a text', applies: () => true, pattern: /`/ },
  { name: '"=" shorthand in a rationale', applies: (t) => t.field === 'rationale', pattern: /\s=\s|=>/ },
  // Calques and lines the review named.
  { name: 'calqued interviewer phrases', applies: vi, pattern: /đẩy tình huống đi xa hơn|tua nhanh/iu },
  { name: '"vào một giờ" (reads as one o\'clock)', applies: vi, pattern: /vào một giờ/iu },
  { name: '"danh tính" for identity (bản sắc)', applies: vi, pattern: /danh tính/iu },
  { name: '"CEO" (giám đốc)', applies: vi, pattern: /\bCEO\b/u },
  { name: '"đang supervision"', applies: vi, pattern: /đang supervision/iu },
  { name: '"không gian hàng" (misreads)', applies: vi, pattern: /không gian hàng/iu },
  { name: '"có đang tác dụng"', applies: vi, pattern: /có đang tác dụng/iu },
  { name: '"đang phục vụ ai"', applies: vi, pattern: /đang phục vụ ai/iu },
  { name: '"điểm đầu cuối", "bị đặt cược"', applies: vi, pattern: /điểm đầu cuối|bị đặt cược/iu },
];

describe('content reads as the native review asked', () => {
  it.each(rules.map((r) => [r.name, r] as const))('%s: none left', (_, rule) => {
    const found = content.filter((t) => rule.applies(t) && rule.pattern.test(rule.unquoted ? ownWords(t.text) : t.text)).map((t) => `${t.file} ${t.path}: ${t.text.slice(0, 90)}`);
    expect(found).toEqual([]);
  });

  it('names every calibration set "Bộ hiệu chuẩn …" / "Calibration set …"', () => {
    const titles = content.filter((t) => t.file.startsWith('scenarios/calibration/') && t.path.startsWith('title.'));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => !(t.lang === 'vi' ? /^Bộ hiệu chuẩn /u : /^Calibration set /).test(t.text)).map((t) => `${t.file}: ${t.text}`)).toEqual([]);
  });
});

describe('the UI reads as the native review asked', () => {
  it.each([
    ['"chơi" for practice (luyện)', /chơi lại|lượt chơi/iu],
    ['"câu lệnh xAPI" (bản ghi xAPI)', /câu lệnh xAPI/iu],
    ['"bộ tình huống" for a pack (gói)', /bộ tình huống/iu],
  ])('Vietnamese: %s none left', (_, pattern) => {
    expect(uiVi.filter((s) => pattern.test(s.text)).map((s) => `${s.file}:${s.line} ${s.text}`)).toEqual([]);
  });

  it('English: no "(s)" plurals (Intl.PluralRules says "1 time")', () => {
    expect(uiEn.filter((s) => /\w\(s\)/.test(s.text)).map((s) => `${s.file}:${s.line} ${s.text}`)).toEqual([]);
  });

  it('sends no one to a file of the repository (docs/…, a .md): a person using the app has none to open', () => {
    expect([...uiVi, ...uiEn].filter((s) => /\bdocs\/|\w\.md\b/.test(s.text)).map((s) => `${s.file}:${s.line} ${s.text}`)).toEqual([]);
  });
});
