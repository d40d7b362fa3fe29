/**
 * A light stemmer in the light10 family (Larkey, Ballesteros & Connell): strip proclitics, then a
 * fixed list of suffixes, each only when enough of the word is left. It does not find
 * roots; it makes the forms a reader is likely to type (حكومة) meet the forms a writer used
 * (والحكومة, بالحكومة, للحكومة). Stems are index keys, not words to show.
 *
 * Everything here works on SEARCH_RULES-normalized text, so the lists are written normalized:
 * ة is ه, ية is يه, ى is ي.
 */

import { normalize } from './normalize.js';
import { scanTokens, type TokenSink } from './tokenize.js';
import { STOPWORDS } from './lexicons/stopwords.js';

/** Words this short (in letters, after normalization) are returned as they are. */
const MAX_INTACT_LENGTH = 3;

/**
 * Least number of letters a strip may leave. Three, not light10's two: with two, الله → له,
 * بيان → بي and سكان → سك, while the only forms lost are 2-letter nouns with an article (الدم
 * stays الدم, not دم), which are rare in news and still match themselves.
 */
const MIN_STEM_LENGTH = 3;

/**
 * Proclitics, longest first so that وال wins over و: the article and its combinations with و ب ك ف,
 * لل (ل + ال with the alef elided), and و "and", the most frequent proclitic in news prose.
 */
const PROCLITICS: readonly string[] = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];

/** ف ب ل ك alone ("so", "with", "for", "like" before an indefinite word: فقال, بحكومة, لحكومة). */
const SINGLE_LETTER_PROCLITICS: readonly string[] = ['ف', 'ب', 'ل', 'ك'];

/**
 * ف ب ل ك alone are stripped only when at least this many letters remain, so 4-letter words that
 * merely begin with them (كتاب, بلاد, فريق) keep their first letter.
 */
const SINGLE_LETTER_MIN_STEM = 4;

/**
 * Proclitics are stripped repeatedly (وبالحكومة, ولبنان), not once as in light10. The point is
 * that a word and the same word behind any proclitic reach the same stem: once the clitics are
 * gone the remaining steps only look at what is left. The cost is that a word whose first letters
 * look like clitics loses them everywhere (وزير → زير, بيروت → يروت), which is harmless for search
 * because it happens to every form of the word alike. Measured on three days of SaudiNewsNet
 * (frequent words W against و/ال/وال/ب/بال/ل/لل/ف/ك/فال + W, weighted by frequency): one light10
 * strip gave the same stem 85% of the time, this 99.7%. Words where the clitic letters are root
 * letters can now collide (بطاقة and الطاقة both → طاق); that is the known price.
 */
const MAX_PROCLITIC_ROUNDS = 3;

/**
 * Suffixes in the order light10 tries them; each is removed at most once, when found at the end
 * of what is left and at least MIN_STEM_LENGTH letters remain. Normalized: ية is يه and ة is ه.
 * ها (her/its), ان (dual), ات (feminine plural), ون ين (masculine plural / dual oblique),
 * يه (nisba feminine), ه (ة or "his"), ي (nisba or "my").
 */
const SUFFIXES: readonly string[] = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

const toCodes = (list: readonly string[]): number[][] => list.map((item) => [...item].map((ch) => ch.charCodeAt(0)));
// The same lists as char codes: the stemmer runs on every word of every article, so it compares
// code units in place and slices once, instead of building a string per attempted strip.
const PROCLITIC_CODES = toCodes(PROCLITICS);
const SINGLE_LETTER_CODES = toCodes(SINGLE_LETTER_PROCLITICS).map((codes) => codes[0] as number);
const SUFFIX_CODES = toCodes(SUFFIXES);

function hasPrefixAt(text: string, start: number, codes: readonly number[]): boolean {
  for (let k = 0; k < codes.length; k++) if (text.charCodeAt(start + k) !== codes[k]) return false;
  return true;
}

function hasSuffixAt(text: string, end: number, codes: readonly number[]): boolean {
  const from = end - codes.length;
  for (let k = 0; k < codes.length; k++) if (text.charCodeAt(from + k) !== codes[k]) return false;
  return true;
}

/** Start of the stem of text[start, end) once proclitics are stripped (see MAX_PROCLITIC_ROUNDS). */
function afterProclitics(text: string, start: number, end: number): number {
  for (let round = 0; round < MAX_PROCLITIC_ROUNDS; round++) {
    const next = afterOneProclitic(text, start, end);
    if (next === start) break;
    start = next;
  }
  return start;
}

function afterOneProclitic(text: string, start: number, end: number): number {
  for (const codes of PROCLITIC_CODES) {
    if (end - start - codes.length >= MIN_STEM_LENGTH && hasPrefixAt(text, start, codes)) return start + codes.length;
  }
  if (end - start - 1 >= SINGLE_LETTER_MIN_STEM) {
    const first = text.charCodeAt(start);
    for (const code of SINGLE_LETTER_CODES) if (first === code) return start + 1;
  }
  return start;
}

/**
 * Where the stem of text[start, end) (one SEARCH_RULES-normalized word) starts and ends, written to
 * `out` ([start, end]): for callers that compare stems in place without building a string per word.
 */
export function stemBounds(text: string, start: number, end: number, out: number[]): void {
  if (end - start > MAX_INTACT_LENGTH) {
    start = afterProclitics(text, start, end);
    for (const codes of SUFFIX_CODES) {
      if (end - start - codes.length >= MIN_STEM_LENGTH && hasSuffixAt(text, end, codes)) end -= codes.length;
    }
  }
  out[0] = start;
  out[1] = end;
}

const bounds = [0, 0];

/** Stem of text[start, end), one SEARCH_RULES-normalized word. */
function stemRange(text: string, start: number, end: number): string {
  stemBounds(text, start, end, bounds);
  return text.slice(bounds[0], bounds[1]);
}

/** Stem one word that is already SEARCH_RULES-normalized (what searchTokens does per word). */
export function stemNormalized(word: string): string {
  return stemRange(word, 0, word.length);
}

/** Light stem of one word; normalizes it with SEARCH_RULES first. */
export function lightStem(word: string): string {
  return stemNormalized(normalize(word));
}

/** Longest stopword, to skip the set lookup (and the slice it needs) for longer words. */
const MAX_STOPWORD_LENGTH = Math.max(...[...STOPWORDS].map((word) => word.length));

/** A stopword, or a stopword behind و or ف (وهو, فقد, وفي): dropped from search. */
function isStopword(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > MAX_STOPWORD_LENGTH + 1) return false;
  if (length <= MAX_STOPWORD_LENGTH && STOPWORDS.has(text.slice(start, end))) return true;
  const first = text.charCodeAt(start);
  return length > 2 && (first === 0x0648 || first === 0x0641) && STOPWORDS.has(text.slice(start + 1, end));
}

/** True when text[start, end) has a character that lower-casing could change (Arabic has no case). */
function mayHaveUpperCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) < 0x0600) return true;
  return false;
}

/**
 * Index keys for a text: SEARCH_RULES normalization, tokenization, then word tokens (lower-cased,
 * stopwords dropped, stemmed; a hashtag gives the words between its underscores) and number tokens
 * (thousands separators dropped). URLs, e-mails, punctuation and symbols give no keys.
 */
export function searchTokens(text: string): string[] {
  return searchTokensOfNormalized(normalize(text));
}

/**
 * searchTokens over text already normalized with the search rules. `onToken` sees every token of
 * the scan first, so that a caller needing other keys from the same text (the MinHash shingles of
 * src/store/keys.ts) normalizes and scans it once.
 */
export function searchTokensOfNormalized(normalized: string, onToken?: TokenSink): string[] {
  const out: string[] = [];
  const addWord = (source: string, start: number, end: number): void => {
    if (end <= start || isStopword(source, start, end)) return;
    out.push(stemRange(source, start, end));
  };
  scanTokens(normalized, (start, end, kind) => {
    onToken?.(start, end, kind);
    if (kind === 'word') {
      let source = normalized;
      if (mayHaveUpperCase(normalized, start, end)) {
        source = normalized.slice(start, end).toLowerCase();
        end = source.length;
        start = 0;
      }
      const first = source.charCodeAt(start);
      if (first === 0x23 || first === 0x40) {
        // #اليمن_ينتصر → اليمن, ينتصر: a hashtag is searched by its words.
        let partStart = start + 1;
        for (let i = partStart; i <= end; i++) {
          if (i === end || source.charCodeAt(i) === 0x5f) {
            addWord(source, partStart, i);
            partStart = i + 1;
          }
        }
      } else {
        addWord(source, start, end);
      }
    } else if (kind === 'number') {
      // 1,500 and 1500 are the same number to a reader; the decimal point stays.
      const number = normalized.slice(start, end);
      out.push(number.includes(',') ? number.replace(/,/gu, '') : number);
    }
  });
  return out;
}
