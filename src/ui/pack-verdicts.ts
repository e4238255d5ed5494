import type { VerdictStore } from '../domain/pack-verdict.ts';

const KEY = 'interview-roleplay:pack-verdicts';
/** Far more than the packs a trainer keeps; the oldest go first. */
const MAX = 100;

/** The page's localStorage, when it has one that works (not in private modes that throw, nor outside a browser). */
function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Stored packs' verdicts (domain/pack-verdict.ts) kept in localStorage, read once. Without a
 * usable localStorage, or when it is full, verdicts live for the page only: packs are then
 * checked in full on the next load, as before.
 */
export function localVerdicts(storage: Storage | undefined = pageStorage()): VerdictStore {
  let keys: string[] | undefined;
  const read = () => {
    if (keys) return keys;
    try {
      const saved: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
      keys = Array.isArray(saved) ? saved.filter((k): k is string => typeof k === 'string').slice(-MAX) : [];
    } catch {
      keys = [];
    }
    return keys;
  };
  return {
    has: (key) => read().includes(key),
    add(key) {
      keys = [...read().filter((k) => k !== key), key].slice(-MAX);
      try {
        storage?.setItem(KEY, JSON.stringify(keys));
      } catch {
        // full or refused: remembered for this page only
      }
    },
  };
}
