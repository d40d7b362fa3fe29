/**
 * Words a scraper cut at their shadda. The scrapers that replaced a tanween by a space (see
 * ./cut-words.ts) replaced a shadda too, so "أكّد" became "أك د", "يؤكّد" "يؤك د" and "حذّرت"
 * "حذ رت": the word is cut right after its doubled letter. Unlike a lone final ا, such a piece
 * may as well be a word of its own or the start of the next one ("لا ي مكننا"), so only words
 * the caller lists are rejoined: two pieces are one word when together, without their و/ف
 * proclitic, they spell a listed word, and the cut falls right after that word's doubled letter.
 */

import { isInlineGap } from './chars.js';

/** Where a listed word's shadda stands: the doubled letter and the letter after it. */
export interface DoubledLetter {
  doubled: string;
  next: string;
}

const HAMZA_SEATS = /[أإآ]/gu;

/** Hamza seats folded away, as scraped text often drops them ("اكد" for "أكد"). */
export function foldHamzaSeats(word: string): string {
  return word.replace(HAMZA_SEATS, 'ا');
}

/** Arabic letters, for a scan by character code. */
const FIRST_LETTER = 0x0621;
const LAST_LETTER = 0x064a;
/** Word characters a piece must not touch: letters of any script, marks, digits. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** The longest pieces looked at: a proclitic, a prefix and a stem before the cut; a suffix after it. */
const MAX_FIRST = 7;
const MAX_SECOND = 4;

function isLetter(c: number): boolean {
  return c >= FIRST_LETTER && c <= LAST_LETTER;
}


/** The (doubled letter, next letter) pairs of the listed words, as `doubled << 16 | next` codes. */
function cutPairs(words: ReadonlyMap<string, DoubledLetter>): ReadonlySet<number> {
  const pairs = new Set<number>();
  for (const { doubled, next } of words.values()) pairs.add((doubled.charCodeAt(0) << 16) | next.charCodeAt(0));
  return pairs;
}

const pairsOf = new WeakMap<ReadonlyMap<string, DoubledLetter>, ReadonlySet<number>>();

/** Where the piece of letters ending at `end` (exclusive) starts, or -1 when it is too long or glued to another word character. */
function firstPieceStart(text: string, end: number): number {
  let a = end;
  while (a > 0 && end - a < MAX_FIRST && isLetter(text.charCodeAt(a - 1))) a--;
  return a > 0 && WORD_CHAR.test(text[a - 1]!) ? -1 : a;
}

/** Where the piece of letters starting at `start` ends, or -1 when it is too long or glued to another word character. */
function secondPieceEnd(text: string, start: number): number {
  let b = start;
  while (b < text.length && b - start < MAX_SECOND && isLetter(text.charCodeAt(b))) b++;
  if (b >= text.length) return b;
  const c = text.charCodeAt(b);
  // The common cases first: a space or punctuation ends the piece, a letter glues it to more.
  if (c === 0x20 || c === 0x0a) return b;
  return isLetter(c) || WORD_CHAR.test(text[b]!) ? -1 : b;
}

/**
 * The text with every listed word that was cut at its shadda rejoined. `words` is keyed by
 * `foldHamzaSeats` of each form, without proclitics. Linear time: one pass over the characters,
 * and at each gap between a doubled letter and the letter a listed word puts after it, a look at
 * most seven letters back and four ahead.
 */
export function rejoinDoubledCuts(text: string, words: ReadonlyMap<string, DoubledLetter>): string {
  let pairs = pairsOf.get(words);
  if (!pairs) pairsOf.set(words, (pairs = cutPairs(words)));
  let out = '';
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (!isInlineGap(text.charCodeAt(i)) || isInlineGap(text.charCodeAt(i - 1))) continue;
    const before = text.charCodeAt(i - 1);
    if (!isLetter(before)) continue;
    let k = i + 1;
    while (k < text.length && isInlineGap(text.charCodeAt(k))) k++;
    if (k >= text.length || !pairs.has((before << 16) | text.charCodeAt(k))) continue;
    const b = secondPieceEnd(text, k);
    if (b < 0) continue;
    const a = firstPieceStart(text, i);
    if (a < 0 || i - a < 2) continue;
    const joined = foldHamzaSeats(text.slice(a, i) + text.slice(k, b));
    const where = words.get(joined) ?? (joined[0] === 'و' || joined[0] === 'ف' ? words.get(joined.slice(1)) : undefined);
    if (!where || where.doubled.charCodeAt(0) !== before || where.next.charCodeAt(0) !== text.charCodeAt(k)) continue;
    out += text.slice(from, i);
    from = k;
  }
  return from === 0 ? text : out + text.slice(from);
}
