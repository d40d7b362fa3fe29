/**
 * `analyze`: one article in, the full record out (DESIGN.md §3). Extraction, then entities,
 * then statements; nothing is stored.
 */
import { arabicLetterShare } from '../arabic/chars.js';
import { InputError } from '../core/errors.js';
import type { AnalyzeResult, RawDoc } from '../core/types.js';
import { extractArticle } from '../extract/article.js';
import { TITLE_FROM_BODY } from '../extract/text/extract.js';
import { maskByline } from './byline.js';
import { findEntities } from './entities/index.js';
import { findStatements } from './statements/index.js';
import { withSpeakerPersons } from './speaker-persons.js';
import { withoutLoneNames } from './lone-names.js';

export interface AnalyzeOptions {
  /** Reference date for relative dates when the article states none (e.g. the crawl date). */
  reference?: string | null;
  /**
   * `reference` is the day the article was collected, not published (a crawl's date): a statement
   * is then dated by "أمس"/"اليوم" only with a weekday named beside it.
   */
  referenceIsCollection?: boolean;
  /**
   * Days (YYYY-MM-DD, inclusive) the publication date must fall in, when the input's provenance
   * bounds it (a record's date field, or the day it was collected). A date the text gives outside them is an event's
   * ("وتاريخ 20/1/1419هـ" in a 2015 article), not the article's: dropped, with a warning.
   */
  publishedWithin?: { from: string; to: string };
}

/** Below this share of Arabic letters the input is not an Arabic article. */
export const MIN_ARABIC_SHARE = 0.3;

export function analyze(doc: RawDoc, options: AnalyzeOptions = {}): AnalyzeResult {
  const article = extractArticle(doc);
  const origin = doc.origin ?? doc.url ?? '<input>';
  // A listing page has no body of its own: whether it is Arabic is read from its teasers.
  const visible = `${article.title}\n${article.paragraphs.join('\n')}${article.listingItems ? `\n${article.listingItems.join('\n')}` : ''}`;
  if (arabicLetterShare(visible) < MIN_ARABIC_SHARE) {
    throw new InputError(origin, `not Arabic text (${Math.round(arabicLetterShare(visible) * 100)}% Arabic letters)`, 'not-arabic');
  }
  const window = options.publishedWithin;
  const day = article.publishedAt?.slice(0, 10);
  if (window && day !== undefined && (day < window.from || day > window.to)) {
    const days = window.from === window.to ? window.from : `${window.from} … ${window.to}`;
    article.warnings.push(`the date ${day} in the text is not the publication date (its source dates the article ${days})`);
    article.publishedAt = null;
  }
  const reference = article.publishedAt ?? options.reference ?? null;
  // The reporter's byline opening the story is no part of what the analysis reads. When no headline
  // was found, the first paragraph may be the headline itself, and the byline opens the second.
  const bylineBefore = article.warnings.includes(TITLE_FROM_BODY) ? 2 : 1;
  const read = article.paragraphs.map((p, i) => (i < bylineBefore ? maskByline(p) : p));
  const entities = findEntities({ title: article.title, paragraphs: read });
  const statements = findStatements({
    // A title made from the body's first sentence says nothing the body does not: its statements are the body's.
    title: article.warnings.includes(TITLE_FROM_BODY) ? '' : article.title,
    paragraphs: read,
    publishedAt: reference,
    entities,
    referenceIsCollection: article.publishedAt === null && options.referenceIsCollection === true,
  });
  return {
    title: article.title,
    publishedAt: article.publishedAt,
    outlet: article.outlet,
    section: article.section,
    hashtags: article.hashtags,
    url: article.url,
    body: article.paragraphs.join('\n'),
    captions: article.captions,
    // A speaker the statements name as a person is one, when the entity patterns missed him; a lone
    // word the article neither repeats nor quotes is not listed as one.
    entities: withoutLoneNames(withSpeakerPersons(entities, statements), statements),
    statements,
    ...(article.listingItems ? { listingItems: article.listingItems } : {}),
    warnings: article.warnings,
  };
}
