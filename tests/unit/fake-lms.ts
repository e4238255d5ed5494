import type { LmsApi } from '../../src/lms/api.ts';
import type { ScormVersion } from '../../src/lms/cmi.ts';
import type { LmsWindow } from '../../src/lms/start.ts';

/** An LMS API that keeps what it is given and logs every call, on a parent window where findApi finds it. */
export function fakeLms(version: ScormVersion, held: Record<string, string> = {}) {
  const values = new Map(Object.entries(held));
  const calls: string[] = [];
  const api: LmsApi = {
    version,
    initialize: () => (calls.push('initialize'), true),
    get: (e) => values.get(e) ?? '',
    set: (e, v) => (values.set(e, v), true),
    commit: () => (calls.push('commit'), true),
    terminate: () => (calls.push('terminate'), true),
    lastError: () => '0',
  };
  const raw =
    version === '1.2'
      ? { LMSInitialize: api.initialize, LMSFinish: api.terminate, LMSGetValue: api.get, LMSSetValue: api.set, LMSCommit: api.commit, LMSGetLastError: api.lastError }
      : { Initialize: api.initialize, Terminate: api.terminate, GetValue: api.get, SetValue: api.set, Commit: api.commit, GetLastError: api.lastError };
  const listeners = new Set<() => void>();
  const win: LmsWindow = {
    parent: { [version === '1.2' ? 'API' : 'API_1484_11']: raw },
    addEventListener: (_, l) => listeners.add(l),
    removeEventListener: (_, l) => listeners.delete(l),
  };
  return { values, calls, win, leave: () => [...listeners].forEach((l) => l()) };
}
