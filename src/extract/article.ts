/**
 * One entry point for extraction: decode the bytes, pick the text or HTML path, return the
 * clean article. Bad input raises InputError (one line for the CLI); everything else is data.
 */
import type { ExtractedArticle, RawDoc } from '../core/types.js';
import { decodeDocument } from './decode.js';
import { extractFromHtml } from './html/extract.js';
import { extractFromText } from './text/extract.js';

export function extractArticle(doc: RawDoc): ExtractedArticle {
  const decoded = decodeDocument(doc);
  return decoded.format === 'html'
    ? extractFromHtml(decoded.text, { url: doc.url ?? null })
    : extractFromText(decoded.text, { url: doc.url ?? null, page: doc.record !== true, outlet: doc.outlet ?? null });
}
