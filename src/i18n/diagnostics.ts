import type { DiagnosticParams, Finding } from '../domain/diagnostics.ts';
import type { Locale } from '../domain/text.ts';

/**
 * The content checker's findings in the UI's language. English is the checker's own
 * message (what the build and `npm run lint:content` print); Vietnamese is worded here
 * from the finding's code and params, with what to do. Loaded with the trainer's screens
 * and the data import, never on the first load.
 */
export function diagnosticText(locale: Locale, finding: Pick<Finding, 'code' | 'message' | 'params'>): string {
  if (locale === 'en') return EN[finding.code] ?? withoutPath(finding.message);
  const p = finding.params ?? {};
  return VI[finding.code]?.(p) ?? `${UNKNOWN_VI} (${finding.code})`;
}

/** The checker's messages start with the path, which the screen shows on its own. */
function withoutPath(message: string): string {
  return message.replace(/^[\w.-]*: /, '');
}

/** English where the message is not the checker's own words but the browser's. */
const EN: Record<string, string> = {
  unreadable: 'the browser could not read this file (moved, deleted, or not a text file): choose it again.',
};

const UNKNOWN_VI = 'Tệp có một lỗi mà bản tiếng Việt chưa mô tả được: hãy chuyển sang tiếng Anh để xem chi tiết';

type Words = (p: DiagnosticParams) => string;

const quoted = (value: string | number | undefined, otherwise: string) => (value === undefined || value === '' ? otherwise : `“${value}”`);

/** valibot's names for what a field should be, as a Vietnamese author reads them. */
function kindVi(expected: string | number | undefined): string {
  const e = String(expected ?? '');
  if (e === 'string') return 'một đoạn chữ';
  if (e === 'number') return 'một số';
  if (e === 'boolean') return 'true hoặc false';
  if (e === 'Array') return 'một danh sách';
  if (e === 'Object') return 'một nhóm trường (khoá: giá trị)';
  if (e.startsWith('(')) return `một trong các giá trị ${e.slice(1, -1).replaceAll(' | ', ', ')}`;
  return `giá trị ${e}`;
}

/** The schemas' own messages (src/domain/*.ts), keyed by their English words. */
const SCHEMA_MESSAGES_VI: Record<string, string> = {
  'must not be empty': 'không được để trống: hãy viết nội dung cho cả tiếng Việt và tiếng Anh',
  'must be lower-case letters, digits and dashes': 'id chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, không có dấu chấm (ví dụ: gap-go-lan-dau)',
  'must be ids of lower-case letters, digits and dashes, joined by dots': 'id chỉ báo hay câu hỏi gồm các id (chữ thường không dấu, chữ số, dấu gạch ngang) nối bằng dấu chấm (ví dụ: s08.2.1)',
  'has an invisible character (a bidi control or a zero-width space): remove it': 'có một ký tự ẩn (ký tự điều khiển chiều viết hoặc khoảng trắng độ rộng 0): hãy xoá nó',
  'has a character that was not UTF-8 (shown as �): save the file as UTF-8': 'có ký tự không phải UTF-8 (hiện thành �): hãy lưu tệp ở dạng UTF-8',
  'name at least one indicator id': 'hãy ghi ít nhất một id chỉ báo làm căn cứ',
  'an option needs evidence': 'mỗi câu trả lời cần có bằng chứng (evidence): năng lực, mức và chỉ báo',
  'a guard needs atLeast or atMost': 'điều kiện rẽ nhánh cần atLeast hoặc atMost',
  'a decision point needs someone to speak': 'điểm quyết định cần ít nhất một lời thoại',
  'a decision point needs at least two options': 'điểm quyết định cần ít nhất hai câu trả lời',
  'keys 1–9 choose: at most nine options': 'tối đa chín câu trả lời (phím 1–9 để chọn)',
  'a branch needs at least two ways on': 'nút rẽ nhánh cần ít nhất hai lối đi tiếp',
  'the last branch must have no `if` (the otherwise case)': 'nhánh cuối cùng không được có `if` (đó là trường hợp còn lại)',
  'a level needs at least one indicator': 'mỗi mức cần ít nhất một chỉ báo',
  'a rubric has exactly five levels': 'khung năng lực phải có đúng năm mức',
  'levels must be listed 1, 2, 3, 4, 5 in order': 'các mức phải được liệt kê theo thứ tự 1, 2, 3, 4, 5',
  'a calibration set needs at least 10 samples': 'bộ hiệu chuẩn cần ít nhất 10 câu trả lời mẫu',
  'a pack needs at least one rubric': 'gói cần ít nhất một khung năng lực',
};

/** A schema finding: what was wrong, from valibot's issue type, then what to do. */
const schemaVi: Words = (p) => {
  const known = SCHEMA_MESSAGES_VI[String(p.message)];
  if (known) return `${known}.`;
  if (/^must be a whole number from 1 to 5/.test(String(p.message))) return `mức phải là một số nguyên từ 1 đến 5, không phải ${p.received}.`;
  if (/^must be "/.test(String(p.message)) || /^must be \d+$/.test(String(p.message))) return `phải đúng là ${p.expected}, không phải ${p.received}.`;
  switch (p.issue) {
    case 'missing':
      return 'thiếu trường bắt buộc này: hãy thêm nó (xem mẫu trong docs/example-pack.yaml).';
    case 'unknown-key':
      return 'định dạng không có trường này: hãy xoá nó hoặc kiểm tra lại chính tả.';
    case 'min_length':
      return p.requirement === 1 ? 'không được để trống.' : `cần ít nhất ${p.requirement} mục.`;
    case 'max_length':
      return /characters$/.test(String(p.message)) ? `chỉ được tối đa ${p.requirement} ký tự.` : `chỉ được tối đa ${p.requirement} mục.`;
    case 'length':
      return `phải có đúng ${p.requirement} mục.`;
    default:
      return p.expected ? `phải là ${kindVi(p.expected)}, không phải ${p.received}.` : 'giá trị ở đây không hợp lệ: hãy đối chiếu với docs/authoring.md.';
  }
};

/** Vietnamese by code: references and schema (validate.ts, pack.ts, calibration.ts), the linter (lint-codes.ts), reading the file. */
export const VI: Record<string, Words> = {
  'schema-type': schemaVi,
  'schema-value': schemaVi,
  'yaml-syntax': () => 'tệp không đúng cú pháp YAML ở dòng này (thụt lề, dấu hai chấm, dấu ngoặc kép): hãy sửa rồi nhập lại.',
  unreadable: () => 'trình duyệt không đọc được tệp này (tệp đã bị chuyển, bị xoá hoặc không phải tệp văn bản): hãy chọn lại tệp.',
  'not-text': () => 'đây không phải tệp văn bản (gói là tệp YAML hoặc JSON): hãy chọn tệp .yaml hoặc .json.',
  'not-utf8': () => 'có ký tự ở dòng này không phải UTF-8 (hiện thành �): hãy lưu tệp ở dạng UTF-8 rồi nhập lại.',
  'too-deep': () => 'các danh sách và nhóm trường lồng nhau quá sâu (quá 64 cấp) từ dòng này: hãy kiểm tra thụt lề và dấu ngoặc.',
  'too-large': (p) => `tệp quá lớn (${p.size ?? '?'} byte): một gói chỉ được tối đa ${p.limit ?? '2.000.000'} byte; hãy chia thành nhiều gói.`,
  'too-large-yaml': (p) => `tệp YAML quá lớn (${p.size ?? '?'} byte): một gói YAML chỉ được tối đa ${p.limit ?? '1.000.000'} byte (gói JSON gấp đôi); hãy chia thành nhiều gói, hoặc lưu ở dạng JSON.`,
  'too-large-to-check': () => 'gói quá lớn để kiểm tra trong thời gian cho phép: hãy chia thành nhiều gói nhỏ hơn.',

  'unknown-competency': (p) =>
    p.scenario
      ? `${quoted(p.id, 'năng lực này')} không nằm trong danh sách năng lực (competencies) của tình huống: hãy thêm vào danh sách đó hoặc sửa id.`
      : `không có khung năng lực ${quoted(p.id, 'này')}: hãy dùng id của một khung năng lực trong gói, hoặc thêm khung đó vào gói.`,
  'unknown-question': (p) =>
    `khung năng lực ${quoted(p.rubric, 'này')} không có câu hỏi ${quoted(p.id, 'này')}: hãy dùng id của một câu hỏi trong mục questions của khung đó.`,
  'unknown-node': (p) => `không có nút ${quoted(p.id, 'này')}: hãy trỏ tới id của một nút có trong tình huống.`,
  'unknown-speaker': (p) => `không có nhân vật ${quoted(p.id, 'này')}: hãy dùng id của một nhân vật trong mục characters.`,
  'unknown-indicator': (p) =>
    `khung năng lực ${quoted(p.rubric, 'này')} không có chỉ báo ${quoted(p.id, 'này')}: hãy dùng id của một chỉ báo trong khung đó.`,
  'duplicate-id': (p) =>
    p.competency
      ? `${quoted(p.id, 'id này')} đã là id của một năng lực khác (“${p.competency}”): năng lực khác cần id khác.`
      : p.pack
        ? `${quoted(p.id, 'id này')} đã được gói “${p.pack}” dùng: hãy chọn id khác.`
        : p.shipped
          ? `${quoted(p.id, 'id này')} đã được nội dung có sẵn của ứng dụng dùng: hãy chọn id khác.`
          : `id ${quoted(p.id, 'này')} bị dùng hai lần: mỗi id phải là duy nhất.`,
  'red-flag-level': (p) =>
    `chỉ câu trả lời ở mức 1 mới được đánh dấu cờ đỏ (redFlag)${p.level ? `; câu này thể hiện mức ${p.level}` : ''}: hãy bỏ redFlag hoặc sửa mức.`,
  'empty-pack': () => 'gói cần ít nhất một tình huống hoặc một bộ hiệu chuẩn.',
  'levels-missing': (p) =>
    `chưa có câu trả lời mẫu ở ${p.levels ? `mức ${p.levels}` : 'một số mức'}: một bộ hiệu chuẩn phải phủ đủ năm mức.`,

  'unreachable-node': (p) => `không có đường nào từ điểm bắt đầu tới nút ${quoted(p.id, 'này')}: hãy nối nút này vào hoặc xoá nó.`,
  'no-way-on': (p) => `mọi lối đi tiếp từ ${quoted(p.id, 'nút này')} đều quay lại chính nó: hãy cho ít nhất một lối dẫn tới nút khác.`,
  'cycle-without-exit': (p) => `từ ${quoted(p.id, 'nút này')} không tới được nút kết thúc nào: hãy cho vòng lặp một lối ra.`,
  'single-level': () => 'mọi câu trả lời ở điểm quyết định này thể hiện cùng một mức: hãy đưa ra các mức khác nhau.',
  'narrow-spread': () => 'điểm quyết định cần ít nhất ba mức khác nhau, một mức từ 2 trở xuống và một mức từ 4 trở lên: hãy thêm hoặc sửa câu trả lời.',
  'no-high-path': () => 'không lộ trình nào đạt mức 4 trở lên sau các giới hạn: hãy thêm một lộ trình qua những tình huống đủ khó, với câu trả lời mạnh.',
  'no-low-path': () => 'không lộ trình nào kết thúc ở mức 2 trở xuống: hãy để những câu trả lời yếu cũng dẫn được tới kết thúc.',
  'too-few-decisions': () => 'có lộ trình từ đầu tới kết thúc qua chưa tới bốn điểm quyết định: mỗi lộ trình cần ít nhất bốn.',
  'line-too-long': () => 'đoạn văn quá dài để đọc trên một màn hình: hãy giữ trong 400 ký tự.',
  untranslated: () => 'bản tiếng Việt và tiếng Anh giống hệt nhau: hãy dịch.',
  'length-cue': () => 'độ dài của câu trả lời này làm lộ mức của nó: hãy viết các câu trả lời dài xấp xỉ nhau.',
  'ordered-options': () => 'các câu trả lời đang xếp theo thứ tự mức: hãy đổi thứ tự.',
  'paths-truncated': () =>
    'có quá nhiều lộ trình để kiểm tra hết (vòng lặp, lộ trình trên 40 quyết định hoặc quá nhiều trạng thái): các mức sau giới hạn chưa được kiểm tra.',
  'branch-loop': (p) =>
    `các nhánh từ ${quoted(p.id, 'nút này')} có thể quay lại chính nó mà không qua điểm quyết định nào: hãy trỏ chúng tới một điểm quyết định hoặc nút kết thúc.`,
  'length-strategy': () =>
    'luôn chọn câu trả lời dài nhất (hoặc ngắn nhất) cho kết quả khác hẳn chọn ngẫu nhiên: độ dài làm lộ mức, hãy viết lại các câu trả lời.',
  'library-length-strategy': () => 'trên toàn bộ thư viện, độ dài câu trả lời làm lộ mức: hãy viết lại các câu trả lời.',
  'surface-cue': () => 'một đặc điểm bề mặt (câu mở đầu lịch sự, từ rào đón) làm lộ câu trả lời mạnh hay yếu: hãy dùng nó đều ở mọi mức.',
};
