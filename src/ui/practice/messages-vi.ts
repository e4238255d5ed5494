import type { Level } from '../../domain/text.ts';
import { mmss, type PracticeMessages } from './messages-en.ts';

const duration = (seconds: number) => {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return [m ? `${m} phút` : '', s ? `${s} giây` : ''].filter(Boolean).join(' ');
};

/** Vietnamese strings of question practice; the app speaks to the candidate as "bạn". */
export const practiceVi: PracticeMessages = {
  listHeading: 'Luyện trả lời câu hỏi',
  listIntro:
    'Bạn trả lời một câu hỏi phỏng vấn thật bằng lời của mình, nói thành tiếng hoặc viết ra. Sau đó bạn đánh dấu những gì bạn nghĩ câu trả lời đã thể hiện, rồi mới so với các câu trả lời mẫu từ mức 1 đến mức 5.',
  listSelfRated: 'Phần luyện này do bạn tự đánh giá: kết quả nằm trên trang tiến độ, tách riêng với các lượt đã được chấm điểm.',
  practise: 'Luyện câu này',
  practiseLabel: (question: string) => `Luyện câu này: ${question}`,
  lastPlaced: (level: Level) => `Lần trước bạn tự xếp câu trả lời ở mức ${level}.`,
  competency: 'Năng lực',

  allQuestions: 'Tất cả câu hỏi',
  unknownQuestion: (id: string) => `Không có câu hỏi luyện tập “${id}”.`,
  stepOf: (n: number, name: string) => `Bước ${n}/3: ${name}`,
  stepAnswer: 'trả lời',
  stepRate: 'tự đánh giá',
  stepCompare: 'so sánh',
  questionHeading: 'Câu hỏi',

  listen: 'Nghe câu hỏi',
  stopListening: 'Dừng đọc',
  noVoice: 'Thiết bị này không có giọng đọc tiếng Việt, bạn đọc câu hỏi ở trên nhé.',

  clockUse: 'Bấm giờ như khi phỏng vấn',
  clockStart: (seconds: number) => `Bắt đầu bấm giờ ${duration(seconds)}`,
  clockStop: 'Dừng bấm giờ',
  clockLeft: (seconds: number) => `Còn lại: ${mmss(seconds)}`,
  clockOver: (seconds: number) => `Quá giờ: ${mmss(seconds)}`,
  clockNote: 'Đồng hồ chỉ giúp bạn canh thời gian: hết giờ bạn vẫn nói tiếp được.',
  clockSaid: (milestone: number) =>
    milestone === 60 ? 'Còn một phút.' : milestone === 30 ? 'Còn 30 giây.' : 'Hết giờ. Bạn nói nốt ý đang dở, rồi chuyển sang bước sau khi sẵn sàng.',

  answerLabel: 'Câu trả lời của bạn',
  lengthLine: (seconds: number) => `Một câu trả lời tốt cho câu hỏi này nói mất khoảng ${duration(seconds)}: tình huống, việc bạn đã làm và kết quả ra sao.`,
  submit: 'Xong, tự đánh giá',
  needAnswer: 'Bạn hãy viết hoặc ghi âm câu trả lời trước đã.',

  rateHeading: 'Tự đánh giá câu trả lời',
  rateIntro: 'Ở từng mức, bạn đánh dấu những hành vi mà bạn nghĩ câu trả lời của mình đã thể hiện. Các câu trả lời mẫu sẽ hiện ra sau bước này.',
  levelName: (level: Level, label: string) => `Mức ${level} · ${label}`,
  gap: 'điểm còn thiếu, không phải điểm mạnh',
  ticksPoint: (level: Level | null) => (level === null ? 'Bạn chưa đánh dấu ô nào.' : `Những ô bạn đánh dấu cho thấy mức ${level}.`),
  reveal: 'Xem câu trả lời mẫu',

  compareHeading: 'Câu trả lời của bạn bên cạnh các câu trả lời mẫu',
  yourAnswer: 'Câu trả lời của bạn',
  spokenOnly: 'Bạn đã trả lời bằng lời nói, không có bản chép lời.',
  youTicked: 'Những gì bạn đã đánh dấu',
  nothingTicked: 'Không có.',
  referencesHeading: 'Câu trả lời mẫu',
  noReference: 'Câu hỏi này chưa có câu trả lời mẫu ở mức này.',
  referenceName: (n: number) => `Câu trả lời mẫu ${n}`,
  why: 'Vì sao ở mức này',
  shows: 'Thể hiện',
  lacks: 'Còn thiếu để lên mức sau',

  placeLegend: 'Câu trả lời của bạn ở mức nào?',
  placeHelp: 'Hãy so việc bạn đã làm với các câu trả lời mẫu, đừng dựa vào chuyện bạn nói có trôi chảy hay không.',
  save: 'Lưu vào tiến độ',
  placeFirst: 'Bạn hãy chọn một mức trước đã.',
  saved: 'Đã lưu vào trang tiến độ, trong phần tự luyện.',
  savedInMemory: 'Chỉ giữ trong phiên này: trình duyệt này không lưu được dữ liệu.',
  seeProgress: 'Xem tiến độ',
  another: 'Luyện câu khác',

  historyHeading: 'Tự luyện, tự đánh giá',
  historyIntro: 'Các câu hỏi bạn đã luyện và mức bạn tự xếp cho từng câu trả lời. Phần này không chấm điểm nên không nằm trong biểu đồ ở trên.',
  historyEmpty: 'Bạn chưa luyện câu nào.',
  placedAt: (level: Level) => `Bạn tự xếp ở mức ${level}`,
  withRecording: 'Trả lời bằng lời nói: bản ghi âm nằm trong mục Bản ghi âm.',
  deleteLabel: (question: string) => `Xóa lần luyện: ${question}`,
  delete: 'Xóa',
  confirmDelete: 'Xóa lần luyện này cùng bản ghi âm của nó? Không thể hoàn tác.',
};
