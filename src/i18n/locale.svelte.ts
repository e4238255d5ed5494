import { LOCALES, type Locale } from '../domain/text.ts';
import { detectLocale, loadMessages, type Messages } from './messages.ts';

/** Where the choice is kept: the projector window follows it when the presenter's window changes it. */
export const LOCALE_KEY = 'interview-roleplay.locale';
const KEY = LOCALE_KEY;

/** The UI language: from the browser at first, then the person's own choice, kept across visits. */
export class LocaleState {
  #current = $state<Locale>('en');
  #t = $state.raw<Messages>() as Messages;

  private constructor(locale: Locale, t: Messages) {
    this.#current = locale;
    this.#t = t;
  }

  /** The saved choice, or the browser's languages, with that language's strings loaded. */
  static async load(languages: readonly string[] = navigator.languages ?? [navigator.language]): Promise<LocaleState> {
    const locale = readSaved() ?? detectLocale(languages);
    return new LocaleState(locale, await loadMessages[locale]());
  }

  get current(): Locale {
    return this.#current;
  }

  /** Switches once the language's strings are loaded, so the page never shows a mix. */
  async switchTo(locale: Locale): Promise<void> {
    const t = await loadMessages[locale]();
    this.#t = t;
    this.#current = locale;
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Private mode or storage off: the choice lasts for this tab only.
    }
  }

  get t(): Messages {
    return this.#t;
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
