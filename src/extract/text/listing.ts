/**
 * Is the page a listing (a tag, archive or section page of teasers) rather than one article?
 * A listing has no body, headline or date of its own: extracting its teasers as a story would put
 * several stories' sentences under one wrong title in the store.
 *
 * Two signals, either enough on its own:
 *  - an archive title at the top of the page, as blogging platforms print it ("أرشيف الوسم :",
 *    "أرشيف شهر :", "أرشيف يوم :", "… Archives -", "أبريل | 2012 | <site>");
 *  - truncated teasers: most lines hold an excerpt cut with ". . ." and then the next item
 *    ("… في هجوم ارهابى على كنيسة مار مين . . . القاهرة ( رويترز ) - قال الجيش …").
 *
 * Thresholds were set on the pages labelled `listing` in eval/gold/baly-extract*.json (sets 1–3):
 * articles that use ". . ." as a style reach at most 41% of their lines with a cut inside, and
 * never eight cuts on lines that hold little else; teaser listings reach 64–100%.
 */
import type { Block } from './blocks.js';
import { GREGORIAN_MONTH_NAMES } from '../../arabic/dates/months.js';

/** "أرشيف الوسم :", "أرشيف التصنيف :", "أرشيف شهر :": the archive title, with its colon. */
const ARCHIVE_TITLE = /(?:^|\s)(?:أرشيف|ارشيف)\s+(?:الوسم|الوسوم|التصنيف|القسم|الكاتب|شهر|يوم|سنة|عام|الشهر|اليوم|السنة|العلامة|الكلمة|الموسم)\s*[:：]/u;
/** WordPress's English archive title kept in Arabic themes: "<tag> Archives - <site>". */
const ARCHIVES_EN = /\sArchives\s+[-–|]/u;
/** "أبريل | 2012 | <site>": the document title of a month archive. */
const MONTH_ARCHIVE_TITLE = new RegExp(`^\\s*(?:${GREGORIAN_MONTH_NAMES.flat().join('|')})\\s*[|｜]\\s*\\d{4}\\s*[|｜]`, 'u');
/** Only the top of the page carries the archive title; a sidebar widget further down does not count. */
const ARCHIVE_TITLE_REACH = 200;

/** A cut excerpt: ". . ." or "…" with more text after it on the same line. */
const CUT = /(?:\.\s){2,}\.|…/gu;
/** At least this many words must follow a cut for it to join two items rather than end a line. */
const WORDS_AFTER_CUT = 3;
const MIN_CUTS = 8;
const MIN_CUT_LINE_SHARE = 0.6;

export type ListingReason = 'archive title' | 'truncated teasers';

export function listingReason(blocks: readonly Block[]): ListingReason | null {
  const top = blocks[0]?.text.slice(0, ARCHIVE_TITLE_REACH) ?? '';
  if (ARCHIVE_TITLE.test(top) || ARCHIVES_EN.test(top) || MONTH_ARCHIVE_TITLE.test(top)) return 'archive title';
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
  return null;
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
