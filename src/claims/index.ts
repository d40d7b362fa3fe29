/** Claims over the corpus: evidence by stance, ClaimReview export, position timelines and contradictions. */
export { checkClaim, summarize, type ClaimEvidence, type ClaimReport, DEFAULT_CANDIDATES } from './check.js';
export { retrieveCandidates, type Candidate } from './retrieve.js';
export { toClaimReview, ratingOf } from './claimreview.js';
export { actorPositions, polarityTowards, type Position, type PositionsReport, type Contradiction, type Polarity } from './positions.js';
