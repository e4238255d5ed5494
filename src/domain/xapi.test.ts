import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { checkStatement, isDuration, isLanguageTag, isTimestamp } from '../../tests/fixtures/xapi-statement.ts';
import { loadContent, rubricMap } from '../../tools/content-loader.ts';
import { CalibrationResultSchema, RECORD_VERSION, type CalibrationResult, type ResultRecord } from '../storage/records.ts';
import { summariseRound } from './calibration-summary.ts';
import { calibrationEntry, catalogEntry } from './catalog.ts';
import { compile } from './compile.ts';
import { findNode, optionLevel, type Scenario } from './scenario.ts';
import { lowerMedian, score } from './score.ts';
import type { Level } from './text.ts';
import type { WorkshopRecord } from './workshop.ts';
import { runScore, xapiFile, xapiStatements, XAPI_EXTENSIONS as X, XAPI_NAMESPACE, type XapiActivity, type XapiInput, type XapiOptions, type XapiStatement } from './xapi.ts';
import { uuidV5 } from './uuid.ts';

// ── Records made by the real code: content from scenarios/, played through the compiled machine, scored by `score`.

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const rubrics = rubricMap(content);
const scenario = content.scenarios.find((f) => f.value.id === 'clashing-appointments')!.value;
const set = content.calibration.find((f) => f.value.id === 'cal-s08-q2')!.value;

type Move = 'best' | 'worst' | 'hint-best' | 'timeout';

/** Plays `scenario` to its end, one move per decision (the last move repeats), and returns the answers the machine outputs. */
function play(s: Scenario, moves: Move[]) {
  const actor = createActor(compile(s)).start();
  for (let i = 0; actor.getSnapshot().status === 'active'; i++) {
    const node = findNode(s, String(actor.getSnapshot().value));
    if (node?.type !== 'choice') throw new Error(`stuck at ${String(actor.getSnapshot().value)}`);
    const move = moves[Math.min(i, moves.length - 1)]!;
    const top = optionLevel;
    const sorted = [...node.options].sort((a, b) => top(b) - top(a));
    if (move === 'timeout') actor.send({ type: 'TIMEOUT', at: 0 });
    else {
      if (move === 'hint-best') actor.send({ type: 'HINT' });
      actor.send({ type: 'CHOOSE', optionId: (move === 'worst' ? sorted.at(-1) : sorted[0])!.id, at: 0 });
    }
  }
  return actor.getSnapshot().output!.answers;
}

function runRecord(id: string, moves: Move[], at: number): ResultRecord {
  const answers = play(scenario, moves);
  const levels = Object.fromEntries(score(answers, rubrics, scenario.competencies).map((c) => [c.competency, c.result?.level ?? null]));
  // Typed, not parsed: ResultRecordSchema refuses a timed-out answer (its evidence names no indicator).
  return { v: RECORD_VERSION, kind: 'result', id, scenarioId: scenario.id, contentHash: 'c0ffee01', startedAt: at - 754_321, finishedAt: at, answers, mode: 'practice', stepsBack: 1, levels };
}

function roundRecord(id: string, at: number): CalibrationResult {
  // Every third sample rated one level off the reference, towards the middle.
  const ratings = Object.fromEntries(set.samples.map((s, i) => [s.id, { level: (i % 3 === 0 ? (s.level >= 3 ? s.level - 1 : s.level + 1) : s.level) as Level, indicators: s.shows, note: '' }]));
  const { exact, withinOne, qwk, bias } = summariseRound(set, ratings);
  return v.parse(CalibrationResultSchema, {
    v: RECORD_VERSION, kind: 'calibration', id, setId: set.id, contentHash: 'cafe0002', startedAt: at - 1_200_000, finishedAt: at, ratings, figures: { exact, withinOne, qwk, meanDifference: bias.meanDifference },
  });
}

const choiceIds = scenario.nodes.filter((n) => n.type === 'choice').map((n) => n.id);
const workshops: WorkshopRecord[] = [
  {
    v: 1, kind: 'workshop', id: 'w-scenario', source: { kind: 'scenario', id: scenario.id, title: scenario.title }, contentHash: 'c0ffee01', startedAt: 1_700_000_000_000, finishedAt: 1_700_003_600_000,
    steps: [
      { stepId: choiceIds[0]!, tally: { a: 3, b: 7, d: 2 }, followed: 'b', levels: { a: 2, b: 4, c: 1, d: 5, e: 3 } },
      { stepId: choiceIds[1]!, tally: { a: 1, c: 11 }, followed: 'c', levels: { a: 3, b: 2, c: 4 } },
    ],
    levels: { s08: 3 },
  },
  {
    v: 1, kind: 'workshop', id: 'w-calibration', source: { kind: 'calibration', id: set.id, title: set.title }, contentHash: 'cafe0002', startedAt: 1_700_100_000_000, finishedAt: 1_700_100_900_000,
    steps: set.samples.slice(0, 2).map((s) => ({ stepId: s.id, tally: { '2': 4, '3': 6 }, levels: { reference: s.level } })),
  },
];

const runs = [runRecord('run-strong', ['hint-best', 'best'], 1_710_000_000_000), runRecord('run-weak', ['worst', 'timeout', 'worst'], 1_710_000_500_000)];
const rounds = [roundRecord('round-1', 1_720_000_000_000)];
const input: XapiInput = {
  runs,
  rounds,
  workshops,
  scenarios: new Map([[scenario.id, catalogEntry(scenario, rubrics, 'networking')]]),
  calibrationSets: new Map([[set.id, { ...calibrationEntry(set, rubrics), samples: set.samples }]]),
};
const options: XapiOptions = { homePage: 'https://roleplay.example.org', accountName: 'anon-3f9c', locale: 'vi' };
const statements = xapiStatements(input, options);

const completedOf = (objectId: string) => statements.filter((s) => s.verb.id.endsWith('/completed') && s.object.id === objectId);
const scenarioIri = `${options.homePage}/xapi/scenarios/${scenario.id}`;
const setIri = `${options.homePage}/xapi/calibration/${set.id}`;

/** Every language map in a statement, with its path. */
function languageMaps(s: XapiStatement): [string, Record<string, string>][] {
  const activities: [string, XapiActivity][] = [['object', s.object], ...Object.entries(s.context.contextActivities ?? {}).flatMap(([k, list]) => list.map((a, i) => [`context.${k}.${i}`, a] as [string, XapiActivity]))];
  return [
    ['verb.display', s.verb.display],
    ...activities.flatMap(([p, a]) => [
      ...(a.definition.name ? [[`${p}.name`, a.definition.name] as [string, Record<string, string>]] : []),
      ...(a.definition.scale ?? []).map((c, i) => [`${p}.scale.${i}`, c.description] as [string, Record<string, string>]),
    ]),
  ];
}

describe('the statement checker (xAPI 1.0.3, part two §2.4)', () => {
  const good = () => ({
    id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
    timestamp: '2015-11-18T12:17:00+00:00',
    actor: { objectType: 'Agent', name: 'Project Tin Can API', mbox: 'mailto:user@example.com' },
    verb: { id: 'http://example.com/xapi/verbs#sent-a-statement', display: { 'en-US': 'sent' } },
    object: { id: 'http://example.com/xapi/activity/simplestatement', definition: { name: { 'en-US': 'simple statement' }, type: 'http://adlnet.gov/expapi/activities/assessment' } },
    result: { score: { scaled: 0.95, raw: 95, min: 0, max: 100 }, success: true, completion: true, duration: 'PT1234S', extensions: { 'http://example.com/x': { any: ['json'] } } },
    context: {
      registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
      contextActivities: { parent: [{ id: 'http://example.com/course' }], grouping: { id: 'http://example.com/programme' } },
      statement: { objectType: 'StatementRef', id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee' },
      revision: 'r2', platform: 'web', language: 'vi-VN',
    },
    version: '1.0.0',
  });

  it.each([
    ['the spec\'s long-form example, trimmed', good()],
    ['a bare statement (actor, verb, object only)', { actor: { account: { homePage: 'http://www.example.com', name: '1625378' } }, verb: { id: 'http://adlnet.gov/expapi/verbs/created' }, object: { id: 'http://example.adlnet.gov/xapi/example/activity' } }],
    ['an identified Group as actor and a StatementRef as object', { actor: { objectType: 'Group', mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9', member: [{ openid: 'http://toby.openid.example.org/' }] }, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: '8f87ccde-bb56-4c2e-ab83-44982ef22df0' } }],
    ['a SubStatement object and a likert interaction', { actor: { mbox: 'mailto:a@b.co' }, verb: { id: 'http://example.com/planned' }, object: { objectType: 'SubStatement', actor: { mbox: 'mailto:a@b.co' }, verb: { id: 'http://example.com/rated' }, object: { id: 'urn:x:1', definition: { interactionType: 'likert', scale: [{ id: '1', description: { en: 'one' } }, { id: '2' }], correctResponsesPattern: ['2'] } } } }],
  ])('accepts %s', (_, statement) => {
    expect(checkStatement(statement)).toEqual([]);
  });

  type Good = ReturnType<typeof good> & Record<string, unknown>;
  it.each<[string, (s: Good) => void, string]>([
    ['no verb', (s) => delete (s as Partial<Good>).verb, 'statement.verb: required'],
    ['an unknown top-level property', (s) => (s.score = 1), 'statement.score: not a property'],
    ['an Agent with two identifiers', (s) => Object.assign(s.actor, { account: { homePage: 'http://x.org', name: 'n' } }), 'statement.actor: an Agent needs exactly one'],
    ['an Agent with none', (s) => delete (s.actor as Partial<Good['actor']>).mbox, 'statement.actor: an Agent needs exactly one'],
    ['an mbox without mailto:', (s) => (s.actor.mbox = 'user@example.com'), 'statement.actor.mbox'],
    ['an account without an absolute home page', (s) => ((s as Record<string, unknown>).actor = { account: { homePage: 'www.example.com', name: 'n' } }), 'statement.actor.account.homePage'],
    ['a relative verb id', (s) => (s.verb.id = 'completed'), 'statement.verb.id'],
    ['a verb display keyed "en_US"', (s) => (s.verb.display = { en_US: 'sent' } as never), 'statement.verb.display.en_US'],
    ['an unknown objectType', (s) => ((s.object as Record<string, unknown>).objectType = 'Activty'), 'statement.object.objectType'],
    ['an Activity id with a space', (s) => (s.object.id = 'http://example.com/a b'), 'statement.object.id'],
    ['an Activity name that is a string', (s) => ((s.object.definition as Record<string, unknown>).name = 'simple'), 'statement.object.definition.name: must be a language map'],
    ['a relative Activity type', (s) => (s.object.definition.type = 'assessment'), 'statement.object.definition.type'],
    ['interaction components without an interactionType', (s) => ((s.object.definition as Record<string, unknown>).choices = [{ id: 'a' }]), 'statement.object.definition: interaction properties need an interactionType'],
    ['a scaled score above 1', (s) => (s.result.score.scaled = 1.5), 'statement.result.score.scaled'],
    ['a raw score above max', (s) => (s.result.score.raw = 101), 'statement.result.score.raw'],
    ['min equal to max', (s) => (s.result.score.min = 100), 'statement.result.score.min'],
    ['a completion that is not a boolean', (s) => ((s.result as Record<string, unknown>).completion = 'yes'), 'statement.result.completion'],
    ['a duration in words', (s) => (s.result.duration = '5 minutes'), 'statement.result.duration'],
    ['an extension keyed by a bare word', (s) => (s.result.extensions = { levels: 1 } as never), 'statement.result.extensions.levels'],
    ['an unknown contextActivities key', (s) => ((s.context.contextActivities as Record<string, unknown>).parents = []), 'statement.context.contextActivities.parents'],
    ['a context Activity with a relative id', (s) => (s.context.contextActivities.parent[0]!.id = 'course'), 'statement.context.contextActivities.parent.0.id'],
    ['a context statement that is not a UUID', (s) => (s.context.statement.id = 'stmt-1'), 'statement.context.statement.id'],
    ['a registration that is not a UUID', (s) => (s.context.registration = '12345'), 'statement.context.registration'],
    ['a revision on an Agent object', (s) => ((s as Record<string, unknown>).object = { objectType: 'Agent', mbox: 'mailto:a@b.co' }), 'statement.context.revision: only when the object is an Activity'],
    ['a timestamp without a time zone', (s) => (s.timestamp = '2015-11-18T12:17:00'), 'statement.timestamp'],
    ['a timestamp on 30 February', (s) => (s.timestamp = '2015-02-30T12:17:00Z'), 'statement.timestamp'],
    ['an id that is not a UUID', (s) => (s.id = 'fd41c918b88b4b20a0a5a4c32391aaa0'), 'statement.id'],
    ['an id of the wrong variant', (s) => (s.id = 'fd41c918-b88b-4b20-c0a5-a4c32391aaa0'), 'statement.id'],
    ['a version 2.0.0', (s) => (s.version = '2.0.0'), 'statement.version'],
    ['a nested SubStatement', (s) => ((s as Record<string, unknown>).object = { objectType: 'SubStatement', actor: s.actor, verb: s.verb, object: { objectType: 'SubStatement', actor: s.actor, verb: s.verb, object: { id: 'urn:x' } } }), 'statement.object.object.objectType'],
    ['an id on a SubStatement', (s) => ((s as Record<string, unknown>).object = { objectType: 'SubStatement', id: s.id, actor: s.actor, verb: s.verb, object: { id: 'urn:x' } }), 'statement.object.id: not a property'],
  ])('refuses %s', (_, change, problem) => {
    const s = good() as Good;
    change(s);
    const problems = checkStatement(s);
    expect(problems.some((p) => p.startsWith(problem)), `${problem} in ${JSON.stringify(problems)}`).toBe(true);
  });

  it.each([['vi', true], ['en-US', true], ['zh-Hant-TW', true], ['sgn-BE-FR', true], ['x-private', true], ['de-CH-1901', true], ['vi_VN', false], ['en-', false], ['', false], ['123', false], ['toolonglang', false]])(
    'language tag %j well-formed: %s',
    (tag, ok) => expect(isLanguageTag(tag)).toBe(ok),
  );

  it.each([['PT1234S', true], ['PT12.34S', true], ['P3Y1M29DT4H35M59.14S', true], ['P4W', true], ['P4W1D', false], ['PT', false], ['P', false], ['P1DT', false], ['PT1.5M2S', false], ['PT-5S', false]])(
    'duration %j valid: %s',
    (d, ok) => expect(isDuration(d)).toBe(ok),
  );

  it.each([['2024-05-01T10:00:00.123Z', true], ['2024-05-01T10:00:00+07:00', true], ['2024-05-01T10:00:00-00:00', false], ['2024-05-01', false], ['2023-02-29T00:00:00Z', false]])(
    'timestamp %j valid: %s',
    (t, ok) => expect(isTimestamp(t)).toBe(ok),
  );
});

describe('uuidV5', () => {
  it('gives the RFC 4122 name-based UUID (Python: uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('derives the statement namespace from the URL namespace, as Python computes it', () => {
    expect(XAPI_NAMESPACE).toBe('a92c363a-3043-5d1e-96ce-15f754bedeb8');
  });

  it('agrees with node:crypto\'s SHA-1 on every padding length and on UTF-8 names', () => {
    const reference = (name: string) => {
      const bytes = createHash('sha1').update(Buffer.from(XAPI_NAMESPACE.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
      bytes[6] = (bytes[6]! & 0x0f) | 0x50;
      bytes[8] = (bytes[8]! & 0x3f) | 0x80;
      return bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    };
    const names = [...Array.from({ length: 140 }, (_, n) => 'x'.repeat(n)), 'Ba cuộc hẹn trùng giờ', 'result/😀/answered/0'];
    for (const name of names) expect(uuidV5(XAPI_NAMESPACE, name), name).toBe(reference(name));
  });
});

describe('xapiStatements over records made by the real code', () => {
  it('writes only statements the checker accepts', () => {
    expect(statements.length).toBeGreaterThan(10);
    expect(statements.flatMap((s, i) => checkStatement(s, `statements.${i}`))).toEqual([]);
  });

  it('leaves to the LRS what the LRS sets, and writes what a provider should', () => {
    for (const s of statements) {
      expect(s).not.toHaveProperty('stored');
      expect(s).not.toHaveProperty('authority');
      expect(s.version).toBe('1.0.0');
      expect(s.object.objectType).toBe('Activity');
      expect(s.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://roleplay.example.org', name: 'anon-3f9c' } });
      for (const list of Object.values(s.context.contextActivities ?? {})) expect(Array.isArray(list)).toBe(true);
    }
  });

  it('gives each record one completed statement and one answered per decision, sample or step', () => {
    const verbs = statements.map((s) => s.verb.id.split('/').at(-1));
    const expected = [
      ...runs.flatMap((r) => ['completed', ...r.answers.map(() => 'answered')]),
      ...rounds.flatMap((r) => ['completed', ...Object.keys(r.ratings).map(() => 'answered')]),
      ...workshops.flatMap((w) => ['completed', ...w.steps.map(() => 'answered')]),
    ];
    expect(verbs).toEqual(expected);
  });

  describe('a run', () => {
    const [strong, weak] = runs;
    const completed = completedOf(scenarioIri);
    const answeredOf = (run: ResultRecord) => statements.filter((s) => s.context.registration === completed[runs.indexOf(run)]!.context.registration && s.verb.id.endsWith('/answered'));

    it('is completed, with its levels, score, duration and time', () => {
      expect(completed).toHaveLength(2);
      const [s] = completed;
      expect(s!.object.definition).toEqual({ name: { vi: scenario.title.vi, en: scenario.title.en }, type: 'http://adlnet.gov/expapi/activities/simulation' });
      expect(s!.result.completion).toBe(true);
      expect(s!.result.extensions![X.competencyLevels]).toEqual(strong!.levels);
      const raw = lowerMedian(Object.values(strong!.levels).filter((l): l is Level => l !== null));
      expect(s!.result.score).toEqual({ scaled: (raw - 1) / 4, raw, min: 1, max: 5 });
      expect(s!.result.duration).toBe('PT754.32S');
      expect(s!.timestamp).toBe(new Date(strong!.finishedAt).toISOString());
      expect(s!.context.extensions).toEqual({ [X.contentHash]: 'c0ffee01', [X.mode]: 'practice', [X.stepsBack]: 1 });
      expect(s!.context.contextActivities!.other).toEqual([
        { objectType: 'Activity', id: `${options.homePage}/xapi/competencies/s08`, definition: { name: { vi: rubrics.get('s08')!.name.vi, en: rubrics.get('s08')!.name.en }, type: 'http://adlnet.gov/expapi/activities/objective' } },
      ]);
    });

    it('scores the strong path above the weak one', () => {
      expect(completed[0]!.result.score!.scaled).toBeGreaterThan(completed[1]!.result.score!.scaled);
    });

    it('answers each decision with the option chosen, the levels it showed and whether a hint was shown, under the run', () => {
      const answered = answeredOf(strong!);
      expect(answered.map((s) => s.result.response)).toEqual(strong!.answers.map((a) => a.optionId));
      expect(answered.map((s) => s.object.id)).toEqual(strong!.answers.map((a) => `${scenarioIri}/nodes/${a.nodeId}`));
      expect(answered[0]!.result.extensions![X.hinted]).toBe(true);
      expect(answered[0]!.result.extensions![X.evidenceLevels]).toEqual({ s08: strong!.answers[0]!.evidence[0]!.level });
      expect(answered[0]!.result.extensions![X.indicators]).toEqual(strong!.answers[0]!.evidence[0]!.indicators);
      expect(answered[0]!.context.extensions![X.difficulty]).toBe(strong!.answers[0]!.difficulty);
      expect(answered[0]!.object.definition.interactionType).toBe('choice');
      for (const s of answered) expect(s.context.contextActivities!.parent).toEqual([completed[0]!.object]);
    });

    it('marks a red-flag decision, and lists the run\'s red flags on its result', () => {
      // Only the third decision a red flag, whatever the content marks.
      const flagged: ResultRecord = { ...weak!, id: 'run-flagged', answers: weak!.answers.map(({ redFlag: _, ...a }, i) => (i === 2 ? { ...a, redFlag: true } : a)) };
      const out = xapiStatements({ ...input, runs: [flagged], rounds: [], workshops: [] }, options);
      const done = out.find((s) => s.verb.id.endsWith('/completed'))!;
      expect(done.result.extensions![X.redFlags]).toEqual([2]);
      const marks = out.filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.result.extensions![X.redFlag]);
      expect(marks).toEqual(flagged.answers.map((_, i) => i === 2));
      expect(completed[0]!.result.extensions![X.redFlags]).toEqual(strong!.answers.flatMap((a, i) => (a.redFlag ? [i] : [])));
    });

    it('marks a timed-out decision, with level 1 and no response', () => {
      const timedOut = answeredOf(weak!).filter((s) => s.result.extensions![X.timedOut] === true);
      expect(timedOut).toHaveLength(weak!.answers.filter((a) => a.timedOut).length);
      expect(timedOut).toHaveLength(1);
      expect(timedOut[0]!.result).not.toHaveProperty('response');
      expect(timedOut[0]!.result.extensions![X.evidenceLevels]).toEqual({ s08: 1 });
    });

    it.each<[Record<string, Level | null>, number | undefined, number | undefined]>([
      [{ s08: 1 }, 0, 1],
      [{ s08: 3 }, 0.5, 3],
      [{ s08: 5 }, 1, 5],
      [{ a: 4, b: 2, c: null }, 0.25, 2],
      [{ a: 4, b: 5, c: 3 }, 0.75, 4],
      [{ a: null }, undefined, undefined],
    ])('scores levels %j as scaled %s (raw %s)', (levels, scaled, raw) => {
      expect(runScore(levels)?.scaled).toBe(scaled);
      expect(runScore(levels)?.raw).toBe(raw);
      const [s] = xapiStatements({ ...input, runs: [{ ...strong!, levels }], rounds: [], workshops: [] }, options);
      if (scaled === undefined) expect(s!.result).not.toHaveProperty('score');
      else expect(s!.result.score).toEqual({ scaled, raw, min: 1, max: 5 });
    });
  });

  describe('a calibration round', () => {
    const [round] = rounds;
    const [completed] = completedOf(setIri);
    const answered = statements.filter((s) => s.context.contextActivities?.parent?.[0]?.id === setIri);

    it('is completed with the share of exact agreement as its score, and its figures', () => {
      const exact = set.samples.filter((s) => round!.ratings[s.id]!.level === s.level).length;
      expect(completed!.result.score).toEqual({ scaled: exact / set.samples.length, raw: exact, min: 0, max: set.samples.length });
      expect(completed!.result.score!.scaled).toBeCloseTo(round!.figures!.exact, 10);
      expect(completed!.result.extensions![X.agreement]).toEqual(round!.figures);
      expect(completed!.context.contextActivities!.other![0]!.id).toBe(`${options.homePage}/xapi/competencies/s08`);
    });

    it('answers each sample with the level given, the reference, and success when they match', () => {
      expect(answered).toHaveLength(set.samples.length);
      for (const s of answered) {
        const sample = set.samples.find((x) => s.object.id === `${setIri}/samples/${x.id}`)!;
        expect(s.result.response).toBe(String(round!.ratings[sample.id]!.level));
        expect(s.result.extensions![X.referenceLevel]).toBe(sample.level);
        expect(s.result.success).toBe(round!.ratings[sample.id]!.level === sample.level);
        expect(s.object.definition.interactionType).toBe('likert');
        expect(s.object.definition.scale!.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5']);
      }
      expect(answered.filter((s) => s.result.success).length).toBe(completed!.result.score!.raw);
    });

    it('writes an undefined kappa as null, so the file holds no NaN', () => {
      const odd = { ...round!, id: 'round-nan', figures: { exact: 1, withinOne: 1, qwk: NaN, meanDifference: 0 } };
      const [s] = xapiStatements({ ...input, runs: [], rounds: [odd], workshops: [] }, options);
      expect(s!.result.extensions![X.agreement]).toEqual({ exact: 1, withinOne: 1, qwk: null, meanDifference: 0 });
      expect(xapiFile([s!])).not.toContain('NaN');
    });

    it('without the set, exports the ratings with no reference, no success and no score', () => {
      const out = xapiStatements({ ...input, runs: [], workshops: [], calibrationSets: new Map() }, options);
      expect(out.flatMap((s, i) => checkStatement(s, `statements.${i}`))).toEqual([]);
      expect(out[0]!.result).not.toHaveProperty('score');
      expect(out[0]!.object.definition).not.toHaveProperty('name');
      for (const s of out.slice(1)) {
        expect(s.result).not.toHaveProperty('success');
        expect(s.result.extensions).not.toHaveProperty(X.referenceLevel);
      }
    });
  });

  describe('a workshop', () => {
    const [w] = workshops;
    const [completed] = completedOf(`${scenarioIri}/workshop`);
    const steps = statements.filter((s) => s.context.contextActivities?.parent?.[0]?.id === `${scenarioIri}/workshop`);

    it('is named with the word the screens use for a workshop, in both languages', () => {
      expect(completed!.object.definition.name).toEqual({ vi: `Buổi tập huấn: ${w!.source.title.vi}`, en: `Workshop: ${w!.source.title.en}` });
    });

    it('is completed by the trainer, with the room\'s tallies and path levels, and no score', () => {
      expect(completed!.object.definition.type).toBe('http://adlnet.gov/expapi/activities/meeting');
      expect(completed!.result.extensions).toEqual({ [X.tallies]: Object.fromEntries(w!.steps.map((s) => [s.stepId, s.tally])), [X.roomLevels]: { s08: 3 } });
      expect(completed!.result).not.toHaveProperty('score');
      expect(completed!.context.contextActivities!.other![0]!.id).toBe(scenarioIri);
    });

    it('answers each step with the option the room followed and its tally, on the same Activity a candidate answers', () => {
      expect(steps.map((s) => s.result.response)).toEqual(['b', 'c']);
      expect(steps.map((s) => s.result.extensions![X.tally])).toEqual(w!.steps.map((s) => s.tally));
      expect(steps.map((s) => s.result.extensions![X.stepLevels])).toEqual(w!.steps.map((s) => s.levels));
      expect(steps[0]!.object.id).toBe(`${scenarioIri}/nodes/${choiceIds[0]}`);
      expect(steps[0]!.context.contextActivities!.grouping).toEqual([completedOf(scenarioIri)[0]!.object]);
    });

    it('over a calibration set, answers each sample with its tally and reference, no response', () => {
      const samples = statements.filter((s) => s.context.contextActivities?.parent?.[0]?.id === `${setIri}/workshop`);
      expect(samples.map((s) => s.object.id)).toEqual(set.samples.slice(0, 2).map((s) => `${setIri}/samples/${s.id}`));
      for (const s of samples) expect(s.result).not.toHaveProperty('response');
      expect(samples[0]!.result.extensions![X.stepLevels]).toEqual({ reference: set.samples[0]!.level });
    });
  });

  describe('ids', () => {
    const uuid5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

    it('are version 5 UUIDs, all different', () => {
      for (const s of statements) expect(s.id).toMatch(uuid5);
      expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    });

    it('are the same on a second export, so an LRS does not store the records twice', () => {
      expect(xapiStatements(input, options)).toEqual(statements);
    });

    it('differ for a different record, and are shared by one record\'s registration only', () => {
      const other = xapiStatements({ ...input, runs: [{ ...runs[0]!, id: 'run-other' }], rounds: [], workshops: [] }, options);
      const before = new Set(statements.map((s) => s.id));
      for (const s of other) expect(before.has(s.id)).toBe(false);
      expect(new Set(other.map((s) => s.context.registration))).toEqual(new Set([other[0]!.context.registration]));
      expect(new Set(statements.map((s) => s.context.registration)).size).toBe(runs.length + rounds.length + workshops.length);
    });

    it('skip a record given twice: an LRS refuses a batch holding one id twice', () => {
      const twice = xapiStatements({ ...input, runs: [runs[0]!, runs[0]!], rounds: [], workshops: [] }, options);
      expect(twice).toEqual(xapiStatements({ ...input, runs: [runs[0]!], rounds: [], workshops: [] }, options));
    });
  });

  describe('language maps', () => {
    it('hold Vietnamese and English, the chosen language first', () => {
      for (const locale of ['vi', 'en'] as const) {
        for (const s of xapiStatements(input, { ...options, locale })) {
          for (const [path, map] of languageMaps(s)) {
            expect(Object.keys(map), path).toEqual(locale === 'vi' ? ['vi', 'en'] : ['en', 'vi']);
            for (const text of Object.values(map)) expect(text.trim(), path).not.toBe('');
          }
        }
      }
      expect(statements[0]!.verb.display).toEqual({ vi: 'đã hoàn thành', en: 'completed' });
    });

    it('say the same in either locale, under the same ids', () => {
      expect(xapiStatements(input, { ...options, locale: 'en' })).toEqual(statements);
    });
  });

  it('gives one Activity one definition wherever it appears', () => {
    const seen = new Map<string, string>();
    for (const s of statements) {
      for (const a of [s.object, ...Object.values(s.context.contextActivities ?? {}).flat()]) {
        const definition = JSON.stringify(a.definition);
        expect(seen.get(a.id) ?? definition, a.id).toBe(definition);
        seen.set(a.id, definition);
      }
    }
  });

  describe('IRIs', () => {
    it('put every Activity under the app\'s origin and every extension key under one fixed base', () => {
      for (const s of statements) {
        for (const a of [s.object, ...Object.values(s.context.contextActivities ?? {}).flat()]) expect(a.id.startsWith('https://roleplay.example.org/xapi/')).toBe(true);
        for (const key of [...Object.keys(s.result.extensions ?? {}), ...Object.keys(s.context.extensions ?? {})]) expect(key.startsWith('https://interview-roleplay.invalid/xapi/extensions/')).toBe(true);
      }
    });

    it('keep the path the app is served under, without a trailing slash, query or fragment', () => {
      const [s] = xapiStatements({ ...input, rounds: [], workshops: [] }, { ...options, homePage: 'https://example.org/tools/roleplay/?x=1#top' });
      expect(s!.actor.account.homePage).toBe('https://example.org/tools/roleplay');
      expect(s!.object.id).toBe(`https://example.org/tools/roleplay/xapi/scenarios/${scenario.id}`);
    });

    it('put a pack\'s scenario under the pack', () => {
      const entry = { ...catalogEntry(scenario, rubrics, 'networking'), pack: { id: 'acme-sales', title: scenario.title } };
      const [s] = xapiStatements({ ...input, rounds: [], workshops: [], scenarios: new Map([[scenario.id, entry]]) }, options);
      expect(s!.object.id).toBe(`${options.homePage}/xapi/packs/acme-sales/scenarios/${scenario.id}`);
    });

    it.each([['', 'home page'], ['null', 'home page'], ['file:///index.html', 'home page'], ['roleplay.example.org', 'home page']])('refuses the home page %j with a message', (homePage, words) => {
      expect(() => xapiStatements(input, { ...options, homePage })).toThrow(words);
    });

    it('refuses an empty account name with a message', () => {
      expect(() => xapiStatements(input, { ...options, accountName: '  ' })).toThrow('account name');
    });
  });

  describe('purity', () => {
    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    });

    it('reads no clock, draws no random number and sends nothing', () => {
      const random = vi.spyOn(Math, 'random');
      vi.stubGlobal('fetch', vi.fn(() => { throw new Error('no network'); }));
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
      const later = xapiStatements(input, options);
      vi.setSystemTime(new Date('1999-01-01T00:00:00Z'));
      expect(xapiStatements(input, options)).toEqual(later);
      expect(later).toEqual(statements);
      expect(random).not.toHaveBeenCalled();
      expect(fetch).not.toHaveBeenCalled();
    });
  });
});

describe('xapiFile', () => {
  it('is a JSON array of the statements, as POST /statements takes', () => {
    const text = xapiFile(statements);
    const parsed: unknown = JSON.parse(text);
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toEqual(statements);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(statements));
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is an empty array when nothing is finished', () => {
    expect(JSON.parse(xapiFile(xapiStatements({ runs: [], rounds: [], workshops: [], scenarios: new Map(), calibrationSets: new Map() }, options)))).toEqual([]);
  });
});
