import { formatNumber } from './format.ts';

/**
 * The English strings of the shell and the start screen: the only ones in the first load. Every other
 * screen's strings (en.ts) load with the first route that needs them (`LocaleState.loadScreens`).
 * A component that renders before that takes `CoreMessages`, so using a screen string there does not compile.
 */
export const coreEn = {
  appTitle: 'Interview roleplay',
  language: 'Language',
  loading: 'Loading…',
  home: 'All scenarios',

  startHeading: 'Choose a roleplay',
  startIntro:
    'Each roleplay starts from a real interview question. Answer as you would in the room; at the end you get a level from 1 to 5 for each competency, with the evidence behind it.',
  interviewQuestion: 'Interview question',
  practiseQuestions: 'Practise a question',
  practiseQuestionsIntro: 'answer a real interview question aloud or in writing, rate yourself, then compare with reference answers.',
  difficulty: (n: number) => `Difficulty ${n} of 5`,
  competencies: 'Scored on',
  start: 'Start',
  /** The way back into a saved run names its mode, since Continue resumes it as it was started. */
  continueRun: (answered: number, mode: 'assessment' | 'practice' | 'timed') =>
    `${{ assessment: 'Continue', practice: 'Continue practice', timed: 'Continue timed run' }[mode]} (${answered} answered)`,
  practise: 'Practise',
  timed: 'Timed',
  startOver: 'Start over',
  // The visible words first, as said by someone using voice control.
  startOverLabel: (title: string) => `Start over “${title}”`,
  filters: 'Filter scenarios',
  filterCompetency: 'Competency',
  filterDifficulty: 'Difficulty',
  filterAll: 'All competencies',
  filterAny: 'Any difficulty',
  filterCount: (shown: number, all: number) => `Showing ${shown} of ${all} scenarios.`,
  bestLevel: (levels: string) => `best: ${levels}`,
  lastLevel: (levels: string) => `last: ${levels}`,
  historyHeading: 'Finished runs',
  historyEmpty: 'No finished runs yet.',
  levelShort: (n: number) => `Level ${n}`,
  notObserved: 'not observed',

  noticeUnavailable: (detail: string) =>
    `Your progress cannot be saved in this browser (${detail}). You can keep playing; it will be lost when you close this tab.`,
  noticeStorageFailed: (detail: string) =>
    `Your browser's storage failed (${detail}). What you do now is kept in this tab only; what was saved before is unchanged.`,
  noticeCorrupt: (key: string, detail: string) =>
    `A saved record (${key}) could not be read (${detail}). It was set aside, not deleted.`,
  noticeContentChanged: (id: string) =>
    `“${id}” changed since you started it, so your unfinished work on it was set aside (kept, not deleted) and a new start begins.`,
  dismiss: 'Dismiss',
  takenOverTitle: 'Open in another tab',
  takenOver: 'This is now open in another tab, which saves it from here on. Nothing is lost: carry on there, or take it back here.',
  takeBack: 'Continue in this tab',

  family: (name: string) => ({ networking: 'Networking', coaching: 'Coaching', guanxi: 'Guanxi', own: 'Your own scenarios' })[name] ?? name,
  calLink: 'Calibrate',
  menu: 'Menu',
  progressLink: 'Your progress',
  deleteRun: 'Delete',
  deleteRunLabel: (title: string, date: string) => `Delete the run of “${title}” from ${date}`,
  resetData: 'Delete everything',
  confirmReset: 'Delete every run, report and saved progress in this browser? Export first if you want to keep them.',
  showMore: (shown: number, total: number) => `Show more (${formatNumber('en', shown)} of ${formatNumber('en', total)} shown)`,
  reload: 'Reload the page',
  storesFailed: (detail: string) => `What you saved in this browser could not be opened (${detail}). Reload the page; nothing saved was changed.`,
  loadFailedTitle: 'This page could not be loaded',
  loadFailed: (detail: string) =>
    `Something stored in this browser could not be read (${detail}). Export what can be read to keep it, then delete everything to start afresh; other pages may still work.`,
  exportReadable: 'Export what can be read',
  trainerLink: 'Trainer',
  ownBadge: (pack: string) => `Your own · ${pack}`,
};

export type CoreMessages = typeof coreEn;
