import { describe, expect, it } from 'vitest';
import { countFillers, speechMetrics, words } from './metrics.ts';

describe('words', () => {
  it.each([
    ['en', 'Well, I would   call them — all three.', ['well', 'i', 'would', 'call', 'them', 'all', 'three']],
    ['en', "I don't know", ['i', "don't", 'know']],
    ['vi', 'Tôi sẽ gọi cho từng người.', ['tôi', 'sẽ', 'gọi', 'cho', 'từng', 'người']],
    ['en', '', []],
    ['en', ' … ', []],
  ] as const)('%s: %j', (locale, text, expected) => {
    expect(words(text, locale)).toEqual(expected);
  });

  it('reads decomposed Vietnamese (NFD) as the composed word', () => {
    expect(words('Ừm, tôi'.normalize('NFD'), 'vi')).toEqual(['ừm', 'tôi']);
  });
});

describe('countFillers', () => {
  it.each([
    ['en', 'Um, I would, uh, call them. Like, you know, all of them. Um.', [{ phrase: 'um', count: 2 }, { phrase: 'uh', count: 1 }, { phrase: 'like', count: 1 }, { phrase: 'you know', count: 1 }]],
    ['en', 'UM, Uh', [{ phrase: 'um', count: 1 }, { phrase: 'uh', count: 1 }]],
    // Whole words only: no "um" in "umbrella" or "drum", no "uh" in "uhura".
    ['en', 'An umbrella and a drum, said Uhura.', []],
    // "you" and "know" apart are not the phrase.
    ['en', 'Do you really know?', []],
    ['vi', 'Ừm, à, tôi nghĩ là, ờ, kiểu như gọi cho họ thì là tốt.', [{ phrase: 'ừm', count: 1 }, { phrase: 'à', count: 1 }, { phrase: 'ờ', count: 1 }, { phrase: 'kiểu như', count: 1 }, { phrase: 'thì là', count: 1 }]],
    // Diacritics matter: "a", "ở", "um" and "kiểu" alone are not fillers.
    ['vi', 'Tôi ở đây, a lô, kiểu dáng, um.', []],
    ['vi', 'À À à', [{ phrase: 'à', count: 3 }]],
  ] as const)('%s: %s', (locale, text, expected) => {
    expect(countFillers(text, locale)).toEqual(expected);
  });

  it('counts the Vietnamese list in Vietnamese and the English list in English', () => {
    expect(countFillers('um, ừm', 'vi')).toEqual([{ phrase: 'ừm', count: 1 }]);
    expect(countFillers('um, ừm', 'en')).toEqual([{ phrase: 'um', count: 1 }]);
  });

  it('matches decomposed (NFD) Vietnamese fillers', () => {
    expect(countFillers('Kiểu như, ờ'.normalize('NFD'), 'vi')).toEqual([{ phrase: 'ờ', count: 1 }, { phrase: 'kiểu như', count: 1 }]);
  });
});

describe('speechMetrics', () => {
  it('gives words per minute from the recording length', () => {
    const text = Array.from({ length: 30 }, () => 'word').join(' ');
    expect(speechMetrics(text, 'en', 12)).toEqual({ words: 30, seconds: 12, wordsPerMinute: 150, fillers: [], fillerTotal: 0 });
  });

  it('gives no rate for a typed answer or an unusable duration', () => {
    expect(speechMetrics('um I would call', 'en').wordsPerMinute).toBeNull();
    expect(speechMetrics('um I would call', 'en', 0).wordsPerMinute).toBeNull();
    expect(speechMetrics('um I would call', 'en', Number.POSITIVE_INFINITY)).toMatchObject({ seconds: null, wordsPerMinute: null });
  });

  it('gives no rate over a recording shorter than two seconds (a take stopped at once)', () => {
    expect(speechMetrics('I would call each of them to ask what they need', 'en', 0.3)).toMatchObject({ seconds: null, wordsPerMinute: null });
    expect(speechMetrics('I would call each of them to ask what they need', 'en', 2)).toMatchObject({ seconds: 2, wordsPerMinute: 330 });
  });

  it('totals the fillers in Vietnamese', () => {
    expect(speechMetrics('Ừm, thì là, ờ tôi sẽ gọi', 'vi', 6)).toEqual({
      words: 7,
      seconds: 6,
      wordsPerMinute: 70,
      fillers: [{ phrase: 'ừm', count: 1 }, { phrase: 'ờ', count: 1 }, { phrase: 'thì là', count: 1 }],
      fillerTotal: 3,
    });
  });
});
