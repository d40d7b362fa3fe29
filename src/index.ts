/** The library's public surface: `import { analyze } from 'marsad'`. */
export * from './core/types.js';
export { InputError } from './core/errors.js';
export { analyze, type AnalyzeOptions } from './analyze/analyze.js';
export { extractArticle } from './extract/article.js';
export { extractFromText } from './extract/text/extract.js';
export { extractFromHtml } from './extract/html/extract.js';
export * as arabic from './arabic/index.js';
export { findEntities, type EntityAnalysis, type EntityMention } from './analyze/entities/index.js';
export { findStatements } from './analyze/statements/index.js';
export type { Store } from './store/store.js';
export { openStore, resolveDbPath } from './store/open-store.js';
export { ingestPaths } from './ingest/ingest.js';
export { searchArticles } from './search/search.js';
export { LexicalStanceModel, STANCES, type Stance, type StanceArticle, type StanceJudgement, type StanceModel } from './analyze/stance/index.js';
export { checkClaim, toClaimReview, actorPositions, type ClaimReport, type PositionsReport } from './claims/index.js';
export { statementExportChunks } from './export/statements.js';
