/**
 * A record's own value under `key`, or undefined: never one Object.prototype lends a plain
 * object (`constructor`, `toString`, `__proto__`), which a lookup by an id from a file or
 * from storage would otherwise find. For lookups in records that come from JSON; new lookup
 * tables are Maps.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
