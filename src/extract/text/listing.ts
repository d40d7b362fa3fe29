/**
 * Is the page a listing (a tag, archive or section page of teasers) rather than one article?
 * A listing has no body, headline or date of its own: extracting its teasers as a story would put
 * several stories' sentences under one wrong title in the store.
 *
 * Signals, any one enough on its own:
 *  - an archive title at the top of the page, as blogging platforms print it ("أرشيف الوسم :",
 *    "أرشيف شهر :", "أرشيف يوم :", "… Archives -", "أبريل | 2012 | <site>"), a forum's
 *    profile page title ("عرض المشاركات - <member>") or an author's page title ("<name>, Author at");
 *  - truncated teasers: most lines hold an excerpt cut with ". . ." and then the next item
 *    ("… في هجوم ارهابى على كنيسة مار مين . . . القاهرة ( رويترز ) - قال الجيش …");
 *  - several stories each opened by its headline and date glued to its lead (see
 *    `severalDatedStories`);
 *  - several teasers each printing its headline, then a dateline with the same credit between
 *    dashes, then its lead (see `severalCreditedTeasers`);
 *  - several items each opened by the same credit or post header and then their own date
 *    ("كردووتش , 30 كانون الأول 2011 - …", "موضوع : رد : <thread> <date> …"; see `severalDatelines`);
 *  - a news ticker: most lines are one-sentence summaries in the headline register, a subject then
 *    a present-tense reporting verb, none continuing another (see `tickerOfSummaries`);
 *  - leads of stories told on different days, "اليوم السبت" here and "اليوم الأربعاء" there, or
 *    teasers each opened by its own date (see listing-days.ts);
 *  - a paged section title ("دولي - الصفحة 20 - <site>") or several posts each closed with its own
 *    "التعليقات على <headline> مغلقة" notice;
 *  - a week's archive titled by its date range ("11 / 12 / 11 - 18 / 12 / 11 ~ <blog>");
 *  - a feed dumped as text: several items each stamped in the feeds' machine format
 *    ("Tue , 31 Oct 2017 20 : 43 : 03 + 0000");
 *  - a podcast's page: the platform's title ("<series> by <channel> on Apple Podcasts") or its
 *    table of episodes ("Name Description Released Price").
 *
 * Thresholds were set on the pages labelled `listing` in eval/gold/baly-extract*.json (sets 1–3):
 * articles that use ". . ." as a style reach at most 41% of their lines with a cut inside, and
 * never eight cuts on lines that hold little else; teaser listings reach 64–100%.
 */
import { isArchiveAddress } from './archive-address.js';
import { continuesTheText } from './prose-opening.js';
import type { Block } from './blocks.js';
import { GREGORIAN_MONTH_NAMES } from '../../arabic/dates/months.js';
import { findDates, type DateMatch } from '../../arabic/dates/index.js';
import { eventCueBefore } from './event-dates.js';
import { normalize } from '../../arabic/normalize.js';
import { foldDigits } from '../../arabic/chars.js';
import { PRESENT_REPORTING_VERBS } from './lexicon.js';
import { datedTeasers, storiesOfSeveralDays } from './listing-days.js';

/** "أرشيف الوسم :", "أرشيف التصنيف :", "أرشيف شهر :": the archive title, with its colon. */
const ARCHIVE_TITLE = /(?:^|\s)(?:أرشيف|ارشيف)\s+(?:الوسم|الوسوم|التصنيف|القسم|الكاتب|شهر|يوم|سنة|عام|الشهر|اليوم|السنة|العلامة|الكلمة|الكلمة الدلالية|الموسم)\s*[:：]/u;
/**
 * A forum member's profile page listing their posts: the forum software's own page title,
 * "عرض المشاركات - <member>" or "عرض المواضيع - <member>" (SMF's Arabic "Show posts" / "Show
 * topics"), before the posts pasted from many threads.
 */
const FORUM_PROFILE_TITLE = /^\s*عرض\s+(?:المشاركات|المواضيع)\s*[-–|:]/u;
/**
 * A forum thread's member cards, printed above each post: phpBB's "مشاركات : … اشترك في : …",
 * vBulletin's "تاريخ التسجيل :" and its rank printed twice, as text and as the badge's alt text
 * ("عضو مميز عضو مميز"). Lines holding a card, three or more, make a page of several posts, which
 * members paste from different sources. On the 2,333 Baly pages two reach three, both labelled
 * listings (a phpBB and a vBulletin thread). One card, or a story that says "عضو جديد", is not enough.
 */
const MEMBER_CARD = /(?:^|\s)(?:(?:المشاركات|مشاركات|اشترك في|تاريخ التسجيل)\s*[:：]|(عضو\s+(?:مميز|جديد|نشيط|فعال|متميز|ذهبي))\s+\1(?:\s|$)|رد مع اقتباس)/u;
const MIN_MEMBER_CARDS = 3;
/**
 * An author's page listing their columns: WordPress's English title "<name>, Author at <site>"
 * kept in Arabic themes, or the Arabic "مقالات الكاتب : <name>".
 */
const AUTHOR_ARCHIVE_TITLE = /,\s*Author at\s|(?:^|\s)مقالات\s+الكاتب\s*[:：]/u;
/** WordPress's English archive title kept in Arabic themes: "<tag> Archives - <site>". */
const ARCHIVES_EN = /\sArchives\s+[-–|]/u;
/** "أبريل | 2012 | <site>": the document title of a month archive. */
const MONTH_ARCHIVE_TITLE = new RegExp(`^\\s*(?:${GREGORIAN_MONTH_NAMES.flat().join('|')})\\s*[|｜]\\s*\\d{4}\\s*[|｜]`, 'u');
/**
 * "دولي - الصفحة 20 - <site>", "أخبار محلية - الصفحة 5 -": a section's later page, as blogging
 * platforms title it. The name before it is a section (a few words), not a headline: a long
 * article or forum thread split over pages carries its whole title there. The `u` flag: Arabic.
 */
const PAGED_SECTION_TITLE = /^\s*(?:[^\s|\-–—]+\s+){0,3}[^\s|\-–—]+\s+[-–—|]\s+(?:ال)?صفح[ةه]\s+([0-9]{1,4})\s+[-–—|]/u;
/**
 * "التعليقات على <headline> مغلقة": WordPress's "Comments are closed on <post>", printed once per
 * post. A page printing it for several posts lists them. The `u` flag: Arabic.
 */
const COMMENTS_CLOSED = /التعليقات على\s.{3,200}?\sمغلق[ةه](?=\s|$)/gu;
const MIN_CLOSED_NOTICES = 2;
/**
 * "11 / 12 / 11 - 18 / 12 / 11 ~ <blog>": Blogger titles a week's archive by its first and last day,
 * then its separator ("~" or "|") and the blog's name. An article's title is words ("1 / 1 / 2017 -
 * 31 / 12 / 2017 : حصاد عام" is a year's review: a colon, and a year apart); a dateline opening a lead
 * is one date (and a time), not two dates and a title separator.
 */
const DATE_RANGE_TITLE = /^\s*(\p{Nd}{1,2})\s*\/\s*(\p{Nd}{1,2})\s*\/\s*(\p{Nd}{2,4})\s*[-–—]\s*(\p{Nd}{1,2})\s*\/\s*(\p{Nd}{1,2})\s*\/\s*(\p{Nd}{2,4})\s*[~|｜]/u;
/** The days a week's archive spans, at most (a date range in a title that spans more is no archive's). */
const ARCHIVE_RANGE_MAX_DAYS = 8;
/**
 * A feed item's stamp in RFC 822 form, as RSS prints `pubDate` ("Tue , 31 Oct 2017 20 : 43 : 03 +
 * 0000"). Prose never writes a date so; a feed dumped as text carries one per item, so stamps on
 * several lines make a feed (one article's meta line may print two: updated and published).
 */
const FEED_STAMP = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s*,\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{2}\s*:\s*\d{2}\s*:\s*\d{2}\s*(?:[+-]\s*\d{4}|GMT)/u;
const MIN_FEED_STAMP_LINES = 2;
/**
 * A podcast's page lists its episodes: the platform's own document title at the top ("<series> by
 * <channel> on Apple Podcasts") or the header of its episode table. Like the blogging platforms'
 * archive titles, this is a platform's page type, not one site's wording; a "Listen on Apple
 * Podcasts" button in an article is neither.
 */
const PODCAST_TITLE = /^.{1,120}\sby\s.{1,80}\son Apple Podcasts(?:\s|$)/iu;
const EPISODE_TABLE = /(?:^|\s)Name\s+Description\s+Released\s+Price(?:\s|$)/u;
/** Only the top of the page carries the archive title; a sidebar widget further down does not count. */
const ARCHIVE_TITLE_REACH = 200;

/** A cut excerpt: ". . ." or "…" with more text after it on the same line. */
const CUT = /(?:\.\s){2,}\.|…/gu;
/** At least this many words must follow a cut for it to join two items rather than end a line. */
const WORDS_AFTER_CUT = 3;
const MIN_CUTS = 8;
const MIN_CUT_LINE_SHARE = 0.6;

export type ListingReason =
  | 'archive title'
  | 'forum profile'
  | 'author archive'
  | 'truncated teasers'
  | 'several dated stories'
  | 'several credited teasers'
  | 'several datelines'
  | 'ticker of summaries'
  | 'stories of several days'
  | 'dated teasers'
  | 'several closed comment notices'
  | 'feed items'
  | 'podcast page'
  | 'archive address'
  | 'forum thread';

export function listingReason(blocks: readonly Block[], url: string | null = null): ListingReason | null {
  const top = blocks[0]?.text.slice(0, ARCHIVE_TITLE_REACH) ?? '';
  if (ARCHIVE_TITLE.test(top) || ARCHIVES_EN.test(top) || MONTH_ARCHIVE_TITLE.test(top) || weekArchiveTitle(top) || isPagedSection(top))
    return 'archive title';
  if (FORUM_PROFILE_TITLE.test(top)) return 'forum profile';
  if (memberCards(blocks) >= MIN_MEMBER_CARDS) return 'forum thread';
  if (AUTHOR_ARCHIVE_TITLE.test(top)) return 'author archive';
  if (PODCAST_TITLE.test(top) || blocks.slice(0, PODCAST_TABLE_REACH).some((b) => b.latinWords >= 4 && EPISODE_TABLE.test(b.text))) return 'podcast page';
  if (feedStampLines(blocks) >= MIN_FEED_STAMP_LINES) return 'feed items';
  let cuts = 0;
  let linesWithCut = 0;
  let linesWithText = 0;
  for (const b of blocks) {
    if (b.words < WORDS_AFTER_CUT) continue;
    linesWithText++;
    let here = 0;
    for (const m of b.text.matchAll(CUT)) {
      if (wordsAfter(b.text, m.index! + m[0].length) >= WORDS_AFTER_CUT) here++;
    }
    cuts += here;
    if (here > 0) linesWithCut++;
  }
  if (cuts >= MIN_CUTS && linesWithText > 0 && linesWithCut / linesWithText >= MIN_CUT_LINE_SHARE) return 'truncated teasers';
  if (severalDatedStories(blocks)) return 'several dated stories';
  if (severalCreditedTeasers(blocks)) return 'several credited teasers';
  if (severalDatelines(blocks)) return 'several datelines';
  if (tickerOfSummaries(blocks)) return 'ticker of summaries';
  if (storiesOfSeveralDays(blocks)) return 'stories of several days';
  if (datedTeasers(blocks)) return 'dated teasers';
  if (closedCommentNotices(blocks) >= MIN_CLOSED_NOTICES) return 'several closed comment notices';
  // Last: the text gave no sign, but the address is a tag, category, date or search page's.
  if (isArchiveAddress(url)) return 'archive address';
  return null;
}

function memberCards(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    // Cheap test first: every card phrase holds one of these words.
    if (!b.text.includes('مشارك') && !b.text.includes('عضو') && !b.text.includes('اشترك') && !b.text.includes('التسجيل') && !b.text.includes('اقتباس')) continue;
    if (MEMBER_CARD.test(b.text) && ++n >= MIN_MEMBER_CARDS) return n;
  }
  return n;
}

/** Page 2 or later of a section: page 1 is the section's front, which may lead with one story. */
function isPagedSection(top: string): boolean {
  // Cheap test first: "صفحة" or "صفحه" somewhere in the top.
  if (!top.includes('صفح')) return false;
  const m = PAGED_SECTION_TITLE.exec(top);
  return m !== null && Number(m[1]) >= 2;
}

/** The episode table follows the series' description: within the first lines of the page. */
const PODCAST_TABLE_REACH = 12;

function feedStampLines(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    // Cheap tests first: the stamp's day and month are Latin words, and its time has colons.
    if (b.latinWords < 2 || !b.text.includes(':')) continue;
    if (FEED_STAMP.test(b.text) && ++n >= MIN_FEED_STAMP_LINES) return n;
  }
  return n;
}

/** A week's archive title: a date range of at most ARCHIVE_RANGE_MAX_DAYS, then "~" or "|". */
function weekArchiveTitle(top: string): boolean {
  const m = DATE_RANGE_TITLE.exec(top);
  if (!m) return false;
  const day = (d: string, mo: string, y: string): number => {
    const year = Number(foldDigits(y));
    return Date.UTC(year < 100 ? 2000 + year : year, Number(foldDigits(mo)) - 1, Number(foldDigits(d))) / DAY_MS;
  };
  const span = day(m[4]!, m[5]!, m[6]!) - day(m[1]!, m[2]!, m[3]!);
  return span >= 0 && span <= ARCHIVE_RANGE_MAX_DAYS;
}

function closedCommentNotices(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    // Cheap test first: the notice's last word.
    if (!b.text.includes('مغلق')) continue;
    for (const _ of b.text.matchAll(COMMENTS_CLOSED)) n++;
  }
  return n;
}

/** Words after `from`, counting no further than the threshold needs. */
function wordsAfter(text: string, from: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < text.length && words < WORDS_AFTER_CUT; i++) {
    const space = text.charCodeAt(i) === 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * A page of several whole stories (a day's posts run one after the other, a forum member's posts, a
 * tag page showing its items in full) is clean prose everywhere, but each story opens with its
 * headline and its date glued before the first sentence: "<headline> السبت 9 نوفمبر 2013 كشف …",
 * "7 / <headline> 2010 - 12 - 17 لندن - رويترز : قال …". An article has one such head at most, at
 * the top (its own header glued to the lead); a sub-heading with an event's date is not dated
 * within days of two others. Several heads whose dates fall within a month of each other make
 * the page a listing.
 */
export function severalDatedStories(blocks: readonly Block[]): boolean {
  // Cheap pass first (a year in the front of a long line): most pages have too few to parse dates.
  const candidates: { block: Block; yearAt: number }[] = [];
  for (const b of blocks) {
    // The first blocks may carry the page's own header glued to its lead.
    if (b.index < HEAD_SKIP_BLOCKS || b.words < HEAD_MIN_WORDS + LEAD_MIN_WORDS) continue;
    const year = YEAR_DIGITS.exec(b.text.slice(0, HEAD_CHARS));
    if (year) candidates.push({ block: b, yearAt: year.index });
  }
  if (candidates.length < MIN_DATED_STORIES) return false;
  const days: number[] = [];
  for (const { block, yearAt } of candidates) {
    const head = storyHeadDate(block, yearAt);
    if (head) days.push(Date.parse(head.iso!.slice(0, 10)) / DAY_MS);
  }
  if (days.length < MIN_DATED_STORIES) return false;
  days.sort((a, b) => a - b);
  // The largest number of heads dated within one window (two pointers over sorted days).
  for (let from = 0, to = 0; to < days.length; to++) {
    while (days[to]! - days[from]! > STORY_DATES_WINDOW_DAYS) from++;
    if (to - from + 1 >= MIN_DATED_STORIES) return true;
  }
  return false;
}

const HEAD_SKIP_BLOCKS = 2;
const MIN_DATED_STORIES = 3;
const STORY_DATES_WINDOW_DAYS = 31;
const DAY_MS = 86_400_000;
/** A headline is a few words; a story's lead after its date is a sentence. */
const HEAD_MIN_WORDS = 3;
const HEAD_MAX_WORDS = 20;
const LEAD_MIN_WORDS = 8;
/** Only the front of a line can hold a head: its headline and date fit in this many characters. */
const HEAD_CHARS = 260;
/** A four-digit year in the front of the line: without one there is no complete date to find. */
const YEAR_DIGITS = /(?:[0-9]|[\u0660-\u0669]){4}/u;
/** "7 / " or "12 - ": the item number of a numbered list of posts. */
const ITEM_NUMBER = /^\s*\d{1,3}\s*[/\-]\s+/u;
/** ". . ." or "…" closing a cut headline right before its date. */
const CUT_END = /(?:\s*\.){2,}\s*$|…\s*$/u;
/**
 * Text before a date that cannot be a headline: a sentence end or a colon (a sentence ran into the
 * date), a comma (a clause), an open bracket (a citation "( رويترز , 12 مايو 2017 )"), or "ال -"
 * ("في ال - 29 من يونيو").
 */
const NOT_A_HEADLINE = /[.!؟?:：](?:\s|$)|[,،(]|ال\s*-\s*$/u;
/**
 * A word that governs the date that follows: "بتاريخ 1 - 11 - 2013", "ما بين الأول من …", "مساء 24 من
 * يوليو", or the label of a form's date field ("الاسم <name> التاريخ 2014 - 01 - 02 …": a reader's
 * question or comment, each item of one page, not a story's headline).
 */
const GOVERNING_WORD = /(?:^|\s)(?:بتاريخ|تاريخ|التاريخ|ليوم|يوم|الصادر|الصادرة|الموافق|لعام|عام|العدد|بين|تحديدا|حتى|مساء|صباح|ليلة|فجر)\s*$/u;
/** Dates that name a day relative to now ("اليوم الأحد 28 آب 2016") sit in a sentence. */
const RELATIVE_DAY = /^(?:اليوم|أمس|امس|غدا|غداً|يوم)/u;
/** A date-shaped run of numbers in the head means the line is a chronology entry, not a headline. */
const NUMERIC_DATE = /\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}/u;

/** Characters after the first year that a date may still take (a time, "م", a Hijri pair). */
const DATE_TAIL_CHARS = 40;

/**
 * The date of a story head opening this block ("<headline> <date> <lead sentence>"), or null.
 * `yearAt` is where the first four-digit number of the line starts.
 */
function storyHeadDate(b: Block, yearAt: number): DateMatch | null {
  const front = b.text.slice(0, yearAt + DATE_TAIL_CHARS);
  // Only the first complete date counts: the head is what comes before it.
  const d = findDates(front).find((m) => m.iso !== null && m.kind !== 'relative' && !m.yearInferred);
  if (!d || RELATIVE_DAY.test(d.text)) return null;
  const head = b.text.slice(0, d.start).replace(ITEM_NUMBER, '').replace(CUT_END, '');
  const headWords = countWords(head);
  if (headWords < HEAD_MIN_WORDS || headWords > HEAD_MAX_WORDS) return null;
  if (NOT_A_HEADLINE.test(head) || YEAR_DIGITS.test(head) || NUMERIC_DATE.test(head) || GOVERNING_WORD.test(head)) return null;
  if (eventCueBefore(b.text, d.start) !== null) return null;
  // "تركيا 21 أغسطس 2016 : <event>": a colon after the date introduces an entry of a chronology.
  const rest = b.text.slice(d.end);
  if (/^\s*[:：]/u.test(rest) || countWords(rest) < LEAD_MIN_WORDS) return null;
  return d;
}

/** Words with at least one letter (numbers and punctuation tokens do not count). */
function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(' ')) if (/\p{L}/u.test(token)) n++;
  return n;
}

/**
 * "<headline> <place> - <credit> - <lead sentence>": a section page prints each teaser's headline,
 * then the dateline with the outlet's or agency's credit between dashes, then the story's lead. An
 * article carries its dateline once, at the top of its first paragraph; the same credit between
 * dashes after a headline-shaped head on several lines means several stories.
 */
export function severalCreditedTeasers(blocks: readonly Block[]): boolean {
  const byCredit = new Map<string, number>();
  for (const b of blocks) {
    if (b.words < HEAD_MIN_WORDS + LEAD_MIN_WORDS) continue;
    const credit = teaserCredit(b.text);
    if (credit === null) continue;
    const seen = (byCredit.get(credit) ?? 0) + 1;
    if (seen >= MIN_DATED_STORIES) return true;
    byCredit.set(credit, seen);
  }
  return false;
}

/**
 * "كردووتش , 30 كانون الأول ( ديسمبر ) 2011 - <lead>", "موضوع : رد : <thread> الأربعاء يوليو 16 2014 ,
 * 12 : 36 <post>": an archive page or a forum thread that prints its items in full opens each with
 * the same header, then the item's own date, then its text. An article opens with its dateline
 * once. The same opening before a complete date on several lines, with different days, means
 * several stories. The opening must be a dateline's credit (a dash follows the date) or a header
 * of three words or more: a chronology's entries open with "في" or "منذ" and a date, which the
 * governing words exclude. On the 2,333 Baly pages this fires on three pages, all labelled listings.
 */
export function severalDatelines(blocks: readonly Block[]): boolean {
  const byOpening = new Map<string, Set<string>>();
  let lines = 0;
  for (const b of blocks) {
    if (b.words < DATELINE_LEAD_MIN_WORDS) continue;
    const opening = datedOpening(b.text);
    if (opening === null) continue;
    const days = byOpening.get(opening.key) ?? new Set<string>();
    days.add(`${opening.day}|${lines++}`);
    byOpening.set(opening.key, days);
  }
  for (const entries of byOpening.values()) {
    if (entries.size < MIN_DATED_STORIES) continue;
    if (new Set([...entries].map((e) => e.slice(0, 10))).size >= MIN_DATELINE_DAYS) return true;
  }
  return false;
}

const MIN_DATELINE_DAYS = 2;
/** How far into the line the opening and its date may reach. */
const DATELINE_REACH = 160;
const DATELINE_MAX_WORDS = 8;
/** A header of this many words needs no dash after the date to be an item's header. */
const HEADER_MIN_WORDS = 3;
const DATELINE_LEAD_MIN_WORDS = 6;
const DASH_THEN_TEXT = /^\s*[-–—]\s/u;
/**
 * Prepositions that govern the date after them ("وفي 3 آذار 2011 - …", "منذ 12 أيار 2015 - …"), beside
 * GOVERNING_WORD's labels and time nouns: the line is a sentence or a chronology's entry.
 */
const DATE_PREPOSITION = /(?:^|\s)(?:و?في|منذ|بحلول|قبل|بعد|من|إلى|الى)\s*[,،]?\s*$/u;
const HEADER_PUNCTUATION = /[\s,،:|.\-–—]+/gu;

/** The normalized opening before a complete date at the front of the line, and that date's day; or null. */
function datedOpening(text: string): { key: string; day: string } | null {
  // Cheap test first: a complete date has a four-digit year, and most lines have none up front.
  const front = text.slice(0, DATELINE_REACH);
  if (!YEAR_DIGITS.test(front)) return null;
  const date = findDates(front).find((d) => d.iso !== null && !d.yearInferred);
  if (date === undefined) return null;
  const head = text.slice(0, date.start);
  const headWords = countWords(head);
  if (headWords < 1 || headWords > DATELINE_MAX_WORDS || /\p{Nd}/u.test(head) || GOVERNING_WORD.test(head) || DATE_PREPOSITION.test(head)) return null;
  const rest = text.slice(date.end);
  if (countWords(rest) < DATELINE_LEAD_MIN_WORDS) return null;
  if (headWords < HEADER_MIN_WORDS && !DASH_THEN_TEXT.test(rest)) return null;
  return { key: normalize(head.replace(HEADER_PUNCTUATION, ' ').trim()), day: date.iso!.slice(0, 10) };
}

/** Head, credit, lead: the head ends within its reach, the credit is a few tokens between two spaced dashes. */
const CREDITED_HEAD = /^(.{10,220}?)\s[-–—]\s([^-–—]{2,30}?)\s[-–—]\s/u;
/** A credit is at most a short name ("رويترز", "KDP . info", "وكالة الأنباء"). */
const CREDIT_MAX_WORDS = 4;
/** A head with a sentence mark, clause punctuation, brackets or quotes is prose, not a headline and dateline. */
const NOT_A_TEASER_HEAD = /[.!؟?:：,،()"«»“”]/u;

/** The normalized credit of a teaser line "<head> - <credit> - <lead>", or null. */
function teaserCredit(text: string): string | null {
  // Cheap test first: a credited teaser has two spaced dashes.
  const first = text.search(SPACED_DASH);
  if (first < 0 || text.slice(first + 2).search(SPACED_DASH) < 0) return null;
  const m = CREDITED_HEAD.exec(text);
  if (!m) return null;
  const head = m[1]!;
  const credit = m[2]!.trim();
  // A credit names someone: letters, no digits (a dash between numbers is a date or a range).
  if (/[0-9\u0660-\u0669]/u.test(credit) || !/\p{L}/u.test(credit) || countWords(credit) > CREDIT_MAX_WORDS) return null;
  const headWords = countWords(head);
  if (headWords < HEAD_MIN_WORDS || headWords > HEAD_MAX_WORDS || NOT_A_TEASER_HEAD.test(head)) return null;
  if (countWords(text.slice(m[0].length)) < LEAD_MIN_WORDS) return null;
  return normalize(credit);
}
const SPACED_DASH = /\s[-–—]\s/u;

/** Lines at least this long are read as summaries; shorter ones are menus, labels and headlines. */
const TICKER_MIN_WORDS = 10;
/** The subject before the verb: a name or a title of a few words ("وزير الخارجية الروسي يشير …"). */
const TICKER_VERB_REACH = 7;
/** A ticker has at least this many summaries … */
const TICKER_MIN_SUMMARIES = 6;
/** … making this share of the long lines, … */
const TICKER_MIN_SHARE = 0.35;
/** … and few long lines go on from the one before (an article's paragraphs mostly do). */
const TICKER_MAX_CONTINUING_SHARE = 0.3;
const presentReportingVerbs: ReadonlySet<string> = new Set(PRESENT_REPORTING_VERBS.map((v) => normalize(v)));

/**
 * A channel's ticker or tag feed prints each item as one summary sentence in the headline
 * register: its subject, then a present-tense reporting verb ("الجيش السوري يعلن …", "وزير
 * الخارجية الروسي يشير إلى …", "موسكو ترى أن …"). An article tells its story in the past tense
 * and its paragraphs go on from each other ("وأضاف …", "وفي سياق متصل …"). Measured on the 2,429
 * Baly pages: articles reach at most 0.29 of their long lines in that register; ticker pages 0.41–0.44.
 */
export function tickerOfSummaries(blocks: readonly Block[]): boolean {
  let long = 0;
  let summaries = 0;
  let continuing = 0;
  for (const b of blocks) {
    if (b.words < TICKER_MIN_WORDS) continue;
    long++;
    if (continuesTheText(b.key)) continuing++;
    else if (reportsInPresent(b.key)) summaries++;
  }
  return summaries >= TICKER_MIN_SUMMARIES && summaries >= TICKER_MIN_SHARE * long && continuing <= TICKER_MAX_CONTINUING_SHARE * long;
}

/** A present-tense reporting verb after a subject of one to six words (walked word by word, without splitting the key). */
function reportsInPresent(key: string): boolean {
  let from = key.indexOf(' ') + 1;
  for (let i = 1; i < TICKER_VERB_REACH && from > 0; i++) {
    const end = key.indexOf(' ', from);
    if (presentReportingVerbs.has(key.slice(from, end < 0 ? key.length : end))) return true;
    from = end + 1;
  }
  return false;
}
