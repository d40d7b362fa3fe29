/**
 * The feature vector of one claim–article pair: how much and how well the article covers the claim,
 * and what the sentences that cover it do with it. Names are kept with the values so that a fitted
 * model can be read (and printed by the eval).
 */
import type { AlignedSentence } from './align.js';
import type { ParsedClaim } from './claim.js';

/** A sentence covering at least this share of the claim is about the claim. */
export const ABOUT_CLAIM = 0.4;
/** A denial in a sentence covering this share of the claim is still counted, as weaker evidence. */
export const LOOSE_ABOUT = 0.25;
/** How many best-covering sentences speak for the article. */
export const TOP_SENTENCES = 3;

export const FEATURE_NAMES = [
  'docCoverage',
  'bestCoverage',
  'pairCoverage',
  'titleCoverage',
  'top3Coverage',
  'sentencesAboutClaim',
  'numbersFound',
  'polarityMismatch',
  'polarityMatch',
  'denialNear',
  'oppositeNear',
  'hedgeNear',
  'questionNear',
  'contrastNear',
  'conditionNear',
  'denialDensity',
  'hedgeDensity',
  'claimNegative',
  'numberConflict',
  'denialLoose',
  'bodyLength',
  'claimLength',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The sentence puts an opposite or another value in the claim's place. */
export function substituted(s: AlignedSentence): boolean {
  return s.opposite || s.antonym || s.swapped;
}

/** Sentences by coverage, best first (ties: earlier first, the headline before the body). */
export function rankSentences(sentences: readonly AlignedSentence[]): AlignedSentence[] {
  return [...sentences].sort((a, b) => b.coverage - a.coverage || a.index - b.index);
}

export function stanceFeatures(claim: ParsedClaim, sentences: readonly AlignedSentence[]): number[] {
  const ranked = rankSentences(sentences);
  const top = ranked.slice(0, TOP_SENTENCES);
  const union = new Set<number>();
  for (const s of sentences) for (const t of s.matched) union.add(t);
  let unionWeight = 0;
  for (const t of union) unionWeight += claim.terms[t]!.weight;
  const docCoverage = claim.totalWeight > 0 ? unionWeight / claim.totalWeight : 0;
  const best = top[0];
  const bestCoverage = best?.coverage ?? 0;
  // Two neighbouring sentences together: claims often spread over a sentence and its follow-up.
  let pairCoverage = bestCoverage;
  const body = sentences.filter((s) => s.index >= 0);
  for (let i = 0; i + 1 < body.length; i++) {
    const terms = new Set([...body[i]!.matched, ...body[i + 1]!.matched]);
    let w = 0;
    for (const t of terms) w += claim.terms[t]!.weight;
    if (claim.totalWeight > 0) pairCoverage = Math.max(pairCoverage, w / claim.totalWeight);
  }
  const title = sentences.find((s) => s.index === -1);
  const about = top.filter((s) => s.coverage >= ABOUT_CLAIM);
  /** The largest coverage among the claim-covering sentences that have the property. */
  const near = (has: (s: AlignedSentence) => boolean): number => Math.max(0, ...about.filter(has).map((s) => s.coverage));
  const claimNumbers = claim.terms.filter((t) => t.number).length;
  const count = (has: (s: AlignedSentence) => boolean): number => sentences.filter(has).length;
  const n = Math.max(1, sentences.length);
  return [
    docCoverage,
    bestCoverage,
    pairCoverage,
    title?.coverage ?? 0,
    top.reduce((sum, s) => sum + s.coverage, 0) / TOP_SENTENCES,
    Math.log1p(count((s) => s.coverage >= ABOUT_CLAIM)),
    claimNumbers === 0 ? 0 : Math.max(0, ...sentences.map((s) => s.numbersFound)) / claimNumbers,
    near((s) => s.negated !== claim.negative || s.negationMismatch),
    // A sentence that swaps in another country or number still matches in polarity: in a long
    // article it is as often added context as a contradiction (the contradiction features say so).
    near((s) => s.negated === claim.negative && !s.denial && !s.opposite && !s.antonym),
    near((s) => s.denial),
    near((s) => s.opposite || s.antonym),
    near((s) => s.hedged),
    near((s) => s.question),
    near((s) => s.contrast),
    near((s) => s.condition),
    count((s) => s.denial) / n,
    count((s) => s.hedged) / n,
    claim.negative ? 1 : 0,
    // A sentence about the claim giving other numbers and not the claim's ("528th" for "28th"), or
    // another value in the same slot (another country, "مليون" for "مليار").
    Math.max(0, ...about.filter((s) => (s.otherNumbers > 0 && s.numbersFound === 0) || s.swapped).map((s) => s.coverage)),
    // Denials anywhere near the claim's words, even in a sentence covering only part of it.
    Math.max(0, ...sentences.filter((s) => s.denial && s.coverage >= LOOSE_ABOUT).map((s) => s.coverage)),
    Math.log1p(sentences.length),
    Math.log1p(claim.terms.length),
  ];
}
