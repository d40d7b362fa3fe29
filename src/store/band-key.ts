/**
 * LSH band keys as integers for storage: two 32-bit FNV-1a hashes of the key string (different
 * offsets) folded into 53 bits, the most a JavaScript number holds exactly. With 32 bands per
 * article and 10⁸ articles, a false bucket collision is below one in a million lookups, and a
 * collision only adds a candidate that the containment check then rejects.
 */

const FNV_PRIME = 0x01000193;

function fnv1a(text: string, offset: number): number {
  let h = offset;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** 2^21: the high hash keeps 21 bits so that high·2^32 + low stays below 2^53. */
const HIGH_BITS = 0x200000;

export function bandKeyNumber(key: string): number {
  const high = fnv1a(key, 0x811c9dc5) % HIGH_BITS;
  const low = fnv1a(key, 0x050c5d1f);
  return high * 0x100000000 + low;
}
