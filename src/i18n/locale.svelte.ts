import { LOCALES, type Locale } from '../domain/text.ts';
import { detectLocale, messages, type Messages } from './messages.ts';

const KEY = 'interview-roleplay.locale';

/** The UI language: from the browser at first, then the person's own choice, kept across visits. */
export class LocaleState {
  #current = $state<Locale>('en');

  constructor(languages: readonly string[] = navigator.languages ?? [navigator.language]) {
    const saved = readSaved();
    this.#current = saved ?? detectLocale(languages);
  }

  get current(): Locale {
    return this.#current;
  }

  set current(locale: Locale) {
    this.#current = locale;
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Private mode or storage off: the choice lasts for this tab only.
    }
  }

  get t(): Messages {
    return messages[this.#current];
  }
}

function readSaved(): Locale | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return LOCALES.find((l) => l === value);
  } catch {
    return undefined;
  }
}
