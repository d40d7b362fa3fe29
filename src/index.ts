/** The library's public surface: `import { analyze } from 'marsad'`. */
export * from './core/types.js';
export { InputError } from './core/errors.js';
export { analyze, type AnalyzeOptions } from './analyze/analyze.js';
export { extractArticle } from './extract/article.js';
export { extractFromText } from './extract/text/extract.js';
export { extractFromHtml } from './extract/html/extract.js';
export * as arabic from './arabic/index.js';
