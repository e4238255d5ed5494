import type { Locale } from '../domain/text.ts';

/**
 * Filler words per language, whole words or phrases. Matched on words, never inside one:
 * "à" is not "a", "ờ" is not "ở", "um" is not "umbrella". A list, not a model: "like" as a
 * verb counts too, so the figure is a prompt to listen back, not a grade.
 */
export const FILLERS: Record<Locale, readonly string[]> = {
  vi: ['ừm', 'à', 'ờ', 'kiểu như', 'thì là'],
  en: ['um', 'uh', 'like', 'you know'],
};

const TAG: Record<Locale, string> = { vi: 'vi', en: 'en' };

/** Letters (with their marks) and digits; an apostrophe inside a word keeps it whole ("don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text, in NFC and lower case for that language, punctuation dropped. */
export function words(text: string, locale: Locale): string[] {
  return text.normalize('NFC').toLocaleLowerCase(TAG[locale]).match(WORD) ?? [];
}

export interface FillerCount {
  phrase: string;
  count: number;
}

/** How often each filler of the language occurs; longer phrases are matched first, each word counted once. */
export function countFillers(text: string, locale: Locale): FillerCount[] {
  const said = words(text, locale);
  const phrases = FILLERS[locale]
    .map((phrase) => ({ phrase, parts: words(phrase, locale) }))
    .sort((a, b) => b.parts.length - a.parts.length);
  const counts = new Map<string, number>(FILLERS[locale].map((p) => [p, 0]));
  for (let i = 0; i < said.length; ) {
    const hit = phrases.find(({ parts }) => parts.every((part, k) => said[i + k] === part));
    if (hit) {
      counts.set(hit.phrase, counts.get(hit.phrase)! + 1);
      i += hit.parts.length;
    } else i++;
  }
  return [...counts].filter(([, count]) => count > 0).map(([phrase, count]) => ({ phrase, count }));
}

export interface SpeechMetrics {
  words: number;
  /** Seconds spoken, when the answer was recorded; null when it was typed. */
  seconds: number | null;
  /** Words per minute, rounded; null without a duration. */
  wordsPerMinute: number | null;
  fillers: FillerCount[];
  fillerTotal: number;
}

/** A pace over a shorter recording says nothing about how someone speaks ("2,237 words a minute over 0:00"). */
export const MIN_PACE_SECONDS = 2;

/** Length, rate and fillers of an answer (its transcript or typed text); `seconds` from its recording. */
export function speechMetrics(text: string, locale: Locale, seconds: number | null = null): SpeechMetrics {
  const count = words(text, locale).length;
  const fillers = countFillers(text, locale);
  const timed = seconds !== null && Number.isFinite(seconds) && seconds >= MIN_PACE_SECONDS ? seconds : null;
  return {
    words: count,
    seconds: timed,
    wordsPerMinute: timed === null ? null : Math.round((count / timed) * 60),
    fillers,
    fillerTotal: fillers.reduce((sum, f) => sum + f.count, 0),
  };
}
