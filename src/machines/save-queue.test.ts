import { expect, it } from 'vitest';
import { SaveQueue } from './save-queue.ts';

it('writes in order, says when everything is written, and goes on after a failed write', async () => {
  const states: boolean[] = [];
  const written: number[] = [];
  const queue = new SaveQueue((saved) => states.push(saved));
  const slow = (n: number, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => (written.push(n), resolve()), ms));
  queue.add(slow(1, 20));
  queue.add(() => Promise.reject(new Error('disk full')));
  queue.add(slow(3, 1));
  expect(states).toEqual([false, false, false]);
  await queue.settled();
  expect(written).toEqual([1, 3]);
  expect(states.at(-1)).toBe(true);
  expect(states.filter((s) => s)).toHaveLength(1);
});
