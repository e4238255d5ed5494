/**
 * Name-based UUIDs (RFC 4122 §4.3, version 5): the same namespace and name give the
 * same UUID anywhere, so exported ids can be recomputed with any stock UUID library.
 */

/** SHA-1 (FIPS 180-4). Not for security: a fixed, standard hash so ids are reproducible elsewhere. */
function sha1(message: Uint8Array): Uint8Array {
  const padded = new Uint8Array((((message.length + 8) >> 6) + 1) << 6);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (b & c) | (~b & d) : i < 40 || i >= 60 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
      const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const t = (rotl(a, 5) + f + e + k + w[i]!) >>> 0;
      [e, d, c, b, a] = [d, c, rotl(b, 30) >>> 0, a, t];
    }
    [a, b, c, d, e].forEach((x, i) => (h[i] = (h[i]! + x) >>> 0));
  }
  const out = new Uint8Array(20);
  h.forEach((x, i) => new DataView(out.buffer).setUint32(i * 4, x));
  return out;
}

/** The name-based UUID of RFC 4122 §4.3 with SHA-1: the same namespace and name give the same UUID anywhere. */
export function uuidV5(namespace: string, name: string): string {
  const ns = (namespace.replace(/-/g, '').match(/../g) ?? []).map((byte) => parseInt(byte, 16));
  const bytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + bytes.length);
  input.set(ns);
  input.set(bytes, 16);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
