/**
 * Near-duplicate decisions: is this article a copy of one already seen, and of which one.
 *
 * Two texts are copies when most of the *shorter* one is found in the longer one: the containment
 * |A∩B| / min(|A|, |B|) of their shingle sets, not their Jaccard |A∩B| / |A∪B|. A wire story
 * republished with its last paragraphs trimmed, or wrapped in an outlet's boilerplate, keeps a high
 * containment while its Jaccard falls with every paragraph cut or added. Containment is estimated
 * from the MinHash Jaccard and the exact shingle counts (|A∩B| = J·(|A|+|B|)/(1+J)), so nothing
 * but the signature and the count is stored per article.
 *
 * Numbers (SaudiNewsNet silver set, dev days; eval/gold/duplicates-silver.md): see
 * DUPLICATE_THRESHOLD and, for the shingle size and the LSH bands, minhash.ts.
 */
import { estimatedJaccard, lshBandKeys, minhashSignature, shingleHashes } from './minhash.js';

/**
 * Estimated containment at or above which two texts are copies. Tuned on the dev days of the
 * silver set (eval/tasks/duplicates.ts prints the sweep), pairwise P/R/F1 over silver earliest-copy
 * trees: 0.55 → 0.74/0.95/0.83, 0.60 → 0.82/0.94/0.87, 0.65 → 0.87/0.90/0.885, 0.70 → 0.93/0.82/0.87.
 * Alternatives measured on the same dev days that did not beat this (best F1): 3- and 4-word
 * shingles (0.87, 0.88; more candidates per lookup), 256 one-permutation slots instead of 128
 * (0.887), stripping the leading dateline (no change: it is 1–5 shingles of ~150), stricter
 * thresholds for very unequal lengths (0.884). Even exact shingle containment peaks at 0.907: the
 * rest is the boundary between edited copies and rewrites (eval/gold/duplicates-silver.md).
 * Jaccard instead of containment misses trimmed copies, which containment keeps near 1.
 */
export const DUPLICATE_THRESHOLD = 0.65;

/**
 * Texts with fewer shingles than this are never called copies: a one-line brief ("ارتفع المؤشر
 * 3%") shares its few shingles with too many unrelated briefs for containment to mean copying.
 */
export const MIN_SHINGLES = 15;

export interface Fingerprint {
  id: string;
  publishedAt: string | null;
  /** Ingest order, the tie-breaker between equal dates. */
  order: number;
  signature: Uint32Array;
  /** Number of distinct shingles the signature was computed from. */
  length: number;
}

export function fingerprint(id: string, body: string, publishedAt: string | null, order: number): Fingerprint {
  const shingles = shingleHashes(body);
  return { id, publishedAt, order, signature: minhashSignature(shingles), length: shingles.length };
}

/** Containment estimated from the MinHash Jaccard and the shingle counts, clamped to [0, 1]. */
export function estimatedContainment(a: Fingerprint, b: Fingerprint): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  const jaccard = estimatedJaccard(a.signature, b.signature);
  if (jaccard >= 1) return 1;
  const intersection = (jaccard * (a.length + b.length)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
}

/** `similarity` is the estimated containment (0 when either text is too short to judge). */
export function isNearDuplicate(
  a: Fingerprint,
  b: Fingerprint,
  threshold: number = DUPLICATE_THRESHOLD,
): { duplicate: boolean; similarity: number } {
  if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return { duplicate: false, similarity: 0 };
  const similarity = estimatedContainment(a, b);
  return { duplicate: similarity >= threshold, similarity };
}

/**
 * Earlier-first order: by publishedAt, then ingest order. An article without a date sorts after
 * every dated one (a copy whose date is unknown is not presumed to be the original).
 */
export function compareAge(a: Pick<Fingerprint, 'publishedAt' | 'order'>, b: Pick<Fingerprint, 'publishedAt' | 'order'>): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.order - b.order;
}

/**
 * Among candidate fingerprints (from the LSH index), the original this one copies: the earliest
 * (publishedAt, then order) duplicate, or null. The candidates are articles already stored, so the
 * earliest of them is returned even when `article` itself carries an earlier date (the store then
 * makes `article` the original and re-points the stored copies: src/store/assign.ts). Callers resolve the result to its own original (see InMemoryDuplicateIndex)
 * so a copy of a copy names the first one.
 */
export function pickOriginal(
  article: Fingerprint,
  candidates: Fingerprint[],
  threshold: number = DUPLICATE_THRESHOLD,
): { originalId: string | null; similarity: number } {
  let best: Fingerprint | null = null;
  let bestSimilarity = 0;
  for (const candidate of candidates) {
    if (candidate.id === article.id) continue;
    const { duplicate, similarity } = isNearDuplicate(article, candidate, threshold);
    if (!duplicate) continue;
    if (best === null || compareAge(candidate, best) < 0) {
      best = candidate;
      bestSimilarity = similarity;
    }
  }
  return { originalId: best?.id ?? null, similarity: bestSimilarity };
}

export interface DuplicateIndexOptions {
  /** Overrides DUPLICATE_THRESHOLD (for tuning). */
  threshold?: number;
}

/**
 * The LSH band map in memory: band key → fingerprints. Every article is indexed (copies too, so a
 * copy of a copy that drifted further from the first text is still found through its parent),
 * and `duplicateOf` always names the root: the earliest article of the chain.
 */
export class InMemoryDuplicateIndex {
  private readonly bands = new Map<string, Fingerprint[]>();
  private readonly byId = new Map<string, Fingerprint>();
  private readonly rootOf = new Map<string, string>();
  private readonly threshold: number;
  /** Candidates examined by the last `add` (for tests and diagnostics). */
  lastCandidateCount = 0;

  constructor(options: DuplicateIndexOptions = {}) {
    this.threshold = options.threshold ?? DUPLICATE_THRESHOLD;
  }

  add(fp: Fingerprint): { duplicateOf: string | null; similarity: number } {
    const keys = lshBandKeys(fp.signature);
    const seen = new Set<string>();
    const candidates: Fingerprint[] = [];
    for (const key of keys) {
      for (const other of this.bands.get(key) ?? []) {
        if (other.id === fp.id || seen.has(other.id)) continue;
        seen.add(other.id);
        candidates.push(other);
      }
    }
    this.lastCandidateCount = candidates.length;
    const picked = pickOriginal(fp, candidates, this.threshold);
    // A re-added id keeps its first link; it is not indexed twice.
    if (!this.byId.has(fp.id)) {
      this.byId.set(fp.id, fp);
      for (const key of keys) {
        const list = this.bands.get(key);
        if (list) list.push(fp);
        else this.bands.set(key, [fp]);
      }
    }
    if (picked.originalId === null) return { duplicateOf: null, similarity: 0 };
    const root = this.rootOf.get(picked.originalId) ?? picked.originalId;
    if (!this.rootOf.has(fp.id)) this.rootOf.set(fp.id, root);
    return { duplicateOf: root, similarity: picked.similarity };
  }

  /** The root original of an indexed article, or null when it is not a copy. */
  duplicateOf(id: string): string | null {
    return this.rootOf.get(id) ?? null;
  }

  get size(): number {
    return this.byId.size;
  }
}
