import type { Locale } from '../../domain/text.ts';
import { practiceEn, type PracticeMessages } from './messages-en.ts';
import { practiceVi } from './messages-vi.ts';

export type { PracticeMessages } from './messages-en.ts';

/** The practice screens' strings in `locale`. Both languages are small, so they load together with the screens. */
export const practiceMessages = (locale: Locale): PracticeMessages => (locale === 'vi' ? practiceVi : practiceEn);
