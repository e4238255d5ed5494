/**
 * Resume data for a calibration round (`cmi.suspend_data`), as `suspend.ts` is for a run: not
 * the snapshot, but the order the samples are shown in and the level locked for each so far;
 * the round is rebuilt by rating them again through the machine.
 *
 * `c1.<content hash, first 8>.<order>.<levels>.<r|v>`
 * The order is each sample's place in the set as authored, one base-36 digit (two when the set
 * has more than 36 samples); the levels are `1`–`5`, one per sample locked, in the order shown;
 * `r` the next sample is being rated, `v` the last one's reference is shown. Indicators ticked
 * and notes are not kept.
 */
import type { Level } from '../domain/text.ts';

export const ROUND_SUSPEND_PREFIX = 'c1';

export interface SuspendedRound {
  /** The first 8 characters of the content hash: data from other content is not replayed. */
  content: string;
  /** Each sample's place among the set's samples as authored, from 0, in the order shown. */
  order: number[];
  /** The levels locked so far, in the order shown. */
  levels: Level[];
  /** The last sample locked is still shown with its reference (the learner has not gone on). */
  revealed: boolean;
}

/** Digits per sample in the order: a set of up to 36 samples takes one. */
const widthOf = (samples: number) => (samples > 36 ? 2 : 1);

export function encodeRoundSuspend(s: SuspendedRound): string {
  const width = widthOf(s.order.length);
  const order = s.order.map((i) => i.toString(36).padStart(width, '0')).join('');
  return [ROUND_SUSPEND_PREFIX, s.content.slice(0, 8), order, s.levels.join(''), s.revealed ? 'v' : 'r'].join('.');
}

/** Undefined for anything that is not round resume data this version wrote. */
export function decodeRoundSuspend(text: string): SuspendedRound | undefined {
  const parts = text.split('.');
  if (parts.length !== 5 || parts[0] !== ROUND_SUSPEND_PREFIX) return undefined;
  const [, content, orderText, levelsText, stage] = parts as [string, string, string, string, string];
  if (!/^[0-9a-z]{0,8}$/i.test(content) || !/^[0-9a-z]+$/.test(orderText) || !/^[1-5]*$/.test(levelsText) || (stage !== 'r' && stage !== 'v')) return undefined;
  const width = orderText.length > 36 ? 2 : 1;
  if (orderText.length % width) return undefined;
  const order = Array.from({ length: orderText.length / width }, (_, i) => parseInt(orderText.slice(i * width, i * width + width), 36));
  const levels = [...levelsText].map(Number) as Level[];
  if (new Set(order).size !== order.length || levels.length > order.length || (stage === 'v' && !levels.length)) return undefined;
  return { content, order, levels, revealed: stage === 'v' };
}
