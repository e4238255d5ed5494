import type { Locale } from '../../domain/text.ts';

/**
 * The words of the "How your level is worked out" page, in this screen's own chunk: they
 * are read only here, so the first load (which carries one language's UI strings) does
 * not grow with them. The figures come from the tables below, which
 * `how-levels.test.ts` holds to the rule in src/domain/score.ts.
 */

/** The hint cap as the page states it: up to `share` of the decisions taken with a hint → at most `cap`. */
export const HINT_CAPS = [
  { share: 0, cap: 5 },
  { share: 1 / 4, cap: 4 },
  { share: 1 / 2, cap: 3 },
  { share: 3 / 4, cap: 2 },
  { share: 1, cap: 1 },
] as const;

/** The red-flag cap as the page states it: `flags` or more red flags → at most `cap`. */
export const RED_FLAG_CAPS = [
  { flags: 1, cap: 2 },
  { flags: 2, cap: 1 },
] as const;

export type HintShare = (typeof HINT_CAPS)[number]['share'];

export interface HowLevelsText {
  title: string;
  intro: string;
  evidenceHeading: string;
  evidence: string;
  evidenceExample: string;
  situationHeading: string;
  situation: string;
  situationExample: string;
  hintsHeading: string;
  hints: string;
  /** One line of the hint list: the share of decisions taken with a hint, and the highest level it allows. */
  hintRow: (share: HintShare, cap: number) => string;
  redFlagsHeading: string;
  redFlags: string;
  /** The red-flag caps in one sentence. */
  redFlagCaps: (one: number, more: number) => string;
  lowestHeading: string;
  lowest: string;
  timed: string;
  next: string;
  back: string;
}

const en: HowLevelsText = {
  title: 'How your level is worked out',
  intro:
    'For each skill a roleplay looks at, your report gives a level from 1 to 5. Four things decide it. Each of them can only hold the level down, never raise it, and the report says which one set yours.',
  evidenceHeading: '1. Your answers',
  evidence:
    'Each response you chose shows a level from 1 to 5. The levels you showed are put in order and the one in the middle is taken; when two are in the middle, the lower one. Levels are never averaged: they are steps, not marks, and a step halfway between two answers is not something you showed.',
  evidenceExample: 'Levels 4, 4, 3 and 4 give 4. Levels 1, 1, 5 and 5 give 1, not 3.',
  situationHeading: '2. How hard the moments were',
  situation:
    'Each moment of a roleplay has a difficulty from 1 to 5, shown beside your answers in the report. A level counts only if you showed it, or a higher one, in a moment at least that hard.',
  situationExample: 'Strong answers only in the easier moments prove less: level 5 shown only at difficulty 3 gives 3.',
  hintsHeading: '3. Hints',
  hints: 'You may ask for a hint at any decision. The more decisions you take with one, the lower the highest level you can reach:',
  hintRow: (share, cap) =>
    share === 0
      ? 'no hints: no limit'
      : share === 1
        ? `more than three quarters of your decisions: level ${cap}`
        : `up to ${share === 1 / 4 ? 'a quarter' : share === 1 / 2 ? 'half' : 'three quarters'} of your decisions: at most level ${cap}`,
  redFlagsHeading: '4. Red flags',
  redFlags:
    'A few responses break trust in a way no interviewer would overlook, however good the rest: a gift to someone about to decide, passing on what was said in confidence, misleading a partner.',
  redFlagCaps: (one, more) => `One such response holds that skill at level ${one} at most; two or more hold it at level ${more}. The report names the decision.`,
  lowestHeading: 'Your level',
  lowest: 'Your level is the lowest of the four.',
  timed: 'In a timed run, a decision where time ran out counts as level 1.',
  next: 'To go up a level, look in your report for “To reach level …, show”: the behaviours of the next level that your answers have not shown yet.',
  back: 'Back to your report',
};

const vi: HowLevelsText = {
  title: 'Mức của bạn được tính thế nào',
  intro:
    'Với mỗi năng lực mà tình huống nhập vai đánh giá, báo cáo cho bạn một mức từ 1 đến 5. Có bốn điều quyết định mức này. Mỗi điều chỉ có thể giữ mức xuống chứ không nâng lên, và báo cáo nói rõ điều nào đã quyết định mức của bạn.',
  evidenceHeading: '1. Câu trả lời của bạn',
  evidence:
    'Mỗi câu trả lời bạn chọn thể hiện một mức từ 1 đến 5. Các mức bạn đã thể hiện được xếp theo thứ tự, rồi lấy mức ở giữa; nếu có hai mức ở giữa thì lấy mức thấp hơn. Ứng dụng không bao giờ tính trung bình: mức là các bậc, không phải điểm số, và một bậc nằm giữa hai câu trả lời không phải là điều bạn đã thể hiện.',
  evidenceExample: 'Các mức 4, 4, 3 và 4 cho mức 4. Các mức 1, 1, 5 và 5 cho mức 1, không phải mức 3.',
  situationHeading: '2. Độ khó của tình huống',
  situation:
    'Mỗi lúc trong buổi nhập vai có một độ khó từ 1 đến 5, ghi cạnh từng câu trả lời trong báo cáo. Một mức chỉ được tính khi bạn thể hiện mức đó, hoặc cao hơn, ở một lúc có độ khó ít nhất bằng mức ấy.',
  situationExample: 'Câu trả lời tốt chỉ ở những lúc dễ hơn thì chứng minh được ít hơn: mức 5 chỉ thể hiện ở độ khó 3 thì được tính là mức 3.',
  hintsHeading: '3. Gợi ý',
  hints: 'Bạn có thể xem gợi ý ở bất kỳ quyết định nào. Càng nhiều quyết định dùng gợi ý thì mức cao nhất bạn đạt được càng thấp:',
  hintRow: (share, cap) =>
    share === 0
      ? 'không dùng gợi ý: không giới hạn'
      : share === 1
        ? `hơn ba phần tư số quyết định: mức ${cap}`
        : `tối đa ${share === 1 / 4 ? 'một phần tư' : share === 1 / 2 ? 'một nửa' : 'ba phần tư'} số quyết định: cao nhất mức ${cap}`,
  redFlagsHeading: '4. Cờ đỏ',
  redFlags:
    'Có những câu trả lời làm mất lòng tin mà không người phỏng vấn nào bỏ qua, dù những câu khác tốt đến đâu: tặng quà cho người sắp ra quyết định, kể lại điều người khác đã nói riêng với bạn, nói sai sự thật với đối tác.',
  redFlagCaps: (one, more) =>
    `Một câu trả lời như vậy giữ năng lực đó ở mức ${one} trở xuống; từ hai câu trở lên thì ở mức ${more}. Báo cáo nêu rõ ở quyết định nào.`,
  lowestHeading: 'Mức của bạn',
  lowest: 'Mức của bạn là mức thấp nhất trong bốn điều trên.',
  timed: 'Ở lượt tính giờ, quyết định nào hết giờ thì tính là mức 1.',
  next: 'Muốn lên một mức, hãy xem phần “Để đạt mức …, hãy thể hiện” trong báo cáo: những hành vi của mức tiếp theo mà câu trả lời của bạn chưa thể hiện.',
  back: 'Quay lại báo cáo',
};

export const howLevelsText: Record<Locale, HowLevelsText> = { en, vi };
