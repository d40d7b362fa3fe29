/**
 * Near-duplicate decisions: is this article a copy of one already seen, and of which one.
 *
 * Two texts are copies when most of the *shorter* one is found in the longer one — containment,
 * not Jaccard: a wire story republished with its last paragraphs trimmed, or wrapped in an outlet's
 * boilerplate, stays contained while its Jaccard falls with every paragraph cut or added.
 *
 * Two steps. LSH finds the candidates, and their containment |A∩B| / min(|A|, |B|) is estimated
 * from the MinHash Jaccard and the shingle counts (|A∩B| = J·(|A|+|B|)/(1+J)). A candidate whose
 * estimate reaches CHECK_FROM_CONTAINMENT is then read: the copied share is the part of the shorter
 * text (by characters) that lies in *runs* of at least MIN_COPIED_RUN consecutive shingles the longer
 * text holds too — copied passages, not stock phrases ("خادم الحرمين الشريفين الملك سلمان") scattered
 * through unrelated texts, which an estimate of the shingle overlap counts alike. Where a text's
 * words are not at hand (a fingerprint without its sequence), the estimate alone decides, at
 * DUPLICATE_THRESHOLD.
 *
 * Numbers (SaudiNewsNet silver set, dev days; eval/gold/duplicates-silver.md): see the thresholds
 * below and, for the shingle size and the LSH bands, minhash.ts.
 */
import { distinctInPlace, estimatedJaccard, lshBandKeys, minhashSignature, SHINGLE_SIZE, shingleSequence, type ShingleSequence } from './minhash.js';

/**
 * Estimated containment at or above which two texts are copies when their words are not read.
 * Tuned on the dev days of the silver set, pairwise P/R/F1 over silver earliest-copy trees: 0.55 →
 * 0.74/0.95/0.83, 0.60 → 0.82/0.94/0.87, 0.65 → 0.87/0.90/0.885, 0.70 → 0.93/0.82/0.87 (test at
 * 0.65: F1 0.860). Alternatives measured on the same dev days that did not beat this (best F1): 3-
 * and 4-word shingles (0.87, 0.88), 256 one-permutation slots instead of 128 (0.887), stripping the
 * leading dateline, stricter thresholds for very unequal lengths (0.884). Exact shingle containment
 * peaks at 0.907: an overlap count cannot tell copied passages from shared phrases.
 */
export const DUPLICATE_THRESHOLD = 0.65;

/**
 * Consecutive shared shingles that make a copied passage: three 5-word shingles are 7 words in a row.
 * Session 22 measured runs of 1–4 with 5-word shingles, and 3–7-word shingles (dev F1, chosen
 * threshold): runs of 1 0.930, of 2 0.936, of 3 0.938, of 4 below; 7-word shingles with runs of 1
 * 0.938 as well.
 */
export const MIN_COPIED_RUN = 3;

/**
 * Copied share at or above which two texts are copies. Dev sweep (P/R/F1): 0.70 → 0.81/0.97/0.88,
 * 0.75 → 0.89/0.96/0.93, 0.775 → 0.93/0.95/0.938, 0.80 → 0.95/0.91/0.93, 0.85 → 0.97/0.79/0.87.
 */
export const COPIED_SHARE_THRESHOLD = 0.775;

/**
 * Candidates estimated below this containment are not read: on the dev and test days no pair the
 * copied share accepts is estimated lower, and reading a stored text costs a tokenization.
 */
export const CHECK_FROM_CONTAINMENT = 0.3;

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
  /** The text's shingles in order, when kept with the fingerprint (see `CopyTexts` for a store that reads them on demand). */
  sequence?: ShingleSequence;
}

export function fingerprint(id: string, body: string, publishedAt: string | null, order: number): Fingerprint {
  const sequence = shingleSequence(body);
  const shingles = distinctInPlace(sequence.shingles.slice());
  return { id, publishedAt, order, signature: minhashSignature(shingles), length: shingles.length, sequence };
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

/**
 * Share of the shorter text's characters (the one with fewer words; `a` on a tie) that lie in runs
 * of at least MIN_COPIED_RUN consecutive shingles the other text holds too.
 */
export function copiedShare(a: ShingleSequence, b: ShingleSequence): number {
  const [shorter, longer] = a.weights.length <= b.weights.length ? [a, b] : [b, a];
  const n = shorter.shingles.length;
  const words = shorter.weights.length;
  if (n === 0 || words === 0) return 0;
  const held = new Set<number>(longer.shingles);
  const covered = new Uint8Array(words);
  for (let i = 0; i < n; ) {
    if (!held.has(shorter.shingles[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && held.has(shorter.shingles[j]!)) j++;
    // Shingle k covers words k … k + SHINGLE_SIZE − 1.
    if (j - i >= MIN_COPIED_RUN) covered.fill(1, i, Math.min(words, j - 1 + SHINGLE_SIZE));
    i = j;
  }
  let total = 0;
  let copied = 0;
  for (let w = 0; w < words; w++) {
    total += shorter.weights[w]!;
    if (covered[w]) copied += shorter.weights[w]!;
  }
  return total === 0 ? 0 : copied / total;
}

/** Where the words of a fingerprinted text come from when the copy check needs them. */
export interface CopyTexts {
  /** The shingle sequence of the text behind `fp`, or null when it cannot be read. */
  sequenceOf(fp: Fingerprint): ShingleSequence | null;
}

/** The sequences the fingerprints carry (the in-memory index keeps them). */
export const CARRIED_SEQUENCES: CopyTexts = { sequenceOf: (fp) => fp.sequence ?? null };

export interface CopyThresholds {
  /** Overrides DUPLICATE_THRESHOLD (for tuning). */
  threshold?: number;
  /** Overrides COPIED_SHARE_THRESHOLD (for tuning). */
  copiedShare?: number;
}

/**
 * `similarity` is the copied share when both texts could be read, else the estimated containment
 * (0 when either text is too short to judge).
 */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint, texts: CopyTexts = CARRIED_SEQUENCES, thresholds: CopyThresholds = {}): { duplicate: boolean; similarity: number } {
  if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return { duplicate: false, similarity: 0 };
  const estimate = estimatedContainment(a, b);
  if (estimate >= CHECK_FROM_CONTAINMENT) {
    const sa = texts.sequenceOf(a);
    const sb = sa ? texts.sequenceOf(b) : null;
    if (sa && sb) {
      const share = copiedShare(sa, sb);
      return { duplicate: share >= (thresholds.copiedShare ?? COPIED_SHARE_THRESHOLD), similarity: share };
    }
  }
  return { duplicate: estimate >= (thresholds.threshold ?? DUPLICATE_THRESHOLD), similarity: estimate };
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
  texts: CopyTexts = CARRIED_SEQUENCES,
  thresholds: CopyThresholds = {},
): { originalId: string | null; similarity: number } {
  let best: Fingerprint | null = null;
  let bestSimilarity = 0;
  for (const candidate of candidates) {
    if (candidate.id === article.id) continue;
    const { duplicate, similarity } = isNearDuplicate(article, candidate, texts, thresholds);
    if (!duplicate) continue;
    if (best === null || compareAge(candidate, best) < 0) {
      best = candidate;
      bestSimilarity = similarity;
    }
  }
  return { originalId: best?.id ?? null, similarity: bestSimilarity };
}

export type DuplicateIndexOptions = CopyThresholds;

/**
 * The LSH band map in memory: band key → fingerprints. Every article is indexed (copies too, so a
 * copy of a copy that drifted further from the first text is still found through its parent),
 * and `duplicateOf` always names the root: the earliest article of the chain.
 */
export class InMemoryDuplicateIndex {
  private readonly bands = new Map<string, Fingerprint[]>();
  private readonly byId = new Map<string, Fingerprint>();
  private readonly rootOf = new Map<string, string>();
  private readonly thresholds: CopyThresholds;
  /** Candidates examined by the last `add` (for tests and diagnostics). */
  lastCandidateCount = 0;

  constructor(options: DuplicateIndexOptions = {}) {
    this.thresholds = options;
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
    const picked = pickOriginal(fp, candidates, CARRIED_SEQUENCES, this.thresholds);
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
