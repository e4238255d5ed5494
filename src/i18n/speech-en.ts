import type { Locale } from '../domain/text.ts';
import { count, formatNumber } from './format.ts';

/** Minutes and seconds of a duration: 75 → "1:15". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Bytes in KB below a megabyte, else MB with one decimal, in the language's digits. */
export function size(locale: Locale, bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatNumber(locale, Math.ceil(bytes / 1024))} KB` : `${formatNumber(locale, bytes / (1024 * 1024), 1)} MB`;
}

/** English strings of spoken answers: the recorder, transcripts, metrics, the recordings list. Spread into `en`. */
export const speechEn = {
  speakInstead: 'Answer aloud instead',
  speakHeading: 'Record your answer',
  speakSuggested: (seconds: number) => `A good answer here takes about ${clock(seconds)} (minutes:seconds).`,
  recordStart: 'Record',
  recordStop: 'Stop',
  recordAgain: 'Record again',
  recordKeep: 'Keep this recording',
  recordDiscard: 'Delete this recording',
  recording: 'Recording…',
  recordElapsed: (seconds: number, suggested: number) => `${clock(seconds)} of about ${clock(suggested)}`,
  recordOver: 'Past the suggested length: finish your point and stop.',
  micLevel: 'Microphone level',
  micHears: 'The microphone hears you.',
  micSilent: 'No sound yet: speak, or check the microphone.',
  micAsking: 'Asking the browser for the microphone…',
  micRefused: 'The browser is not allowed to use the microphone. Allow it in the site settings to record, or type your answer: what you wrote is kept.',
  micMissing: 'No microphone was found. Type your answer instead: what you wrote is kept.',
  micUnsupported: 'This browser cannot record audio. Type your answer instead: what you wrote is kept.',
  micFailed: 'The microphone could not be started. Type your answer instead: what you wrote is kept.',
  spokenText: 'Your answer in words: the transcript goes here, and you can type',
  playbackLabel: 'Your recording',
  recordKept: 'Recording kept in this browser. It is listed under Recordings on the progress page.',
  recordNotKeptFull: 'The disk is full, so this recording was not kept. Everything else is kept, and your typed answer stays.',
  recordNotKeptFailed: 'This browser could not keep the recording. Everything else is kept, and your typed answer stays.',
  transcriptLive: 'A live transcript goes into the box as you speak. Speech recognition runs on this device; correct it as you wish.',
  transcriptNone: 'This browser offers no speech recognition on this device for English, and none that sends your voice elsewhere is used. Type what you said, or the gist of it.',
  transcriptInstall: 'Download English speech recognition to this device',
  transcriptInstalling: 'Downloading speech recognition…',
  transcriptInstallFailed: 'Speech recognition could not be installed on this device. Type what you said.',
  transcriptError: 'The transcript stopped. Type or correct the rest.',

  metricsHeading: 'About your answer',
  metricWords: (n: number) => `Length: ${count('en', n, { one: 'word', other: 'words' })}`,
  metricRate: (wpm: number, seconds: number) => `Pace: ${formatNumber('en', wpm)} words a minute over ${clock(seconds)}`,
  metricFillers: (total: number, list: string) => `Filler words: ${formatNumber('en', total)} (${list})`,
  metricNoFillers: 'Filler words: none counted',
  metricsNote: 'Counted from the text: a pace of 120 to 160 words a minute is easy to follow.',

  recordingsHeading: 'Recordings',
  recordingsIntro: 'Spoken answers are kept only in this browser, apart from your other data. A data export leaves them out unless you tick "include recordings".',
  recordingsSize: (n: number, bytes: number) => `${count('en', n, { one: 'recording', other: 'recordings' })}, ${size('en', bytes)} in this browser.`,
  recordingsEmpty: 'No recordings kept.',
  recordingsRun: 'Roleplay answer',
  recordingsPractice: 'Question practice',
  recordingsItem: (what: string, date: string, seconds: number) => `${what}, ${date}, ${clock(seconds)}`,
  recordingsDelete: 'Delete',
  recordingsDeleteLabel: (item: string) => `Delete the recording: ${item}`,
  recordingsDeleteAll: 'Delete all recordings',
  recordingsConfirmAll: 'Delete every recording kept in this browser? This cannot be undone.',
  recordingsDeleted: 'Recording deleted.',
  recordingsAllDeleted: 'All recordings deleted.',
  recordingNotDeleted: (detail: string) => `The recording could not be deleted (${detail}). Try again later.`,
  recordingsLeft: (of: 'practice' | 'run', detail: string) =>
    `${of === 'run' ? 'The run is deleted' : 'The practice is deleted'}, but its recording could not be (${detail}). It is still listed below, to delete here.`,
  exportIncludeRecordings: 'include recordings',
  exportRecordings: 'Download my recordings',
};
