/**
 * Sentence splitting for Arabic news text, as stand-off spans into the input.
 *
 * Decisions:
 * - A line break always ends a sentence: article bodies are one paragraph a line, and headlines,
 *   crossheads and captions end without a full stop. It also bounds the damage of an unclosed
 *   quotation to one paragraph.
 * - Sentences end at . ! ? ؟ … (a run such as "..." or "؟!" counts once), never inside a matched
 *   quotation (“…” «…» ‹…› ‘…’ "…") or a URL. A quotation whose last character before the closing
 *   mark is a terminator («لن نتراجع.») ends the sentence after its closing mark, unless a comma
 *   follows («…»، وأضاف …).
 * - ؛ (Arabic semicolon) never ends a sentence inside a line. In news prose it joins clauses of one
 *   statement ("وقال إن …؛ مشيرا إلى أن …") and splitting there would cut the attribution from
 *   its content; at the end of a line the line break ends the sentence anyway.
 * - "." is not an end in decimals (3.5), inside tokens (example.com, U.S), after a single letter
 *   (initials and abbreviations: د. م. أ. ص. هـ. J., also with و written on: وأ.), after a Latin title (Dr. Mr.), or after a
 *   list number at the start of a sentence ("1. "). Between two Arabic letters with no space
 *   ("انتهى.وقال") it is an end: scraped text often loses that space; but not inside a dotted
 *   acronym of short pieces ("(بي.بي.سي)", "أ.ف.ب").
 * - Closing quotes and brackets after a terminator stay with the sentence, also when a scraped dump
 *   put spaces around punctuation ("قال إن " كذا " ." ); a punctuation-only piece left over
 *   (" ." or "…") joins the sentence before it on the same line.
 * Everything is one pass per line plus a sort of the quotation spans, so pathological input (a
 * 200 KB line without punctuation, 10,000 quote marks, unbalanced quotes) stays linear.
 */

import { isMarkOrTatweel } from './chars.js';

export interface SentenceSpan {
  /** The sentence, `input.slice(start, end)`: no leading or trailing whitespace. */
  text: string;
  start: number;
  end: number;
}

/** Closing mark for each asymmetric opening quote. „ and ‟ (low/reversed) may close with “ or ”. */
const QUOTE_PAIRS: ReadonlyMap<number, readonly number[]> = new Map([
  [0x201c, [0x201d]], // “ ”
  [0x00ab, [0x00bb]], // « »
  [0x2039, [0x203a]], // ‹ ›
  [0x2018, [0x2019]], // ‘ ’
  [0x201e, [0x201c, 0x201d]], // „ “ / „ ”
  [0x201f, [0x201d]], // ‟ ”
]);
/** Every mark that can close an asymmetric quotation (“ only when it closes „…“). */
const ANY_CLOSER = new Set([...QUOTE_PAIRS.values()].flat());
/** Marks that after a sentence end are closing quotes (“ is not: after an end it opens). */
const CLOSING_QUOTES = new Set([0x201d, 0x00bb, 0x203a, 0x2019]);
/** Quotes that open and close with the same mark: ASCII ", double prime, fullwidth ". */
const SYMMETRIC_QUOTES = new Set([0x22, 0x2033, 0xff02]);
const CLOSING_BRACKETS = new Set([0x29, 0x5d, 0x7d]);
const OPENING_BRACKETS = new Set([0x28, 0x5b, 0x7b]);
/** How deep to look in the quote stack for an opener matching a closer (keeps it linear). */
const MAX_QUOTE_MATCH_DEPTH = 4;
/** Comma-like marks after a quotation that show the sentence goes on. */
const CONTINUATION_MARKS = new Set([0x2c, 0x060c, 0x3b, 0x061b, 0x3a]);
/** A list number before "." at the start of a sentence has at most this many digits. */
const MAX_LIST_NUMBER_DIGITS = 3;

/** Latin titles and abbreviations written with a dot, lower-cased. */
const LATIN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
  'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'mt', 'ft', 'approx', 'dept', 'univ',
]);

function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x2026;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Whitespace and invisible controls that a span never starts or ends with. */
function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202f) ||
    code === 0x205f ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x061c ||
    code === 0x85
  );
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiAlnum(code: number): boolean {
  return isLatinLetter(code) || (code >= 0x30 && code <= 0x39);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code) || isAsciiAlnum(code) || isDigit(code)) return true;
    if (code > 0x7f && LETTER_OR_DIGIT.test(text[i] as string)) return true;
  }
  return false;
}

/** 1 for the characters protectedRanges must look at (quotes, and h/w that may start a URL). */
const RANGE_START_CANDIDATE = new Uint8Array(0x10000);
for (const code of [0x68, 0x77, ...SYMMETRIC_QUOTES, ...ANY_CLOSER, ...QUOTE_PAIRS.keys()]) RANGE_START_CANDIDATE[code] = 1;

interface ProtectedRanges {
  starts: number[];
  /** Inclusive: the index of the closing mark (quotes) or the last URL character. */
  ends: number[];
  isQuote: boolean[];
}

/** Matched quotations and URLs of one line, merged into disjoint outermost ranges. */
function protectedRanges(text: string, from: number, to: number): ProtectedRanges {
  const found: Array<[number, number, boolean]> = [];
  const openers: number[] = [];
  let symmetricOpen = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (RANGE_START_CANDIDATE[code] === 0) continue;
    if (code === 0x68 || code === 0x77) {
      const end = urlEnd(text, i, to);
      if (end > i) {
        found.push([i, end - 1, false]);
        i = end - 1;
        continue;
      }
    }
    if (SYMMETRIC_QUOTES.has(code)) {
      // "… المستولى عليه " . في السياق": a mark right before a lone sentence end closes a quotation
      // opened earlier (or whose opening mark the scrape lost); opening one there would pair it with
      // the next quotation's mark and join the sentences between.
      if (symmetricOpen < 0 && closesBeforeEnd(text, i + 1, to)) continue;
      if (symmetricOpen < 0) symmetricOpen = i;
      else {
        found.push([symmetricOpen, i, true]);
        symmetricOpen = -1;
      }
      continue;
    }
    // ’ between two Latin letters is an apostrophe (O’Brien), not a closing quote.
    if (code === 0x2019 && i > from && i + 1 < to && isLatinLetter(text.charCodeAt(i - 1)) && isLatinLetter(text.charCodeAt(i + 1))) {
      continue;
    }
    if (ANY_CLOSER.has(code)) {
      let matched = false;
      for (let depth = 1; depth <= MAX_QUOTE_MATCH_DEPTH && depth <= openers.length; depth++) {
        const openAt = openers[openers.length - depth] as number;
        const closers = QUOTE_PAIRS.get(text.charCodeAt(openAt));
        if (closers !== undefined && closers.includes(code)) {
          openers.length -= depth; // openers above it were never closed: forget them
          found.push([openAt, i, true]);
          matched = true;
          break;
        }
      }
      // “ is both the opener of “…” and the closer of „…“.
      if (matched || code !== 0x201c) continue;
    }
    if (QUOTE_PAIRS.has(code)) openers.push(i);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const ranges: ProtectedRanges = { starts: [], ends: [], isQuote: [] };
  for (const [start, end, isQuote] of found) {
    const last = ranges.ends.length - 1;
    if (last >= 0 && start <= (ranges.ends[last] as number)) {
      if (end > (ranges.ends[last] as number)) {
        ranges.ends[last] = end;
        ranges.isQuote[last] = isQuote;
      }
      continue;
    }
    ranges.starts.push(start);
    ranges.ends.push(end);
    ranges.isQuote.push(isQuote);
  }
  return ranges;
}

/** The text from `i` is blanks, then one "." "!" "?" or "؟", then a blank or the line's end. */
function closesBeforeEnd(text: string, i: number, to: number): boolean {
  const at = firstNonBlank(text, i, to);
  if (at >= to) return false;
  const code = text.charCodeAt(at);
  if (code === 0x2026 || !isTerminator(code)) return false;
  return at + 1 >= to || isBlank(text.charCodeAt(at + 1));
}

/** End (exclusive) of a URL starting at `i` ("http://", "https://", "www."), or -1. */
function urlEnd(text: string, i: number, to: number): number {
  if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) return -1;
  const rest = text.slice(i, i + 8).toLowerCase();
  if (!(rest.startsWith('http://') || rest.startsWith('https://') || rest.startsWith('www.'))) return -1;
  let j = i;
  while (j < to && !isBlank(text.charCodeAt(j))) j++;
  // A final dot or bracket belongs to the sentence.
  while (j > i && (isTerminator(text.charCodeAt(j - 1)) || CLOSING_BRACKETS.has(text.charCodeAt(j - 1)))) j--;
  return j;
}

/** True when the "." at `dot` follows a one-letter word (د. م. J.) or a Latin title (Dr.). */
function followsAbbreviation(text: string, dot: number, lineStart: number): boolean {
  let j = dot - 1;
  let marks = 0;
  while (j >= lineStart && isMarkOrTatweel(text.charCodeAt(j)) && marks < 4) {
    j--;
    marks++;
  }
  if (j < lineStart) return false;
  const last = text.charCodeAt(j);
  if (isArabicLetter(last)) {
    if (j === lineStart || !isArabicLetter(text.charCodeAt(j - 1))) return true;
    // "وأ. د." : the conjunction و written onto the abbreviation.
    return text.charCodeAt(j - 1) === 0x0648 && (j - 1 === lineStart || !isArabicLetter(text.charCodeAt(j - 2)));
  }
  if (!isLatinLetter(last)) return false;
  let start = j;
  while (start > lineStart && isLatinLetter(text.charCodeAt(start - 1)) && j - start < 6) start--;
  if (start > lineStart && isAsciiAlnum(text.charCodeAt(start - 1))) return false;
  return j === start || LATIN_ABBREVIATIONS.has(text.slice(start, j + 1).toLowerCase());
}

/** Letters in a dotted acronym's piece ("بي", "ايه", "أ"): longer runs are words. */
const MAX_ACRONYM_PIECE = 3;

/** Length of the run of Arabic letters from `from` (forwards or backwards), counted up to one past a piece's length. */
function letterRun(text: string, from: number, step: 1 | -1, limit: number): number {
  let n = 0;
  for (let i = from; (step > 0 ? i < limit : i >= limit) && n <= MAX_ACRONYM_PIECE; i += step) {
    if (!isArabicLetter(text.charCodeAt(i))) break;
    n++;
  }
  return n;
}

/**
 * True when the "." at `dot` joins pieces of a dotted acronym ("بي.بي.سي", "ايه.تي.في", "أ.ف.ب"):
 * three or more pieces of at most three letters. A glued sentence end ("انتهى.وقال") has a word on
 * at least one side, and only one dot.
 */
function insideDottedAcronym(text: string, dot: number, lineStart: number, lineEnd: number): boolean {
  const piece = (n: number): boolean => n >= 1 && n <= MAX_ACRONYM_PIECE;
  const left = letterRun(text, dot - 1, -1, lineStart);
  const right = letterRun(text, dot + 1, 1, lineEnd);
  if (!piece(left) || !piece(right)) return false;
  const dotBefore = dot - left - 1;
  const dotAfter = dot + right + 1;
  const chainBefore = dotBefore > lineStart && text.charCodeAt(dotBefore) === 0x2e && piece(letterRun(text, dotBefore - 1, -1, lineStart));
  const chainAfter = dotAfter < lineEnd && text.charCodeAt(dotAfter) === 0x2e && piece(letterRun(text, dotAfter + 1, 1, lineEnd));
  return chainBefore || chainAfter;
}

/** True when text[from, dot) is just a short list number ("1" in "1. البند الأول"). */
function isListNumber(text: string, from: number, dot: number): boolean {
  if (dot - from < 1 || dot - from > MAX_LIST_NUMBER_DIGITS) return false;
  for (let i = from; i < dot; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function firstNonBlank(text: string, from: number, to: number): number {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  return from;
}

/**
 * Where the sentence ends after a terminator run or quotation that ends at `after` (exclusive):
 * unmatched closing quotes and brackets that follow, even across spaces, are taken along.
 */
function takeClosers(text: string, after: number, to: number, quoteStarts: ReadonlySet<number>): number {
  let end = after;
  let j = after;
  while (j < to) {
    j = firstNonBlank(text, j, to);
    if (j >= to) break;
    const code = text.charCodeAt(j);
    if (quoteStarts.has(j)) break; // the next quotation opens here
    const closes =
      CLOSING_QUOTES.has(code) ||
      CLOSING_BRACKETS.has(code) ||
      (SYMMETRIC_QUOTES.has(code) && (j + 1 >= to || isBlank(text.charCodeAt(j + 1))));
    if (!closes) break;
    j++;
    end = j;
  }
  return end;
}

function splitLine(text: string, from: number, to: number, out: SentenceSpan[]): void {
  const ranges = protectedRanges(text, from, to);
  const quoteStarts = new Set<number>();
  for (let r = 0; r < ranges.starts.length; r++) if (ranges.isQuote[r]) quoteStarts.add(ranges.starts[r] as number);
  const lineFirstSentence = out.length;
  let sentenceStart = from;
  let r = 0;

  const push = (end: number): void => {
    let start = firstNonBlank(text, sentenceStart, end);
    let stop = end;
    while (stop > start && isBlank(text.charCodeAt(stop - 1))) stop--;
    sentenceStart = end;
    if (stop <= start) return;
    const previous = out.length > lineFirstSentence ? out[out.length - 1] : undefined;
    if (previous !== undefined && !hasLetterOrDigit(text, start, stop)) {
      // A stray " ." or "»" left by spaced punctuation belongs to the sentence before.
      start = previous.start;
      out.pop();
    }
    out.push({ text: text.slice(start, stop), start, end: stop });
  };

  let i = from;
  while (i < to) {
    while (r < ranges.starts.length && (ranges.starts[r] as number) < i) r++;
    if (r < ranges.starts.length && i === ranges.starts[r]) {
      const close = ranges.ends[r] as number;
      const isQuote = ranges.isQuote[r] as boolean;
      r++;
      i = close + 1;
      if (!isQuote) continue;
      // «… انتهى.» ends the sentence after the closing mark, unless a comma shows it goes on.
      let last = close - 1;
      while (last > ranges.starts[r - 1]! && isBlank(text.charCodeAt(last))) last--;
      if (last > ranges.starts[r - 1]! && isTerminator(text.charCodeAt(last))) {
        const end = takeClosers(text, i, to, quoteStarts);
        const next = firstNonBlank(text, end, to);
        if (next < to && CONTINUATION_MARKS.has(text.charCodeAt(next))) continue;
        push(end);
        i = end;
      }
      continue;
    }
    const code = text.charCodeAt(i);
    if (!isTerminator(code)) {
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < to && isTerminator(text.charCodeAt(runEnd))) runEnd++;
    if (isBoundary(text, i, runEnd, from, to, sentenceStart)) {
      const end = takeClosers(text, runEnd, to, quoteStarts);
      push(end);
      i = end;
    } else {
      i = runEnd;
    }
  }
  push(to);
}

/** Does the terminator run text[start, end) end a sentence? */
function isBoundary(text: string, start: number, end: number, lineStart: number, lineEnd: number, sentenceStart: number): boolean {
  const before = start > lineStart ? text.charCodeAt(start - 1) : 0x20;
  const after = end < lineEnd ? text.charCodeAt(end) : 0x20;
  // "(...)" and "(!)" are asides, not ends.
  if (OPENING_BRACKETS.has(before) && (CLOSING_BRACKETS.has(after) || end === lineEnd)) return false;
  const followedByBreak = isBlank(after) || CLOSING_QUOTES.has(after) || SYMMETRIC_QUOTES.has(after) || CLOSING_BRACKETS.has(after);
  const single = end - start === 1 && text.charCodeAt(start) === 0x2e;
  if (!single) {
    // ! ? ؟ … and "...": an end unless glued to Latin letters or digits (URL query leftovers, "3...5").
    return followedByBreak || !isAsciiAlnum(after);
  }
  if (isDigit(before) && isDigit(after)) return false; // 3.5
  if (!followedByBreak && !(isArabicLetter(before) && isArabicLetter(after))) return false; // example.com
  if (!followedByBreak && insideDottedAcronym(text, start, lineStart, lineEnd)) return false; // بي.بي.سي
  if (followsAbbreviation(text, start, lineStart)) return false;
  if (isListNumber(text, firstNonBlank(text, sentenceStart, start), start)) return false;
  return true;
}

/** Split `text` into sentences, in order, as trimmed spans of the input. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (isLineBreak(text.charCodeAt(i))) {
      if (i > lineStart) splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  if (text.length > lineStart) splitLine(text, lineStart, text.length, out);
  return out;
}
