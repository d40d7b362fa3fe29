/**
 * HTML page → ExtractedArticle. Readability (over linkedom) finds the main content; its
 * paragraphs then go through the same block classifier as scraped text, which removes the chrome
 * Readability keeps (share labels, "اقرأ أيضاً" lists, bylines, date lines). Metadata comes from
 * JSON-LD / OpenGraph / meta / <time>; whatever is missing is read from the visible page by the
 * text pipeline, which knows how to avoid sidebar dates.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalize } from '../../arabic/normalize.js';
import type { ExtractedArticle } from '../../core/types.js';
import { isArchiveAddress } from '../text/archive-address.js';
import { splitBlocks, stripPunctuation } from '../text/blocks.js';
import { classifyBlocks } from '../text/classify.js';
import { extractFromText } from '../text/extract.js';
import { isChromeLine, isCreditLine } from '../text/line-kinds.js';
import { pickCreditAndDateline, stripHashMarks } from '../text/metadata.js';
import { domLines, type DomLine } from './lines.js';
import { isListingPage, normalizeMachineDate, readMetadata } from './metadata.js';

export interface HtmlExtractOptions {
  url?: string | null;
}

/** Readability's default of 500 characters drops short wire items; news bodies are rarely shorter than this. */
const READABILITY_CHAR_THRESHOLD = 250;

export function extractFromHtml(html: string, options: HtmlExtractOptions = {}): ExtractedArticle {
  const { document } = parseHTML(html);
  const meta = readMetadata(document as never);
  // A page of teasers, or a tag, category, date or search address (where Readability would pick one
  // teaser or one post out of many: archive-address.ts). Only the address the page was fetched from:
  // a canonical link pointing at the site's root is a common misconfiguration of article pages.
  const listing = isListingPage(document as never) || isArchiveAddress(options.url);
  const heading = headingTitle(document as never);
  const domTags = tagLinks(document as never);
  // The visible page costs a second parse and the whole text pipeline: only read it when the
  // metadata leaves a gap (Readability below mutates the first parse).
  let visibleCache: ExtractedArticle | null = null;
  const visible = (): ExtractedArticle => {
    if (!visibleCache) {
      const { document: page } = parseHTML(html);
      visibleCache = extractFromText(domLines((page.body ?? page.documentElement) as never).map((l) => l.text).join('\n'), { url: options.url ?? null });
    }
    return visibleCache;
  };

  const contentLines = listing ? [] : readabilityLines(document);
  const warnings: string[] = [];
  const outlet = meta.outlet ?? visible().outlet;
  const title = cleanTitle(meta.title, outlet) ?? heading ?? cleanTitle(meta.documentTitle, outlet) ?? visible().title;

  let body: { paragraphs: string[]; captions: string[]; creditLines: string[] };
  if (listing) {
    warnings.push('the page is a list of articles (teasers), not an article: no body');
    body = { paragraphs: [], captions: [], creditLines: [] };
  } else if (contentLines.length > 0) {
    body = bodyFromLines(contentLines, title);
    if (body.captions.length === 0) body.captions = visible().captions;
  } else {
    warnings.push('no main content found by Readability; the body comes from the whole page');
    body = { paragraphs: visible().paragraphs, captions: visible().captions, creditLines: [] };
  }
  if (body.paragraphs.length === 0) warnings.push('no article body found');
  const { credit, dateline } = pickCreditAndDateline(body.paragraphs, body.creditLines);
  const hashtags = domTags.length > 0 ? domTags : meta.tags.length > 0 ? meta.tags.map((t) => t.replace(/^#/u, '')) : visible().hashtags;

  return {
    title,
    publishedAt: normalizeMachineDate(meta.publishedAt) ?? (listing ? null : visible().publishedAt),
    outlet,
    section: meta.section ?? visible().section,
    hashtags: [...new Set(hashtags)],
    url: options.url ?? meta.canonicalUrl ?? null,
    paragraphs: body.paragraphs,
    captions: body.captions,
    credit: credit ?? (visibleCache as ExtractedArticle | null)?.credit ?? null,
    dateline,
    warnings,
  };
}

function readabilityLines(document: unknown): DomLine[] {
  try {
    // The serializer hands back the content element itself: no second parse of the article HTML.
    const article = new Readability(document as never, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      keepClasses: false,
      serializer: (el: unknown) => el,
    }).parse() as { content?: unknown } | null;
    return article?.content ? domLines(article.content as never) : [];
  } catch {
    return []; // A page Readability cannot read falls back to the visible text.
  }
}

function bodyFromLines(lines: DomLine[], title: string): { paragraphs: string[]; captions: string[]; creditLines: string[] } {
  const captions = lines.filter((l) => l.kind === 'caption').map((l) => l.text);
  const text = lines.filter((l) => l.kind !== 'caption').map((l) => l.text);
  const blocks = splitBlocks(text.join('\n'));
  const classified = classifyBlocks(blocks, isChromeLine);
  const titleKey = stripPunctuation(normalize(title));
  const paragraphs = classified
    .filter((c) => c.cls === 'good' && c.block.key !== titleKey)
    .map((c) => stripHashMarks(c.block.text));
  const creditLines = classified.filter((c) => c.cls !== 'good' && isCreditLine(c.block)).map((c) => c.block.text);
  return { paragraphs, captions, creditLines };
}

function headingTitle(document: { querySelector(s: string): { textContent: string | null } | null }): string | null {
  const h1 = document.querySelector('article h1, main h1, h1');
  const t = h1?.textContent?.replace(/\s+/gu, ' ').trim();
  return t ? t : null;
}

/** "العنوان | اسم الموقع" → "العنوان" when the tail is the outlet (or any short site-like tail). */
function cleanTitle(raw: string | null, outlet: string | null): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/gu, ' ').trim();
  const m = /^(.{8,}?)\s+[|｜–—-]\s+([^|｜–—-]{2,40})$/u.exec(text);
  if (m) {
    const tail = normalize(m[2]!.trim());
    if ((outlet && (tail === normalize(outlet) || normalize(outlet).includes(tail) || tail.includes(normalize(outlet)))) || m[2]!.trim().split(/\s+/u).length <= 2) {
      return stripHashMarks(m[1]!.trim());
    }
  }
  return stripHashMarks(text) || null;
}

/** Tag links ("rel=tag", tag/keyword lists) are separate items; the visible text joins them, so read the DOM. */
const TAG_LINKS = 'a[rel~="tag"], [class*="tag"] a, [class*="keyword"] a, [id*="tag"] a';

function tagLinks(document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; closest(s: string): unknown }> }): string[] {
  return Array.from(document.querySelectorAll(TAG_LINKS))
    .filter((a) => !a.closest('nav, aside, footer, header'))
    .map((a) => (a.textContent ?? '').replace(/\s+/gu, ' ').trim().replace(/^#/u, ''))
    .filter((t) => t !== '' && t.split(' ').length <= 4);
}
