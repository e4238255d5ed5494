import { untrack } from 'svelte';
import { LOCALES, type Locale } from '../domain/text.ts';
import { detectLocale, loadCore, loadMessages, type CoreMessages, type Messages } from './messages.ts';

/** Where the choice is kept: the projector window follows it when the presenter's window changes it. */
export const LOCALE_KEY = 'interview-roleplay.locale';
const KEY = LOCALE_KEY;

/**
 * The UI language: from the browser at first, then the person's own choice, kept across visits.
 *
 * The strings come in two parts so that the first load stays small: `core` (the shell and the
 * start screen) is loaded before the first screen, and `t` (every screen) once `loadScreens()` has
 * resolved, which the shell awaits with each route's chunk. Reading `t` before then is a mistake in
 * the code, not a state to render, so it throws.
 */
export class LocaleState {
  #current = $state<Locale>('en');
  #core = $state.raw<CoreMessages>() as CoreMessages;
  #all = $state.raw<Messages | undefined>();
  #loadingAll: Promise<void> | undefined;

  private constructor(locale: Locale, core: CoreMessages) {
    this.#current = locale;
    this.#core = core;
  }

  /** The saved choice, or the browser's languages, with that language's core strings loaded. */
  static async load(languages: readonly string[] = navigator.languages ?? [navigator.language]): Promise<LocaleState> {
    const locale = readSaved() ?? detectLocale(languages);
    return new LocaleState(locale, await loadCore[locale]());
  }

  get current(): Locale {
    return this.#current;
  }

  /** The shell's and start screen's strings, always loaded. */
  get core(): CoreMessages {
    return this.#all ?? this.#core;
  }

  /** Every screen's strings; only after `loadScreens()` has resolved. */
  get t(): Messages {
    if (!this.#all) throw new Error('The screens’ strings are not loaded yet: await locale.loadScreens() first.');
    return this.#all;
  }

  /** Loads every screen's strings in the current language (once; a language switch keeps them loaded). */
  loadScreens(): Promise<void> {
    // Untracked: the shell calls it where the route's chunk is derived, which must not load the route
    // again (and lose what its page holds) when the language changes.
    return untrack(() => this.#loadScreens());
  }

  #loadScreens(): Promise<void> {
    if (this.#all) return Promise.resolve();
    this.#loadingAll ??= (async () => {
      // A switch of language while loading: load the language that is current once this one arrives.
      for (;;) {
        const locale = this.#current;
        const all = await loadMessages[locale]();
        if (locale === this.#current) {
          this.#all = all;
          return;
        }
      }
    })().finally(() => (this.#loadingAll = undefined));
    return this.#loadingAll;
  }

  /** Switches once the language's strings are loaded, so the page never shows a mix. */
  async switchTo(locale: Locale): Promise<void> {
    const [core, all] = await Promise.all([loadCore[locale](), this.#all || this.#loadingAll ? loadMessages[locale]() : undefined]);
    this.#core = core;
    if (all) this.#all = all;
    this.#current = locale;
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Private mode or storage off: the choice lasts for this tab only.
    }
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
