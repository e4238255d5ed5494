import type { trainerEn } from './trainer-en.ts';

/** Vietnamese strings of the trainer's screens; the type makes a missing key a compile error. */
export const trainerVi: typeof trainerEn = {
  trainerLink: 'Giảng viên',
  trainerHeading: 'Dành cho giảng viên',
  trainerIntro: 'Chạy một tình huống hoặc một bộ hiệu chuẩn với cả lớp, dùng tình huống của riêng bạn và xuất lại những gì đã diễn ra.',

  runHeading: 'Chạy buổi tập huấn',
  runIntro: 'Mở buổi tập huấn ở cửa sổ này, rồi mở cửa sổ máy chiếu và kéo nó sang màn hình máy chiếu. Cửa sổ máy chiếu đi theo cửa sổ này; tải lại cửa sổ nào cũng được.',
  runScenarios: 'Tình huống',
  runSets: 'Bộ hiệu chuẩn',
  runWorkshop: 'Chạy buổi tập huấn',
  runWorkshopLabel: (title) => `Chạy buổi tập huấn: ${title}`,
  ownBadge: (pack) => `Của bạn · ${pack}`,
  openAudience: 'Mở cửa sổ máy chiếu',

  packsHeading: 'Gói tình huống của bạn',
  packsIntro: 'Mỗi gói là một tệp YAML hoặc JSON gồm khung năng lực, tình huống và bộ hiệu chuẩn. Gói được kiểm tra như nội dung có sẵn; chưa có gì được lưu cho đến khi bạn chấp nhận.',
  packsGuide: 'Cách viết một gói: hướng dẫn soạn gói tình huống',
  guideDownload: 'tải về',
  guideDownloadFile: (name) => `Tải về ${name}`,
  guideLanguageNote: 'Hướng dẫn này viết bằng tiếng Anh; phần tóm tắt ở đầu viết bằng tiếng Việt.',
  guideSummaryLink: 'Đọc phần tóm tắt',
  packChoose: 'Chọn tệp gói tình huống',
  packDrop: 'hoặc thả tệp vào đây',
  packChecking: (file) => `Đang kiểm tra ${file}…`,
  packCheckingProgress: (done, total) => `Đã kiểm tra ${done}/${total} tình huống.`,
  packCheckingLabel: 'Đang kiểm tra gói',
  packStopCheck: 'Huỷ kiểm tra',
  packRefused: (file, n) => `Chưa nhập ${file}: có ${n} lỗi cần sửa. Chưa có gì được lưu.`,
  packWhere: (file, line) => (line > 0 ? `${file}, dòng ${line}` : file),
  packPath: (path) => `tại ${path || 'đầu tệp'}`,
  packPreview: (title) => `Xem trước: ${title}`,
  packContains: (rubrics, scenarios, sets) => `${rubrics} khung năng lực, ${scenarios} tình huống, ${sets} bộ hiệu chuẩn.`,
  packReplaces: (date) => `Gói này sẽ thay phiên bản đã nhập lúc ${date}.`,
  packNoWarnings: 'Trình kiểm tra không thấy điểm nào cần cải thiện.',
  packWarnings: (n) => `Trình kiểm tra có ${n} gợi ý; vẫn có thể dùng gói này như hiện tại.`,
  packSetSamples: (n) => `${n} câu trả lời mẫu để chấm`,
  packAccept: 'Chấp nhận và thêm vào danh mục',
  packCancel: 'Huỷ',
  packAdded: (title) => `Đã thêm “${title}”. Các tình huống của gói nằm trong danh mục, mục “Tình huống của bạn”.`,
  packNone: 'Chưa có gói nào.',
  packBy: (author) => `của ${author}`,
  packWrittenBy: (author) => `Tác giả: ${author}.`,
  packImportedOn: (file, date) => `${file}, nhập lúc ${date}`,
  packExport: 'Xuất',
  savedFile: (file) => `Đã lưu ${file} vào thư mục tải xuống.`,
  workshopExported: (file, steps) => `Đã lưu ${file} vào thư mục tải xuống: ${steps} bước.`,
  packExportLabel: (title) => `Xuất gói “${title}”`,
  packRemove: 'Gỡ bỏ',
  packRemoveLabel: (title) => `Gỡ bỏ gói “${title}”`,
  packConfirmRemove: (title) => `Gỡ “${title}” khỏi trình duyệt này? Các lượt đã luyện vẫn giữ trong lịch sử.`,
  packRemoved: (title) => `Đã gỡ “${title}”.`,

  recordsHeading: 'Biên bản buổi tập huấn',
  recordsNone: 'Chưa có buổi tập huấn nào kết thúc.',
  recordSteps: (n, date) => `${n} bước, ${date}`,
  exportJson: 'Xuất JSON',
  exportCsv: 'Xuất CSV',
  exportLabel: (format, title) => `Xuất ${format}: ${title}`,
  xapiHeading: 'Hồ sơ học tập (xAPI)',
  xapiIntro: 'Các lượt luyện, vòng hiệu chuẩn và buổi tập huấn đã xong, dưới dạng bản ghi xAPI 1.0.3 trong một tệp JSON mà hệ thống lưu trữ học tập (LRS) nhận được. Tệp được tạo ngay tại đây; không gửi đi đâu cả.',
  xapiName: 'Tên ghi trên các bản ghi',
  xapiExport: 'Xuất bản ghi xAPI',
  xapiDone: (n, file) => `Đã lưu ${file} vào thư mục tải xuống: ${n} bản ghi xAPI.`,

  workshopFor: (title) => `Buổi tập huấn: ${title}`,
  workshopStep: (n) => `Bước ${n}`,
  phase: (phase) =>
    ({ present: 'Cả lớp đọc và chọn', tally: 'Đang đếm lựa chọn', reveal: 'Đã công bố mức', discuss: 'Thảo luận', done: 'Đã kết thúc' })[phase] ?? phase,
  presenterOnly: 'Ghi chú cho bạn (không hiện trên máy chiếu)',
  toTally: 'Đếm lựa chọn của lớp',
  toReveal: 'Công bố mức',
  toDiscuss: 'Thảo luận',
  back: 'Quay lại',
  next: 'Bước tiếp',
  goOnWith: 'Đi tiếp với',
  roomChoice: (letter) => `${letter} (lựa chọn của lớp)`,
  tallyHelp: 'Gõ số người cho từng phương án, hoặc bấm phím chữ của phương án để cộng một (phím số cũng được: 1 là A). Giữ Shift khi bấm để bớt một.',
  tallyHelpLevels: 'Gõ số người cho từng mức, hoặc bấm phím số của mức để cộng một. Giữ Shift khi bấm để bớt một.',
  countFor: (letter) => `Số người chọn ${letter}`,
  oneMore: (letter) => `Thêm một cho ${letter}`,
  oneFewer: (letter) => `Bớt một cho ${letter}`,
  total: (n) => `Đã đếm ${n}`,
  votes: (n) => `${n} phiếu`,
  timer: (minutes) => `Hẹn giờ ${minutes} phút`,
  timerStop: 'Dừng hẹn giờ',
  timeLeft: (m, s) => `Còn ${m}:${String(s).padStart(2, '0')}`,
  timeUp: 'Hết giờ',
  discussScenario: (vote, chosenLevel, best, bestLevel) => {
    const [chosen] = vote.letters;
    if (vote.letters.length > 1) {
      const lead = `Nhiều phiếu nhất: ${vote.letters.join(' và ')} (mỗi phương án ${vote.votes}/${vote.total} phiếu)`;
      return vote.letters.includes(best)
        ? `${lead}. ${best} là phương án mạnh nhất ở đây (mức ${bestLevel}). Điều gì làm nó khác đi?`
        : `${lead}. Cần làm gì để trả lời được như ${best} (mức ${bestLevel})?`;
    }
    const lead = vote.majority ? `Đa số lớp chọn ${chosen}` : `Nhiều phiếu nhất: ${chosen} (${vote.votes}/${vote.total} phiếu)`;
    return chosen === best
      ? `${lead}, phương án mạnh nhất ở đây (mức ${bestLevel}). Điều gì trong đó thể hiện mức này?`
      : `${lead}${vote.majority ? ` (mức ${chosenLevel})` : `, mức ${chosenLevel}`}. Cần làm gì để trả lời được như ${best} (mức ${bestLevel})?`;
  },
  discussCalibration: (low, high, reference) =>
    low === high
      ? `Cả lớp cùng chấm mức ${low}; mức tham chiếu là ${reference}. Những từ nào trong câu trả lời quyết định mức này?`
      : `Lớp chấm từ mức ${low} đến mức ${high}; mức tham chiếu là ${reference}. Những từ nào trong câu trả lời quyết định mức này?`,
  discussNobody: 'Chưa đếm được ai. Nếu là bạn, bạn sẽ trả lời thế nào, và vì sao?',
  reference: (level) => `Mức tham chiếu: ${level}`,
  referenceTag: 'Mức tham chiếu',
  startOverWorkshop: 'Làm lại buổi tập huấn này',
  confirmStartOverWorkshop: 'Làm lại từ đầu? Số liệu của buổi tập huấn chưa xong này sẽ bị bỏ.',
  summaryHeading: 'Lựa chọn của lớp so với các mức',
  summaryStep: 'Bước',
  summaryChosen: 'Lớp chọn',
  summaryBest: 'Phương án mạnh nhất',
  summaryReference: 'Mức tham chiếu',
  summaryAtBest: 'Tỉ lệ chọn mức đó',
  summaryMean: 'Mức trung bình',
  summaryNobody: 'chưa đếm',
  roomLevels: 'Con đường của lớp, chấm như một lượt luyện',
  audienceWaiting: 'Đang chờ người dẫn. Hãy mở một buổi tập huấn ở cửa sổ kia.',
  audienceTitle: 'Máy chiếu',
  questionLabel: 'Câu hỏi phỏng vấn',
  sampleAnswer: 'Câu trả lời của ứng viên',
  levelN: (n) => `Mức ${n}`,
};
