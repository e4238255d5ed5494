import { csvRows } from '../csv.ts';
import { LEVELS, pick, type Locale, type Text } from '../text.ts';
import { countAt, type ClassResults } from './aggregate.ts';

/** Titles by id, as the screen shows them; an id missing here is written as the id. */
export interface ClassNames {
  scenarios: ReadonlyMap<string, Text>;
  sets: ReadonlyMap<string, Text>;
}

const HEADER = ['figure', 'source_id', 'source', 'item', 'choice', 'level', 'count', 'share'];

/** A share to four places, as a number a spreadsheet sums; blank when there is nothing to share. */
const ratio = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Every figure on the screen as one long table (one row per count), so a spreadsheet can
 * pivot it: `figure` says which count a row is. Titles come from packs, so cells are
 * neutralised (csv.ts); the file carries no person's name, as the figures carry none.
 */
export function classResultsCsv(results: ClassResults, names: ClassNames, locale: Locale): string {
  const rows: (string | number)[][] = [HEADER];
  for (const s of results.scenarios) {
    const title = names.scenarios.get(s.scenarioId);
    const source = title ? pick(title, locale) : s.scenarioId;
    const row = (figure: string, item: string, choice: string, level: number | '', count: number, share: number | '') =>
      rows.push([figure, s.scenarioId, source, item, choice, level, count, share === '' ? '' : ratio(share)]);
    row('runs', '', '', '', s.runs, '');
    row('workshops', '', '', '', s.workshops, '');
    for (const spread of s.spreads) {
      const scored = spread.counts.reduce((a, b) => a + b, 0);
      for (const level of LEVELS) row('competency_level', spread.competency, '', level, countAt(spread.counts, level), scored ? countAt(spread.counts, level) / scored : 0);
      if (spread.unscored) row('competency_unscored', spread.competency, '', '', spread.unscored, '');
    }
    for (const d of s.decisions) {
      row('decision_reached', d.nodeId, '', '', d.reached, '');
      for (const o of d.options) row('option_chosen', d.nodeId, o.optionId, o.level ?? '', o.runs + o.room, o.share);
      row('timed_out', d.nodeId, '', '', d.timedOut, d.reached ? d.timedOut / d.reached : 0);
      row('hinted', d.nodeId, '', '', d.hinted, d.reached ? d.hinted / d.reached : 0);
    }
    for (const e of s.edges) row('path', e.from, String(e.index + 1), '', e.count, '');
  }
  for (const set of results.sets) {
    const title = names.sets.get(set.setId);
    const source = title ? pick(title, locale) : set.setId;
    rows.push(['rounds', set.setId, source, '', '', '', set.rounds, '']);
    for (const sample of set.samples) {
      if (sample.reference !== null) rows.push(['reference', set.setId, source, sample.sampleId, '', sample.reference, 1, '']);
      for (const level of LEVELS) {
        const n = countAt(sample.counts, level);
        rows.push(['rating', set.setId, source, sample.sampleId, '', level, n, sample.ratings ? ratio(n / sample.ratings) : 0]);
      }
    }
  }
  return csvRows(rows);
}
