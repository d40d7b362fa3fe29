/** Stance of an article towards a claim: see ./README.md for how it is decided and where it fails. */
export { STANCES, type Stance, type StanceArticle, type StanceEvidence, type StanceJudgement, type StanceModel } from './types.js';
export { LexicalStanceModel, type LexicalStanceOptions, sentencePolarity } from './lexical.js';
export { parseClaim, type ParsedClaim, type ClaimTerm } from './claim.js';
export { alignArticle, alignSentence, type AlignedSentence } from './align.js';
export { stanceFeatures, FEATURE_NAMES } from './features.js';
export { fitStanceParams, macroF1, type LabelledFeatures } from './fit.js';
export type { StanceParams } from './decide.js';
