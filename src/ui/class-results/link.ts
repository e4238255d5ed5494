import type { Locale } from '../../domain/text.ts';

/**
 * The trainer page's way to class results. Kept beside the screen rather than in
 * trainer-en.ts / trainer-vi.ts, which load with the first screen: the first load stays as it was.
 */
export const classResultsLink: Record<Locale, { heading: string; intro: string; open: string }> = {
  en: {
    heading: 'Class results',
    intro: 'See how a class did from the files it sends back: levels, choices, timeouts and hints, paths on the map, calibration ratings.',
    open: 'Open class results',
  },
  vi: {
    heading: 'Kết quả của lớp',
    intro: 'Xem lớp học đã làm thế nào từ các tệp học viên gửi lại: mức, lựa chọn, hết giờ và gợi ý, đường đi trên bản đồ, điểm hiệu chuẩn.',
    open: 'Mở kết quả của lớp',
  },
};
