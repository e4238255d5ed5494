import type { Locale } from '../domain/text.ts';

/**
 * Live transcripts only on the device. The Web Speech API's `SpeechRecognition` sends audio to
 * a server unless told otherwise (Chrome's `webkitSpeechRecognition` always does), so a
 * transcript is offered only where the browser confirms local recognition for the language:
 * the unprefixed constructor, `processLocally` on its instances, and the static
 * `available({ langs, processLocally: true })` answering "available" (or "downloadable", then
 * `install()` on the candidate's request). Anything else: the candidate types.
 */

/** The language tag asked of the recognizer for each UI language. */
export const RECOGNITION_LANG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

export type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** What a recognizer session needs of the browser's object (a subset of the spec's interface). */
export interface RecognizerLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export interface RecognizerClass {
  new (): RecognizerLike;
  prototype: object;
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<Availability>;
  install?: (options: { langs: string[]; processLocally?: boolean }) => Promise<boolean>;
}

/** Where the constructor is found: `window` in the app, a fake in tests. */
export interface SpeechScope {
  SpeechRecognition?: unknown;
  webkitSpeechRecognition?: unknown;
}

export type LocalRecognition =
  | { kind: 'ready'; Recognizer: RecognizerClass; lang: string }
  /** The language pack can be installed on the device; `install()` asks for it. */
  | { kind: 'installable'; Recognizer: RecognizerClass; lang: string }
  | { kind: 'none'; reason: 'no-api' | 'cloud-only' | 'unavailable' };

/** Whether a live transcript can run on this device for the language, and how to start it. */
export async function detectLocalRecognition(scope: SpeechScope, locale: Locale): Promise<LocalRecognition> {
  const lang = RECOGNITION_LANG[locale];
  const Recognizer = scope.SpeechRecognition as RecognizerClass | undefined;
  if (typeof Recognizer !== 'function') {
    // Only the prefixed (server) recognizer, or none at all.
    return { kind: 'none', reason: typeof scope.webkitSpeechRecognition === 'function' ? 'cloud-only' : 'no-api' };
  }
  if (typeof Recognizer.available !== 'function' || !('processLocally' in Recognizer.prototype)) return { kind: 'none', reason: 'cloud-only' };
  let availability: Availability;
  try {
    availability = await Recognizer.available({ langs: [lang], processLocally: true });
  } catch {
    // Blocked by a permissions policy, or not fully active: nothing confirmed.
    return { kind: 'none', reason: 'unavailable' };
  }
  if (availability === 'available') return { kind: 'ready', Recognizer, lang };
  if ((availability === 'downloadable' || availability === 'downloading') && typeof Recognizer.install === 'function') {
    return { kind: 'installable', Recognizer, lang };
  }
  return { kind: 'none', reason: 'unavailable' };
}

/** Installs the language pack on the device; true when recognition is then confirmed local. */
export async function installLocalRecognition(found: Extract<LocalRecognition, { kind: 'installable' }>): Promise<boolean> {
  try {
    if (!(await found.Recognizer.install!({ langs: [found.lang], processLocally: true }))) return false;
    return (await found.Recognizer.available!({ langs: [found.lang], processLocally: true })) === 'available';
  } catch {
    return false;
  }
}

/** The transcript so far: every final result, then the current guess. */
export function transcriptOf(results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>): string {
  const parts: string[] = [];
  for (let i = 0; i < results.length; i++) {
    const text = results[i]?.[0]?.transcript.trim();
    if (text) parts.push(text);
  }
  return parts.join(' ');
}

export interface LiveTranscript {
  stop(): void;
}

/**
 * Starts on-device recognition; `onText` gets the whole transcript at each result. Refuses to
 * start (returns null) if the recognizer does not keep `processLocally`: never a server.
 */
export function startLocalTranscript(
  found: Extract<LocalRecognition, { kind: 'ready' }>,
  onText: (text: string) => void,
  onError: (error: string) => void,
): LiveTranscript | null {
  const recognizer = new found.Recognizer();
  recognizer.processLocally = true;
  if (recognizer.processLocally !== true) return null;
  recognizer.lang = found.lang;
  recognizer.continuous = true;
  recognizer.interimResults = true;
  recognizer.onresult = (event) => onText(transcriptOf(event.results));
  recognizer.onerror = (event) => onError(event.error);
  try {
    recognizer.start();
  } catch (error) {
    onError(String(error));
    return null;
  }
  return { stop: () => recognizer.stop() };
}
