/**
 * Bump whenever the pack check changes what it accepts (schema, references, linter, limits):
 * every stored pack is then checked again on its next read. Verdicts of an older version are
 * never trusted.
 */
export const CHECKER_VERSION = 1;

/** Keys of packs found valid, kept between loads (the UI keeps them in localStorage). */
export interface VerdictStore {
  has(key: string): boolean;
  add(key: string): void;
}

/**
 * What a verdict is kept under: the checker's version, the pack's JSON length and two 32-bit
 * FNV-1a hashes of it (64 bits: a pack changed by hand, or damaged, has another key).
 */
export function verdictKey(data: unknown, version = CHECKER_VERSION): string {
  const text = JSON.stringify(data) ?? '';
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `v${version}:${text.length}:${hex(a)}${hex(b)}`;
}

/**
 * A stored pack's check, remembered (issue 15 §5: the start screen re-checked every stored
 * pack on every load). An unchanged pack that passed before is taken as it is; anything
 * else is checked in full, and remembered if it passes. Only a pass is remembered: a
 * failing pack is set aside by its reader and never read again.
 */
export function checkRemembered<C extends { ok: true; value: unknown; warnings: unknown[] } | { ok: false }>(
  data: unknown,
  verdicts: VerdictStore,
  check: (data: unknown) => C,
  version = CHECKER_VERSION,
): C {
  const key = verdictKey(data, version);
  // The very data that passed this checker before: its value is the data itself.
  if (verdicts.has(key)) return { ok: true, value: data, warnings: [] } as unknown as C;
  const checked = check(data);
  if (checked.ok) verdicts.add(key);
  return checked;
}

let registered: VerdictStore | undefined;

/**
 * The store the reader of stored packs uses (`checkPack(data)` alone: how a stored pack is
 * checked on read), set once by the UI at start; none in tests and the build, which check in full.
 */
export function rememberVerdictsIn(store: VerdictStore | undefined) {
  registered = store;
}

export const rememberedVerdicts = () => registered;
