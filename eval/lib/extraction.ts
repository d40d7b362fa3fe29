/**
 * Calling the extractor under evaluation. A throw (InputError for unreadable input, or a bug) is
 * one failed document in the figures, not the end of the run.
 */
import { extractArticle } from '../../src/extract/article.js';
import type { ExtractedArticle, RawDoc } from '../../src/core/types.js';
import { normalizeGoldLine, normalizeLine } from './text.js';

export type Extraction = { ok: true; article: ExtractedArticle } | { ok: false; message: string };

export function tryExtract(doc: RawDoc): Extraction {
  try {
    return { ok: true, article: extractArticle(doc) };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, message: message.replace(/\s+/gu, ' ') };
  }
}

/** The body as one normalized string, paragraphs separated by newlines, for snippet checks. */
export function normalizedBody(paragraphs: readonly string[]): string {
  return paragraphs.map(normalizeLine).join('\n');
}

/** Snippet `s` occurs in the normalized body (plain substring: snippets may cut words). */
export function bodyHas(body: string, snippet: string): boolean {
  const needle = normalizeGoldLine(snippet);
  return needle.length > 0 && body.includes(needle);
}

/** Two optional strings are equal after normalization; null equals only null. */
export function sameText(expected: string | null, got: string | null | undefined): boolean {
  if (expected === null || got === null || got === undefined) return expected === (got ?? null);
  return normalizeGoldLine(expected) === normalizeLine(got);
}

/**
 * Dates compare as the same claim: `2021-03-14T18:05` (the gold's form) equals the contract's
 * `2021-03-14T18:05:00`; a day-only date never equals a date with a time.
 */
export function sameDate(expected: string | null, got: string | null | undefined): boolean {
  // The gold writes minutes at most ("YYYY-MM-DDTHH:MM"): a page's stamp with seconds compares at minutes.
  const canonical = (d: string | null | undefined): string | null => (d ? d.replace(/T(\d{2}:\d{2}):\d{2}(?:\.\d+)?$/u, 'T$1') : null);
  return canonical(expected) === canonical(got);
}

/**
 * Outlet names compare without the generic words pages put around them ("جريدة الأفق" =
 * "الأفق", "موقع صدى الأرز" = "صدى الأرز", "بوابة النيل الإخبارية" = "بوابة النيل").
 */
export function sameOutlet(expected: string | null, got: string | null | undefined): boolean {
  const core = (s: string | null | undefined): string | null =>
    s
      ? normalizeLine(s)
          .replace(/^(?:جريدة|صحيفة|موقع|قناة|مؤسسة|مجلة|وكالة)\s+/u, '')
          .replace(/\s+(?:الإخبارية|الاخبارية|للصحافة والنشر|للأنباء|نت|\.نت)$/u, '')
          .trim()
      : null;
  return core(expected) === core(got);
}
