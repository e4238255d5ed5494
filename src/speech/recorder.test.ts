import { describe, expect, it } from 'vitest';
import { levelOf, micProblemOf, pickMimeType } from './recorder.ts';

describe('pickMimeType', () => {
  it.each([
    ['Opus in WebM where supported', ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4'], 'audio/webm;codecs=opus'],
    ['MP4 where only that is (Safari)', ['audio/mp4'], 'audio/mp4'],
    ["the browser's own choice otherwise", [], ''],
  ])('%s', (_, supported, expected) => {
    expect(pickMimeType((type) => supported.includes(type))).toBe(expected);
  });
});

describe('micProblemOf', () => {
  it.each([
    ['NotAllowedError', 'refused'],
    ['SecurityError', 'refused'],
    ['NotFoundError', 'missing'],
    ['OverconstrainedError', 'missing'],
    ['NotSupportedError', 'unsupported'],
    ['NotReadableError', 'failed'],
    ['AbortError', 'failed'],
  ])('%s → %s', (name, problem) => {
    expect(micProblemOf(new DOMException('x', name))).toBe(problem);
  });

  it('reads anything else as a failure', () => {
    expect(micProblemOf(undefined)).toBe('failed');
  });
});

describe('levelOf', () => {
  it('is 0 for silence and for no samples', () => {
    expect(levelOf(new Float32Array(512))).toBe(0);
    expect(levelOf([])).toBe(0);
  });

  it('grows with loudness and stops at 1', () => {
    const tone = (amplitude: number) => Float32Array.from({ length: 512 }, (_, i) => amplitude * Math.sin(i / 5));
    expect(levelOf(tone(0.05))).toBeGreaterThan(0.1);
    expect(levelOf(tone(0.05))).toBeLessThan(levelOf(tone(0.1)));
    expect(levelOf(tone(1))).toBe(1);
  });
});
