import type { Pack } from '../domain/pack.ts';
import { applyCommand, type Command } from './commands.ts';
import { pathKey } from './path.ts';

/**
 * Undo and redo over a draft's pack: the documents before and after, not inverse
 * commands (packs share what an edit did not touch, so a step costs the path it changed).
 */
export interface History {
  readonly past: readonly Pack[];
  readonly present: Pack;
  readonly future: readonly Pack[];
  /** The field last typed into and when, to fold a run of keystrokes into one step. */
  readonly typing?: { key: string; at: number };
}

/** Steps kept to undo; older ones are dropped. */
export const HISTORY_LIMIT = 200;
/** Keystrokes in one field closer together than this (ms) undo as one step. */
export const COALESCE_MS = 1_000;

export function startHistory(pack: Pack): History {
  return { past: [], present: pack, future: [] };
}

/**
 * The history after `command`, done at `at` (ms; the caller's clock). A `set` of the same
 * field as the step before, within COALESCE_MS of it, joins that step (typing a word is
 * one undo). A command that changes nothing leaves the history as it was.
 */
export function execute(history: History, command: Command, at: number, limit = HISTORY_LIMIT): History {
  const next = applyCommand(history.present, command);
  if (next === history.present) return history;
  const key = command.type === 'set' ? pathKey(command.path) : undefined;
  const typing = key === undefined ? undefined : { key, at };
  if (key !== undefined && history.typing?.key === key && at - history.typing.at < COALESCE_MS && history.past.length) {
    return { past: history.past, present: next, future: [], typing };
  }
  const past = [...history.past, history.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], ...(typing ? { typing } : {}) };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;

export function undo(history: History): History {
  if (!history.past.length) return history;
  return { past: history.past.slice(0, -1), present: history.past.at(-1)!, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  if (!history.future.length) return history;
  return { past: [...history.past, history.present], present: history.future[0]!, future: history.future.slice(1) };
}
