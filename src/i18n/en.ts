/** English UI strings. `vi.ts` must provide every key: the type makes a missing one a compile error. */
export const en = {
  appTitle: 'Interview roleplay',
  appTagline: 'Rehearse competency-based interviews as branching roleplays.',
  language: 'Language',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  home: 'All scenarios',

  startHeading: 'Choose a roleplay',
  startIntro:
    'Each roleplay starts from a real interview question. Answer as you would in the room; at the end you get a level from 1 to 5 for each competency, with the evidence behind it.',
  interviewQuestion: 'Interview question',
  difficulty: (n: number) => `Difficulty ${n} of 5`,
  competencies: 'Scored on',
  start: 'Start',
  continueRun: (answered: number) => `Continue (${answered} answered)`,
  startOver: 'Start over',
  startOverLabel: (title: string) => `Start “${title}” over`,
  historyHeading: 'Finished runs',
  historyEmpty: 'No finished runs yet.',
  viewReport: 'View report',
  levelShort: (n: number) => `Level ${n}`,
  notObserved: 'not observed',

  decision: (n: number) => `Decision ${n}`,
  you: 'You',
  yourAnswer: 'Your answer',
  chooseHelp: 'Press a number key 1–9 or pick a response.',
  hint: 'Show a hint',
  hintHeading: 'Hint',
  hintCost: 'A hint caps the level you can reach.',
  conversation: 'Conversation',
  finishing: 'Saving your result…',
  unknownScenario: (id: string) => `There is no scenario “${id}”.`,
  unknownResult: 'That report is not stored in this browser.',

  reportHeading: 'Your report',
  reportFor: (title: string) => `Report: ${title}`,
  levelOf: (level: number, label: string) => `Level ${level} of 5: ${label}`,
  boundEvidence: (level: number) => `Set by your answers: the middle of the levels you showed is ${level}.`,
  boundSituation: (level: number, evidence: number) =>
    `Capped at ${level}: your answers reached ${evidence}, but you showed level ${level + 1} or above only in situations easier than that level.`,
  boundGuidance: (level: number, hinted: number, decisions: number) =>
    `Capped at ${level}: hints on ${hinted} of ${decisions} decisions.`,
  notShownCompetency: 'No decision on this path showed this competency.',
  evidenceHeading: 'Your answers and how they scored',
  situation: (n: number) => `situation difficulty ${n}`,
  withHint: 'with a hint',
  shownHeading: 'What you showed',
  missedHeading: (level: number) => `To reach level ${level}, show`,
  topLevel: 'You reached the top level.',
  playAgain: 'Play again',
  finishedOn: (date: string) => `Finished ${date}`,

  noticeUnavailable: (detail: string) =>
    `Your progress cannot be saved in this browser (${detail}). You can keep playing; it will be lost when you close this tab.`,
  noticeStorageFailed: (detail: string) =>
    `Your browser's storage failed (${detail}). What you do now is kept in this tab only; what was saved before is unchanged.`,
  noticeCorrupt: (key: string, detail: string) =>
    `A saved record (${key}) could not be read (${detail}). It was set aside, not deleted.`,
  noticeContentChanged: (id: string) =>
    `The scenario “${id}” changed since you started it, so your unfinished run was set aside and a new one begins.`,
  dismiss: 'Dismiss',

  family: (name: string) => ({ networking: 'Networking', coaching: 'Coaching', guanxi: 'Guanxi' })[name] ?? name,
  showGraph: 'Scenario map',
  graphFor: (title: string) => `Scenario map: ${title}`,
  graphIntro: 'Every decision point and where each response leads. Responses are coloured by the level they show; dashed lines are the interviewer\'s branches on what was shown so far.',
  graphLegend: 'Legend',
  graphImageLabel: (n: number) => `Diagram of the scenario's ${n} nodes and the ways between them; the same content is listed below.`,
  graphTextAlternative: 'The list below gives the same map as text, with buttons to follow each way.',
  graphNodes: 'Nodes',
  graphDecision: 'decision',
  graphBranch: 'branch',
  graphEnd: 'end',
  graphOtherwise: 'otherwise',
  graphGoTo: (id: string) => `go to ${id}`,
  graphGuard: (competency: string, atLeast?: number, atMost?: number) =>
    `if ${competency} so far is ${[atLeast && `at least ${atLeast}`, atMost && `at most ${atMost}`].filter(Boolean).join(' and ')}`,
};
