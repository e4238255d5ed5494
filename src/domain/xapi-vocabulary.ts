/**
 * The xAPI vocabulary this app writes and reads: the statement's shape (1.0.3), the
 * verbs and Activity types (ADL's registered ones), our extension keys, and the
 * deterministic statement ids. Apart from the builder (xapi.ts) so a reader of
 * statement files (class results) needs only this.
 */
import { uuidV5 } from './uuid.ts';
import type { Text } from './text.ts';

export type LanguageMap = Record<string, string>;
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: {
    name?: LanguageMap;
    type: string;
    interactionType?: 'choice' | 'likert';
    scale?: { id: string; description: LanguageMap }[];
  };
}

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, Json>;
  };
  context: {
    registration: string;
    contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[]; other?: XapiActivity[] };
    extensions?: Record<string, Json>;
  };
  timestamp: string;
  /** 1.0.3 §2.4.10: a provider that sets the version MUST set "1.0.0"; the patch version travels in the X-Experience-API-Version header. */
  version: '1.0.0';
}

// ── Vocabulary. Verbs and Activity types are ADL's registered ones; only the extension keys are ours.

const ADL_VERB = 'http://adlnet.gov/expapi/verbs/';
export const ADL_TYPE = 'http://adlnet.gov/expapi/activities/';

/**
 * Extension keys are vocabulary: one key must mean one thing in every deployment, so
 * they do not follow the app's origin. `.invalid` is reserved (RFC 6761): no one else
 * can own these IRIs, and they resolve nowhere, which is honest: we publish no document.
 */
export const XAPI_EXTENSION_BASE = 'https://interview-roleplay.invalid/xapi/extensions/';
const ext = (name: string) => `${XAPI_EXTENSION_BASE}${name}`;
export const XAPI_EXTENSIONS = {
  /** Result of a run: `{ competencyId: level | null }`, as scored when it ended. */
  competencyLevels: ext('competency-levels'),
  /** Result of a decision: `{ competencyId: level }` its response showed. */
  evidenceLevels: ext('evidence-levels'),
  /** Result of a decision or rating: indicator ids shown (decision) or ticked (rating). */
  indicators: ext('indicators'),
  hinted: ext('hinted'),
  /** True when time ran out before a response: scored as level 1, no response. */
  timedOut: ext('timed-out'),
  /** Result of a decision: true when the response was a red flag (an integrity breach that caps the level). */
  redFlag: ext('red-flag'),
  /** Result of a run: decision positions (from 0) whose response was a red flag. */
  redFlags: ext('red-flags'),
  /** Result of a rating: the set's reference level. */
  referenceLevel: ext('reference-level'),
  /** Result of a round: `{ exact, withinOne, qwk, meanDifference }` as recorded when it ended (null where undefined). */
  agreement: ext('agreement'),
  /** Result of a workshop step: people per option id (scenario) or per level "1"–"5" (calibration). */
  tally: ext('tally'),
  /** Result of a workshop: `{ stepId: tally }`. */
  tallies: ext('tallies'),
  /** Result of a workshop step: the step's levels as recorded (option id → level, or "reference" → level). */
  stepLevels: ext('step-levels'),
  /** Result of a workshop: the room's path scored per competency. */
  roomLevels: ext('room-levels'),
  /** Context: the fingerprint of the content the record was made against. */
  contentHash: ext('content-hash'),
  mode: ext('mode'),
  stepsBack: ext('steps-back'),
  /** Context of a decision: the situation's difficulty 1–5. */
  difficulty: ext('difficulty'),
} as const;

export const VERBS = {
  completed: { id: `${ADL_VERB}completed`, display: { vi: 'đã hoàn thành', en: 'completed' } },
  answered: { id: `${ADL_VERB}answered`, display: { vi: 'đã trả lời', en: 'answered' } },
} satisfies Record<string, { id: string; display: Text }>;

// ── Deterministic statement ids: UUID version 5 (RFC 4122 §4.3, SHA-1 name-based).

/** RFC 4122's URL namespace; ours is derived from it, so anyone can recompute our ids with a stock UUID library. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export const XAPI_NAMESPACE = uuidV5(URL_NAMESPACE, 'https://interview-roleplay.invalid/xapi/statements');

/**
 * A statement's id from its record and its role in that record. Random record ids keep
 * different people's ids apart; fixed ids let an LRS see a re-exported statement as the
 * one it already holds (the actor is not part of the name: the same event re-sent under
 * another account name gets 409 Conflict, not a duplicate).
 */
export const statementId = (kind: string, recordId: string, role: string) => uuidV5(XAPI_NAMESPACE, `${kind}/${recordId}/${role}`);

