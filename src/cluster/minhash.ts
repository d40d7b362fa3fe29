/**
 * Word shingles, MinHash signatures and LSH band keys: the fingerprint that lets near-duplicate
 * detection find copies of a text among many without comparing it to every stored article.
 *
 * - A text is normalized with the search rules (harakat, hamza forms, ة/ه … folded), tokenized,
 *   and every run of SHINGLE_SIZE consecutive word/number tokens becomes one 32-bit shingle hash.
 *   Stopwords are kept: they make shingles specific ("قال ان" is part of the wording), and a copy
 *   keeps them too.
 * - The signature holds, for each of MINHASH_SIZE seeded hash functions, the least hash of any
 *   shingle. Two signatures agree at a position with probability = Jaccard(A, B).
 * - LSH: the signature is cut into LSH_BANDS bands of LSH_ROWS rows; texts that agree on a whole
 *   band share its key, and only those are compared.
 *
 * Everything is deterministic (fixed seeds, no Math.random): the same text gives the same bytes
 * on every machine, so signatures can be stored and compared across runs.
 */
import { normalize } from '../arabic/normalize.js';
import { scanTokens, type TokenSink } from '../arabic/tokenize.js';

/**
 * Words per shingle: 5. Measured on the dev days of the SaudiNewsNet silver set (eval/gold/
 * duplicates-silver.md), best pairwise F1 over the threshold sweep: 3 words 0.79, 4 words 0.80,
 * 5 words 0.82, 6 words 0.80. Short shingles are shared by unrelated texts through stock phrases
 * ("خادم الحرمين الشريفين الملك سلمان"), long ones lose edited copies (every changed word removes
 * SHINGLE_SIZE shingles).
 */
export const SHINGLE_SIZE = 5;

/** Hash functions in a signature: 128 gives a standard error of about 0.04 on a Jaccard of 0.5. */
export const MINHASH_SIZE = 128;

/**
 * 64 bands of 2 rows. Two texts with Jaccard J share at least one band with probability
 * 1 − (1 − J²)⁶⁴ (the S-curve): J = 0.02 → 2.5%, 0.05 → 15%, 0.1 → 47%, 0.15 → 77%, 0.2 → 93%,
 * 0.3 → 99.8%. Copies are decided on containment (duplicates.ts), and a copy trimmed to half the
 * original with a few edits has a Jaccard near 0.3, so the curve must be high there; 32 bands of 4
 * rows (J = 0.3 → 23%) found only 78% of the dev silver pairs, this 98%. Unrelated articles share
 * no 5-word shingle (J = 0), so the cost is a few extra candidates per lookup (1.3 on average over
 * the 16k dev articles), each a 128-value comparison.
 */
export const LSH_BANDS = 64;
export const LSH_ROWS = 2;

/** The signature of a text with no shingles: every position at the maximum, never equal to a real one by chance. */
const EMPTY_SLOT = 0xffffffff;

/** murmur3's 32-bit finalizer: a cheap, well-mixing bijection on 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over text[start, end), ASCII upper case folded to lower case (Arabic has no case). */
function tokenHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the word and number tokens of `text` after search normalization, in order. */
function tokenHashes(text: string): number[] {
  const normalized = normalize(text);
  const hashes: number[] = [];
  scanTokens(normalized, tokenHashSink(normalized, hashes));
  return hashes;
}

/** A scanTokens sink over `normalized` that appends the hash of each token a shingle is made of to `out`. */
export function tokenHashSink(normalized: string, out: number[]): TokenSink {
  return (start, end, kind) => {
    if (kind === 'word' || kind === 'number') out.push(tokenHash(normalized, start, end));
  };
}

/** Combines the token hashes of one shingle, order-sensitively. */
function shingleHash(tokens: readonly number[], from: number, to: number): number {
  let h = 0x9747b28c;
  for (let k = from; k < to; k++) h = Math.imul(h ^ tokens[k]!, 0x9e3779b1) ^ (h >>> 15);
  return fmix32(h ^ (to - from));
}

/**
 * The distinct shingle hashes of a text, sorted ascending. A text shorter than SHINGLE_SIZE words
 * gives one shingle of all its words; an empty text gives none.
 */
export function shingleHashes(text: string): Uint32Array {
  return shinglesOfTokens(tokenHashes(text));
}

/** shingleHashes from the token hashes (tokenHash of each word and number token of the normalized text, in order). */
export function shinglesOfTokens(tokens: readonly number[]): Uint32Array {
  return distinctInPlace(positionalShingles(tokens));
}

/** The hash of the shingle starting at each token (one of all tokens when there are fewer than SHINGLE_SIZE; none for none). */
function positionalShingles(tokens: readonly number[]): Uint32Array {
  const count = tokens.length === 0 ? 0 : Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  const all = new Uint32Array(count);
  for (let i = 0; i < count; i++) all[i] = shingleHash(tokens, i, Math.min(tokens.length, i + SHINGLE_SIZE));
  return all;
}

/** The distinct values of `values`, sorted ascending; `values` itself is sorted in the process. */
export function distinctInPlace(values: Uint32Array): Uint32Array {
  values.sort();
  let unique = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[unique - 1]) values[unique++] = values[i]!;
  return values.slice(0, unique);
}

/**
 * A text's shingles in reading order, with the weight of each word: what the copy check reads to
 * tell a copied passage (a run of shingles the other text holds too) from stock phrases scattered
 * through unrelated texts.
 */
export interface ShingleSequence {
  /** Hash of the shingle starting at each word (one shingle of all words for a text shorter than SHINGLE_SIZE). */
  shingles: Uint32Array;
  /** Characters of each word plus one for the space: the share of the text a word stands for. */
  weights: Uint16Array;
}

/** The shingle sequence of a text, after the same normalization and tokens as shingleHashes. */
export function shingleSequence(text: string): ShingleSequence {
  const normalized = normalize(text);
  const hashes: number[] = [];
  const weights: number[] = [];
  scanTokens(normalized, (start, end, kind) => {
    if (kind !== 'word' && kind !== 'number') return;
    hashes.push(tokenHash(normalized, start, end));
    weights.push(Math.min(0xffff, end - start + 1));
  });
  return { shingles: positionalShingles(hashes), weights: Uint16Array.from(weights) };
}

/** Seeds of the hash functions: a fixed sequence (splitmix-style), so signatures never change. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE);
  let state = 0x2545f491;
  for (let k = 0; k < MINHASH_SIZE; k++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[k] = fmix32(state);
  }
  return seeds;
})();

/** For each seeded hash function h_k(x) = fmix32(x ⊕ seed_k), the least value over the shingles. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(EMPTY_SLOT);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = fmix32(x ^ SEEDS[k]!);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

/**
 * A 53-bit digest of one band (two 32-bit mixes, one cut to 21 bits) in base 36: collisions
 * between different bands are negligible, and one number-to-string conversion keeps it cheap.
 */
function bandDigest(signature: Uint32Array, band: number): string {
  let h1 = 0x1b873593 ^ band;
  let h2 = 0xcc9e2d51 ^ band;
  for (let r = 0; r < LSH_ROWS; r++) {
    const v = signature[band * LSH_ROWS + r]!;
    h1 = fmix32(Math.imul(h1, 31) ^ v);
    h2 = fmix32(Math.imul(h2 ^ v, 0x5bd1e995) + r);
  }
  return base36(h1 * 0x200000 + (h2 >>> 11));
}

const BASE36_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * `n.toString(36)` for a non-negative integer below 2^53, about four times faster: V8's radix
 * conversion handles fractions too, and this ran 64 times per ingested article. Remainder and
 * exact division stay exact for such integers, so the digits are the same.
 */
export function base36(n: number): string {
  if (n === 0) return '0';
  let out = '';
  while (n > 0) {
    const digit = n % 36;
    out = BASE36_DIGITS[digit]! + out;
    n = (n - digit) / 36;
  }
  return out;
}

/**
 * One key per band, `b<band>:<base-36 digest>`. A text with no shingles has no keys (it can match
 * nothing).
 */
export function lshBandKeys(signature: Uint32Array): string[] {
  if (signature.length !== MINHASH_SIZE || signature.every((v) => v === EMPTY_SLOT)) return [];
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) keys.push(`b${band}:${bandDigest(signature, band)}`);
  return keys;
}

/** Share of positions where the signatures agree (0 when either is empty or they differ in size). */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k] && a[k] !== EMPTY_SLOT) same++;
  return same / a.length;
}

/** Little-endian bytes, 4 per value, so a stored BLOB reads the same on any machine. */
export function encodeSignature(sig: Uint32Array): Buffer {
  const buffer = Buffer.alloc(sig.length * 4);
  for (let k = 0; k < sig.length; k++) buffer.writeUInt32LE(sig[k]!, k * 4);
  return buffer;
}

/** Inverse of encodeSignature; trailing bytes that do not make a whole value are ignored. */
export function decodeSignature(buf: Uint8Array): Uint32Array {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out = new Uint32Array(Math.floor(buf.byteLength / 4));
  for (let k = 0; k < out.length; k++) out[k] = view.getUint32(k * 4, true);
  return out;
}
