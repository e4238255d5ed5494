import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/domain/hash.ts';
import { indicatorIds } from '../../src/domain/rubric.ts';
import { checkRubric, checkScenario } from '../../src/domain/validate.ts';
import { ResultRecordSchema, RunRecordSchema } from '../../src/storage/records.ts';
import { makeModule, makeResultRecord, makeRubric, makeRunRecord, makeScenario } from './fakes.ts';

const rubrics = () => new Map([['s08', makeRubric()]]);

describe('fakes are valid content', () => {
  it('makeRubric passes checkRubric', () => {
    expect(checkRubric(makeRubric())).toEqual({ ok: true, value: makeRubric() });
  });

  it('makeRubric has the indicator ids tests rely on, with s08.1.2 the only deficit', () => {
    const rubric = makeRubric();
    expect([...indicatorIds(rubric)]).toEqual([
      's08.1.1', 's08.1.2', 's08.2.1', 's08.2.2', 's08.3.1', 's08.3.2', 's08.4.1', 's08.4.2', 's08.5.1', 's08.5.2', 's08.5.3',
    ]);
    expect(rubric.levels.flatMap((l) => l.indicators.filter((i) => i.deficit).map((i) => i.id))).toEqual(['s08.1.2']);
    expect(rubric.questions.map((q) => q.id)).toEqual(['s08.q2']);
  });

  it('makeScenario passes checkScenario against makeRubric', () => {
    expect(checkScenario(makeScenario(), rubrics())).toEqual({ ok: true, value: makeScenario() });
  });

  it('makeScenario offers options at every level 1–5', () => {
    const levels = new Set(
      makeScenario().nodes.flatMap((n) => (n.type === 'choice' ? n.options.flatMap((o) => o.evidence.map((e) => e.level)) : [])),
    );
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('makeScenario branches on s08 atLeast 4 to a difficulty-5 node, else to a difficulty-3 one', () => {
    const s = makeScenario();
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    const route = byId.get('route');
    expect(route).toEqual({ type: 'branch', id: 'route', branches: [{ if: { competency: 's08', atLeast: 4 }, next: 'stakes' }, { next: 'retry' }] });
    expect(byId.get('stakes')).toMatchObject({ type: 'choice', difficulty: 5 });
    expect(byId.get('retry')).toMatchObject({ type: 'choice' });
    expect(byId.get('retry')).not.toHaveProperty('difficulty');
    expect(s.difficulty).toBe(3);
  });

  it('an override that breaks a reference is caught, so the fakes do not hide mistakes', () => {
    const checked = checkScenario(makeScenario({ start: 'nowhere' }), rubrics());
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.findings.map((f) => f.code)).toEqual(['unknown-node']);
  });

  it('makeModule fingerprints the scenario it is given', () => {
    const changed = makeScenario({ title: { vi: 'Khác', en: 'Other' } });
    expect(makeModule().contentHash).toBe(contentHash(makeScenario()));
    expect(makeModule(changed).contentHash).not.toBe(makeModule().contentHash);
    expect(makeModule().rubrics).toEqual([makeRubric()]);
  });
});

describe('record fakes match the storage schemas', () => {
  it.each([
    ['makeRunRecord', RunRecordSchema, makeRunRecord()],
    ['makeResultRecord', ResultRecordSchema, makeResultRecord()],
  ] as const)('%s', (_, schema, record) => {
    expect(v.safeParse(schema as v.GenericSchema, record).success).toBe(true);
  });
});
