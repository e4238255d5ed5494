import type { Level } from '../../domain/text.ts';

/** "1:05": minutes and seconds, for a clock on screen. */
export function mmss(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const duration = (seconds: number) => {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const minutes = m === 0 ? '' : m === 1 ? '1 minute' : `${m} minutes`;
  return [minutes, s ? `${s} seconds` : ''].filter(Boolean).join(' ');
};

/**
 * English strings of question practice. A chunk of their own, loaded with the practice
 * screens, so the first load does not carry them (only the start screen's link is in en.ts).
 */
export const practiceEn = {
  listHeading: 'Practise a question',
  listIntro:
    'Answer a real interview question in your own words, aloud or in writing. Then tick what you believe your answer showed, and only then compare it with reference answers at levels 1 to 5.',
  listSelfRated: 'This practice is self-rated: it is kept on your progress page apart from your scored runs.',
  practise: 'Practise',
  practiseLabel: (question: string) => `Practise: ${question}`,
  lastPlaced: (level: Level) => `Last time you placed your answer at level ${level}.`,
  competency: 'Competency',

  allQuestions: 'All questions',
  unknownQuestion: (id: string) => `There is no practice question “${id}”.`,
  stepOf: (n: number, name: string) => `Step ${n} of 3: ${name}`,
  stepAnswer: 'answer',
  stepRate: 'rate yourself',
  stepCompare: 'compare',
  questionHeading: 'The question',

  listen: 'Listen',
  stopListening: 'Stop listening',
  noVoice: 'This device has no English voice to read the question: read it above.',

  clockUse: 'Time yourself as in an interview',
  clockStart: (seconds: number) => `Start a ${duration(seconds)} clock`,
  clockStop: 'Stop the clock',
  clockLeft: (seconds: number) => `Time left: ${mmss(seconds)}`,
  clockOver: (seconds: number) => `Over time by ${mmss(seconds)}`,
  clockNote: 'The clock only helps you pace yourself: nothing stops when it runs out.',
  clockSaid: (milestone: number): string =>
    milestone === 60 ? 'One minute left.' : milestone === 30 ? '30 seconds left.' : 'Time is up. Finish your point, then go on when you are ready.',

  answerLabel: 'Your answer',
  lengthLine: (seconds: number) => `A good answer to this question takes about ${duration(seconds)} aloud: the situation, what you did, and what came of it.`,
  submit: 'Done: rate my answer',
  needAnswer: 'Write or record your answer first.',

  rateHeading: 'Rate your own answer',
  rateIntro: 'Tick each behaviour you believe your answer showed, level by level. The reference answers appear after this step.',
  levelName: (level: Level, label: string) => `Level ${level} · ${label}`,
  gap: 'a gap, not a strength',
  ticksPoint: (level: Level | null) => (level === null ? 'You have ticked nothing yet.' : `Your ticks point to level ${level}.`),
  reveal: 'Show the reference answers',

  compareHeading: 'Your answer beside the reference answers',
  yourAnswer: 'Your answer',
  spokenOnly: 'You answered aloud; there is no transcript.',
  youTicked: 'What you ticked',
  nothingTicked: 'Nothing.',
  referencesHeading: 'Reference answers',
  noReference: 'There is no reference answer at this level for this question.',
  referenceName: (n: number) => `Reference answer ${n}`,
  why: 'Why this level',
  shows: 'Shows',
  lacks: 'Missing for the next level',

  placeLegend: 'Where does your answer sit?',
  placeHelp: 'Compare what you did with the references, not how fluent it sounded.',
  save: 'Save to my progress',
  placeFirst: 'Choose a level first.',
  saved: 'Saved to your progress as self-rated practice.',
  savedInMemory: 'Kept for this session only: this browser is not storing data.',
  seeProgress: 'See your progress',
  another: 'Practise another question',

  historyHeading: 'Self-rated practice',
  historyIntro: 'Questions you practised and the level you placed each answer at. Not scored, so not part of the trend above.',
  historyEmpty: 'No practice yet.',
  placedAt: (level: Level) => `You placed it at level ${level}`,
  withRecording: 'Answered aloud: the recording is under Recordings.',
  deleteLabel: (question: string) => `Delete the practice: ${question}`,
  delete: 'Delete',
  confirmDelete: 'Delete this practice and its recording? This cannot be undone.',
};

export type PracticeMessages = typeof practiceEn;
