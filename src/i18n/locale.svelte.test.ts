// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreEn } from './core-en.ts';
import { coreVi } from './core-vi.ts';
import { en } from './en.ts';
import { LocaleState } from './locale.svelte.ts';
import { loadMessages } from './messages.ts';
import { vi as viMessages } from './vi.ts';

afterEach(() => vi.restoreAllMocks());

describe('LocaleState: core strings first, every screen’s with the first route past the start', () => {
  it('opens with the core strings of the browser’s language and no screen strings', async () => {
    const locale = await LocaleState.load(['vi-VN']);
    expect(locale.current).toBe('vi');
    expect(locale.core).toBe(coreVi);
    // A screen string read before loadScreens() is a bug in the code: it throws rather than render "undefined".
    expect(() => locale.t).toThrow(/loadScreens/);
  });

  it('gives every string once loadScreens() resolves, the core ones included', async () => {
    const locale = await LocaleState.load(['en']);
    await locale.loadScreens();
    expect(locale.t).toBe(en);
    expect(locale.core.appTitle).toBe(coreEn.appTitle);
    expect(locale.t.reportHeading).toBe(en.reportHeading);
  });

  it('loads the screen strings once however many routes ask', async () => {
    const load = vi.spyOn(loadMessages, 'en');
    const locale = await LocaleState.load(['en']);
    await Promise.all([locale.loadScreens(), locale.loadScreens()]);
    await locale.loadScreens();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a switch of language keeps the screen strings loaded, in the new language', async () => {
    const locale = await LocaleState.load(['en']);
    await locale.loadScreens();
    await locale.switchTo('vi');
    expect(locale.current).toBe('vi');
    expect(locale.t).toBe(viMessages);
    expect(locale.core.appTitle).toBe(coreVi.appTitle);
  });

  it('a switch before any route past the start loads the core strings only', async () => {
    const load = vi.spyOn(loadMessages, 'vi');
    const locale = await LocaleState.load(['en']);
    await locale.switchTo('vi');
    expect(locale.core).toBe(coreVi);
    expect(load).not.toHaveBeenCalled();
    expect(() => locale.t).toThrow();
  });

  it('a switch while the screen strings load ends with the new language’s', async () => {
    const locale = await LocaleState.load(['en']);
    const screens = locale.loadScreens();
    const switched = locale.switchTo('vi');
    await Promise.all([screens, switched]);
    expect(locale.current).toBe('vi');
    expect(locale.t).toBe(viMessages);
  });

  it('a page derived with the screen strings is not derived again when the language changes', async () => {
    const locale = await LocaleState.load(['en']);
    let derivations = 0;
    const destroy = $effect.root(() => {
      const page = $derived((derivations++, locale.loadScreens()));
      $effect(() => void page);
    });
    flushSync();
    await locale.loadScreens();
    await locale.switchTo('vi');
    flushSync();
    expect(locale.t).toBe(viMessages);
    // Derived again, the shell would load the route afresh and lose what its page holds (a finished round's figures).
    expect(derivations).toBe(1);
    destroy();
  });
});
