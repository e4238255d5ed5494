import * as v from 'valibot';
import { Id as IdBound, LIMITS, Timestamp } from '../domain/bounds.ts';
import type { Draft, DraftKind } from '../editor/document.ts';

/*
 * The editor's draft as a stored record: apart from its store (drafts.ts), because every
 * read checks records against this schema (records.ts) while the store loads with the editor.
 */

/** Drafts live under their own prefix, beside (never among) the stored packs. */
export const DRAFT_PREFIX = 'draft/';
export const draftKey = (id: string) => `${DRAFT_PREFIX}${id}`;
export const DRAFT_VERSION = 1;

const Id = v.pipe(IdBound, v.minLength(1));
const Kind = v.picklist(['scenario', 'calibration', 'rubric'] satisfies DraftKind[]);

/**
 * A draft as stored: the draft itself plus the record's version and kind. The pack is kept
 * as the trainer left it, errors and all (the checker reports them when it is opened), so
 * only its being an object is checked here.
 */
export const DraftRecordSchema = v.object({
  v: v.literal(DRAFT_VERSION),
  kind: v.literal('draft'),
  id: Id,
  name: v.pipe(v.string(), v.maxLength(LIMITS.textChars)),
  startedAs: Kind,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  copiedFrom: v.optional(v.object({ kind: Kind, id: Id, pack: v.optional(Id) })),
  pack: v.custom<Draft['pack']>((p) => typeof p === 'object' && p !== null && !Array.isArray(p), 'a draft holds a pack'),
});

export type DraftRecord = v.InferOutput<typeof DraftRecordSchema>;

export function toRecord(draft: Draft): DraftRecord {
  return { v: DRAFT_VERSION, kind: 'draft', ...draft };
}

/** A stored record as a draft, or undefined when it is not one this version reads. */
export function fromRecord(raw: unknown): Draft | undefined {
  const parsed = v.safeParse(DraftRecordSchema, raw);
  if (!parsed.success) return undefined;
  const { v: _v, kind: _kind, ...draft } = parsed.output;
  return draft as Draft;
}
