/**
 * A cheap first look at a sentence: can it hold a cue at all?
 *
 * Most sentences of a news article report nothing. Tokenizing them and folding every word costs
 * more than the rest of the statement parser together, so each sentence is first normalized in one
 * table pass and its letter runs are looked up in one Set of folded cue words. Only sentences with
 * a candidate go on to the tokenizer. The check is a superset of what `findCueHits` accepts: every
 * verb form (with and without و/ف) and, for each nominal cue, its rarest word (the longest one:
 * "تصريح" of "في تصريح", "لسان" of "على لسان"), since its first word is often as common as "في".
 */
import { normalize } from '../../arabic/index.js';
import { LEXICON } from './lexicon.js';

function buildKeys(): ReadonlySet<string> {
  const keys = new Set<string>(LEXICON.verbForms.keys());
  for (const list of LEXICON.nominalByFirst.values()) {
    for (const cue of list) {
      let key = cue.folded[0]!;
      for (const w of cue.folded) if (w.length >= key.length) key = w;
      keys.add(key);
    }
  }
  return keys;
}

/** Folded words of which at least one (bare or after و/ف) must occur in a sentence with a cue. */
export const CUE_KEYS: ReadonlySet<string> = buildKeys();

/**
 * What normalize() does to each code unit of the Arabic block, read from normalize() itself so the
 * two agree character by character: FOLD_DROP (harakat, tatweel), a folded letter's code, or
 * FOLD_BREAK for anything that is not part of a word (digits, punctuation). normalize()'s one
 * context rule (a seat dropped before a word-final hamza: الطوارىء → الطوارء) is not seen here; no
 * cue key ends in a hamza, so the prefilter cannot miss a cue through it.
 */
const FOLD_BREAK = -1;
const FOLD_DROP = 0;
const BLOCK_START = 0x0600;
const BLOCK_END = 0x0700;
const FOLD_TABLE: Int32Array = (() => {
  const table = new Int32Array(BLOCK_END - BLOCK_START).fill(FOLD_BREAK);
  for (let c = BLOCK_START; c < BLOCK_END; c++) {
    const folded = normalize(String.fromCharCode(c));
    if (folded === '') table[c - BLOCK_START] = FOLD_DROP;
    else if (folded.length === 1 && isFoldedLetter(folded.charCodeAt(0))) table[c - BLOCK_START] = folded.charCodeAt(0);
  }
  return table;
})();

/** The folded letters as one-character strings, made once (two-byte characters are not interned). */
const LETTER_STRINGS: readonly string[] = Array.from({ length: BLOCK_END - BLOCK_START }, (_, k) => String.fromCharCode(BLOCK_START + k));

/** Letters that survive normalize(): hamza and alef…ghain, faa…yaa (no harakat, no tatweel). */
function isFoldedLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a);
}

/** Marks normalize() deletes inside words outside the Arabic block: joiners, extended harakat. */
function isDroppedOutsideBlock(code: number): boolean {
  return code === 0x200c || code === 0x200d || (code >= 0x08d3 && code <= 0x08ff);
}

/** Presentation forms and other rare code units: the run is handed to normalize() whole. */
function needsFullNormalize(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

function isKey(word: string): boolean {
  if (CUE_KEYS.has(word)) return true;
  const c = word.charCodeAt(0);
  // و / ف proclitic, as findCueHits strips it.
  return word.length > 2 && (c === 0x0648 || c === 0x0641) && CUE_KEYS.has(word.slice(1));
}

/** No cue word (with its proclitic) is longer than this many folded letters. */
export const MAX_CUE_WORD = 12;

/** True when some word of the already normalized `folded` text is a cue word. */
export function hasCueWord(folded: string): boolean {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isFoldedLetter(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isFoldedLetter(folded.charCodeAt(i))) i++;
    const len = i - start;
    if (len >= 2 && len <= MAX_CUE_WORD && isKey(folded.slice(start, i))) return true;
  }
  return false;
}

/**
 * True when the raw `text` may hold a cue. Words are folded on the fly, so no normalized copy of the
 * sentence is built, and a word stops growing past cue length.
 */
export function mayHoldCue(text: string): boolean {
  const n = text.length;
  let len = 0;
  let word = '';
  let runStart = -1;
  let slow = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    let f: number;
    if (c >= BLOCK_START && c < BLOCK_END) f = FOLD_TABLE[c - BLOCK_START]!;
    else if (isDroppedOutsideBlock(c)) f = FOLD_DROP;
    else if (needsFullNormalize(c)) {
      slow = true;
      f = FOLD_DROP;
    } else f = FOLD_BREAK;
    if (f === FOLD_BREAK) {
      if (slow) {
        if (hasCueWord(normalize(text.slice(runStart, i)))) return true;
      } else if (len >= 2 && len <= MAX_CUE_WORD && isKey(word)) {
        return true;
      }
      len = 0;
      word = '';
      runStart = -1;
      slow = false;
      continue;
    }
    if (runStart < 0) runStart = i;
    if (f !== FOLD_DROP && len++ < MAX_CUE_WORD) word += LETTER_STRINGS[f - BLOCK_START]!;
  }
  return false;
}

/**
 * normalize() of one word, through the same table: most words are returned as they are (no
 * character changes), the others rebuilt letter by letter; a word with any character outside the
 * Arabic block (presentation forms, joiners, Latin) goes to normalize() itself.
 */
export function foldWord(word: string): string {
  const n = word.length;
  let i = 0;
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < BLOCK_START || c >= BLOCK_END || FOLD_TABLE[c - BLOCK_START] !== c) break;
  }
  if (i === n) return word;
  let out = word.slice(0, i);
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < BLOCK_START || c >= BLOCK_END) return normalize(word);
    const f = FOLD_TABLE[c - BLOCK_START]!;
    if (f === FOLD_BREAK) return normalize(word);
    if (f !== FOLD_DROP) out += LETTER_STRINGS[f - BLOCK_START]!;
  }
  return out;
}
