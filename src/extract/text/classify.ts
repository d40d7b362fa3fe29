/**
 * Body or boilerplate, block by block. The approach follows jusText's idea (classify each block
 * from its own features, then revise the uncertain ones from their neighbours) with signals that
 * suit Arabic: function-word density over normalized words, sentence punctuation, the interface
 * lexicon as one weighted signal, list and end-of-article zones, and repetition.
 */
import type { Block } from './blocks.js';
import { isBrowserNoticeLine, isCommentFormLine, isDisclaimerLine, isReaderAddressLine } from './line-kinds.js';
import { isSiteNoticeLine, speaksOfTheSite } from './site-notices.js';
import { isTruncatedTeaserRun, markTeaserTail } from './teaser-tail.js';

export type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

/** Below this many words a block says too little to judge alone (crossheads, labels, list items). */
export const SHORT_WORDS = 5;
/** From this many words a block with enough function words reads as running text. */
export const GOOD_WORDS = 12;
/** Function-word density of running Arabic prose: measured ~0.25–0.4 on news paragraphs, ~0–0.1 on menus. */
export const STOPWORD_HIGH = 0.14;
export const STOPWORD_LOW = 0.08;
/** A block mostly made of interface phrases is chrome whatever its length. */
export const INTERFACE_COVERAGE_BAD = 0.34;
/** Interface phrases in a long block only hurt when they are dense. */
export const INTERFACE_COVERAGE_DOUBT = 0.15;
/** A list zone ends at running text of at least this many words. */
export const LIST_RESUME_WORDS = 15;
/** Crossheads are short lines without final punctuation, kept between two body blocks. */
export const CROSSHEAD_MAX_WORDS = 10;
/** A list header is a short label; longer lines starting with one are single related links. */
export const LIST_HEADER_MAX_WORDS = 6;

export interface ClassifiedBlock {
  block: Block;
  cls: BlockClass;
  /** Why it was judged so (for `--explain` and for debugging fixtures). */
  reason: string;
}

export function classifyBlocks(blocks: Block[], isChromeLine: (b: Block) => boolean): ClassifiedBlock[] {
  const out: ClassifiedBlock[] = blocks.map((block) => initialClass(block, isChromeLine));
  markTemplatedRuns(out);
  markDoubledTeasers(out);
  applyZones(out);
  reviseByContext(out);
  markTeaserTail(out, LIST_REASON);
  markTruncatedTeasers(out);
  return out;
}

function initialClass(block: Block, isChromeLine: (b: Block) => boolean): ClassifiedBlock {
  const bad = (reason: string): ClassifiedBlock => ({ block, cls: 'bad', reason });
  if (block.arabicWords === 0) return bad('no Arabic words');
  if (block.latinWords > block.arabicWords) return bad('mostly Latin');
  if (block.isListHeader) return bad('list header');
  if (block.isEndMarker) return bad('end marker');
  if (isChromeLine(block)) return bad('date, caption, credit or label line');
  // The site's own voice: its rules and disclaimers (notices, which may end the article), or its word to the reader.
  if (block.words <= SITE_VOICE_MAX_WORDS) {
    if (isSiteNoticeLine(block) || isDisclaimerLine(block)) return bad(SITE_NOTICE);
    if (isReaderAddressLine(block) || isCommentFormLine(block) || isBrowserNoticeLine(block)) return bad(TO_THE_READER);
  }
  if (block.interfaceCoverage >= INTERFACE_COVERAGE_BAD) return bad('interface phrases');
  if (block.words < SHORT_WORDS) return { block, cls: 'short', reason: 'short' };
  const prose = block.stopwordDensity >= STOPWORD_HIGH || (block.endsSentence && block.stopwordDensity >= STOPWORD_LOW);
  if (block.words >= GOOD_WORDS && prose && block.interfaceCoverage < INTERFACE_COVERAGE_DOUBT) {
    return { block, cls: 'good', reason: 'running text' };
  }
  if (block.stopwordDensity >= STOPWORD_LOW || block.endsSentence) return { block, cls: 'neargood', reason: 'some prose signals' };
  return bad('no prose signals');
}

/** The reason given to the site's word to its reader (forms, browser and account notices): never the headline or the date line. */
export const TO_THE_READER = "the site's word to its reader";
/** The reason given to the site's rules and disclaimers (site-notices.ts): after the story, a run of them ends it. */
const SITE_NOTICE = "the site's rules or disclaimer";
/** A notice or appeal is a few sentences; the long paragraphs, most of a page's text, are not read for one. */
const SITE_VOICE_MAX_WORDS = 80;

/** Words a templated line repeats at its start (gallery captions, teaser lists). */
export const TEMPLATE_PREFIX_WORDS = 5;
/** How many lines must share that start before they count as a template, not prose. */
export const TEMPLATE_MIN_LINES = 3;

/**
 * Picture galleries and teaser lists print the same words at the start of every item
 * ("عاصمة داعش السرية في قبضة … صورة 3 من 12 …"). Prose paragraphs do not repeat five words.
 */
function markTemplatedRuns(out: ClassifiedBlock[]): void {
  // Lines grouped by their opening words and the numbers between them (see prefixNumbers).
  const byPrefix = new Map<string, { words: string; members: number[] }>();
  out.forEach((c, i) => {
    if (c.block.words < TEMPLATE_PREFIX_WORDS + 2) return;
    const words = firstWords(c.block.key, TEMPLATE_PREFIX_WORDS);
    const group = `${words}\u0000${prefixNumbers(c.block)}`;
    const entry = byPrefix.get(group);
    if (entry) entry.members.push(i);
    else byPrefix.set(group, { words, members: [i] });
  });
  for (const { words, members } of byPrefix.values()) {
    if (members.length < TEMPLATE_MIN_LINES) continue;
    for (const i of members) {
      out[i]!.cls = 'bad';
      out[i]!.reason = 'templated line (gallery or teaser list)';
    }
    markGalleryZone(out, words, members);
  }
}

const PREFIX_TOKENS = /[\p{L}\p{M}]+|\p{Nd}+/gu;

/**
 * The numbers among a block's first TEMPLATE_PREFIX_WORDS words. Keys hold words only, so
 * "- في 24 / 8 / 2008 قامت دورية تابعة …" and "- في 31 / 10 / 2008 قامت دورية تابعة …", entries of
 * a dated chronology of events, would share a prefix; a gallery repeats its title exactly, numbers
 * included.
 */
function prefixNumbers(block: Block): string {
  let words = 0;
  const numbers: string[] = [];
  for (const m of block.norm.matchAll(PREFIX_TOKENS)) {
    const token = m[0];
    const code = token.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) numbers.push(token);
    else if (++words >= TEMPLATE_PREFIX_WORDS) break;
  }
  return numbers.join(' ');
}

/** Templated lines at most this many lines apart (four caption lines between) belong to one gallery. */
export const GALLERY_MAX_GAP = 5;
/** A line holding the gallery title after at most this many words is the gallery's first caption, not body. */
export const GALLERY_LEAD_WORDS = 12;

/**
 * A picture gallery prints its title before each picture and the caption after it, one or a few
 * sentences of clean prose ("<title> الدخول إلى مدينة مدمرة …", "وفي الأيام المقبلة …", "<title> …").
 * When the templated lines follow each other closely, the lines between them are captions too.
 * The first picture's title is often glued to the line before (after a credit or the story's end):
 * that line's tail and the lines down to the first templated line belong to the gallery.
 */
function markGalleryZone(out: ClassifiedBlock[], prefix: string, members: readonly number[]): void {
  for (let k = 1; k < members.length; k++) if (members[k]! - members[k - 1]! > GALLERY_MAX_GAP) return;
  let from = members[0]!;
  // The first caption: a line that carries the title inside it, just above the first templated line.
  for (let j = from - 1; j >= Math.max(0, members[0]! - GALLERY_MAX_GAP); j--) {
    const key = out[j]!.block.key;
    const at = key.indexOf(prefix);
    // Inside the line and at a word start (keys are words joined by single spaces).
    if (at <= 0 || key.charCodeAt(at - 1) !== 0x20) continue;
    const wordsBefore = key.slice(0, at).split(' ').length - 1;
    from = wordsBefore <= GALLERY_LEAD_WORDS ? j : j + 1;
    break;
  }
  const to = members[members.length - 1]!;
  for (let i = from; i <= to; i++) {
    if (out[i]!.cls === 'bad') continue;
    out[i]!.cls = 'bad';
    out[i]!.reason = 'caption inside a picture gallery';
  }
}

/** A teaser printed twice is at least a short sentence (a doubled menu item or label is not a teaser). */
export const DOUBLED_TEASER_MIN_WORDS = 8;
/** From this many different teasers printed twice, one right under the other, the page lists them. */
export const DOUBLED_TEASERS_MIN = 3;

/**
 * A news list that prints each item's lead twice, the copy right under the original (the picture's
 * caption and the summary: "A", "A", "B", "B", …). A story never repeats a paragraph at once; a page
 * that prints itself twice puts the second copy after the whole first one, and a pull quote stands
 * apart from its sentence. Everything from the first doubled lead to the last one is the list.
 * The `reason` is the list's, so the headline and date pickers skip these lines too.
 */
function markDoubledTeasers(out: ClassifiedBlock[]): void {
  let first = -1;
  let last = -1;
  let distinct = 0;
  for (let i = 1; i < out.length; i++) {
    const b = out[i]!.block;
    if (b.words < DOUBLED_TEASER_MIN_WORDS || b.key !== out[i - 1]!.block.key) continue;
    // "A A A" is one teaser printed three times, not two.
    if (i < 2 || out[i - 2]!.block.key !== b.key) distinct++;
    if (first < 0) first = i - 1;
    last = i;
  }
  if (distinct < DOUBLED_TEASERS_MIN) return;
  for (let i = first; i <= last; i++) {
    out[i]!.cls = 'bad';
    out[i]!.reason = LIST_REASON;
  }
}

/** Body lines that are related stories glued together, each cut at an ellipsis (teaser-tail.ts). */
function markTruncatedTeasers(out: ClassifiedBlock[]): void {
  for (const c of out) {
    if (c.cls !== 'good' || !isTruncatedTeaserRun(c)) continue;
    c.cls = 'bad';
    c.reason = TRUNCATED_TEASERS;
  }
}
const TRUNCATED_TEASERS = 'related stories glued together, each cut at an ellipsis';

/** The reason the list zones give: `layoutOf` (metadata.ts) reads it to keep titles and dates out of lists. */
const LIST_REASON = 'inside a list of other articles';

/** From this many story openings on one page, the page holds several stories. */
export const MIN_STORY_OPENINGS = 3;

function firstWords(key: string, n: number): string {
  let end = -1;
  for (let k = 0; k < n; k++) {
    end = key.indexOf(' ', end + 1);
    if (end < 0) return key;
  }
  return key.slice(0, end);
}

/** ". . . . ." or "-----" at the start of a line: the page moves on to another story. */
const STORY_SEPARATOR = /^(?:[.•*_=\-–—]\s*){4,}/u;
/**
 * "- - - - … ( 1 ) محمود خليفة جودة , البحث عن المكانة …": a long rule followed by a numbered note
 * is a document's footnote area (a paper exported to the web), and the text goes on after it.
 */
const FOOTNOTE_RULE = /^(?:\(\s*\d{1,3}\s*\)\s*)?(?:[_\-–—]\s*){20,}(?:\(\s*\d{1,3}\s*\)|\d{1,3}\s*\))/u;

/**
 * Two kinds of zone. After a list header ("اقرأ أيضاً") the short headline-like lines are the
 * list, until running text resumes. After an end marker (comments, copyright), a strip of footer
 * links or the site's rules and disclaimers, once article text has been seen, nothing belongs to the
 * article: reader comments, terms of use and the site's "about us" look like prose.
 */
function applyZones(out: ClassifiedBlock[]): void {
  let inList = false;
  let ended = false;
  let seenBody = false;
  let bodyWords = 0;
  // A page that opens several stories (datelines, glued "اقرأ أيضاً" boxes) is a digest or a
  // front page; the article is the first story, up to where the next one opens.
  const severalStories = out.filter((c) => c.block.opensStory).length >= MIN_STORY_OPENINGS;
  // Most pages print no notice: the list stays empty and the check below is one comparison.
  const notices: number[] = [];
  const aboutSite: number[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.reason === SITE_NOTICE) notices.push(i);
    else if (speaksOfTheSite(out[i]!.block)) aboutSite.push(i);
  }
  for (const [i, c] of out.entries()) {
    const b = c.block;
    if (ended) {
      c.cls = 'bad';
      c.reason = 'after end of article';
      continue;
    }
    const noticeRun = notices.length > 1 && opensNotices(notices, i);
    const siteZone = noticeRun || (aboutSite.length >= ABOUT_SITE_MIN_LINES && closesWithAboutSite(out, aboutSite, i));
    // A copyright line glued into the page's first lines ("جميع الحقوق محفوظة لجريدة … <headline> <lead>")
    // is the masthead's, not the page's end.
    const earlyMarker = b.isEndMarker && i < EARLY_MARKER_BLOCKS && bodyWords < EARLY_MARKER_MAX_BODY_WORDS;
    if ((noticeRun || earlyMarker) && seenBody && storyFollows(out, i, bodyWords, aboutSite)) {
      // The site's rules printed above the story (a comment policy, an ads notice), not under it:
      // what came before them is the page's header, not the story's opening.
      for (let j = 0; j < i; j++) {
        if (out[j]!.cls !== 'good') continue;
        out[j]!.cls = 'bad';
        out[j]!.reason = 'above the site\'s notices that precede the story';
      }
      c.cls = 'bad';
      c.reason = SITE_NOTICE;
      seenBody = false;
      bodyWords = 0;
      continue;
    }
    if ((b.isEndMarker || b.footerStrip || siteZone || (STORY_SEPARATOR.test(b.text) && !FOOTNOTE_RULE.test(b.text)) || (severalStories && b.opensStory)) && seenBody) {
      ended = true;
      c.cls = 'bad';
      c.reason = 'after end of article';
      continue;
    }
    // The footer glued to the story's last paragraph ("… ومعرة مصرين " . name @ site . com مواضيع ذات
    // صلة …"): the line keeps its own class, and nothing after it belongs to the article.
    if (seenBody && mailFooter(b) && bodyWords >= MAIL_FOOTER_MIN_BODY_WORDS && proseBlocksAfter(out, i) <= MAIL_FOOTER_MAX_PROSE_AFTER) {
      ended = true;
      continue;
    }
    if (b.isListHeader) {
      // A header alone opens a list; "اقرأ أيضاً: <headline>" is a single link, and menus are menus.
      if (b.words <= LIST_HEADER_MAX_WORDS && !inMenu(out, c.block.index)) inList = true;
      c.cls = 'bad';
      continue;
    }
    if (inList) {
      // Prose resumes, or the page's own headline comes back (headlines in lists are unique).
      const resumes = (c.cls === 'good' && readsAsProse(b)) || (b.repeats >= 2 && b.words >= 3);
      if (resumes) inList = false;
      else {
        c.cls = 'bad';
        c.reason = LIST_REASON;
        continue;
      }
    }
    if (c.cls === 'good') {
      seenBody = true;
      bodyWords += b.words;
    }
  }
}

/**
 * The site's footer run into one line: an e-mail address (scraped text spaces it: "orders @ site .
 * com") and interface phrases ("من نحن", "اتصل بنا", "البريد الإلكتروني") in the same block. After a
 * story's worth of body it ends the article after it ("من نحن . . ولماذا أصدرنا هذه الصحيفة ? …
 * الرجاء الاتصال …", then lists of other stories): the lists after it are the site's. The line itself
 * is judged as before, since scrapes glue the story's last paragraph to the footer.
 */
function mailFooter(b: Block): boolean {
  return b.interfaceHits >= MAIL_FOOTER_MIN_PHRASES && b.text.includes('@') && MAIL_ADDRESS.test(b.text);
}
/**
 * Interface phrases such a line holds: a story's last paragraph may end with its author's address
 * and one word the lexicon knows ("… للتواصل: name @ site . com"), a footer holds several.
 */
const MAIL_FOOTER_MIN_PHRASES = 2;
// The lookbehind keeps the search from restarting inside a long run of address characters, which
// would make a 200 KB line of Latin letters quadratic.
const MAIL_ADDRESS = /(?<![A-Za-z0-9._-])[A-Za-z0-9._-]+ ?@ ?[A-Za-z0-9-]+(?: ?\. ?[A-Za-z0-9-]+)* ?\. ?[A-Za-z]{2,}/u;
/** Body words that must come before such a line for it to end the article, not open it. */
const MAIL_FOOTER_MIN_BODY_WORDS = 150;
/**
 * …and at most this many sentences of prose may follow it: a site that prints its contact notice
 * above the story (V-319, V-478 of Baly: 17 and 18 paragraphs after it) has not ended; the lists
 * of headlines after a footer hold a few lines that end with a full stop (4 on Rai al-Youm's pages).
 */
const MAIL_FOOTER_MAX_PROSE_AFTER = 6;

/** A block long enough to resume a text, ending a sentence. */
function readsAsProse(b: Block): boolean {
  return b.words >= LIST_RESUME_WORDS && b.endsSentence;
}

/** Blocks after `i` that read as prose. */
function proseBlocksAfter(out: readonly ClassifiedBlock[], i: number): number {
  let n = 0;
  for (let j = i + 1; j < out.length; j++) if (readsAsProse(out[j]!.block)) n++;
  return n;
}

/** An end marker among the page's first blocks, after at most a header's worth of "body", may be the masthead's. */
const EARLY_MARKER_BLOCKS = 3;
const EARLY_MARKER_MAX_BODY_WORDS = 80;
/** Running text after a run of the site's notices that outweighs what came before: the story itself. */
const STORY_AFTER_NOTICES_MIN_BLOCKS = 4;
const STORY_AFTER_NOTICES_MIN_WORDS = 150;

/**
 * Does the story start after the site's notices at block `i`? The page printed its rules and
 * disclaimers above the article (R-99's Assafir pages: ads and comment policy, then the column): at
 * least four running-text blocks follow, none of them the site speaking of itself, with more words
 * than the page's "body" before the notices and at least STORY_AFTER_NOTICES_MIN_WORDS.
 */
function storyFollows(out: readonly ClassifiedBlock[], i: number, wordsBefore: number, aboutSite: readonly number[]): boolean {
  let blocks = 0;
  let words = 0;
  for (let j = i + 1; j < out.length; j++) {
    const c = out[j]!;
    // Comments, a related list or another story after the notices: what follows is not this page's story.
    if (c.block.isEndMarker || c.block.footerStrip || c.block.isListHeader || STORY_SEPARATOR.test(c.block.text)) break;
    // The site's "about us" lines read as running text too; they are no story.
    if (c.cls !== 'good' || c.reason === SITE_NOTICE || aboutSite.includes(j)) continue;
    blocks++;
    words += c.block.words;
  }
  return blocks >= STORY_AFTER_NOTICES_MIN_BLOCKS && words >= STORY_AFTER_NOTICES_MIN_WORDS && words > wordsBefore;
}

/** A second notice at most this many lines further makes a run of them: the site's own pages. */
export const NOTICE_RUN_REACH = 6;

/**
 * Does a run of the site's rules and disclaimers start at block `i`? One disclaimer alone may sit
 * under an opinion piece's byline ("المقال يعبر عن وجهة نظر الكاتب …"), above the story; the
 * site's terms, comment rules and "about us" come as several notices together, after it.
 */
function opensNotices(notices: readonly number[], i: number): boolean {
  const k = notices.indexOf(i);
  return k >= 0 && k + 1 < notices.length && notices[k + 1]! - i <= NOTICE_RUN_REACH;
}

/** The site's closing "about us" has at least this many lines naming it … */
export const ABOUT_SITE_MIN_LINES = 3;
/** … making at least this share of the page's text lines from the first of them to the end. */
export const ABOUT_SITE_SHARE = 2 / 3;

/**
 * Does the page close, from block `i`, with the site describing itself ("يعتبر موقع … من أبرز
 * المواقع", "يحرص الموقع على …")? A story about a website names it too, but then goes on about
 * other things; the "about us" is most of what is left of the page.
 */
function closesWithAboutSite(out: readonly ClassifiedBlock[], aboutSite: readonly number[], i: number): boolean {
  const k = aboutSite.indexOf(i);
  if (k < 0 || aboutSite.length - k < ABOUT_SITE_MIN_LINES) return false;
  let text = 0;
  for (let j = i; j < out.length; j++) if (out[j]!.block.words >= SHORT_WORDS) text++;
  return aboutSite.length - k >= ABOUT_SITE_SHARE * text;
}

/** Navigation menus are runs of one-to-three-word lines; a "آخر الأخبار" among them is a menu item. */
export const MENU_RUN = 4;
export function inMenu(out: ClassifiedBlock[], i: number): boolean {
  const tiny = (j: number): boolean => (out[j]?.block.words ?? 99) <= 3;
  let start = i;
  let end = i;
  while (start > 0 && tiny(start - 1)) start--;
  while (end < out.length - 1 && tiny(end + 1)) end++;
  return end - start + 1 >= MENU_RUN;
}

/** Uncertain blocks take the class of their surroundings (the nearest certain blocks). */
function reviseByContext(out: ClassifiedBlock[]): void {
  const certain = (i: number, step: 1 | -1): BlockClass => {
    for (let j = i + step; j >= 0 && j < out.length; j += step) {
      const cls = out[j]!.cls;
      if (cls === 'good' || cls === 'bad') return cls;
    }
    return 'bad';
  };
  // Near-good blocks first: they are more informative than short ones.
  const prev: BlockClass[] = out.map((c) => c.cls);
  // A page with no good block at all but near-good ones (a two-line royal cable, all formula) has
  // its story in those: they count as body among themselves.
  const noGood = !prev.includes('good');
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (prev[i] !== 'neargood') continue;
    const before = certain(i, -1);
    const after = certain(i, 1);
    if (noGood) {
      c.cls = 'good';
      c.reason += ', on a page with no better body';
      continue;
    }
    c.cls = before === 'good' || after === 'good' ? 'good' : 'bad';
    c.reason += before === 'good' || after === 'good' ? ', next to body' : ', among boilerplate';
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.cls !== 'short') continue;
    const before = certain(i, -1);
    const after = certain(i, 1);
    const crosshead = c.block.words <= CROSSHEAD_MAX_WORDS && before === 'good' && after === 'good';
    c.cls = crosshead ? 'good' : 'bad';
    c.reason = crosshead ? 'short line between body blocks (crosshead)' : 'short line outside the body';
  }
}
