/**
 * Metadata from the blocks around the body: headline, the article's own publication date,
 * section label, hashtags, outlet, credit and dateline. Each picker reads the classified blocks
 * and the body position; none of them may look inside lists of other articles or comments.
 */
import { laterThanAddress } from './address-date.js';
import { normalize } from '../../arabic/normalize.js';
import type { DateMatch } from '../../arabic/dates/index.js';
import { describe, stripPunctuation, type Block } from './blocks.js';
import { inMenu, MIN_STORY_OPENINGS, TO_THE_READER, type ClassifiedBlock } from './classify.js';
import { AGENCIES, PUBLISHED_LABELS, UPDATED_LABELS } from './lexicon.js';
import { addressSlug, headlineAtAddress } from './address-title.js';
import { beforeDateLabel, endsWithClitic, isCompoundAdjective, onPageForm, pageTitlePrefix } from './page-title.js';
import { clauseFollows, eventCueBefore } from './event-dates.js';
import { scriptOf, siteNameAfter, siteNameBefore } from './site-name.js';
import { copyrightName, type CopyrightName } from './copyright-name.js';
import { breadcrumbItems, datesIn, datesInText, isCaptionLine, isChromeLine, isDateLine, isSectionLine, isTagLine } from './line-kinds.js';

/** Zone of a block relative to the body, as the pickers need it. */
export interface Layout {
  blocks: ClassifiedBlock[];
  /** Index of the first and last body block, or -1 when there is no body. */
  bodyStart: number;
  bodyEnd: number;
  /** Blocks inside "related" lists or after the end of the article. */
  excluded: Set<number>;
}

export function layoutOf(blocks: ClassifiedBlock[], body: number[]): Layout {
  const excluded = new Set<number>();
  blocks.forEach((c, i) => {
    if (c.reason === 'inside a list of other articles' || c.reason === 'after end of article' || c.block.isListHeader) excluded.add(i);
  });
  return { blocks, bodyStart: body[0] ?? -1, bodyEnd: body[body.length - 1] ?? -1, excluded };
}

// ---------------------------------------------------------------- title

const MAX_TITLE_WORDS = 32;
const MIN_TITLE_WORDS = 3;
const TITLE_SUFFIX = /\s+[|｜–—~-]\s+([^|｜–—~-]{2,40})$/u;

export interface TitlePick {
  title: string;
  /** The outlet name when the headline carried it as a suffix ("… | Outlet"). */
  suffix: string | null;
  /** Normalized forms that must not appear as body paragraphs (the headline and its copies). */
  blockIndexes: number[];
  /**
   * The headline as the page's layout places it, before the address corrected it: the date rules
   * read where a date stands against this one (site clock above it, date line below), and were
   * measured with it.
   */
  placed?: { title: string; blockIndexes: number[] } | null;
}

export function pickTitle(layout: Layout, url: string | null = null): TitlePick | null {
  const pick = pickTitleByLayout(layout);
  const slug = addressSlug(url);
  if (!slug) return pick;
  const spelled = headlineAtAddress(
    layout.blocks.map((c) => c.block),
    slug,
    pick?.title ?? null,
  );
  if (spelled === null || spelled === pick?.title) return pick;
  // The lines that held the old pick stay out of the body when they hold the new headline too.
  const key = stripPunctuation(normalize(spelled));
  const copies = layout.blocks.flatMap((c, i) => (c.block.key === key || (pick?.blockIndexes.includes(i) && c.block.key.includes(key)) ? [i] : []));
  return { title: spelled, suffix: pick?.suffix ?? null, blockIndexes: copies, placed: pick ? { title: pick.title, blockIndexes: pick.blockIndexes } : null };
}

function pickTitleByLayout(layout: Layout): TitlePick | null {
  let pick = pickTitleFrom(layout);
  // A headline found by position with no Arabic word ("Jan .", "editor @ middle", a video's address)
  // is a scrap of the page's furniture: then the headline is looked for in the page's repeats, and
  // failing that in the body.
  if (pick && !usableTitle(pick.title)) {
    const repeated = headlineFromRepeats(layout);
    pick = repeated && usableTitle(repeated.title) ? repeated : null;
  }
  if (!pick) return pick;
  const { title, label } = tidyTitle(pick.title);
  const suffix = pick.suffix ?? label;
  const whole = withRepeatedTail(title, layout.blocks[0]?.block.text ?? '', suffix);
  return { ...pick, title: beforeCutDate(whole, layout.blocks), suffix };
}

/** How far into the page a headline is looked for, to see what follows it. */
const CUT_DATE_SCAN_BLOCKS = 3;
/** How much text after the headline is read for a date running on from it. */
const CUT_DATE_REACH = 60;

/**
 * "… هل تدوم الفرحة ? الأحد" where the page reads "… هل تدوم الفرحة ? الأحد , 21 يناير 2018 …
 * هل تدوم الفرحة ? الأحد 10 ديسمبر 2017": a headline found by its repeats takes the weekday that
 * both of its copies happen to be followed by. A date that starts inside the headline and runs on
 * past its end is the date line's: the headline ends where the date begins.
 */
function beforeCutDate(title: string, blocks: readonly ClassifiedBlock[]): string {
  if (title.length < MIN_GLUED_TITLE_CHARS) return title;
  for (const c of blocks.slice(0, CUT_DATE_SCAN_BLOCKS)) {
    const text = c.block.text;
    const at = text.indexOf(title);
    if (at < 0) continue;
    for (const d of datesInText(text.slice(at, at + title.length + CUT_DATE_REACH))) {
      if (d.start > 0 && d.start < title.length && d.end > title.length) {
        const cut = title.slice(0, d.start).trim();
        return cut.split(/\s+/u).length >= MIN_TITLE_WORDS ? cut : title;
      }
    }
  }
  return title;
}

/** Any Arabic letter, presentation forms included: the whole test a headline candidate must pass here (run once or twice per page). */
const ARABIC_LETTER = /[\u0621-\u064A\uFB50-\uFDFF\uFE70-\uFEFC]/u;

function usableTitle(title: string): boolean {
  return ARABIC_LETTER.test(title);
}

/** A part after a dash that the page repeats with the headline is at most this many words. */
const MAX_TAIL_WORDS = 3;

/**
 * "<headline> - أسماء <date> … <headline> - أسماء <lead>": a part after " - " that the page's own
 * heading repeats with the headline belongs to it (the document title cut it as a site name). The
 * words both copies share after the dash are kept.
 */
export function withRepeatedTail(title: string, text: string, siteName: string | null): string {
  const head = `${title} - `;
  const at = text.indexOf(head);
  if (at < 0) return title;
  const again = text.indexOf(head, at + head.length);
  if (again < 0) return title;
  const a = text.slice(at + head.length, at + head.length + 200).split(' ');
  const b = text.slice(again + head.length, again + head.length + 200).split(' ');
  let k = 0;
  while (k < MAX_TAIL_WORDS && k < a.length - 1 && a[k] === b[k] && /\p{L}/u.test(a[k]!)) k++;
  if (k === 0) return title;
  const tail = a.slice(0, k).join(' ');
  // "<headline> - صحيفة <name>" twice is the document title printed twice: the tail is the site.
  if (tail === siteName || OUTLET_NOUN.test(tail)) return title;
  return `${head}${tail}`;
}

/** Nouns that open the name of a newspaper, site or magazine ("صحيفة …", "موقع …"). */
const PRESS_NOUNS = 'صحيفة|جريدة|موقع|مجلة|بوابة';
/** The first word of a site's name ("صحيفة …", "موقع …", "وكالة …"). */
const OUTLET_NOUN = new RegExp(`^(?:${PRESS_NOUNS}|وكالة|قناة|شبكة)(?:\\s|$)`, 'u');

/**
 * "الرئيسية > أخبار > <headline>": a breadcrumb's last item is the page's own heading.
 * Only a run of ">" counts: headlines do not use the mark.
 */
const BREADCRUMB = /^.*\s>(?:\s>)*\s/u;
/**
 * "جريدة الدستور : <headline>": a label that names a newspaper, site or magazine before a colon is
 * the outlet, not a speaker. Agencies and channels are left out: "وكالة الطاقة الذرية : …" and
 * "قناة السويس : …" are speakers and subjects.
 */
const OUTLET_LABEL = new RegExp(`^((?:${PRESS_NOUNS})(?:\\s\\S+){1,3})\\s[:：]\\s(.+)$`, 'u');

/** The headline without a breadcrumb or an outlet label in front, or a dangling "(" at its end. */
export function tidyTitle(title: string): { title: string; label: string | null } {
  let label: string | null = null;
  const crumb = BREADCRUMB.exec(title);
  if (crumb) {
    const rest = title.slice(crumb[0].length).trim();
    if (rest.split(/\s+/u).length >= MIN_TITLE_WORDS) title = rest;
  }
  const outlet = OUTLET_LABEL.exec(title);
  if (outlet && outlet[2]!.split(/\s+/u).length >= MIN_TITLE_WORDS) {
    label = outlet[1]!;
    title = outlet[2]!;
  }
  // "… في الشرق الأوسط (" : the bracket opens what the scrape cut off ("( نسخة طباعة )").
  title = title.replace(/\s+[(\[]$/u, '');
  return { title, label };
}

function pickTitleFrom(layout: Layout): TitlePick | null {
  const { blocks, bodyStart } = layout;
  // A dump that opens with the document title glued to the page: the headline is its first part.
  // (A line that is only "headline | site" is left to the rules below, which read the site name.)
  const first = blocks[0]?.block;
  if (first) {
    // "بوابة القرن | <headline>" with the headline again on a line of its own: the site comes first.
    const siteFirst = SITE_FIRST.exec(first.text);
    if (siteFirst) {
      const headline = siteFirst[2]!.trim();
      const key = stripPunctuation(normalize(headline));
      if (blocks.some((c, i) => i > 0 && c.block.key === key) && isTitleShaped(describe(first.index, headline))) {
        const pick = titlePick(blocks, headline, siteFirst[1]!);
        return { ...pick, blockIndexes: [0, ...pick.blockIndexes] };
      }
    }
    const page = pageTitlePrefix(first, isTitleShaped);
    if (page && (!isTitleShaped(first) || page.restWords > MAX_SUFFIX_WORDS)) {
      const pageText = blocks.map((c) => c.block.text).join('\n');
      // "شبكة بلدي الإعلامية | <headline> مواضيع مميزة <headline> …": the site comes first and the
      // headline, right after the separator, is repeated by the page's own heading.
      const repeated = repeatedHeadline(blocks);
      if (repeated && first.text.startsWith(repeated, page.siteFrom) && page.title.split(/\s+/u).length <= MAX_SITE_FIRST_WORDS) {
        return titlePick(blocks, repeated, page.title);
      }
      // "موقع الخبر : <headline> - …" whose page heading repeats only "<headline>": the label before
      // the colon is the site's name, not part of the headline (a speaker's "قاسم : …" is repeated with it).
      const label = LABEL_COLON.exec(page.title);
      if (label && label[2]!.split(/\s+/u).length >= MIN_TITLE_WORDS && !first.text.includes(page.title, page.siteFrom) && first.text.includes(label[2]!, page.siteFrom)) {
        return titlePick(blocks, label[2]!, label[1]!);
      }
      // The document title may drop punctuation the on-page headline prints: the gold form is the page's.
      const shown = onPageForm(page.title, first.text, page.siteFrom);
      const pick = titlePick(blocks, page.title, siteNameAfter(first.text, page.siteFrom, pageText));
      return shown ? { ...pick, title: stripHashMarks(shown) } : pick;
    }
  }
  const limit = bodyStart >= 0 ? bodyStart : blocks.length;
  let best: { i: number; score: number } | null = null;
  for (let i = 0; i < limit; i++) {
    const b = blocks[i]!.block;
    // The site's word to its reader ("سيتم إرسال رابط إلى بريدك …") is never the headline; its line
    // may still carry the page's date stamp, so it stays in the date search.
    if (layout.excluded.has(i) || blocks[i]!.reason === TO_THE_READER || !isTitleShaped(b)) continue;
    let score = 1;
    // Two-word lines above a headline are section names or the site's name, rarely headlines.
    if (b.words < MIN_TITLE_WORDS) score -= 2;
    if (b.repeats >= 2) score += 2;
    if (b.words >= 4 && b.words <= 20) score += 1;
    if (b.interfaceHits > 0) score -= 1.5 * b.interfaceHits;
    if (/[.]\s*$/u.test(b.text)) score -= 1.5;
    const distance = limit - i;
    score += 2 / distance;
    if (nextIsDateOrByline(blocks, i)) score += 1;
    if (!best || score > best.score) best = { i, score };
  }
  if (!best || best.score < 1) return headlineFromRepeats(layout);
  const chosen = blocks[best.i]!.block;
  const { title, suffix } = splitSuffix(chosen.text);
  const key = stripPunctuation(normalize(title));
  const copies = blocks
    .map((c, i) => ({ i, key: c.block.key }))
    .filter((x) => x.key === key || x.key === chosen.key)
    .map((x) => x.i);
  return { title: stripTrailingDate(stripHashMarks(title)), suffix, blockIndexes: copies };
}

/** "<site> : <headline>": one to four words before a colon (see `pickTitle` for when it is the site's). */
const LABEL_COLON = /^(\S+(?:\s\S+){0,3})\s[:：]\s(.+)$/u;
/** "<site> | <headline>": one to four words before a bar. */
const SITE_FIRST = /^(\S+(?:\s\S+){0,3})\s[|｜]\s(.+)$/u;
/** A site name placed before the headline is short ("شبكة بلدي الإعلامية", "مركز توثيق الانتهاكات في سوريا"). */
const MAX_SITE_FIRST_WORDS = 6;

function titlePick(blocks: ClassifiedBlock[], title: string, suffix: string | null): TitlePick {
  const key = stripPunctuation(normalize(title));
  return { title: stripHashMarks(title), suffix, blockIndexes: blocks.flatMap((c, i) => (c.block.key === key ? [i] : [])) };
}

/** "قاذفات روسية تقصف … بسوريا 15 / 11 / 2017": a date glued after the headline is not part of it. */
function stripTrailingDate(title: string): string {
  const stripped = title.replace(/\s+\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}\s*$/u, '').trim();
  return stripped.split(/\s+/u).length >= MIN_TITLE_WORDS ? stripped : title;
}

function headlineFromRepeats(layout: Layout): TitlePick | null {
  const phrase = repeatedHeadline(layout.blocks);
  if (!phrase) return null;
  const key = stripPunctuation(normalize(phrase));
  const copies = layout.blocks.flatMap((c, i) => (c.block.key === key ? [i] : []));
  return { title: stripHashMarks(phrase), suffix: null, blockIndexes: copies };
}

/** "العدد : 14548 - الأحد 21 يناير 2018": a newspaper's issue number heads its date line, never a headline. */
const ISSUE_NUMBER = /(?:^|\s)العدد\s*[:：]?\s*[0-9\u0660-\u0669]+/u;

function isTitleShaped(b: Block): boolean {
  return (
    b.arabicWords >= 2 &&
    !ISSUE_NUMBER.test(b.text) &&
    b.words <= MAX_TITLE_WORDS &&
    b.interfaceCoverage < 0.34 &&
    !b.isListHeader &&
    !b.isEndMarker &&
    !isChromeLine(b)
  );
}

function nextIsDateOrByline(blocks: ClassifiedBlock[], i: number): boolean {
  for (let j = i + 1; j < Math.min(blocks.length, i + 3); j++) {
    const b = blocks[j]!.block;
    if (isDateLine(b) || /^(?:كتب|كتبت|بقلم|إعداد|اعداد)\b/u.test(b.text)) return true;
  }
  return false;
}

/** A site name after a title separator is at most this many words. */
const MAX_SUFFIX_WORDS = 4;
/** "headline | section | outlet | Outlet": up to this many short tails are split off. */
const MAX_SUFFIXES = 3;

export function splitSuffix(text: string): { title: string; suffix: string | null } {
  let title = text.trim();
  let suffix: string | null = null;
  for (let k = 0; k < MAX_SUFFIXES; k++) {
    const m = TITLE_SUFFIX.exec(title);
    if (!m) break;
    const tail = m[1]!.trim();
    const head = title.slice(0, m.index).trim();
    // Only a short tail after a separator is a site name; a long one is part of the headline.
    // "بوتين ل - «الأسد»" is a tokenized "لـ", not a separator before a site name.
    if (tail.split(/\s+/u).length > MAX_SUFFIX_WORDS || head.split(/\s+/u).length < 3 || endsWithClitic(head) || /["«»“”']/u.test(tail)) break;
    // "… سورية - إسرائيلية": a dash joining two adjectives is inside the headline.
    if (!/[|｜]/u.test(m[0]) && isCompoundAdjective(head, tail)) break;
    suffix ??= tail;
    title = head;
  }
  return { title, suffix };
}

/** Shortest and longest headline that the repeated-phrase rule accepts, in tokens. */
/** Four tokens: the look-up key in `repeatedHeadline` is built from exactly this many. */
const REPEAT_MIN_TOKENS = 4;
const REPEAT_MAX_TOKENS = 30;
/** Only the top of the page is searched: headlines repeat there (the <title>, then the <h1>). */
const REPEAT_SCAN_BLOCKS = 3;
/** …and within its first few hundred words: a headline repeated further down is not the page's. */
const REPEAT_SCAN_TOKENS = 400;

/**
 * Scrapes glue the page header into one line: "<headline> | <outlet> <menu…> <headline> <lead…>".
 * The headline is the longest phrase of 4–30 tokens that occurs twice in the first blocks.
 * Linear in practice: repeated 4-grams are found with one map, then each pair is extended.
 */
export function repeatedHeadline(blocks: ClassifiedBlock[]): string | null {
  const tokens: string[] = [];
  const norm: string[] = [];
  for (const c of blocks.slice(0, REPEAT_SCAN_BLOCKS)) {
    if (tokens.length >= REPEAT_SCAN_TOKENS) break;
    // A body-only dump can be one line of thousands of words: read no further than the budget.
    const budget = REPEAT_SCAN_TOKENS - tokens.length;
    const shown = firstTokens(c.block.text, budget);
    const folded = firstTokens(c.block.norm, budget);
    // Normalization keeps spaces where they were, so the two lists align; if not, fold word by word.
    tokens.push(...shown, '\u0000'); // block boundary: a phrase never spans two blocks
    const aligned = folded.length === shown.length && folded[folded.length - 1] === normalize(shown[shown.length - 1]!);
    norm.push(...(aligned ? folded : shown.map((t) => normalize(t))), '\u0000');
  }
  // Tokens become small integers (at most REPEAT_SCAN_TOKENS + boundaries distinct ones), so a 4-gram
  // is one number: no string is built per position.
  const ids = new Map<string, number>();
  const code = norm.map((t) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  });
  const boundary = ids.get('\u0000');
  const radix = ids.size + 1;
  // A 4-gram can only repeat if each of its tokens occurs twice: in prose most 4-grams hold a word
  // seen once, and skipping them spares the map (whose keys are too big to be small integers).
  const count = new Uint16Array(ids.size);
  for (const id of code) count[id]!++;
  const seen = new Map<number, number>();
  let best: { start: number; length: number } | null = null;
  for (let i = 0; i + REPEAT_MIN_TOKENS <= norm.length; i++) {
    const a = code[i]!, b = code[i + 1]!, c = code[i + 2]!, d = code[i + 3]!;
    if (count[a]! < 2 || count[b]! < 2 || count[c]! < 2 || count[d]! < 2) continue;
    // A phrase never spans a block boundary.
    if (a === boundary || b === boundary || c === boundary || d === boundary) continue;
    const key = ((a * radix + b) * radix + c) * radix + d;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    let length = REPEAT_MIN_TOKENS;
    while (length < REPEAT_MAX_TOKENS && first + length < i && norm[first + length] === norm[i + length] && norm[i + length] !== '\u0000') length++;
    if (!best || length > best.length) best = { start: first, length };
  }
  if (!best) return null;
  const phrase = tokens.slice(best.start, best.start + best.length).join(' ');
  const words = (normalize(phrase).match(/[\p{L}\p{M}]+/gu) ?? []).length;
  if (words < REPEAT_MIN_TOKENS || words > 25 || /\d{4}\s*[/.-]\s*\d/u.test(phrase)) return null;
  return splitSuffix(phrase).title;
}

/**
 * `text.split(' ', limit)` without splitting the whole line first: the first blocks of a body-only
 * dump can be thousands of words long, and only the first few hundred are read.
 */
export function firstTokens(text: string, limit: number): string[] {
  const tokens: string[] = [];
  let from = 0;
  while (tokens.length < limit) {
    const at = text.indexOf(' ', from);
    if (at < 0) {
      tokens.push(text.slice(from));
      break;
    }
    tokens.push(text.slice(from, at));
    from = at + 1;
  }
  return tokens;
}

export function stripHashMarks(text: string): string {
  return text.replace(/#([\p{L}\p{N}_]+)/gu, (_m, w: string) => w.replace(/_/gu, ' '));
}

/** A title taken from the first sentence when the page shows no headline. */
export function fallbackTitle(paragraphs: string[]): string {
  let first = paragraphs[0] ?? '';
  // A scrap with no Arabic word before the story ("Jan .", "Says they adopted …") is skipped, sentence by sentence.
  for (let n = 0; n < MAX_SKIPPED_SENTENCES && first.length > 0; n++) {
    const head = firstSentence(first);
    if (usableTitle(head) || head.length >= first.length) break;
    // A domain split at its dot ("alwehda . sy - …", "KurdWatch . org reports …"): its suffix goes too.
    first = first.slice(head.length).trimStart().replace(DOMAIN_SUFFIX, '');
  }
  // A first line that runs into the page's date line ("<headline> تم نشره في السبت 2 …") ends there.
  const sentence = beforeDateLabel(firstSentence(first), true);
  const words = sentence.split(/\s+/u);
  return words.length > 20 ? words.slice(0, 20).join(' ') + '…' : sentence;
}

/** Sentences without an Arabic word skipped before the first that can be a headline. */
const MAX_SKIPPED_SENTENCES = 2;
/** The rest of a domain name cut at its dot, and a separator after it: "sy - ", "org ", "net ". */
const DOMAIN_SUFFIX = /^(?:com|net|org|info|sy|iq|ps|lb|eg|sa|ae|tv|fm|co|ar)\b(?:\s*[-|–—]\s*|\s+)/u;

/** . ! ? ؟ — tested by code unit: this runs on the first paragraph of every page without a headline. */
function isSentenceMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f;
}

/**
 * The text up to the first sentence end: a mark (. ! ? ؟) before a space or the end. Scrapes
 * tokenize punctuation, so marks stand as words: a run of them ("? !", "? ?") ends the sentence
 * after its last mark, and a run of dots alone (". .", a tokenized "..") is a pause inside a
 * headline ("… من الدوحة . . فما هي …"), not its end.
 */
export function firstSentence(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (!isSentenceMark(text, i) || (i + 1 < text.length && text[i + 1] !== ' ')) continue;
    // The run of marks this one starts: marks, each followed by one space.
    let end = i + 1;
    let onlyDots = text[i] === '.';
    while (end + 1 < text.length && text[end] === ' ' && isSentenceMark(text, end + 1) && (end + 2 >= text.length || text[end + 2] === ' ')) {
      onlyDots &&= text[end + 1] === '.';
      end += 2;
    }
    if (onlyDots && end > i + 1) {
      i = end - 1;
      continue;
    }
    return text.slice(0, end);
  }
  return text;
}

// ---------------------------------------------------------------- publication date

const publishedLabelNorms = PUBLISHED_LABELS.map((l) => normalize(l));
const updatedLabelNorms = UPDATED_LABELS.map((l) => normalize(l));
/** How far before a date a label may stand ("نشر في: الأحد 14 آذار…"). */
const LABEL_WINDOW = 30;
/** A date needs at least this score to be the article's: a lone date in a body sentence never is. */
const MIN_DATE_SCORE = 3;

export interface DatePick {
  iso: string;
  blockIndex: number;
  score: number;
}

/**
 * The article's own date. Candidates come from the header zone, date lines and labelled dates;
 * dates inside body sentences (events), lists of other articles and comments never count.
 * `leadPrefixes` holds the chrome cut from the front of a body block (scrapes glue the header
 * to the first sentence): its dates count as header dates. `itemStamps`: the body's items carry
 * their own labelled dates (see item-stamps.ts), none of them the page's. `addressDay`: the day the
 * page's address carries (address-date.ts); a date well after it is not the article's.
 */
export function pickPublishedAt(
  layout: Layout,
  leadPrefixes: Map<number, string>,
  bodyText: string,
  titleIndex: number,
  title: string | null = null,
  itemStamps = false,
  addressDay: string | null = null,
): DatePick | null {
  const { blocks, bodyStart, bodyEnd } = layout;
  const weekdayEvidence = publicationWeekdays(bodyText);
  // A digest or front page (several stories) has no single date: only a labelled one counts there.
  const severalStories = blocks.filter((c) => c.block.opensStory).length >= MIN_STORY_OPENINGS;
  // In a chronology every paragraph opens with an event's date, the first one glued to the header
  // like a dateline: only a labelled date can be the page's own there.
  const chronology = blocks.some((c) => c.block.chronologyEntry);
  let best: DatePick | null = null;
  blocks.forEach((c, i) => {
    if (layout.excluded.has(i)) return;
    const b = c.block;
    const isBody = c.cls === 'good';
    const prefix = leadPrefixes.get(i);
    const inTopZone = bodyStart < 0 || i <= bodyStart + TOP_ZONE_BODY_BLOCKS;
    if (isBody && itemStamps) return;
    // Body sentences carry event dates, never the article's, unless a publication label glued at the
    // top of the story says otherwise ("تم نشره يوم …"): skip parsing them.
    if (isBody && prefix === undefined && (!inTopZone || !mentionsDateLabel(b.norm))) return;
    const dates = datesIn(b).filter((d) => isFullDate(d) && Number(d.iso!.slice(0, 4)) >= MIN_PUBLICATION_YEAR);
    // A line carrying many dates is a list of dated items (archives, "most read"), not a dateline.
    // …or many stamps with their times: "الأحدث يناير 20 , 2018 05 : 35 مساء يناير 20 , 2018 05 : 17
    // مساء يناير 18 , 2018 04 : 11 مساء …" lists the latest items of two days.
    const isDateList =
      new Set(dates.map((d) => d.iso!.slice(0, 10))).size >= DATE_LIST_MIN ||
      new Set(dates.filter((d) => d.parts.hour !== undefined).map((d) => d.iso!)).size >= DATE_LIST_MIN;
    // Scrapes glue "<site> <clock> <headline> <date> <story>" into one line: where the headline
    // stands in the line tells the site clock (before it) from the article's date (after it).
    const headlineAt = title && title.length >= MIN_GLUED_TITLE_CHARS ? b.text.lastIndexOf(title) : -1;
    const headlineSpans = title && title.length >= MIN_GLUED_TITLE_CHARS ? occurrences(b.text, title) : [];
    for (const d of dates) {
      // "الأحداث … من 22 - 10 إلى 6 - 11 - 2014": a date inside the headline is what it reports on.
      if (headlineSpans.some((at) => d.start >= at && d.end <= at + title!.length)) continue;
      // Weeks after the day the address was minted: the crawl day's clock or another item's date.
      if (laterThanAddress(d.iso!, addressDay)) continue;
      const label = labelBefore(b.text, d.start);
      if (severalStories && label !== 'published') continue;
      if (chronology && isBody && label === null) continue;
      const labelledLead = label !== null && inTopZone && !/[.!؟?](?:\s|$)/u.test(b.text.slice(0, d.start).replace(/\s\.\s\.\s/gu, ' '));
      if (isBody && !labelledLead && (prefix === undefined || d.start >= prefix.length)) continue;
      if (isDateList && label === null) continue;
      const cue = eventCueBefore(b.text, d.start);
      if (cue === 'clause' || (cue === 'preposition' && label === null) || clauseFollows(b.text, d.end, d.parts.hour !== undefined)) continue;
      const afterBody = bodyEnd >= 0 && i > bodyEnd;
      if (afterBody && label === null && !isDateLine(b)) continue;
      let score = 0;
      if (label === 'published') score += 4;
      // "آخر تحديث" on a line of its own dates the article; glued into a header it is the site's.
      else if (label === 'updated') score += isDateLine(b) ? 2 : -2;
      if (isDateLine(b)) score += 3;
      if (bodyStart < 0 || i < bodyStart || prefix !== undefined) score += 2;
      if (d.parts.hour !== undefined) score += 0.5;
      // Between the headline and the body sits the article's date line; above the headline, the site clock.
      if (titleIndex >= 0 && i > titleIndex && (bodyStart < 0 || i <= bodyStart)) score += BELOW_HEADLINE_BONUS;
      else if (titleIndex >= 0 && i < titleIndex) score -= ABOVE_HEADLINE_PENALTY;
      // A site's "today" shows the day alone; a timestamp above the headline is the article's own.
      if (headlineAt >= 0 && d.end <= headlineAt && d.parts.hour === undefined) score -= ABOVE_HEADLINE_PENALTY + BELOW_HEADLINE_BONUS;
      else if (headlineAt >= 0 && d.start >= headlineAt + title!.length) score += BELOW_HEADLINE_BONUS;
      if (nearWidget(b.text, d)) score -= WIDGET_PENALTY;
      if (BYLINE.test(b.text)) score += 1;
      if (d.kind === 'hijri') score -= 0.5;
      if (bodyStart >= 0) score -= 0.25 * Math.min(8, textBlocksBetween(blocks, i, bodyStart));
      if (i === bodyStart - 1) score += ADJACENT_TO_STORY_BONUS;
      // The date that closes the glued header, right where the story starts, is the article's.
      if (prefix !== undefined && prefix.length - d.end <= LEAD_BOUNDARY_CHARS) score += 1;
      if (weekdayEvidence.size > 0 && !weekdayEvidence.has(weekdayOf(d.iso!))) score -= WEEKDAY_CONTRADICTION_PENALTY;
      if (!best || score > best.score) best = { iso: toContractIso(d.iso!), blockIndex: i, score };
    }
  });
  const pick = best as DatePick | null;
  return pick && pick.score >= MIN_DATE_SCORE ? pick : null;
}

const BELOW_HEADLINE_BONUS = 1.5;
/** A headline shorter than this could match by chance inside a glued line. */
const MIN_GLUED_TITLE_CHARS = 15;
/**
 * Today's date shown by a widget (weather, prayer times) is the site's clock, not the article's date.
 * (A Gregorian date beside the Hijri one is no such sign: news sites print their article dates so.)
 */
const WIDGET_PENALTY = 3;
// Only words that name a widget and nothing else: prayer names and "المغرب" are also ordinary words.
// Unrendered template markup ("{ { mmonth } }") next to a date is a clock whose script never ran; a
// visitor counter ("انت الزائر رقم :") sits in the masthead beside the site's clock.
const WIDGET_WORDS = /(?:الرطوبة|الرياح|درجة الحرارة|مواقيت الصلاة|الزائر رقم|عدد الزوار|عدد الزيارات|المتواجدون الآن|°|\{\s*[{*]\s*[A-Za-z_])/u;
const WIDGET_REACH = 60;

function nearWidget(text: string, d: DateMatch): boolean {
  return WIDGET_WORDS.test(text.slice(Math.max(0, d.start - WIDGET_REACH), d.end + WIDGET_REACH)) || agesFollow(text, d.end);
}

/**
 * "22 ديسمبر 2017 - 12 ساعة قبل - 13 ساعة قبل - 3 ساعات قبل …": a date followed by the ages of
 * other items, counted back from it, is the page's "now" (the moment it was served), not the
 * article's. One age after a date may be the article's own ("منذ 3 ساعات"); two are a list's.
 */
const ITEM_AGE = /(?:^|\s)(?:منذ\s+)?\d{1,3}\s+(?:ساعة|ساعات|دقيقة|دقائق|يوم|أيام|ايام|أسبوع|اسبوع|أسابيع|اسابيع|شهر|أشهر|اشهر)(?:\s+(?:قبل|مضت|مضى))?(?=\s|$)/gu;
const MIN_FOLLOWING_AGES = 2;
const AGES_REACH = 80;

function agesFollow(text: string, from: number): boolean {
  const after = text.slice(from, from + AGES_REACH);
  // Cheap test first: every age names an hour, a minute, a day, a week or a month.
  if (!/ساع|دقي|يوم|أيام|ايام|سبوع|سابيع|شهر/u.test(after)) return false;
  let n = 0;
  for (const _ of after.matchAll(ITEM_AGE)) if (++n >= MIN_FOLLOWING_AGES) return true;
  return false;
}

function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push(at);
  return found;
}

/** The line right above the story's first paragraph carries its date more often than any other. */
const ADJACENT_TO_STORY_BONUS = 0.5;
/** How close to the cut between glued header and story a date must end to count as its dateline. */
const LEAD_BOUNDARY_CHARS = 40;

/** Distance in blocks that carry text: menu items (one to three words) do not push a date away. */
function textBlocksBetween(blocks: ClassifiedBlock[], a: number, b: number): number {
  let n = 0;
  for (let j = Math.min(a, b) + 1; j < Math.max(a, b); j++) if (blocks[j]!.block.words > 3) n++;
  return n;
}
const ABOVE_HEADLINE_PENALTY = 1;
/** A byline on the same line ("كتب: … | الإثنين 8 مارس") marks the article's own information line. */
const BYLINE = /(?:^|[\s|])(?:كتب|كتبت|بقلم|إعداد|اعداد|بواسطة|تحرير)\s*[:：-]?\s/u;

/**
 * Cheap pre-filter with the same labels `labelBefore` reads, so the two can never disagree. A label
 * that contains another ("تاريخ النشر" holds "تاريخ") is found whenever the shorter one is not
 * missing, so only the shortest forms are searched.
 */
const labelCores = innermostPhrases([...publishedLabelNorms, ...updatedLabelNorms]);
function mentionsDateLabel(norm: string): boolean {
  return labelCores.some((l) => norm.includes(l));
}

/** The phrases of `phrases` that contain none of the others. */
export function innermostPhrases(phrases: readonly string[]): string[] {
  const unique = [...new Set(phrases)];
  return unique.filter((p) => !unique.some((q) => q !== p && p.includes(q)));
}

/** Three or more different days on one line make it a list of dated items. */
const DATE_LIST_MIN = 3;
/** Labelled dates ("تم نشره يوم …") glued into the first body lines still count. */
const TOP_ZONE_BODY_BLOCKS = 3;
/** A candidate whose weekday contradicts the body's "اليوم الخميس" is the site clock or another page's date. */
const WEEKDAY_CONTRADICTION_PENALTY = 6;

const WEEKDAY_INDEX: Record<string, number> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 };
const TODAY_WEEKDAY = /(?:^|\s)(اليوم|امس)\s+(?:يوم\s+)?(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?=\s|[،,.]|$)/gu;

/**
 * Evidence from the body about the weekday of publication: "اليوم الخميس" says it is Thursday,
 * "أمس الأربعاء" says it is Thursday too. A day of slack either side allows for night editions.
 */
export function publicationWeekdays(normalizedBody: string): Set<number> {
  const allowed = new Set<number>();
  if (!normalizedBody.includes('اليوم') && !normalizedBody.includes('امس')) return allowed;
  for (const m of normalizedBody.matchAll(TODAY_WEEKDAY)) {
    const named = WEEKDAY_INDEX[m[2]!]!;
    const today = m[1] === 'امس' ? (named + 1) % 7 : named;
    for (const delta of [6, 0, 1]) allowed.add((today + delta) % 7);
  }
  return allowed;
}

function weekdayOf(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
}

/**
 * No Arabic news site published on the web before the mid-1990s: an earlier date on a page is an
 * event's (a final in 1938, a coup in 1969, a report of 1995 reposted on a blog), never the page's.
 */
const MIN_PUBLICATION_YEAR = 1996;

function isFullDate(d: DateMatch): boolean {
  return d.iso !== null && d.kind !== 'relative' && !d.yearInferred;
}

function labelBefore(text: string, start: number): 'published' | 'updated' | null {
  const before = normalize(text.slice(Math.max(0, start - LABEL_WINDOW), start));
  // The nearest label wins: "نشر في … آخر تحديث …" labels each date by what precedes it.
  let bestPos = -1;
  let kind: 'published' | 'updated' | null = null;
  for (const l of updatedLabelNorms) {
    const p = lastLabelAt(before, l);
    if (p > bestPos) {
      bestPos = p;
      kind = 'updated';
    }
  }
  const updatedAt = bestPos;
  for (const l of publishedLabelNorms) {
    const p = lastLabelAt(before, l);
    if (p > bestPos) {
      bestPos = p;
      kind = 'published';
    }
  }
  // "آخر تحديث بتاريخ …": a date word right after an update label still labels an update.
  if (kind === 'published' && updatedAt >= 0 && bestPos - updatedAt <= UPDATE_THEN_DATE_WORD && DATE_WORD.test(before.slice(bestPos))) return 'updated';
  return kind;
}

/**
 * The last place where `label` stands as a word of its own: "نشر" inside "النشرة" or "منشورات" is
 * not a label. Scrapes glue the next word to a label ("اخر تحديثالأحد"), so a label may
 * run into a following "ال".
 */
function lastLabelAt(text: string, label: string): number {
  for (let at = text.lastIndexOf(label); at >= 0; at = at === 0 ? -1 : text.lastIndexOf(label, at - 1)) {
    // The label may carry the article or a conjunction ("التحديث الاخير", "ونشر في").
    const word = /(?:^|[^\p{L}])(\p{L}*)$/u.exec(text.slice(0, at))![1]!;
    const leftOk = word === '' || word === 'ال' || word === 'و' || word === 'وال';
    const rest = text.slice(at + label.length);
    const rightOk = rest === '' || !/^\p{L}/u.test(rest) || rest.startsWith('ال');
    if (leftOk && rightOk) return at;
  }
  return -1;
}

const UPDATE_THEN_DATE_WORD = 20;
const DATE_WORD = /^(?:بتاريخ|تاريخ|في)/u;

/** The public contract writes times with seconds: 2021-03-14T18:05:00. */
export function toContractIso(iso: string): string {
  return /T\d{2}:\d{2}$/u.test(iso) ? `${iso}:00` : iso;
}

// ---------------------------------------------------------------- section, hashtags

/** Lines that may stand between a section label and the headline. */
const SECTION_GAP = 3;

/**
 * The section: the short label just above the headline (sites print the section there, and it
 * repeats the menu item), else a breadcrumb's most specific item, else a known label outside menus.
 */
export function pickSection(layout: Layout, titleIndexes: number[]): string | null {
  const limit = layout.bodyStart >= 0 ? layout.bodyStart : layout.blocks.length;
  const labelText = (i: number): string => layout.blocks[i]!.block.text.replace(/[|:：]+\s*$/u, '').trim();
  for (const titleAt of [...titleIndexes].sort((a, b) => b - a)) {
    for (let i = titleAt - 1; i >= 0 && i >= titleAt - SECTION_GAP; i--) {
      const b = layout.blocks[i]!.block;
      // A label repeated from the menu marks the section; a lone known label inside the menu is just the menu's last item.
      if (b.words <= 3 && b.words >= 1 && (b.repeats >= 2 || (isSectionLine(b) && !inMenu(layout.blocks, i))) && !isDateLine(b)) return labelText(i);
    }
  }
  let label: string | null = null;
  for (let i = 0; i < limit; i++) {
    if (titleIndexes.includes(i)) continue;
    const b = layout.blocks[i]!.block;
    const crumbs = breadcrumbItems(b);
    if (crumbs) {
      const tail = crumbs.slice(1).filter((item) => item.split(/\s+/u).length <= 4);
      if (tail.length > 0) return tail[tail.length - 1]!;
    }
    if (label === null && isSectionLine(b) && !inMenu(layout.blocks, i)) label = labelText(i);
  }
  return label;
}

const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const TAG_OPENER_DISPLAY = /^[^:：]{1,25}[:：]\s*/u;

export function pickHashtags(layout: Layout): string[] {
  const tags: string[] = [];
  const add = (t: string): void => {
    const clean = t.replace(/^[\s#]+|[\s.،,]+$/gu, '').trim();
    if (clean && !tags.includes(clean)) tags.push(clean);
  };
  let tagListOpen = false;
  layout.blocks.forEach((c) => {
    const b = c.block;
    for (const m of b.text.matchAll(HASHTAG)) add(m[1]!);
    if (tagListOpen) {
      // "الوسوم" alone on a line: the tags follow one per line, short and unpunctuated.
      if (b.words <= 4 && !b.endsSentence && !b.isListHeader && !isTagLine(b)) {
        add(b.text);
        return;
      }
      tagListOpen = false;
    }
    if (isTagLine(b) && !b.text.trim().startsWith('#')) {
      const list = b.text.replace(TAG_OPENER_DISPLAY, '');
      if (list === b.text && b.words <= 3) tagListOpen = true;
      else for (const item of list.split(/\s*[،,|؛;]\s*|\s+-\s+/u)) if (item.split(/\s+/u).length <= 4) add(item);
    }
  });
  return tags;
}

// ---------------------------------------------------------------- outlet, credit, dateline

/** "ادعم صحافتنا المستقلة: اشترك في «الأفق»" — a support or subscription appeal that names the outlet. */
const APPEAL = /(?:ادعم(?:وا)?|ساهم(?:وا)?\s+في\s+دعم|تبرع(?:وا)?|اشترك(?:وا)?\s+في)\s/u;
const QUOTED_NAME = /[«"“]([^«»"“”]{2,30})[»"”]/u;
const APPEAL_NAME = /(?:ادعم(?:وا)?|ساهم(?:وا)?\s+في\s+دعم|تبرع(?:وا)?\s+ل)\s*(?:صحيفة|جريدة|موقع|قناة|مجلة)\s+([\p{L}][\p{L} ]{1,30}?)(?=\s*(?:[.،!؟:]|$|\s+(?:ل|كي|حتى|من|عبر|و)\s))/u;
const agencyByNorm = new Map(AGENCIES.map((a) => [stripPunctuation(normalize(a)), a] as const));

/**
 * Outlet named by the page itself: an appeal, a copyright line, a "| outlet" headline suffix, a
 * "outlet | headline" prefix. Sources disagree on some pages (a section label sits where the site
 * name usually does), so they are weighed rather than taken in a fixed order: see `chooseOutlet`.
 */
export function pickOutlet(layout: Layout, titleSuffix: string | null, fromAddress: () => string | null = () => null): string | null {
  return chooseOutlet(outletCandidates(layout, titleSuffix), fromAddress);
}

export interface OutletCandidates {
  appeal: string | null;
  copyright: string | null;
  suffix: string | null;
  /** The suffix occurs elsewhere on the page too (a footer, a share text): a site name, not a section. */
  suffixConfirmed: boolean;
  leading: string | null;
  /** The copyright name stands in the first line too (the document title, a dateline): the site's own. */
  copyrightAtTop: boolean;
  /** A copyright name in Latin letters (then `copyright` is null): taken only when nothing else names the site. */
  latinCopyright: string | null;
}

export function outletCandidates(layout: Layout, titleSuffix: string | null): OutletCandidates {
  let appeal: string | null = null;
  for (const c of layout.blocks) {
    const text = c.block.text;
    if (!APPEAL.test(text) || c.block.words > 30) continue;
    const quoted = QUOTED_NAME.exec(text) ?? APPEAL_NAME.exec(text);
    if (quoted) {
      appeal = cleanName(quoted[1]!);
      break;
    }
  }
  let found: CopyrightName | null = null;
  // The footer is at the end: read from the last line up; a line that marks its owner ("لـ", "©")
  // beats one that does not.
  for (let i = layout.blocks.length - 1; i >= 0 && !found?.owner; i--) {
    const name = copyrightName(layout.blocks[i]!.block.text);
    if (name && (found === null || name.owner)) found = name;
  }
  let pageText: string | null = null;
  const page = (): string => (pageText ??= layout.blocks.map((c) => c.block.text).join('\n'));
  // Words the footer does not mark as the owner's count only when the page names them elsewhere too.
  const named = found && (found.owner || occursTwice(page(), found.name)) ? found.name : null;
  // An Arabic site's footer may credit its Latin brand ("Copyright © Ahval"): its Arabic name,
  // from the title or the first line, is the one readers know, so the Latin one comes last.
  const latin = named !== null && scriptOf(named) === 'latin';
  const copyright = latin ? null : named;
  const first = layout.blocks[0]?.block.text;
  const leading = first ? siteNameBefore(first, page) : null;
  const copyrightAtTop = copyright !== null && first !== undefined && layout.blocks.length > 1 && first.includes(copyright);
  return {
    appeal,
    copyright,
    copyrightAtTop,
    latinCopyright: latin ? named : null,
    suffix: titleSuffix,
    suffixConfirmed: titleSuffix !== null && occursTwice(page(), titleSuffix),
    leading,
  };
}

/**
 * The appeal names the outlet in its own words; then a suffix the page repeats; then the copyright
 * line (a "headline | section" title puts a section where the site's name stands, while a footer
 * names the publisher); then an unconfirmed suffix, then a site-first prefix. A copyright name
 * that the first line carries too beats them all ("<place> - عربي 21 - <author>" reads as a title
 * whose last part is the author). When the suffix and
 * the copyright name are one name cut differently ("عرب" and "عرب 48"), the longer form is kept.
 * The name the address spells (`fromAddress`, address-outlet.ts, read only when needed) comes before
 * the weak candidates — a suffix the page does not repeat, a site-first prefix, a Latin copyright:
 * session 23 measured 217 → 225 of 511 held-out outlets right with it there, 224 before the
 * confirmed ones too.
 */
export function chooseOutlet(c: OutletCandidates, fromAddress: () => string | null = () => null): string | null {
  if (c.appeal) return c.appeal;
  if (c.copyright && c.copyrightAtTop) return c.copyright;
  if (c.suffix && c.copyright) {
    const s = normalize(c.suffix);
    const k = normalize(c.copyright);
    if (k !== s && k.includes(s)) return c.copyright;
    if (s.includes(k)) return c.suffix;
  }
  if (c.suffix && c.suffixConfirmed) return c.suffix;
  if (c.copyright) return c.copyright;
  return fromAddress() ?? c.suffix ?? c.leading ?? c.latinCopyright;
}

function occursTwice(page: string, name: string): boolean {
  const at = page.indexOf(name);
  return at >= 0 && page.indexOf(name, at + name.length) >= 0;
}

function cleanName(name: string): string {
  return name
    .replace(/\s+/gu, ' ')
    .replace(/^(?:ل|لـ)\s*/u, '')
    // "نبراس 2023 - جميع الحقوق محفوظة", "المنبر العربي 2024 - لندن": the year and what follows are not the name.
    .replace(/\s+(?:19|20)\d{2}(?:\s.*)?$/u, '')
    .replace(/[\s.،-]+$/u, '')
    .trim();
}

/** "بيروت (رويترز) - …", "القاهرة – خاص", "( إعداد … للنشرة العربية … )". */
export function pickCreditAndDateline(paragraphs: string[], creditLines: string[]): { credit: string | null; dateline: string | null; agency: string | null } {
  let dateline: string | null = null;
  let agency: string | null = null;
  for (const first of paragraphs.slice(0, 2)) {
    const m = /^([\p{L}\s]{2,30}?)\s*(?:[(\[]\s*([^()\[\]]{1,30}?)\s*[)\]])?\s*[-–—]\s+/u.exec(first);
    if (m && m[1]!.trim().split(/\s+/u).length <= 3) {
      dateline = m[1]!.trim();
      if (m[2]) agency = agencyName(m[2]) ?? null;
      break;
    }
  }
  let credit: string | null = creditLines[0] ?? null;
  if (!agency) {
    for (const line of creditLines) {
      const a = agencyName(line.replace(/^[(\[]|[)\]]$/gu, '').replace(/^(?:المصدر|مصدر)\s*[:：]\s*/u, ''));
      if (a) {
        agency = a;
        break;
      }
    }
  }
  if (!credit && agency) credit = agency;
  return { credit, dateline, agency };
}

function agencyName(text: string): string | null {
  return agencyByNorm.get(stripPunctuation(normalize(text))) ?? null;
}

export function captionsOf(layout: Layout): string[] {
  const start = Math.max(0, layout.bodyStart - 3);
  const end = layout.bodyEnd >= 0 ? layout.bodyEnd + 3 : layout.blocks.length - 1;
  const captions: string[] = [];
  for (let i = start; i <= end && i < layout.blocks.length; i++) {
    const b = layout.blocks[i]!.block;
    if (!layout.excluded.has(i) && isCaptionLine(b)) captions.push(b.text);
  }
  return captions;
}
