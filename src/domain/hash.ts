/**
 * A short, stable fingerprint of content (FNV-1a, 32-bit) so a saved run can tell
 * whether the scenario it was played against has changed since.
 */
export function contentHash(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
