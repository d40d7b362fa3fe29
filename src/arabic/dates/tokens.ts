/**
 * Tokenizer for date matching: runs of digits, runs of letters (with their marks), and single
 * punctuation characters, each with its offsets. Splitting digits from letters lets "1442ه" and
 * "1442 هـ" look alike, and keeping punctuation as tokens lets scraped dumps with spaces around
 * separators ("27 ديسمبر , 2017 01 : 13 م") be read like clean text.
 * Input is expected with digits already folded to ASCII (one char for one char, so offsets hold).
 */
import { foldWord } from './fold.js';

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token as written (digits folded to ASCII). */
  raw: string;
  /** Folded word, digit string, or canonical punctuation ("-" for every dash, "/" for ؍). */
  norm: string;
  /** Numeric value of a `num` token (NaN otherwise). */
  value: number;
  /** Whether whitespace separates this token from the previous one. */
  gapBefore: boolean;
}

// Format characters (RLM, ZWNJ…) are skipped like spaces: scraped pages sprinkle them between words.
const TOKEN = /(\d+)|([\p{L}\p{M}]+)|([^\s\p{Cf}\p{L}\p{M}\d])/gu;

const PUNCT_CANON: Readonly<Record<string, string>> = {
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-', '_': '-',
  '؍': '/', '\\': '/', '٫': '.', '،': ',', '٬': ',', '（': '(', '）': ')',
};

function makeToken(kind: TokenKind, start: number, raw: string, gapBefore: boolean): Token {
  const end = start + raw.length;
  // Very long digit runs are ids or phone numbers; their value is never a date part.
  if (kind === 'num') return { kind, start, end, raw, norm: raw, value: raw.length > 6 ? NaN : Number(raw), gapBefore };
  if (kind === 'word') return { kind, start, end, raw, norm: foldWord(raw), value: NaN, gapBefore };
  return { kind, start, end, raw, norm: PUNCT_CANON[raw] ?? raw, value: NaN, gapBefore };
}

/** What a BMP character is to the tokenizer (the classes of TOKEN), as a table: this runs on every line of every page. */
const SKIP = 0;
const DIGIT = 1;
const LETTER = 2;
const PUNCT = 3;
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const skipped = /[\s\p{Cf}]/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    table[c] = c >= 0x30 && c <= 0x39 ? DIGIT : letter.test(ch) ? LETTER : skipped.test(ch) ? SKIP : PUNCT;
  }
  return table;
})();

/**
 * Tokens of `text` as TOKEN would match them. Surrogate pairs (astral characters, rare in news)
 * send the whole text through the regex, which reads them as one code point.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const push = (kind: TokenKind, start: number, end: number): void => {
    tokens.push(makeToken(kind, start, text.slice(start, end), start !== previousEnd));
    previousEnd = end;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return tokenizeByRegex(text);
    const kind = CHAR_CLASS[code]!;
    if (kind === SKIP) {
      i++;
      continue;
    }
    let j = i + 1;
    if (kind === PUNCT) {
      push('punct', i, j);
    } else {
      while (j < n && CHAR_CLASS[text.charCodeAt(j)] === kind) {
        const next = text.charCodeAt(j);
        if (next >= 0xd800 && next <= 0xdfff) return tokenizeByRegex(text);
        j++;
      }
      push(kind === DIGIT ? 'num' : 'word', i, j);
    }
    i = j;
  }
  return tokens;
}

/** The reference tokenizer: the TOKEN regex, code point by code point. */
export function tokenizeByRegex(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push(makeToken(m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct', start, m[0], start !== previousEnd));
    previousEnd = start + m[0].length;
  }
  return tokens;
}

export function isWord(token: Token | undefined, ...folded: string[]): boolean {
  return token !== undefined && token.kind === 'word' && folded.includes(token.norm);
}

export function isPunct(token: Token | undefined, ...chars: string[]): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.norm);
}

export function isNum(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'num';
}
