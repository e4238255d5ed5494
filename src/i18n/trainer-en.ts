import { count } from './format.ts';

/** English strings of the trainer's screens: workshop, packs, records. Spread into `en`. */
export const trainerEn = {
  trainerLink: 'Trainer',
  trainerHeading: 'Trainer',
  trainerIntro: 'Run a scenario or a calibration set with a room, bring your own scenarios, and export what happened.',

  runHeading: 'Run a workshop',
  runIntro: 'Open a workshop here, then open the projector window and drag it to the projector. It follows this window; either can be reloaded.',
  runScenarios: 'Scenarios',
  runSets: 'Calibration sets',
  runWorkshop: 'Run workshop',
  runWorkshopLabel: (title: string) => `Run workshop: ${title}`,
  ownBadge: (pack: string) => `Your own · ${pack}`,
  openAudience: 'Open the projector window',

  packsHeading: 'Your scenario packs',
  packsIntro: 'A pack is one YAML or JSON file holding rubrics, scenarios and calibration sets. It is checked like the built-in content; nothing is stored until you accept it.',
  packsGuide: 'How to write a pack: the authoring guide',
  guideDownload: 'download',
  guideDownloadFile: (name: string) => `Download ${name}`,
  guideLanguageNote: 'This guide is in English; it opens with a summary in Vietnamese.',
  guideSummaryLink: 'Read the summary',
  packChoose: 'Choose a pack file',
  packDrop: 'or drop the file here',
  packChecking: (file: string) => `Checking ${file}…`,
  packCheckingProgress: (done: number, total: number) => `Checked ${done} of ${total} scenarios.`,
  packCheckingLabel: 'Checking the pack',
  packStopCheck: 'Cancel the check',
  packRefused: (file: string, n: number) => `${file} was not imported: ${count('en', n, { one: 'problem', other: 'problems' })} to fix. Nothing was stored.`,
  packWhere: (file: string, line: number) => (line > 0 ? `${file}, line ${line}` : file),
  packPath: (path: string) => `at ${path || 'the top of the file'}`,
  packPreview: (title: string) => `Preview: ${title}`,
  packContains: (rubrics: number, scenarios: number, sets: number) => `${count('en', rubrics, { one: 'rubric', other: 'rubrics' })}, ${count('en', scenarios, { one: 'scenario', other: 'scenarios' })}, ${count('en', sets, { one: 'calibration set', other: 'calibration sets' })}.`,
  packReplaces: (date: string) => `It replaces the version of this pack imported ${date}.`,
  packNoWarnings: 'The linter found nothing to improve.',
  packWarnings: (n: number) => `The linter has ${count('en', n, { one: 'suggestion', other: 'suggestions' })}; the pack can be used as it is.`,
  packSetSamples: (n: number) => `${n} sample answers to rate`,
  packAccept: 'Accept and add to the catalog',
  packCancel: 'Cancel',
  packAdded: (title: string) => `“${title}” was added. Its scenarios are in the catalog under “Your own scenarios”.`,
  packNone: 'No packs yet.',
  packBy: (author: string) => `by ${author}`,
  packWrittenBy: (author: string) => `Written by ${author}.`,
  packImportedOn: (file: string, date: string) => `${file}, imported ${date}`,
  packExport: 'Export',
  savedFile: (file: string) => `Saved ${file} to your downloads.`,
  workshopExported: (file: string, steps: number) => `Saved ${file} to your downloads: ${count('en', steps, { one: 'step', other: 'steps' })}.`,
  packExportLabel: (title: string) => `Export the pack “${title}”`,
  packRemove: 'Remove',
  packRemoveLabel: (title: string) => `Remove the pack “${title}”`,
  packConfirmRemove: (title: string) => `Remove “${title}” from this browser? Runs already played on it stay in your history.`,
  packRemoved: (title: string) => `“${title}” was removed.`,

  recordsHeading: 'Workshop records',
  recordsNone: 'No finished workshops yet.',
  recordSteps: (n: number, date: string) => `${count('en', n, { one: 'step', other: 'steps' })}, ${date}`,
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  exportLabel: (format: string, title: string) => `Export ${format}: ${title}`,
  xapiHeading: 'Learning records (xAPI)',
  xapiIntro: 'Finished runs, calibration rounds and workshops as xAPI 1.0.3 statements, in one JSON file a learning record store can take. The file is made here; nothing is sent anywhere.',
  xapiName: 'Name to put on the statements',
  xapiExport: 'Export xAPI statements',
  xapiDone: (n: number, file: string) => `Saved ${file} to your downloads: ${count('en', n, { one: 'statement', other: 'statements' })}.`,

  workshopFor: (title: string) => `Workshop: ${title}`,
  workshopStep: (n: number) => `Step ${n}`,
  phase: (phase: string) =>
    ({ present: 'The room reads and chooses', tally: 'Counting the room', reveal: 'Levels revealed', discuss: 'Discussion', done: 'Finished' })[phase] ?? phase,
  presenterOnly: 'Notes for you (not on the projector)',
  toTally: 'Count the room',
  toReveal: 'Reveal the levels',
  toDiscuss: 'Discuss',
  back: 'Back',
  next: 'Next step',
  goOnWith: 'Go on with',
  roomChoice: (letter: string) => `${letter} (the room’s choice)`,
  tallyHelp: 'Type each count, or press a response’s letter to add one to it (its number works too: 1 for A). Shift and the key takes one away.',
  tallyHelpLevels: 'Type each count, or press a level’s number to add one to it. Shift and the number takes one away.',
  countFor: (letter: string) => `Count for ${letter}`,
  oneMore: (letter: string) => `One more for ${letter}`,
  oneFewer: (letter: string) => `One fewer for ${letter}`,
  total: (n: number) => `${n} counted`,
  votes: (n: number) => `${count('en', n, { one: 'vote', other: 'votes' })}`,
  timer: (minutes: number) => `${minutes}-minute timer`,
  timerStop: 'Stop the timer',
  timeLeft: (m: number, sec: number) => `${m}:${String(sec).padStart(2, '0')} left`,
  timeUp: 'Time is up',
  /** "Most of the room" only for a majority (workshop.ts, roomVote); otherwise the most votes, with the count. */
  discussScenario: (vote: { letters: string[]; votes: number; total: number; majority: boolean }, chosenLevel: number, best: string, bestLevel: number) => {
    const [chosen] = vote.letters;
    if (vote.letters.length > 1) {
      const lead = `Most votes: ${vote.letters.join(' and ')} (${vote.votes} each of ${vote.total})`;
      return vote.letters.includes(best)
        ? `${lead}. ${best} is the strongest response here (level ${bestLevel}). What sets it apart?`
        : `${lead}. What would it take to answer like ${best} (level ${bestLevel})?`;
    }
    const lead = vote.majority ? `Most of the room chose ${chosen}` : `Most votes: ${chosen} (${vote.votes} of ${vote.total})`;
    return chosen === best
      ? `${lead}, the strongest response here (level ${bestLevel}). What in it shows that level?`
      : `${lead}${vote.majority ? ` (level ${chosenLevel})` : `, level ${chosenLevel}`}. What would it take to answer like ${best} (level ${bestLevel})?`;
  },
  discussCalibration: (low: number, high: number, reference: number) =>
    low === high
      ? `The room agreed on level ${low}; the reference is ${reference}. Which words in the answer decide it?`
      : `The room's ratings ran from ${low} to ${high}; the reference is ${reference}. Which words in the answer decide it?`,
  discussNobody: 'Nobody was counted. What would you have answered, and why?',
  reference: (level: number) => `Reference level: ${level}`,
  referenceTag: 'The reference level',
  startOverWorkshop: 'Start this workshop over',
  confirmStartOverWorkshop: 'Start over? The counts of this unfinished workshop will be discarded.',
  summaryHeading: 'The room’s choices against the levels',
  summaryStep: 'Step',
  summaryChosen: 'Room’s choice',
  summaryBest: 'Strongest on offer',
  summaryReference: 'Reference',
  summaryAtBest: 'Share at that level',
  summaryMean: 'Mean level',
  summaryNobody: 'nobody counted',
  roomLevels: 'The room’s path, scored as a run',
  audienceWaiting: 'Waiting for the presenter. Open a workshop in the other window.',
  audienceTitle: 'Projector',
  questionLabel: 'Interview question',
  sampleAnswer: 'The candidate’s answer',
  levelN: (n: number) => `Level ${n}`,
};
