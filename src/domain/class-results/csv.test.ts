import { describe, expect, it } from 'vitest';
import type { ClassResults } from './aggregate.ts';
import { classResultsCsv } from './csv.ts';

const results: ClassResults = {
  scenarios: [
    {
      scenarioId: 'meet',
      known: true,
      runs: 4,
      workshops: 0,
      spreads: [{ competency: 's08', counts: [1, 0, 2, 1, 0], unscored: 0 }],
      decisions: [
        {
          nodeId: 'open',
          reached: 4,
          choices: 3,
          timedOut: 1,
          hinted: 2,
          options: [
            { optionId: 'a', level: 4, runs: 2, room: 0, share: 2 / 3 },
            { optionId: 'b', level: 1, runs: 1, room: 0, share: 1 / 3 },
          ],
          strongest: { level: 4, share: 2 / 3 },
          commonWeaker: null,
        },
      ],
      edges: [{ from: 'open', index: 0, count: 2 }],
    },
  ],
  sets: [{ setId: 'cal', known: true, rounds: 2, workshops: 0, samples: [{ sampleId: 'x', reference: 3, counts: [0, 0, 1, 1, 0], ratings: 2, exact: 0.5, withinOne: 1, above: 0.5, below: 0 }] }],
};

describe('classResultsCsv', () => {
  const csv = classResultsCsv(results, { scenarios: new Map([['meet', { vi: '=HYPERLINK("x")', en: '=HYPERLINK("x")' }]]), sets: new Map() }, 'en');
  const rows = csv.split('\r\n');

  it('writes one row per count, shares to four places', () => {
    expect(rows[0]).toBe('figure,source_id,source,item,choice,level,count,share');
    expect(rows).toContain(`option_chosen,meet,"'=HYPERLINK(""x"")",open,a,4,2,0.6667`);
    expect(rows).toContain(`timed_out,meet,"'=HYPERLINK(""x"")",open,,,1,0.25`);
    expect(rows).toContain(`competency_level,meet,"'=HYPERLINK(""x"")",s08,,3,2,0.5`);
    expect(rows).toContain(`path,meet,"'=HYPERLINK(""x"")",open,1,,2,`);
  });

  it('names a set it has no title for by its id, with the reference and each level’s ratings', () => {
    expect(rows).toContain('reference,cal,cal,x,,3,1,');
    expect(rows).toContain('rating,cal,cal,x,,4,1,0.5');
    expect(rows).toContain('rating,cal,cal,x,,1,0,0');
  });

  it('neutralises a title a spreadsheet would run as a formula', () => {
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
