import { describe, expect, it } from 'vitest';
import { shareFiles } from './read-files.ts';

describe('shareFiles', () => {
  it('gives the largest files first to the worker with least to read, each list in file order', () => {
    // 300 | 250, 30, 20 (300 each), then 10 to the first: 310 and 300 bytes.
    expect(shareFiles([10, 300, 20, 250, 30], 2)).toEqual([[0, 1], [2, 3, 4]]);
    expect(shareFiles([5, 5, 5, 5], 2)).toEqual([[0, 2], [1, 3]]);
  });

  it('starts no more workers than files, and one at least', () => {
    expect(shareFiles([1], 4)).toEqual([[0]]);
    expect(shareFiles([1, 2], 0)).toEqual([[0, 1]]);
  });
});
