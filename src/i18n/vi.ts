import type { Messages } from './messages.ts';

export const vi: Messages = {
  appTitle: 'Luyện phỏng vấn nhập vai',
  appTagline: 'Tập phỏng vấn năng lực qua những tình huống nhập vai rẽ nhánh.',
  language: 'Ngôn ngữ',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  loading: 'Đang tải…',
  home: 'Tất cả tình huống',

  startHeading: 'Chọn một tình huống nhập vai',
  startIntro:
    'Mỗi tình huống bắt đầu từ một câu hỏi phỏng vấn thật. Hãy trả lời như khi bạn đang ngồi trong phòng phỏng vấn; cuối lượt, bạn nhận mức 1–5 cho từng năng lực, kèm bằng chứng cho mức đó.',
  interviewQuestion: 'Câu hỏi phỏng vấn',
  difficulty: (n) => `Độ khó ${n}/5`,
  competencies: 'Năng lực được đánh giá',
  start: 'Bắt đầu',
  continueRun: (answered) => `Tiếp tục (đã trả lời ${answered})`,
  startOver: 'Làm lại từ đầu',
  startOverLabel: (title) => `Làm lại “${title}” từ đầu`,
  historyHeading: 'Các lượt đã hoàn thành',
  historyEmpty: 'Bạn chưa hoàn thành lượt nào.',
  viewReport: 'Xem báo cáo',
  levelShort: (n) => `Mức ${n}`,
  notObserved: 'chưa thể hiện',

  decision: (n) => `Quyết định ${n}`,
  you: 'Bạn',
  yourAnswer: 'Câu trả lời của bạn',
  chooseHelp: 'Nhấn phím số 1–9 hoặc chọn một câu trả lời.',
  hint: 'Xem gợi ý',
  hintHeading: 'Gợi ý',
  hintCost: 'Dùng gợi ý sẽ giới hạn mức bạn có thể đạt.',
  conversation: 'Cuộc trò chuyện',
  finishing: 'Đang lưu kết quả…',
  unknownScenario: (id) => `Không có tình huống “${id}”.`,
  unknownResult: 'Báo cáo này không được lưu trong trình duyệt này.',

  reportHeading: 'Báo cáo của bạn',
  reportFor: (title) => `Báo cáo: ${title}`,
  levelOf: (level, label) => `Mức ${level}/5: ${label}`,
  boundEvidence: (level) => `Xác định theo câu trả lời: mức ở giữa các mức bạn thể hiện là ${level}.`,
  boundSituation: (level, evidence) =>
    `Giới hạn ở mức ${level}: câu trả lời của bạn đạt mức ${evidence}, nhưng bạn chỉ thể hiện mức ${level + 1} trở lên trong những tình huống dễ hơn mức đó.`,
  boundGuidance: (level, hinted, decisions) => `Giới hạn ở mức ${level}: bạn dùng gợi ý ở ${hinted}/${decisions} quyết định.`,
  notShownCompetency: 'Chưa có quyết định nào trên lộ trình này thể hiện năng lực này.',
  evidenceHeading: 'Các câu trả lời và mức của từng câu',
  situation: (n) => `tình huống độ khó ${n}`,
  withHint: 'có dùng gợi ý',
  shownHeading: 'Những gì bạn đã thể hiện',
  missedHeading: (level) => `Để đạt mức ${level}, hãy thể hiện`,
  topLevel: 'Bạn đã đạt mức cao nhất.',
  playAgain: 'Chơi lại',
  finishedOn: (date) => `Hoàn thành ${date}`,

  noticeUnavailable: (detail) =>
    `Trình duyệt này không lưu được tiến độ của bạn (${detail}). Bạn vẫn chơi tiếp được, nhưng tiến độ sẽ mất khi đóng thẻ.`,
  noticeStorageFailed: (detail) =>
    `Bộ nhớ của trình duyệt gặp lỗi (${detail}). Từ giờ tiến độ chỉ được giữ trong thẻ này; những gì đã lưu trước đó vẫn nguyên vẹn.`,
  noticeCorrupt: (key, detail) => `Không đọc được một bản ghi đã lưu (${key}: ${detail}). Bản ghi được để riêng ra, không bị xoá.`,
  noticeContentChanged: (id) =>
    `Tình huống “${id}” đã thay đổi kể từ khi bạn bắt đầu, nên lượt đang dở được để riêng ra và một lượt mới bắt đầu.`,
  dismiss: 'Đóng',
};
