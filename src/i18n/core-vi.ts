import type { CoreMessages } from './core-en.ts';
import { formatNumber } from './format.ts';

/** The Vietnamese strings of the shell and the start screen (see core-en.ts). */
export const coreVi: CoreMessages = {
  appTitle: 'Luyện phỏng vấn nhập vai',
  language: 'Ngôn ngữ',
  loading: 'Đang tải…',
  home: 'Tất cả tình huống',

  startHeading: 'Chọn một tình huống nhập vai',
  startIntro:
    'Mỗi tình huống bắt đầu từ một câu hỏi phỏng vấn thật. Hãy trả lời như khi bạn đang ngồi trong phòng phỏng vấn; cuối lượt, bạn nhận mức 1–5 cho từng năng lực, kèm bằng chứng cho mức đó.',
  interviewQuestion: 'Câu hỏi phỏng vấn',
  practiseQuestions: 'Luyện trả lời câu hỏi',
  practiseQuestionsIntro: 'trả lời một câu hỏi phỏng vấn thật bằng lời nói hoặc viết ra, tự đánh giá, rồi so với các câu trả lời mẫu.',
  difficulty: (n) => `Độ khó ${n}/5`,
  competencies: 'Năng lực được đánh giá',
  start: 'Bắt đầu',
  continueRun: (answered, mode) =>
    `${{ assessment: 'Tiếp tục', practice: 'Tiếp tục luyện tập', timed: 'Tiếp tục lượt tính giờ' }[mode]} (đã trả lời ${answered})`,
  practise: 'Luyện tập',
  timed: 'Tính giờ',
  startOver: 'Làm lại từ đầu',
  startOverLabel: (title) => `Làm lại từ đầu “${title}”`,
  filters: 'Lọc tình huống',
  filterCompetency: 'Năng lực',
  filterDifficulty: 'Độ khó',
  filterAll: 'Mọi năng lực',
  filterAny: 'Mọi độ khó',
  filterCount: (shown, all) => `Đang hiện ${shown}/${all} tình huống.`,
  bestLevel: (levels) => `cao nhất: ${levels}`,
  lastLevel: (levels) => `gần nhất: ${levels}`,
  historyHeading: 'Các lượt đã hoàn thành',
  historyEmpty: 'Bạn chưa hoàn thành lượt nào.',
  levelShort: (n) => `Mức ${n}`,
  notObserved: 'chưa thể hiện',

  noticeUnavailable: (detail) =>
    `Trình duyệt này không lưu được tiến độ của bạn (${detail}). Bạn vẫn luyện tiếp được, nhưng tiến độ sẽ mất khi đóng thẻ.`,
  noticeStorageFailed: (detail) =>
    `Bộ nhớ của trình duyệt gặp lỗi (${detail}). Từ giờ tiến độ chỉ được giữ trong thẻ này; những gì đã lưu trước đó vẫn nguyên vẹn.`,
  noticeCorrupt: (key, detail) => `Không đọc được một bản ghi đã lưu (${key}: ${detail}). Bản ghi được để riêng ra, không bị xoá.`,
  noticeContentChanged: (id) =>
    `“${id}” đã thay đổi kể từ khi bạn bắt đầu, nên phần đang làm dở được để riêng ra (vẫn giữ, không xoá) và bạn bắt đầu lại.`,
  dismiss: 'Đóng',
  takenOverTitle: 'Đang mở ở thẻ khác',
  takenOver: 'Nội dung này vừa được mở ở một thẻ khác, và từ giờ thẻ đó sẽ lưu tiến độ. Không mất gì cả: hãy tiếp tục ở thẻ kia, hoặc quay lại làm tiếp ở đây.',
  takeBack: 'Tiếp tục ở thẻ này',

  family: (name) => ({ networking: 'Xây dựng mối quan hệ', coaching: 'Khai vấn (coaching)', guanxi: 'Guanxi', own: 'Tình huống của bạn' })[name] ?? name,
  calLink: 'Hiệu chuẩn',
  menu: 'Trình đơn',
  progressLink: 'Tiến bộ của bạn',
  deleteRun: 'Xoá',
  deleteRunLabel: (title, date) => `Xoá lượt “${title}” ngày ${date}`,
  resetData: 'Xoá toàn bộ',
  confirmReset: 'Xoá mọi lượt, báo cáo và tiến độ đã lưu trong trình duyệt này? Hãy xuất tệp trước nếu bạn muốn giữ lại.',
  showMore: (shown, total) => `Xem thêm (đang hiện ${formatNumber('vi', shown)} trên ${formatNumber('vi', total)})`,
  reload: 'Tải lại trang',
  storesFailed: (detail) => `Không mở được dữ liệu bạn đã lưu trong trình duyệt này (${detail}). Hãy tải lại trang; những gì đã lưu không bị thay đổi.`,
  loadFailedTitle: 'Không tải được trang này',
  loadFailed: (detail) =>
    `Không đọc được một phần dữ liệu lưu trong trình duyệt này (${detail}). Hãy xuất phần đọc được để giữ lại, rồi xoá toàn bộ để bắt đầu lại; các trang khác có thể vẫn dùng được.`,
  exportReadable: 'Xuất phần đọc được',
  trainerLink: 'Giảng viên',
  ownBadge: (pack) => `Của bạn · ${pack}`,
};
