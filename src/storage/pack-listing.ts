import * as v from 'valibot';
import type { CalibrationEntry, CatalogEntry } from '../domain/catalog.ts';
import { CHECKER_VERSION } from '../domain/pack-verdict.ts';
import { TextSchema } from '../domain/text-schemas.ts';
import { bounded, count, Id, Written } from '../domain/bounds.ts';

/**
 * What the catalogs need of the trainer's stored packs (their scenarios' and sets' entries),
 * kept in one small record so that the start screen does not read, check and fingerprint every
 * stored pack on each load (issue 15 §5: a 426 KB pack cost it about 90 ms).
 *
 * It is derived data, like the start summary: left out of exports, updated in the same
 * transaction as a pack is saved or removed (so reading the catalogs writes nothing), and taken
 * only while it names exactly the packs stored, listed by the pack checker of today. Otherwise (a
 * data import, another tab, a pack set aside, an older build) the packs are read and checked as
 * before and the listing written afresh from what passed.
 */
export const LISTING_KEY = 'meta/pack-listing';
export const LISTING_VERSION = 1;

const Named = v.object({ id: Id, name: TextSchema });
const Source = v.object({ id: Id, title: TextSchema });

const CatalogEntrySchema = v.object({
  id: Id,
  family: Id,
  title: TextSchema,
  summary: TextSchema,
  question: TextSchema,
  competencies: bounded(Named),
  difficulty: count(5),
  pack: v.optional(Source),
});

const CalibrationEntrySchema = v.object({
  id: Id,
  title: TextSchema,
  competency: Named,
  question: TextSchema,
  samples: count(Number.MAX_SAFE_INTEGER),
  pack: v.optional(Source),
});

const ListedPackSchema = v.object({
  id: Id,
  entries: bounded(CatalogEntrySchema),
  calibrationEntries: bounded(CalibrationEntrySchema),
});

export const PackListingSchema = v.object({
  v: v.literal(LISTING_VERSION),
  kind: v.literal('pack-listing'),
  /** The pack checker that passed the packs listed (pack-verdict.ts): another one checks them again. */
  checker: v.number(),
  packs: bounded(ListedPackSchema),
  /** Why it was written, for whoever reads the stored data. */
  note: v.optional(Written),
});

/** One stored pack as the catalogs list it. */
export interface ListedPack {
  id: string;
  entries: CatalogEntry[];
  calibrationEntries: CalibrationEntry[];
}

export type PackListing = v.InferOutput<typeof PackListingSchema>;

/** A pack as the catalogs list it, from its content (domain/pack.ts's `packContent`). */
export const listedPack = (id: string, { entries, calibrationEntries }: Omit<ListedPack, 'id'>): ListedPack => ({ id, entries, calibrationEntries });

export function listingOf(packs: readonly ListedPack[]): PackListing {
  return { v: LISTING_VERSION, kind: 'pack-listing', checker: CHECKER_VERSION, packs: [...packs] };
}

/**
 * The listed packs, when the stored listing can be taken as it is: readable, by today's checker,
 * and naming exactly the packs stored under these `pack/…` keys (an import, a pack set aside or
 * another tab's change shows as a difference); undefined otherwise.
 */
export function currentListing(raw: unknown, packKeys: readonly string[]): ListedPack[] | undefined {
  const held = v.safeParse(PackListingSchema, raw);
  if (!held.success || held.output.checker !== CHECKER_VERSION) return undefined;
  const stored = new Set(packKeys.map((k) => k.slice('pack/'.length)));
  const listed = held.output.packs;
  if (listed.length !== stored.size || !listed.every((p) => stored.has(p.id))) return undefined;
  return listed as ListedPack[];
}
