/**
 * Scraped plain text → ExtractedArticle. Stages: blocks → classes (body or chrome) → trim the
 * chrome glued to the first body lines → headline, date, section, tags, outlet → body.
 */
import { addressDay } from './address-date.js';
import type { ExtractedArticle } from '../../core/types.js';
import { arabicLetterShare } from '../../arabic/chars.js';
import { rejoinScrapedCuts } from './cut-words.js';
import { decodeCharacterReferences } from './char-refs.js';
import { splitBlocks } from './blocks.js';
import { classifyBlocks, type ClassifiedBlock } from './classify.js';
import { findDates } from '../../arabic/dates/index.js';
import { listingReason, type ListingReason } from './listing.js';
import { clauseFollows, eventCueBefore, WEEKDAY } from './event-dates.js';
import { opensMidSentence } from './prose-opening.js';
import { stampsItems } from './item-stamps.js';
import { isCaptionLine, isChromeLine, isCreditLine, isDateLine } from './line-kinds.js';
import { cutLinkLabel } from './link-label.js';
import { outletFromAddress } from './address-outlet.js';
import {
  captionsOf,
  fallbackTitle,
  layoutOf,
  pickCreditAndDateline,
  pickHashtags,
  pickOutlet,
  pickPublishedAt,
  pickSection,
  pickTitle,
  stripHashMarks,
} from './metadata.js';

export interface TextExtractOptions {
  url?: string | null;
  /** Treat every block as more likely body (the HTML path has already removed most chrome). */
  prior?: 'text' | 'html';
  /** The text is a whole page (default), not a record's body: it may be a listing of teasers. */
  page?: boolean;
  /** The outlet as the source gives it (a record's field): taken instead of the one the page would show. */
  outlet?: string | null;
}

/** Only the first body blocks can carry a glued header ("… الجمعة 13 تشرين الأول 2017 | وأكدت مصادر …"). */
const LEAD_BLOCKS_TO_TRIM = 2;
/** The header part may take at most this share of the line. */
const LEAD_MAX_SHARE = 0.6;
/** A question or exclamation mark, then only the date's weekday: a headline's end and its date line. */
const HEADLINE_MARK_THEN_DATE = new RegExp(`[!؟?]\\s*(?:${WEEKDAY}\\s*[،,]?\\s*)?$`, 'u');
/** What remains after the cut must still be a sentence of at least this many words. */
const LEAD_MIN_REST_WORDS = 8;

export function extractFromText(text: string, options: TextExtractOptions = {}): ExtractedArticle {
  // Escaped characters a feed left in the text ("&quot;") are decoded, and words a scraper cut where
  // a diacritic was ("مشير ا", "الدولي ة", "أك د") rejoined, before anything reads the lines.
  const blocks = splitBlocks(rejoinScrapedCuts(decodeCharacterReferences(text)));
  const classified = classifyBlocks(blocks, isChromeLine);
  // Readability has already picked one article out of an HTML page; a text dump may be a tag page.
  const listing = options.prior === 'html' || options.page === false ? null : listingReason(blocks, options.url ?? null);
  if (listing) return listingPage(classified, listing, options);
  const article = assemble(classified, options);
  if (options.page !== false || article.paragraphs.length > 0) return article;
  return assemble(rescuedRecordBody(classifyBlocks(blocks, isChromeLine)), options);
}

/** A line of a record's body with at least this many words is prose if nothing marks it as chrome. */
const RECORD_PROSE_MIN_WORDS = 8;
/** …and at least this share of Arabic letters: style sheets and markup a scrape left in are not prose. */
const RECORD_PROSE_MIN_ARABIC = 0.5;

/**
 * A record's body field is the story a crawler already picked out of its page, so finding no body
 * in it means the classifier was wrong, not that there is none: a royal cable of two lines, a
 * decision listing its items as "أمانة منطقة الرياض: الموافقة على …", a poem (813 of SaudiNewsNet's
 * 30,662 stored records came out empty). Its prose lines, all but the title line, are the body:
 * a mostly Arabic line of RECORD_PROSE_MIN_WORDS words or more that no interface rule calls chrome. A record
 * that is only a byline ("عبدالعزيز البابطين") stays empty.
 */
function rescuedRecordBody(classified: ClassifiedBlock[]): ClassifiedBlock[] {
  return classified.map((c, i) =>
    i > 0 && c.cls !== 'good' && c.block.words >= RECORD_PROSE_MIN_WORDS && !isChromeLine(c.block) && arabicLetterShare(c.block.text) >= RECORD_PROSE_MIN_ARABIC
      ? { ...c, cls: 'good', reason: 'prose of a record whose body the classifier emptied' }
      : c,
  );
}

/** The warning of an article whose title had to be made from its first sentence. */
export const TITLE_FROM_BODY = 'no headline found; the title is taken from the first sentence';

/** Lines shorter than this on a listing page are menu items and labels, not teasers. */
const LISTING_ITEM_MIN_WORDS = 4;

/**
 * A listing keeps what describes the site (outlet, section) but has no story: no body, headline or
 * date, so that it can never stand in the store as an article made of other articles' teasers.
 */
function listingPage(classified: ClassifiedBlock[], reason: ListingReason, options: TextExtractOptions): ExtractedArticle {
  const listingItems = classified.filter((c) => c.block.words >= LISTING_ITEM_MIN_WORDS && !isChromeLine(c.block)).map((c) => c.block.text);
  for (const c of classified) {
    c.cls = 'bad';
    c.reason = `listing page (${reason})`;
  }
  const article = assemble(classified, options);
  return {
    ...article,
    title: '',
    publishedAt: null,
    captions: [],
    credit: null,
    dateline: null,
    listingItems,
    warnings: [`a listing page (${reason}), not one article: no body extracted`],
  };
}

export function assemble(classified: ClassifiedBlock[], options: TextExtractOptions): ExtractedArticle {
  const warnings: string[] = [];
  dropStandfirst(classified);
  dropLeadingHeadline(classified);
  const bodyIndexes = classified.flatMap((c, i) => (c.cls === 'good' ? [i] : []));
  const paragraphText = new Map<number, string>(bodyIndexes.map((i) => [i, classified[i]!.block.text]));
  const leadPrefixes = new Map<number, string>();
  // Items stamped one by one ("الاسم … التاريخ 2014 - 01 - 02 <question>"): the first stamp is an
  // item's header, not the page's glued to the lead, and no stamp dates the page.
  const itemStamps = stampsItems(classified);
  for (const i of itemStamps ? [] : bodyIndexes.slice(0, LEAD_BLOCKS_TO_TRIM)) {
    const cut = leadCut(classified[i]!);
    if (cut > 0) {
      const full = classified[i]!.block.text;
      leadPrefixes.set(i, full.slice(0, cut));
      paragraphText.set(i, full.slice(cut).replace(/^[\s|:\-–—,،.]+/u, ''));
    }
  }
  const layout = layoutOf(classified, bodyIndexes);
  const title = pickTitle(layout, options.url ?? null);
  const titleCopies = new Set(title?.blockIndexes ?? []);
  const creditLines: string[] = [];
  classified.forEach((c, i) => {
    if (!layout.excluded.has(i) && isCreditLine(c.block) && !isCaptionLine(c.block)) creditLines.push(c.block.text);
  });
  let linkSite: string | null = null;
  const paragraphs = bodyIndexes
    .filter((i) => !titleCopies.has(i))
    .map((i) => {
      const text = stripHashMarks(paragraphText.get(i)!);
      const cut = cutLinkLabel(text);
      if (!cut) return text;
      linkSite ??= cut.site;
      return cut.text;
    })
    .filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) warnings.push('no article body found');
  const bodyNorm = bodyIndexes.map((i) => classified[i]!.block.norm).join('\n');
  // The date rules read where a date stands against the headline as the layout placed it.
  const placed = title?.placed === undefined ? title : title.placed;
  const date = pickPublishedAt(
    layout,
    leadPrefixes,
    bodyNorm,
    placed && placed.blockIndexes.length > 0 ? Math.min(...placed.blockIndexes) : -1,
    placed?.title ?? null,
    itemStamps,
    addressDay(options.url ?? null),
  );
  const { credit, dateline, agency } = pickCreditAndDateline(paragraphs, creditLines);
  // The site a story-link label names published the page; an agency credit names its source.
  // …and failing those, the site's name printed in the masthead or the footer, known by the address.
  const byAddress = (): string | null => outletFromAddress(classified.map((c) => c.block), options.url);
  // Reading the site's name off the page (the address against every word at its top and bottom)
  // took 3–4 % of the analysis thread's time on SaudiNewsNet's records, which name their outlet.
  const outlet = options.outlet || (pickOutlet(layout, title?.suffix ?? null, byAddress) ?? linkSite ?? agency ?? byAddress());
  let titleText = withoutTrailingDots(withoutOutletTail(title?.title ?? '', outlet));
  if (!titleText) {
    warnings.push(TITLE_FROM_BODY);
    titleText = fallbackTitle(paragraphs);
  }
  return {
    title: titleText,
    publishedAt: date?.iso ?? null,
    outlet,
    section: pickSection(layout, [...titleCopies]),
    hashtags: pickHashtags(layout),
    url: options.url ?? null,
    paragraphs,
    captions: captionsOf(layout),
    credit,
    dateline,
    warnings,
  };
}

/**
 * "… لأخطر تنظيم إرهابى بالتاريخ . .": dots a headline trails into its teaser are not part of it,
 * and neither is a single full stop: headlines end without one ("… ضد " تحرير الشام " ." is the
 * headline line a scrape closed like a sentence). Question and exclamation marks stay.
 */
function withoutTrailingDots(title: string): string {
  return title.replace(TRAILING_DOTS, '');
}
const TRAILING_DOTS = /(?:\s*\.)+\s*$|\s*…\s*$/u;

/** What must be left of a headline for a site name at its end to be cut off. */
const MIN_HEADLINE_WORDS_LEFT = 3;

/**
 * "موريتانيا ستغير علمها . . وهذه دول عربية تشهد جدلا حول العلم عربي 21": a document title with the
 * site's name glued on without a separator. When the headline ends with the name the page gives as
 * its outlet, the name is not the headline's.
 */
export function withoutOutletTail(title: string, outlet: string | null): string {
  if (!outlet || !title.endsWith(outlet)) return title;
  const head = title.slice(0, title.length - outlet.length);
  // A whole word only: "… في إسرائيل صحيفة المرصد", never the end of a longer word.
  if (!/\s$/u.test(head)) return title;
  const rest = head.replace(/[\s|:\-–—~,،]+$/u, '');
  return rest.split(/\s+/u).filter(Boolean).length >= MIN_HEADLINE_WORDS_LEFT ? rest : title;
}

/**
 * Scrapes glue the page header to the first sentence: "… | العنوان … الجمعة 13 تشرين الأول 2017
 * | 8 : 58 مساء وأكدت مصادر …". Cut after the last full date in the front part of the line when
 * nothing before it ends a sentence and a real sentence follows. Returns the cut offset or 0.
 */
function leadCut(c: ClassifiedBlock): number {
  const text = c.block.text;
  // Only the front part of the line can be a glued header: parse dates there alone.
  const head = text.slice(0, Math.floor(text.length * LEAD_MAX_SHARE));
  // Only a date with its year can be cut at (the article's own date is always complete).
  if (!/(?:[0-9]|[\u0660-\u0669]|[\u06F0-\u06F9]){4}/u.test(head)) return 0;
  // "وأكد المجلس المحلي … 13 يناير , 2018": a line that opens mid-sentence has no header before its date.
  if (opensMidSentence(text)) return 0;
  let cut = 0;
  for (const d of findDates(head)) {
    if (d.iso === null || d.kind === 'relative') continue;
    // A sentence that has ended before the date means the story began, unless the mark is a
    // headline's question or exclamation mark with its date line right after it ("… فهل تتفكك
    // أحرار الشام ? 22 / 07 / 2017 …"): then only a full stop does.
    const before = text.slice(0, d.start).replace(/\s\.\s\.\s/gu, ' ');
    if (/[.](?:\s|$)/u.test(before) || (/[!؟?](?:\s|$)/u.test(before) && !HEADLINE_MARK_THEN_DATE.test(before))) break;
    // "… أودعت اليوم الأربعاء 17 / 1 / 2018 مبلغ …": a date a sentence governs means the story began.
    if (eventCueBefore(text, d.start) !== null || clauseFollows(text, d.end, d.parts.hour !== undefined)) break;
    const rest = text.slice(d.end).replace(/^[\s|:\-–—,،]*(?:\d{1,2}\s*:\s*\d{2}\s*)?(?:(?:م|ص|مساء\S*|مسا\S*|صباح\S*|GMT|غرينتش)(?=[\s|:\-–—,،]|$))?[\s|:\-–—,،]*/u, '');
    if (rest.split(/\s+/u).filter(Boolean).length >= LEAD_MIN_REST_WORDS) cut = text.length - rest.length;
  }
  return cut;
}

/** How far below a standfirst its date line or byline may sit. */
const STANDFIRST_REACH = 4;

/**
 * A summary line under the headline ("سركيس ينفي … والمستوردون يحذرون") reads like prose but is
 * header: the byline or date line comes after it, before the story starts.
 */
function dropStandfirst(classified: ClassifiedBlock[]): void {
  const first = classified.findIndex((c) => c.cls === 'good');
  if (first < 0 || classified[first]!.block.endsSentence) return;
  for (let j = first + 1; j < Math.min(classified.length, first + 1 + STANDFIRST_REACH); j++) {
    const c = classified[j]!;
    if (c.cls === 'good') return;
    if (isDateLine(c.block) || /^(?:كتب|كتبت|بقلم|إعداد|اعداد|بواسطة)\s*[:：-]?\s/u.test(c.block.text)) {
      classified[first]!.cls = 'bad';
      classified[first]!.reason = 'standfirst above the byline or date line';
      return;
    }
  }
}

/** A headline has at most this many words. */
const HEADLINE_MAX_WORDS = 25;

/**
 * Dumps that start with the headline ("مذبحة حوثية في عدن.. والمقاومة تزحف نحو القصر", then the
 * story) give it prose signals, so the classifier takes it as the first paragraph. A short first
 * block without final punctuation, taken as body only from its neighbours, is the headline.
 */
function dropLeadingHeadline(classified: ClassifiedBlock[]): void {
  const first = classified.findIndex((c) => c.cls === 'good');
  if (first < 0) return;
  const c = classified[first]!;
  const next = classified[first + 1];
  const wasUncertain = c.reason.startsWith('some prose signals') || c.reason.startsWith('short line');
  if (!wasUncertain || c.block.endsSentence || c.block.words > HEADLINE_MAX_WORDS || next?.cls !== 'good') return;
  c.cls = 'bad';
  c.reason = 'headline above the story';
}
