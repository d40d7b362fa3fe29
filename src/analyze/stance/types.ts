/**
 * Stance of an article towards a claim (DESIGN.md §4, `marsad stance`), as the Baly et al. (2018)
 * and FNC-1 corpora define it: `agree` the article reports the claim as true, `disagree` it
 * contradicts or denies it, `discuss` it is about the claim without taking a side, `unrelated` it
 * is about something else.
 */
import type { Entity, IsoDateString, Statement } from '../../core/types.js';

export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

/** What a stance model reads of an article: its analysis, or at least its text. */
export interface StanceArticle {
  title: string;
  paragraphs: readonly string[];
  publishedAt?: IsoDateString | null;
  /** The article's attributed statements, so that evidence can name who said it. */
  statements?: readonly Statement[];
  entities?: readonly Entity[];
}

export interface StanceEvidence {
  /** The evidence sentence as it appears in the article. */
  sentence: string;
  /** Its index among the body sentences (-1 for the headline), as in Statement.sentence. */
  index: number;
  /** The statement made in that sentence, when the evidence is an attributed utterance. */
  statement: Statement | null;
  /** How the sentence relates to the claim on its own. */
  polarity: 'supports' | 'contradicts' | 'neutral';
  /** Weighted share of the claim's words (or their synonyms) found in the sentence. */
  coverage: number;
}

export interface StanceJudgement {
  stance: Stance;
  /** Probability of each class under the model (they sum to 1). */
  scores: Record<Stance, number>;
  /** Best evidence first; empty for `unrelated`. */
  evidence: StanceEvidence[];
}

/**
 * A stance model. The built-in lexical model (./lexical.ts) needs nothing but this package; a
 * stronger one (a local NLI or embedding model) can implement the same interface and be passed to
 * `marsad claim` / `stance` instead, with the built-in one as its fallback.
 */
export interface StanceModel {
  readonly name: string;
  judge(claim: string, article: StanceArticle): Promise<StanceJudgement>;
}
