import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { rationaleParts, rationaleText, stripMarkdown, type RationalePart } from './calibration-rationale.ts';

const rubric = loadFixture().rubrics.get('mini')!;
/** The parts as a reader sees them in English: an indicator as [its words]. */
const read = (parts: RationalePart[]) => parts.map((p) => (p.kind === 'text' ? p.text : `[${p.indicator.text.en}]`)).join('');

describe('rationaleParts', () => {
  it.each([
    ['mini.3.1 (“quote”), mini.2.1 missing.', '[Three] (“quote”), [Two] missing.'],
    ['`mini.3.1` and **bold** and *em*', '[Three] and bold and em'],
    ['Not 5 (mini.3.1–mini.5.1 missing)', 'Not 5 ([Three]; [Four]; [Five] missing)'],
    ['mini.1.2: a deficit.', '[Cannot prioritise]: a deficit.'],
    ['Ends with mini.4.1.', 'Ends with [Four].'],
    ['mini.1.10 and xmini.1.1 and mini.1.1.2 are no ids of this rubric', 'mini.1.10 and xmini.1.1 and mini.1.1.2 are no ids of this rubric'],
    ['see [the guide](https://example.org)', 'see the guide'],
  ])('%j reads %j', (text, expected) => {
    expect(read(rationaleParts(text, rubric))).toBe(expected);
  });

  it('gives each named indicator with its level', () => {
    expect(rationaleParts('mini.4.1', rubric)).toEqual([{ kind: 'indicator', indicator: rubric.levels[3]!.indicators[0], level: 4 }]);
  });

  it('keeps markup-looking text as text: it is never HTML', () => {
    expect(rationaleParts('<img src=x onerror=alert(1)> mini.2.1', rubric)[0]).toEqual({ kind: 'text', text: '<img src=x onerror=alert(1)> ' });
  });
});

describe('rationaleText', () => {
  it('names each indicator by its words in each language, with no id and no markup left', () => {
    const four = rubric.levels[3]!.indicators[0]!.text;
    expect(rationaleText({ vi: '`mini.4.1`: có.', en: '`mini.4.1`: yes.' }, rubric)).toEqual({ vi: `“${four.vi}”: có.`, en: `“${four.en}”: yes.` });
  });
});

describe('stripMarkdown', () => {
  it.each([
    ['`a` ``b``', 'a b'],
    ['__x__ and _y_ but snake_case_name', 'x and y but snake_case_name'],
    ['a lone ` tick', 'a lone  tick'],
    ['3 * 4 * 5', '3 * 4 * 5'],
  ])('%j → %j', (text, expected) => {
    expect(stripMarkdown(text)).toBe(expected);
  });
});
