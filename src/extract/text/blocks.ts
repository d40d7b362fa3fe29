/**
 * Scraped text → blocks (one per non-empty line) with the features the classifier reads.
 * Features are computed once, on the search-normalized text, so that lexicon look-ups are
 * insensitive to hamza, ة/ه and ى/ي spellings.
 */
import { normalize } from '../../arabic/normalize.js';
import { findDates } from '../../arabic/dates/index.js';
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { END_MARKERS, INTERFACE_PHRASES, LIST_HEADERS, TAG_LABELS } from './lexicon.js';
import { expandPlaces } from '../../lexicons/gazetteer/places.js';
import { expandCountries } from '../../lexicons/gazetteer/countries.js';

export interface Block {
  index: number;
  /** The line as displayed: whitespace collapsed, invisible controls removed. */
  text: string;
  /** Search-normalized text, for lexicon matching. */
  norm: string;
  words: number;
  arabicWords: number;
  latinWords: number;
  /** Share of words that are Arabic function words (jusText's stop-word density). */
  stopwordDensity: number;
  /** Interface phrases found (longest match, counted once per position). */
  interfaceHits: number;
  /** Words covered by interface phrases, as a share of all words. */
  interfaceCoverage: number;
  endsSentence: boolean;
  /** Sentence-final punctuation anywhere (a line of several sentences). */
  sentencePunct: number;
  isListHeader: boolean;
  isEndMarker: boolean;
  /** Starts like a new story: a dateline ("طهران / 20 كانون الثاني / ارنا - …") or a "اقرأ أيضاً:" box glued to text. */
  opensStory: boolean;
  /** Opens an entry of a chronology (dated paragraphs running forward): its date is an event's. */
  chronologyEntry: boolean;
  /** A strip of footer links: several list headers, tag labels or copyright notices in one line (see `isFooterStrip`). */
  footerStrip: boolean;
  /** How many blocks of the document have the same normalized text. */
  repeats: number;
  /** Normalized words joined by single spaces: the block's identity for repeats and look-ups. */
  key: string;
}

const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/gu;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu;
/** Script of a word, judged by its first letter: words are runs of one script after normalization. */
function isArabicCode(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}
function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * A dateline opening a story: one to three words (a place), then "/ date / agency" or "(agency)",
 * then a dash — all within the first 70 characters. A bare "word - word" is a list item or a
 * sub-heading, not a dateline.
 */
const DATELINE_OPENING = /^(?=.{0,70}[-–—]\s)[\p{L}]+(?:\s[\p{L}]+){0,2}\s*(?:\/[^-–—\n]{0,50}?[0-9\u0660-\u0669][^-–—\n]{0,45}?|\(\s*[^()]{2,25}\s*\))\s*[-–—]\s/u;

/**
 * `DATELINE_OPENING`, tested only when a spaced dash sits where its lookahead needs one (within the
 * first 72 characters): a cheap scan of a short slice spares the backtracking pattern most lines.
 */
function mayOpenWithDateline(text: string): boolean {
  return DASH_THEN_SPACE.test(text.slice(0, DATELINE_REACH)) && DATELINE_OPENING.test(text);
}
const DATELINE_REACH = 72;
const DASH_THEN_SPACE = /[-–—]\s/u;

/**
 * A teaser on a tag or archive page: its date first (after optional ". . ." and a weekday), then the
 * story's first sentence glued on. A line that is only a date is a date line, hence the length.
 */
const DATED_OPENING = /^[.,،\s…]*(?:(?:(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت)\s*[،,]?\s*)?\d{1,2}\s*[/.\s]\s*[\p{L}\d][\p{L}\d /]{0,20}?\s*[/.\s]\s*\d{4}(?!\d)|\d{4}\s*\/\s*\d{1,2}\s*\/\s*\d{1,2}(?!\d))/u;
const DATED_TEASER_MIN_WORDS = 12;

/**
 * A feed's machine stamp opening an item: the date year first and a clock, often to the second
 * ("2017 - 05 - 10 08 : 28 : 32 <lead>"). A paragraph never opens so, not even a chronology's (it
 * writes the day first and no clock), so a shorter lead after it is still a teaser.
 */
const STAMPED_OPENING = /^[.\s…]*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?!\d)/u;
const STAMPED_TEASER_MIN_WORDS = 8;

/** Where the date opening `text` ends ("السبت , 13 يناير 2018| - 5 : 18 ص أعلنت …", "2017 - 05 - 10 08 : 28 <lead>"), or -1 when it opens with none. */
export function datedOpeningEnd(text: string): number {
  const m = DATED_OPENING.exec(text) ?? STAMPED_OPENING.exec(text);
  return m ? m[0].length : -1;
}

/** Does `text` open with a feed's machine stamp (see `STAMPED_OPENING`)? */
export function opensWithStamp(text: string): boolean {
  return STAMPED_OPENING.test(text);
}
/**
 * "اقرأ أيضاً : المصدر : … كلمات دلالية : <next story>": the previous story's footer glued to a
 * related box and the next story. A bare "اقرأ المزيد" glued to text is a button inside the article.
 */
const GLUED_FOOTER = /^.{0,40}(?:المصدر|كلمات دلالية|الكلمات الدلالية|الوسوم)\s*[:：]/u;

/** Phrases indexed by their first word, longest first: one Map look-up per word of the block. */
type PhraseIndex = Map<string, string[][]>;
function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of phrases) {
    const words = normalize(p).split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}
const interfaceIndex = indexPhrases(INTERFACE_PHRASES);
const listHeaderIndex = indexPhrases(LIST_HEADERS);
const endMarkerIndex = indexPhrases(END_MARKERS);
const footerIndex = indexPhrases([...LIST_HEADERS, ...END_MARKERS, ...TAG_LABELS]);

/** Footer phrases that make a strip of links, counted without overlap. */
const FOOTER_STRIP_PHRASES = 2;
/** Before the strip's first phrase, at most this many words of a sentence (a story's last line glued to the footer stays body). */
const FOOTER_STRIP_LEAD_WORDS = 12;

/**
 * "الوسوم مقالات ذات صلة شاهد أيضا … جميع الحقوق محفوظة", "مقالات مشابهة … كلمات دلالية …": the
 * site's footer, scraped as one line, strings several list headers, tag labels and the copyright
 * notice together. Story prose names none of them twice. A long sentence ended before the first
 * phrase is the story's last line with the footer glued on: that line is not a strip.
 */
function isFooterStrip(norm: string, wordList: readonly string[]): boolean {
  // Distinct phrases: prose may say "المزيد من" twice, a footer strings different labels.
  let found: Set<string> | null = null;
  let first = -1;
  for (let i = 0; i < wordList.length; ) {
    const matched = phraseAt(footerIndex, wordList, i);
    if (matched === 0) {
      i++;
      continue;
    }
    if (first < 0) first = i;
    (found ??= new Set()).add(wordList.slice(i, i + matched).join(' '));
    i += matched;
  }
  if (found === null || found.size < FOOTER_STRIP_PHRASES) return false;
  return first < FOOTER_STRIP_LEAD_WORDS || !/[.!؟?](?:\s|$)/u.test(textBeforeWord(norm, first));
}

/** `norm` up to its `n`-th word (the words of `wordsOf(norm)`, counted the same way). */
function textBeforeWord(norm: string, n: number): string {
  const text = norm;
  let seen = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const letter = WORD_CHAR[text.charCodeAt(i)] === 1;
    if (letter && !inWord && seen++ === n) return text.slice(0, i);
    inWord = letter;
  }
  return text;
}

/** Length of the longest phrase of `index` starting at word `i`, or 0. */
function phraseAt(index: PhraseIndex, words: readonly string[], i: number): number {
  const candidates = index.get(words[i]!);
  if (!candidates) return 0;
  for (const phrase of candidates) {
    if (i + phrase.length > words.length) continue;
    let k = 1;
    while (k < phrase.length && words[i + k] === phrase[k]) k++;
    if (k === phrase.length) return phrase.length;
  }
  return 0;
}

/** Up to this many words, a line opening with any end marker is the marker with its count or year. */
const END_MARKER_MAX_WORDS = 8;

/** Most lines need neither replacement: test first, replace only when there is something to do. */
const HAS_INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/u;
const HAS_ODD_SPACE = /[\t\n\r\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;

export function cleanLine(line: string): string {
  let clean = HAS_INVISIBLE.test(line) ? line.replace(INVISIBLES, '') : line;
  if (clean.includes('  ') || HAS_ODD_SPACE.test(clean)) clean = clean.replace(SPACES, ' ');
  return clean.trim();
}

export function splitBlocks(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/u);
  const blocks: Block[] = [];
  for (const raw of lines) {
    const clean = cleanLine(raw);
    if (clean === '') continue;
    blocks.push(describe(blocks.length, clean));
  }
  countRepeats(blocks);
  markRepeatedDatelines(blocks);
  unmarkChronology(blocks);
  return blocks;
}

/** How much of a block's start is read for its opening date. */
const OPENING_DATE_CHARS = 40;
/** Share of consecutive dated openings that must go forward in time to read as a chronology. */
const CHRONOLOGY_FORWARD_SHARE = 0.8;

/**
 * A chronology ("15 مارس 2011 تظاهر العشرات …", "16 مارس 2011 شهدت …") opens every paragraph with a
 * date, like a list of dated teasers, but it is one text. Teaser lists run newest first; a
 * chronology runs forward (typos in a year or two allowed), so its paragraphs open no new stories.
 */
function unmarkChronology(blocks: Block[]): void {
  const dated: { block: Block; day: string }[] = [];
  for (const b of blocks) {
    if (!b.opensStory || DATELINE_OPENING.test(b.text) || !DATED_OPENING.test(b.text)) continue;
    const first = findDates(b.text.slice(0, OPENING_DATE_CHARS)).find((d) => d.iso !== null && d.kind !== 'relative');
    if (first) dated.push({ block: b, day: first.iso!.slice(0, 10) });
  }
  if (dated.length < REPEATED_DATELINE_MIN) return;
  let forward = 0;
  for (let i = 1; i < dated.length; i++) if (dated[i]!.day >= dated[i - 1]!.day) forward++;
  if (forward / (dated.length - 1) < CHRONOLOGY_FORWARD_SHARE) return;
  for (const { block } of dated) {
    block.opensStory = false;
    block.chronologyEntry = true;
  }
}

/** "مكتب أخبار سوريا - إدلب <sentence>": an agency or outlet name, a dash, the place, then the story. */
const AGENCY_DASH_OPENING = /^([\p{L}]+(?:\s[\p{L}]+){0,3})\s*[-–—]\s+([\p{L}]+(?:\s[\p{L}]+)?)/u;

/**
 * Normalized names of places and capitals. What follows the dash tells a dateline ("… - حلب") from
 * a crosshead glued to its paragraph ("النزاع المسلح - انتهاكات القوات …"). Only names that are
 * never everyday words count.
 */
const DATELINE_PLACES: ReadonlySet<string> = new Set([
  ...expandPlaces()
    .filter((p) => !p.contextOnly)
    .flatMap((p) => [p.name, ...p.variants]),
  ...expandCountries().flatMap((c) => [c.name, ...c.variants, ...c.capitals]),
].map((name) => normalize(name)));

function startsWithPlace(words: string): boolean {
  const norm = normalize(words);
  const first = norm.split(' ')[0]!;
  return DATELINE_PLACES.has(norm) || DATELINE_PLACES.has(first);
}
/** Story openings need a sentence after them; a short "word - word" line is a menu item. */
const AGENCY_DASH_MIN_WORDS = 12;

/**
 * A digest or day archive repeats its dateline at the head of each item ("مكتب أخبار سوريا - حلب …",
 * "مكتب أخبار سوريا - إدلب …"). One such opening is an article's dateline; the same agency before
 * a place on several long blocks means several stories, so each of those blocks opens one.
 */
function markRepeatedDatelines(blocks: Block[]): void {
  const byOpening = new Map<string, Block[]>();
  for (const b of blocks) {
    if (b.words < AGENCY_DASH_MIN_WORDS) continue;
    const m = AGENCY_DASH_OPENING.exec(b.text);
    if (!m || !startsWithPlace(m[2]!)) continue;
    const key = normalize(m[1]!);
    const group = byOpening.get(key);
    if (group) group.push(b);
    else byOpening.set(key, [b]);
  }
  for (const group of byOpening.values()) {
    if (group.length >= REPEATED_DATELINE_MIN) for (const b of group) b.opensStory = true;
  }
}
/** As many as `MIN_STORY_OPENINGS` in classify.ts: the shared opening must be able to make a digest on its own. */
const REPEATED_DATELINE_MIN = 3;

/** The longest function word: no word longer than this is looked up in STOPWORDS. */
const MAX_STOPWORD_LENGTH = Math.max(0, ...[...STOPWORDS].map((w) => w.length));

export function describe(index: number, text: string): Block {
  const norm = normalize(text);
  const wordList = wordsOf(norm);
  let arabicWords = 0;
  let latinWords = 0;
  let stop = 0;
  for (const w of wordList) {
    const c = w.charCodeAt(0);
    if (isArabicCode(c)) arabicWords++;
    else if (isLatinCode(c)) latinWords++;
    // Function words are short: a longer word needs no look-up (hashing a fresh slice costs).
    if (w.length <= MAX_STOPWORD_LENGTH && STOPWORDS.has(w)) stop++;
  }
  const { hits, covered } = interfaceMatches(wordList);
  // Read once: both the list-header and the story-opening tests start with it.
  const listHeaderAtStart = phraseAt(listHeaderIndex, wordList, 0) > 0;
  const endMarkerAtStart = phraseAt(endMarkerIndex, wordList, 0);
  return {
    index,
    text,
    norm,
    words: wordList.length,
    arabicWords,
    latinWords,
    stopwordDensity: wordList.length === 0 ? 0 : stop / wordList.length,
    interfaceHits: hits,
    interfaceCoverage: wordList.length === 0 ? 0 : covered / wordList.length,
    endsSentence: endsWithSentenceMark(text),
    sentencePunct: countSentencePunct(text),
    // "اقرأ أيضاً" alone opens a list; "اقرأ أيضاً: <headline>" is one link, also chrome.
    isListHeader: listHeaderAtStart && (wordList.length <= 6 || (wordList.length <= 20 && /^[^:：]{2,25}[:：]/u.test(text))),
    // A short line opening with a marker is the marker ("التعليقات", "جميع الحقوق محفوظة 2018"); a long
    // one only when the marker is a phrase no sentence opens with ("السابق التالي …", "هل أعجبك هذا
    // المقال ? الاسم …", "جميع الحقوق محفوظة لموقع …"): "التعليقات" alone can open a story sentence.
    isEndMarker: endMarkerAtStart > 0 && (wordList.length <= END_MARKER_MAX_WORDS || endMarkerAtStart >= 2),
    opensStory:
      wordList.length > 6 &&
      (mayOpenWithDateline(text) ||
        (listHeaderAtStart && GLUED_FOOTER.test(text)) ||
        (wordList.length > DATED_TEASER_MIN_WORDS && DATED_OPENING.test(text)) ||
        (wordList.length >= STAMPED_TEASER_MIN_WORDS && STAMPED_OPENING.test(text))),
    chronologyEntry: false,
    // A strip always shows some interface phrase (tags, related, copyright, follow us): prose rarely does.
    footerStrip: hits > 0 && wordList.length >= FOOTER_STRIP_PHRASES * 2 && isFooterStrip(norm, wordList),
    key: wordList.join(' '),
    repeats: 1,
  };
}

/**
 * Letters and marks (\p{L}\p{M}) of the Basic Multilingual Plane, as a table: scanning words with it
 * is several times faster than a Unicode regex, and this runs on every line of every article.
 */
const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) if (letter.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** The runs of letters of `text` (what `text.match(/[\p{L}\p{M}]+/gu)` returns, for the BMP). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Astral letters (surrogate pairs) are rare in news text; they end a word here.
    if (WORD_CHAR[c] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** Closing quotes and brackets that may follow the final mark: «…».  "…".  (…). */
const CLOSERS = new Set([0xbb, 0x22, 0x201d, 0x2019, 0x29, 0x5d]);
const FINAL_MARKS = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x2026]);

/** Ends with . ! ? ؟ … possibly followed by closing quotes/brackets and spaces. */
function endsWithSentenceMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || CLOSERS.has(text.charCodeAt(i)))) i--;
  return i >= 0 && FINAL_MARKS.has(text.charCodeAt(i));
}

const SENTENCE_MARKS = ['.', '!', '?', '؟', '…'];

/**
 * Sentence-final marks followed by a space or the end: . ! ? ؟ … Each mark is found with indexOf,
 * which skips the letters between marks natively: this runs on every line of every article.
 */
function countSentencePunct(text: string): number {
  let n = 0;
  for (const mark of SENTENCE_MARKS) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      const next = text.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 0x20) n++;
    }
  }
  return n;
}

/** Greedy longest-match of interface phrases over the word sequence. */
function interfaceMatches(wordList: string[]): { hits: number; covered: number } {
  let hits = 0;
  let covered = 0;
  for (let i = 0; i < wordList.length; ) {
    const matched = phraseAt(interfaceIndex, wordList, i);
    if (matched > 0) {
      hits++;
      covered += matched;
      i += matched;
    } else i++;
  }
  return { hits, covered };
}

function stripPunctuation(norm: string): string {
  return wordsOf(norm).join(' ');
}

function countRepeats(blocks: Block[]): void {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
  for (const b of blocks) b.repeats = counts.get(b.key) ?? 1;
}

export { stripPunctuation };
