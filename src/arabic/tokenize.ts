/**
 * Tokenizer for Arabic (and mixed Latin) news text: one left-to-right scan that emits stand-off
 * spans (start, end, kind) into the input. Character classes are looked up in a table filled on
 * first use, so the hot loop does no regex work for text it has seen before.
 *
 * What becomes one token:
 * - word: letters and combining marks (\p{L}\p{M}); Latin words also keep digits (G20, MP3) and an
 *   inner apostrophe (don't, O’Brien); ZWJ/ZWNJ between letters stay inside the word; hashtags and
 *   @mentions (#اليمن_ينتصر) are words with their sign.
 * - number: digits in any script with inner . , ٫ ٬ between digits (1,000.5, ١٬٠٠٠, 3.5).
 * - quote: every quotation mark, one token each.
 * - punct: punctuation; runs of sentence-final marks (..., ؟!, !!) stay together.
 * - symbol: anything else visible (%, emoji), and URLs and e-mail addresses, kept whole.
 * Whitespace and invisible format characters separate tokens and are never tokens.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Character classes.
const UNKNOWN = 0;
const SPACE = 1;
/** Invisible format characters (Cf): bidi marks, ZWJ/ZWNJ, soft hyphen, BOM. */
const FORMAT = 2;
const LETTER = 3;
const MARK = 4;
const DIGIT = 5;
const QUOTE = 6;
const PUNCT = 7;
const SYMBOL = 8;

/** Quotation marks of every style; ASCII ' is one too, except inside a Latin word. */
const QUOTE_CHARS = new Set('"\'«»“”„‟‘’‚‛‹›″′〝〞＂'.split('').map((c) => c.charCodeAt(0)));
/** Marks that end sentences; a run of them is one token ("...", "؟!"). */
const FINAL_PUNCT = new Set('.!?؟…'.split('').map((c) => c.charCodeAt(0)));
/** Separators allowed between two digits inside a number. */
const NUMBER_INNER = new Set('.,٫٬'.split('').map((c) => c.charCodeAt(0)));

const CLASS_TABLE = new Uint8Array(0x10000);

function classifyCodePoint(code: number): number {
  if (QUOTE_CHARS.has(code)) return QUOTE;
  const ch = String.fromCodePoint(code);
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{Cf}/u.test(ch)) return FORMAT;
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{M}/u.test(ch)) return MARK;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  if (/\p{P}/u.test(ch)) return PUNCT;
  if (/\p{Cc}/u.test(ch)) return SPACE; // other control characters act as separators
  return SYMBOL;
}

/** Class of the code point starting at `i` (a lone surrogate is a symbol). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i) as number;
    return point > 0xffff ? classifyCodePoint(point) : SYMBOL;
  }
  let k = CLASS_TABLE[code] as number;
  if (k === UNKNOWN) {
    k = code >= 0xdc00 && code <= 0xdfff ? SYMBOL : classifyCodePoint(code);
    CLASS_TABLE[code] = k;
  }
  return k;
}

/** Width in code units of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** True when the character at `i` is a letter, mark or digit (false outside the text). */
function isWordChar(text: string, i: number): boolean {
  if (i < 0) return false;
  const k = classAt(text, i);
  return k === LETTER || k === MARK || k === DIGIT;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

function isArabicBlock(code: number): boolean {
  return (code >= 0x0600 && code <= 0x08ff) || (code >= 0xfb50 && code <= 0xfeff);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Characters of the local part of an e-mail address. */
function isEmailLocal(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
}

function isDomainChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x2e || code === 0x2d;
}

/** Characters that end a URL even without a space: quotes, angle brackets, Arabic punctuation. */
const URL_STOP = new Set('"<>«»“”‘’،؛'.split('').map((c) => c.charCodeAt(0)));
/** Trailing characters that belong to the sentence, not the URL. */
const URL_TRAILING = new Set('.,;:!?؟)]}\''.split('').map((c) => c.charCodeAt(0)));

function startsWithAsciiCaseless(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** End of a URL starting at `i`, or -1. */
function urlEnd(text: string, i: number): number {
  let bodyStart: number;
  if (startsWithAsciiCaseless(text, i, 'https://')) bodyStart = i + 8;
  else if (startsWithAsciiCaseless(text, i, 'http://')) bodyStart = i + 7;
  else if (startsWithAsciiCaseless(text, i, 'www.')) bodyStart = i + 4;
  else return -1;
  let j = bodyStart;
  let parens = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const k = classAt(text, j);
    if (k === SPACE || URL_STOP.has(c)) break;
    if (c === 0x28) parens++;
    else if (c === 0x29) parens--;
    j += widthAt(text, j);
  }
  // Trailing punctuation ends the sentence, not the URL; a ")" stays only if it closes a "(".
  while (j > bodyStart) {
    const c = text.charCodeAt(j - 1);
    if (c === 0x29 && parens >= 0) break;
    if (!URL_TRAILING.has(c)) break;
    if (c === 0x29) parens++;
    j--;
  }
  return j > bodyStart ? j : -1;
}

/** End of an e-mail address whose "@" is at `at` (the local part is before it), or -1. */
function emailEnd(text: string, at: number): number {
  let j = at + 1;
  while (j < text.length && isDomainChar(text.charCodeAt(j))) j++;
  // A final dot or hyphen belongs to the sentence ("… info@example.org.").
  while (j > at + 1 && (text.charCodeAt(j - 1) === 0x2e || text.charCodeAt(j - 1) === 0x2d)) j--;
  let lastDot = -1;
  for (let k = j - 1; k > at + 1; k--) {
    if (text.charCodeAt(k) === 0x2e) {
      lastDot = k;
      break;
    }
  }
  if (lastDot < 0 || j - lastDot - 1 < 2) return -1;
  for (let k = lastDot + 1; k < j; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return -1;
  }
  return j;
}

export type TokenSink = (start: number, end: number, kind: TokenKind) => void;

/**
 * The scanner behind `tokenize`: calls `sink` for every token in order. Exposed for callers that
 * want spans without allocating Token objects (searchTokens).
 */
export function scanTokens(text: string, sink: TokenSink): void {
  const n = text.length;
  /** Positions before this have been scanned as an e-mail local part that was not followed by "@". */
  let noEmailBefore = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const k = classAt(text, i);
    if (k === SPACE || k === FORMAT) {
      i++;
      continue;
    }
    const previous = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const atBoundary = !isAsciiAlnum(previous);

    // URLs: http://, https://, www. at a word boundary.
    if ((code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57) && atBoundary) {
      const end = urlEnd(text, i);
      if (end > 0) {
        sink(i, end, 'symbol');
        i = end;
        continue;
      }
    }
    // E-mail addresses. Each local-part run is scanned once, so "a.a.a.a…" stays linear.
    if (isAsciiAlnum(code) && i >= noEmailBefore && atBoundary) {
      let j = i;
      while (j < n && isEmailLocal(text.charCodeAt(j))) j++;
      noEmailBefore = j;
      if (j < n && text.charCodeAt(j) === 0x40) {
        const end = emailEnd(text, j);
        if (end > 0) {
          sink(i, end, 'symbol');
          i = end;
          noEmailBefore = end;
          continue;
        }
      }
    }
    // Hashtags and mentions.
    if ((code === 0x23 || code === 0x40) && i + 1 < n && !isWordChar(text, i - 1)) {
      const nextClass = classAt(text, i + 1);
      if (nextClass === LETTER || nextClass === DIGIT || text.charCodeAt(i + 1) === 0x5f) {
        let j = i + 1;
        while (j < n) {
          const kj = classAt(text, j);
          if (kj === LETTER || kj === MARK || kj === DIGIT || text.charCodeAt(j) === 0x5f) j += widthAt(text, j);
          else break;
        }
        sink(i, j, 'word');
        i = j;
        continue;
      }
    }
    if (k === LETTER || k === MARK) {
      i = scanWord(text, i, sink);
      continue;
    }
    if (k === DIGIT) {
      let j = i + 1;
      while (j < n) {
        const kj = classAt(text, j);
        if (kj === DIGIT) j++;
        else if (NUMBER_INNER.has(text.charCodeAt(j)) && j + 1 < n && classAt(text, j + 1) === DIGIT) j += 2;
        else break;
      }
      sink(i, j, 'number');
      i = j;
      continue;
    }
    if (k === QUOTE) {
      sink(i, i + 1, 'quote');
      i++;
      continue;
    }
    if (k === PUNCT) {
      let j = i + 1;
      if (FINAL_PUNCT.has(code)) while (j < n && FINAL_PUNCT.has(text.charCodeAt(j))) j++;
      else while (j < n && text.charCodeAt(j) === code && (code === 0x2d || code === 0x5f)) j++; // --- and ___
      sink(i, j, 'punct');
      i = j;
      continue;
    }
    const width = widthAt(text, i);
    sink(i, i + width, 'symbol');
    i += width;
  }
}

/** Scan one word starting at `start`; returns its end. */
function scanWord(text: string, start: number, sink: TokenSink): number {
  const n = text.length;
  let j = start;
  let lastLetter = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = classAt(text, j);
    if (k === LETTER || k === MARK) {
      if (k === LETTER) lastLetter = c;
      j += widthAt(text, j);
      continue;
    }
    // Digits continue a Latin word (G20, MP3) but not an Arabic one (ب5 is "with 5").
    if (k === DIGIT && lastLetter !== 0 && !isArabicBlock(lastLetter)) {
      j++;
      continue;
    }
    // ZWJ/ZWNJ between two letters are part of the word.
    if ((c === 0x200c || c === 0x200d) && j + 1 < n) {
      const kn = classAt(text, j + 1);
      if (kn === LETTER || kn === MARK) {
        j++;
        continue;
      }
    }
    // An apostrophe between two Latin letters: don't, O’Brien.
    if ((c === 0x27 || c === 0x2019) && isLatinLetter(lastLetter) && j + 1 < n && isLatinLetter(text.charCodeAt(j + 1))) {
      j++;
      continue;
    }
    break;
  }
  sink(start, j, 'word');
  return j;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, kind) => {
    tokens.push({ text: text.slice(start, end), start, end, kind });
  });
  return tokens;
}

/** The text of the word tokens, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (start, end, kind) => {
    if (kind === 'word') out.push(text.slice(start, end));
  });
  return out;
}
