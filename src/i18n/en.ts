import type { PanelProblem } from '../domain/panel.ts';
import { count, formatList, formatNumber } from './format.ts';
import { coreEn } from './core-en.ts';
import { trainerEn } from './trainer-en.ts';

/**
 * English UI strings: the shell's and start screen's (core-en.ts) and every other screen's. `vi.ts` must
 * provide every key: the type makes a missing one a compile error.
 */
export const en = {
  ...coreEn,
  ...trainerEn,
  appTagline: 'Rehearse competency-based interviews as branching roleplays.',
  skipToContent: 'Skip to content',
  stepBack: 'Step back one decision',
  practiceNote: 'Practice run: you may take a decision back; the report notes it.',
  practiceRun: (n: number) => `Practice run: you stepped back ${count('en', n, { one: 'time', other: 'times' })}.`,
  secondsLeft: (n: number) => `${n} s left`,
  timedRule: 'Timed run: 60 seconds per decision. If time runs out, that decision counts as level 1 and the interview goes on as after the weakest response.',
  timedOut: '(no answer: time ran out)',
  timedOutReport: 'Time ran out before you answered: scored as level 1.',
  timedRunReport: (seconds: number) => `Timed run: ${seconds} seconds per decision.`,
  ownStart: 'Answer in my own words first',
  ownHeading: 'Your own answer',
  ownPrompt: 'What would you say? (kept in this browser only)',
  ownIndicators: (name: string) => `Which behaviours of “${name}” does your answer show?`,
  ownSubmit: 'Show the responses',
  ownCancel: 'Cancel',
  ownYours: 'Your own answer',
  ownCompare: (self: number | null, chosen: number) =>
    `Your self-rating: ${self === null ? 'none ticked' : `level ${self}`} · the response you chose: level ${chosen} · the model answer: level 5.`,
  feedbackHeading: (n: number) => `How decision ${n} went`,
  feedbackChosen: 'You said:',
  feedbackLevel: (name: string, level: number, label: string) => `${name}: level ${level} of 5 (${label})`,
  feedbackContinue: 'Continue the interview',
  feedbackNote: 'Practice run: step back to answer this decision differently, or continue the interview.',
  viewReport: 'View report',
  decision: (n: number) => `Decision ${n}`,
  you: 'You',
  yourAnswer: 'Your answer',
  chooseHelp: 'Press a number key 1–9 or pick a response.',
  saved: 'Progress saved in this browser.',
  saving: 'Saving…',
  savedInTab: 'Kept in this tab only: not saved in this browser.',
  hint: 'Show a hint',
  hintHeading: 'Hint',
  aimFor: 'Worth aiming for:',
  hintCost: 'A hint caps the level you can reach.',
  conversation: 'Conversation',
  finishing: 'Saving your result…',
  unknownScenario: (id: string) => `There is no scenario “${id}”.`,
  unknownResult: 'That report is not stored in this browser.',
  unknownSet: (id: string) => `There is no calibration set “${id}”.`,

  reportHeading: 'Your report',
  reportFor: (title: string) => `Report: ${title}`,
  levelOf: (level: number, label: string) => `Level ${level} of 5: ${label}`,
  boundEvidence: (level: number) => `Set by your answers: the middle of the levels you showed is ${level}.`,
  boundSituation: (level: number, evidence: number) =>
    `Capped at ${level}: your answers reached ${evidence}, but you showed level ${level + 1} or above only in situations easier than that level.`,
  boundGuidance: (level: number, hinted: number, decisions: number) =>
    `Capped at ${level}: hints on ${hinted} of ${decisions} decisions.`,
  boundRedFlag: (level: number, decisions: readonly number[]) =>
    decisions.length === 1
      ? `Capped at ${level}: a red flag at decision ${decisions[0]}. A response like this rules a candidate out whatever else they show:`
      : `Capped at ${level}: red flags at decisions ${formatList('en', decisions.map(String))}. Responses like these rule a candidate out whatever else they show:`,
  redFlag: 'red flag',
  notShownCompetency: 'No decision on this path showed this competency.',
  evidenceHeading: 'Your answers and how they scored',
  situation: (n: number) => `situation difficulty ${n}`,
  withHint: 'with a hint',
  shownHeading: 'What you showed',
  deficitHeading: 'What held your level down',
  deficitIntro: 'Your answers also did the following, which the level descriptors read as signs of a lower level:',
  missedHeading: (level: number) => `To reach level ${level}, show`,
  topLevel: 'You reached the top level.',
  howLevelsLink: 'How your level is worked out',
  /** Below level 5 the model answer is stronger than the response chosen; at 5 it is the model, not better. */
  modelAnswer: (stronger: boolean): string => (stronger ? 'A stronger answer here:' : 'The model answer here:'),
  retryFrom: 'Try again from this decision',
  retryFromLabel: (n: number) => `Try again from this decision (decision ${n})`,
  playAgain: 'Play again',
  finishedOn: (date: string) => `Finished ${date}`,
  reportContentChanged:
    'This scenario has changed since you finished this run. Your levels are the ones worked out then, as Your progress shows them; a response is quoted only where it still reads as it did, and trying again from a decision needs a new run.',
  boundStored: (level: number) => `Level ${level} as worked out when you finished, under the rule as it was then.`,

  showGraph: 'Scenario map',
  graphFor: (title: string) => `Scenario map: ${title}`,
  graphIntro: 'Every decision point and where each response leads. Responses are coloured by the level they show; dashed lines are the interviewer\'s branches on what was shown so far.',
  graphLegend: 'Legend',
  graphImageLabel: (n: number) => `Diagram of the scenario's ${n} nodes and the ways between them; the same content is listed below.`,
  graphTooLarge: (n: number) => `At ${n} nodes this scenario is too large to draw as a map; the list below shows every node and where each response leads.`,
  graphTextAlternative: 'The list below gives the same map as text, with buttons to follow each way.',
  graphNodes: 'Nodes',
  graphDecision: 'decision',
  graphBranch: 'branch',
  graphEnd: 'end',
  graphOtherwise: 'otherwise',
  graphGoTo: (id: string) => `go to ${id}`,
  graphGuard: (competency: string, atLeast?: number, atMost?: number) =>
    `if ${competency} so far is ${[atLeast && `at least ${atLeast}`, atMost && `at most ${atMost}`].filter(Boolean).join(' and ')}`,
  calHeading: 'Calibrate your ratings',
  calIntro: 'Rate sample answers against the level descriptors without seeing the reference, then compare. Frame-of-reference practice like this is the best-studied way to make interviewers rate alike.',
  calStart: (n: number) => `Start a round (${n} answers)`,
  calProgress: (i: number, n: number) => `${i} of ${n} in this round`,
  calRate: 'What level does this answer show?',
  calReveal: 'The reference level',
  calYourLevel: 'Your level',
  calIndicators: 'Indicators you see (optional)',
  calNote: 'Note (optional)',
  calLock: 'Lock my rating',
  calCompare: (mine: number, mineLabel: string, ref: number, refLabel: string) => `You: level ${mine} (${mineLabel}). Reference: level ${ref} (${refLabel}).`,
  calNext: 'Next answer',
  calFinish: 'See my figures',
  calSummary: 'Your agreement with the reference',
  calExact: 'Exact agreement',
  calExactMeaning: 'of your levels are the reference level. No threshold on its own (it ignores chance): read it with kappa.',
  calWithinOne: 'Within one level',
  calWithinOneMeaning: 'of your levels are at most one away from the reference. Aim for 90% or more (house rule: a two-level miss changes a hiring decision).',
  calQwk: 'Quadratic-weighted kappa',
  calQwkMeaning: 'agreement beyond chance, where a two-level miss counts four times a one-level miss; 1 is perfect, 0 is chance.',
  calQwkMet: 'At or above .70, the usual bar for raters of performance.',
  calQwkNotMet: 'Below .70, the usual bar for raters of performance: worth another round.',
  calBias: 'Leniency or severity',
  calSmd: (d: string) => `standardised: ${d}`,
  calBiasMeaning: (d: number): string =>
    Math.abs(d) < 0.2 ? 'no real lean: within a fifth of the reference’s spread.' : d > 0 ? 'you rate higher than the reference (lenient).' : 'you rate lower than the reference (severe).',
  calSpread: 'Spread of your levels',
  calSpreadMeaning: (r: number): string =>
    r < 0.8 ? 'your levels bunch towards the middle (central tendency) compared with the reference.' : r > 1.25 ? 'your levels spread wider than the reference’s.' : 'about as spread as the reference’s.',
  calConfusion: 'Your levels (columns) against the reference (rows)',
  calReferenceRow: 'Reference',
  calSources: 'Thresholds: kappa ≥ .70 (Williamson, Xi & Breyer 2012, for scoring human performance); a standardised difference below 0.2 is negligible (Cohen 1988).',
  calScaleHint: 'Each level with what it means and the indicators that show it. Choose a level; tick the indicators you see if you like.',
  calIndicatorsOf: (level: number) => `Indicators of level ${level} you see (optional)`,
  sampleRef: (n: number, id: string) => `Answer ${n} · ${id}`,
  calSampleRef: (ref: string) => `The round shuffles the answers: this one is ${ref} on the rating sheet and in rating files.`,
  calMissedHeading: 'Where your level differs from the reference',
  calMissedIntro: 'The widest differences first, each with your level beside the reference and why it is that level.',
  calNoMisses: 'You gave every answer its reference level.',
  calMissBy: (by: number) => `${count('en', Math.abs(by), { one: 'level', other: 'levels' })} ${by > 0 ? 'above' : 'below'} the reference`,
  calWhy: 'Why the reference level',
  calChartX: 'Round, oldest to newest',
  calChartY: 'Kappa, from −1 to 1',
  panelHeading: (title: string) => `Panel: ${title}`,
  panelIntro: 'Load the rating files of several interviewers for this set (CSV rater,item,level or the JSON a round exports) to see how far they agree with each other. Nothing is stored unless you save the panel.',
  panelLoad: 'Load rating files',
  panelRefused: 'These files were not used; fix them and load again:',
  panelLoaded: (raters: number, files: number) => `${count('en', raters, { one: 'rater', other: 'raters' })} from ${count('en', files, { one: 'file', other: 'files' })}.`,
  panelAlpha: "Krippendorff's alpha",
  panelOrdinal: 'Ordinal (levels in order)',
  panelNominal: 'Nominal (levels as categories)',
  panelInterval: 'Interval (levels as equal steps)',
  panelAlphaMeaning: 'Agreement among all raters beyond chance, missing ratings allowed; 1 is perfect. Judged by Krippendorff (2004): at least .800 reliable, at least .667 for tentative conclusions only.',
  panelReliable: 'reliable (≥ .800)',
  panelTentative: 'tentative only (≥ .667)',
  panelUnreliable: 'not reliable (below .667): discuss the widest disagreements and rate again',
  panelPairs: 'Quadratic-weighted kappa between each pair of raters',
  panelRaters: 'Raters',
  panelItems: 'Answers both rated',
  panelWidest: 'Where the panel disagrees most',
  panelSpread: (n: number) => `${count('en', n, { one: 'level', other: 'levels' })} apart`,
  panelLevels: (levels: string) => `ratings: ${levels}`,
  panelReference: (n: number) => `reference: ${n}`,
  panelOpen: 'Compare a panel on this set',
  panelProblem: (p: PanelProblem): string => {
    const at = `${p.file}:${p.line}: `;
    switch (p.code) {
      case 'header': return `${at}the first line must be the header rater,item,level`;
      case 'columns': return `${at}expected 3 values (rater,item,level), found ${p.found}`;
      case 'json': return `${at}not valid JSON (${p.detail})`;
      case 'not-object': return `${at}expected an object with a "ratings" list, as a round's JSON download has`;
      case 'wrong-set': return `${at}these ratings are for set "${p.set}", not "${p.expected}"`;
      case 'not-row': return `${at}expected { rater, item, level }`;
      case 'no-rater': return `${at}no rater`;
      case 'unknown-item': return `${at}unknown item "${p.item}": write the answer's id (${p.ids.join(', ')}) or its number on the rating sheet (1–${p.ids.length})`;
      case 'level': return `${at}level "${p.level}" is not a whole number from 1 to 5`;
      case 'duplicate': return `${at}duplicate row: ${p.rater} already rated ${p.item}`;
      case 'rater-conflict': return `${p.file}: ${p.rater} is also in ${p.first}, with other levels for ${p.items.join(', ')}: keep one of the two files, or rename one rater`;
    }
  },
  panelRepeated: (rater: string, first: string, second: string) => `${rater} is in both ${first} and ${second} with the same levels: counted once.`,
  panelGrid: 'Each rater’s level for each answer, beside the reference',
  panelAnswer: 'Answer',
  panelNotRated: 'not rated',
  panelSaveName: 'Name of this panel',
  panelSave: 'Save this panel',
  panelDownload: 'Download the panel',
  panelSaved: (name: string) => `Saved “${name}” in this browser.`,
  panelDefaultName: (date: string) => `Panel of ${date}`,
  panelSavedHeading: 'Saved panels on this set',
  panelNoSaved: 'No saved panels on this set yet.',
  panelSavedAbout: (raters: number, date: string) => `${count('en', raters, { one: 'rater', other: 'raters' })}, saved ${date}`,
  panelReopen: 'Open',
  panelDelete: 'Delete',
  panelOpened: (name: string) => `Opened “${name}”.`,
  panelChanged: 'This set has changed since the panel was saved: the figures are worked out on the set as it is now.',
  exportMine: 'Download my ratings',
  raterName: 'Your name in the file',
  calRounds: 'Your rounds',
  calSets: 'Calibration sets',
  calTrend: (n: number) => `Your quadratic-weighted kappa over your last ${count('en', n, { one: 'round', other: 'rounds' })}; the line at .70 is the usual bar. The table below lists them.`,
  calRoundsTable: 'Finished rounds',
  calSet: 'Set',
  calNoRounds: 'No finished rounds yet.',
  progressHeading: 'Your progress',
  trendLabel: (name: string, runs: number) => `Levels in ${name} over your last ${count('en', runs, { one: 'run', other: 'runs' })}; the table below lists them.`,
  trendTable: (name: string) => `${name}: level per run`,
  date: 'Date',
  scenario: 'Scenario',
  level: 'Level',
  confirmDelete: 'Delete this run from your history, with any recording made during it? This cannot be undone.',
  dataHeading: 'Your data',
  dataIntro: 'Everything stays in this browser. Export it as one file to keep or move it; import such a file to bring it back.',
  exportData: 'Export everything',
  importData: 'Import a file',
  imported: (added: number, unchanged: number) => `Imported: ${count('en', added, { one: 'record', other: 'records' })} added, ${count('en', unchanged, { one: 'record', other: 'records' })} already here.`,
  importRefused: (file: string) => `Nothing was imported from ${file}; what is stored is unchanged. Problems found:`,
  importedFrom: (file: string) => `Imported ${file}.`,
  exported: (file: string, records: number, results: number) =>
    `Saved ${file} to your downloads: ${count('en', records, { one: 'record', other: 'records' })}, ${count('en', results, { one: 'finished run', other: 'finished runs' })} among them. Import it here or in another browser to bring them back.`,
  importNotJson: 'The file is not JSON, so it is not an export of this app. Choose the .json file that “Export everything” saved.',
  importNotExport:
    'The file is not an export of this app. Choose a file saved with “Export everything” on this page; a scenario pack is imported on the Trainer page.',
  importNewerExport: 'The file comes from a newer version of this app. Reload this page to get the newest version, then import the file again.',
  importDuplicate: (n: number, key: string) =>
    `Record ${n} (${key}) is in the file twice. Export again from the app it came from rather than joining files by hand.`,
  importUnknownKind: (n: number, key: string) =>
    `Record ${n} (${key}) is not something this app stores. Remove it from the file, or export again from the app it came from.`,
  importNewerRecord: (n: number, key: string) =>
    `Record ${n} (${key}) was saved by a newer version of this app. Reload this page to get the newest version, then import the file again.`,
  importDamaged: (n: number, key: string) =>
    `Record ${n} (${key}) is damaged or was edited by hand. Export again from the app it came from, or remove that record from the file.`,
  importKeyMismatch: (n: number, key: string) =>
    `Record ${n} (${key}) is filed under the wrong name, as if edited by hand. Export again from the app it came from.`,
  importBadPack: (key: string, path: string, problem: string) =>
    `The scenario pack ${key} cannot be used (${path ? `at ${path}: ` : ''}${problem}). Fix the pack and import it on the Trainer page, or remove it from the file.`,
  importTooLarge: (megabytes: number, limit: number) =>
    `The file is ${formatNumber('en', megabytes)} MB; an import can be at most ${formatNumber('en', limit)} MB. Export again from the app it came from, or split the file.`,
  importTooManyRecords: (n: number, limit: number) =>
    `The file holds ${count('en', n, { one: 'record', other: 'records' })}; an import can hold at most ${formatNumber('en', limit)}. Remove the records you do not need, or split the file.`,
  importTooManyResults: (n: number, limit: number) =>
    `The file holds ${count('en', n, { one: 'finished run', other: 'finished runs' })}; an import can hold at most ${formatNumber('en', limit)}. Remove the oldest runs, or split the file.`,
  importMoreProblems: (n: number) => `…and ${count('en', n, { one: 'more problem', other: 'more problems' })} like these.`,
  importKeptAside: (n: number) =>
    `${count('en', n, { one: 'unfinished run in the file does', other: 'unfinished runs in the file do' })} not open in this version of the app, so yours stayed as they were; the file's were kept aside beside them, not deleted.`,
  importSkipped: (n: number) => `${count('en', n, { one: 'record', other: 'records' })} that the other browser had set aside as unreadable ${n === 1 ? 'was' : 'were'} left out.`,
  importChecking: (done: number, total: number) => `Checking the file: ${formatNumber('en', done)} of ${count('en', total, { one: 'record', other: 'records' })}…`,
  dataLimits: (megabytes: number, records: number, results: number, answers: number) =>
    `An import file can be up to ${formatNumber('en', megabytes)} MB with ${count('en', records, { one: 'record', other: 'records' })}, ${count('en', results, { one: 'finished run', other: 'finished runs' })} and ${count('en', answers, { one: 'answer', other: 'answers' })} per run.`,
  // Handouts
  handoutSheet: 'Scenario sheet',
  handoutKey: 'Answer key',
  handoutRating: 'Rating sheet',
  handoutSheetFor: (title: string) => `Scenario sheet: ${title}`,
  handoutKeyFor: (title: string) => `Answer key: ${title}`,
  handoutRatingFor: (title: string) => `Rating sheet: ${title}`,
  handoutTools: 'Handouts',
  handoutPrint: 'Print',
  handoutBackToMap: 'Back to the scenario map',
  handoutBackToCalibration: 'Back to calibration',
  handoutSheetIntro:
    'Start at decision 1: tick the response you would give, note why, then go on to the decision its arrow names (→ 3). Where the arrow offers two, the trainer says which: it depends on your answers so far.',
  handoutKeyIntro:
    'How each response on the scenario sheet scores: the level it shows for each competency, the behaviours behind it, and the feedback. A final result also depends on how hard each situation is and on hints taken.',
  handoutRatingIntro:
    'Read each answer, tick the one level it shows and note the evidence: the words that show a behaviour, or its absence. Rate against the level descriptors, not against the other answers.',
  handoutName: 'Name',
  handoutCharacters: 'Who is who',
  handoutWhy: 'Why?',
  handoutEnding: 'To close',
  handoutEndN: (n: number) => `End ${n}`,
  handoutEnd: 'End',
  handoutNext: 'Next:',
  handoutEither: (targets: string[]) => `${targets.slice(0, -1).join(', ')} or ${targets.at(-1)} (the trainer says which)`,
  handoutBackToTrainer: 'Back to the trainer’s page',
  handoutFeedback: 'Feedback',
  handoutModelAnswer: 'Model answer',
  handoutLevels: (name: string) => `The five levels: ${name}`,
  handoutEvidence: 'Evidence',
  handoutTickLevel: 'Level (tick one)',
};

export type Messages = typeof en;
