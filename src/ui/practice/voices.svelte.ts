import { createSubscriber } from 'svelte/reactivity';
import { pickVoice } from '../../domain/question-practice.ts';
import type { Locale } from '../../domain/text.ts';

/** The part of `speechSynthesis` the question reader uses, so a test can hand in a fake. */
export type Synth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'>;

/**
 * The voices the browser offers, read again when it says they changed (Chrome lists them
 * only after `voiceschanged`). No synthesis at all: no voice, the question is text only.
 */
export class QuestionVoice {
  #synth: Synth | undefined;
  #track: () => void;

  constructor(synth: Synth | undefined = globalThis.speechSynthesis) {
    this.#synth = synth;
    this.#track = createSubscriber((update) => {
      synth?.addEventListener('voiceschanged', update);
      return () => synth?.removeEventListener('voiceschanged', update);
    });
  }

  /** A voice on this device for `locale`, or undefined. */
  voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
    this.#track();
    return this.#synth ? pickVoice(this.#synth.getVoices(), locale) : undefined;
  }

  /** Reads `text` in `voice`; `onend` when it finishes or is stopped. */
  speak(text: string, voice: SpeechSynthesisVoice, onend: () => void) {
    if (!this.#synth) return;
    this.#synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = onend;
    utterance.onerror = onend;
    this.#synth.speak(utterance);
  }

  stop() {
    this.#synth?.cancel();
  }
}
