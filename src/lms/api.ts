/**
 * Finding the LMS's API object as each standard says, and one interface over both.
 *
 * SCORM 1.2 (RTE 3.3.6.1) names it `API`, 2004 (RTE 3.1.2.1) `API_1484_11`; the content looks
 * in its own window, then up the chain of `parent`s, then in `opener` and its parents, and
 * gives up after a bounded number of steps (ADL's sample walks 7 parents for 1.2, 500 for 2004;
 * we take 500 for both: a frame tree is never that deep, and the bound only stops a cycle).
 * A parent on another origin throws on access: that ends the walk up, not the search.
 */
import type { ScormVersion } from './cmi.ts';

/** What the walk reads of a window; a real `Window` fits. */
export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
  readonly API?: unknown;
  readonly API_1484_11?: unknown;
}

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
}

/** The two versions' calls under one set of names; each returns true when the LMS said "true". */
export interface LmsApi {
  readonly version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** The LMS's last error code ("0" for none). */
  lastError(): string;
}

export const MAX_WALK = 500;

const isApi12 = (x: unknown): x is Api12 => typeof x === 'object' && x !== null && typeof (x as Api12).LMSInitialize === 'function';
const isApi2004 = (x: unknown): x is Api2004 => typeof x === 'object' && x !== null && typeof (x as Api2004).Initialize === 'function';

function read<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined; // another origin
  }
}

/** The window and its parents, nearest first, at most `MAX_WALK` of them. */
function* upFrom(win: WindowLike | null | undefined): Generator<WindowLike> {
  for (let w = win, steps = 0; w && steps < MAX_WALK; steps++) {
    yield w;
    const parent = read(() => w!.parent);
    if (!parent || parent === w) return;
    w = parent;
  }
}

function* candidates(win: WindowLike): Generator<WindowLike> {
  yield* upFrom(win);
  // The top of the frame chain may have been opened by the LMS in a new window.
  let top: WindowLike = win;
  for (const w of upFrom(win)) top = w;
  yield* upFrom(read(() => top.opener));
}

function wrap12(api: Api12): LmsApi {
  return {
    version: '1.2',
    initialize: () => String(api.LMSInitialize('')) === 'true',
    get: (element) => String(api.LMSGetValue(element) ?? ''),
    set: (element, value) => String(api.LMSSetValue(element, value)) === 'true',
    commit: () => String(api.LMSCommit('')) === 'true',
    terminate: () => String(api.LMSFinish('')) === 'true',
    lastError: () => String(api.LMSGetLastError()),
  };
}

function wrap2004(api: Api2004): LmsApi {
  return {
    version: '2004',
    initialize: () => String(api.Initialize('')) === 'true',
    get: (element) => String(api.GetValue(element) ?? ''),
    set: (element, value) => String(api.SetValue(element, value)) === 'true',
    commit: () => String(api.Commit('')) === 'true',
    terminate: () => String(api.Terminate('')) === 'true',
    lastError: () => String(api.GetLastError()),
  };
}

/**
 * The LMS's API for `version`, or for either (2004 first) when none is asked;
 * undefined when there is none, and the app runs as it does outside an LMS.
 */
export function findApi(win: WindowLike, version?: ScormVersion): LmsApi | undefined {
  for (const w of candidates(win)) {
    if (version !== '1.2') {
      const api = read(() => w.API_1484_11);
      if (isApi2004(api)) return wrap2004(api);
    }
    if (version !== '2004') {
      const api = read(() => w.API);
      if (isApi12(api)) return wrap12(api);
    }
  }
  return undefined;
}
