import { describe, expect, it } from 'vitest';
import { csvCell, csvRows, neutralise, unneutralise } from './csv.ts';

describe('CSV cells', () => {
  it.each(['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('writes %j as text, not a formula', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
    expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    expect(unneutralise(neutralise(text))).toBe(text);
  });

  it('leaves other texts and the numbers it computes as they are', () => {
    for (const text of ['Hello', 'a=b', "'quoted", 'Dạ, em hiểu']) expect(unneutralise(neutralise(text))).toBe(text);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell("'quoted")).toBe("'quoted");
  });

  it('quotes a comma, a quote and a line break, after neutralising', () => {
    expect(csvCell('=A1,"b"')).toBe(`"'=A1,""b"""`);
    expect(csvRows([['a', 1], ['=x', 2]])).toBe("a,1\r\n'=x,2\r\n");
  });
});
