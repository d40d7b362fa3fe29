/**
 * Scraped text → blocks (one per non-empty line) with the features the classifier reads.
 * Features are computed once, on the search-normalized text, so that lexicon look-ups are
 * insensitive to hamza, ة/ه and ى/ي spellings.
 */
import { normalize } from '../../arabic/normalize.js';
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { END_MARKERS, INTERFACE_PHRASES, LIST_HEADERS } from './lexicon.js';

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
  /** How many blocks of the document have the same normalized text. */
  repeats: number;
}

const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/gu;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_WORD = /^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+$/u;
const LATIN_WORD = /^[A-Za-z\u00C0-\u024F]+$/u;
const SENTENCE_END = /[.!?؟…]\s*[»"”’)\]]*\s*$/u;
const SENTENCE_PUNCT = /[.!?؟…](?=\s|$)/gu;
/** Longest interface phrase, in words: bounds the n-gram look-up. */
const MAX_PHRASE_WORDS = 5;

const interfaceSet = new Set(INTERFACE_PHRASES.map((p) => normalize(p)));
const listHeaderSet = new Set(LIST_HEADERS.map((p) => normalize(p)));
const endMarkerSet = new Set(END_MARKERS.map((p) => normalize(p)));

export function cleanLine(line: string): string {
  return line.replace(INVISIBLES, '').replace(SPACES, ' ').trim();
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
  return blocks;
}

export function describe(index: number, text: string): Block {
  const norm = normalize(text);
  const wordList = norm.match(WORD) ?? [];
  let arabicWords = 0;
  let latinWords = 0;
  let stop = 0;
  for (const w of wordList) {
    if (ARABIC_WORD.test(w)) arabicWords++;
    else if (LATIN_WORD.test(w)) latinWords++;
    if (STOPWORDS.has(w)) stop++;
  }
  const { hits, covered } = interfaceMatches(wordList);
  const stripped = stripPunctuation(norm);
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
    endsSentence: SENTENCE_END.test(text),
    sentencePunct: (text.match(SENTENCE_PUNCT) ?? []).length,
    // "اقرأ أيضاً" alone opens a list; "اقرأ أيضاً: <headline>" is one link, also chrome.
    isListHeader: (wordList.length <= 6 || /^[^:：]{2,25}[:：]/u.test(text)) && startsWithPhrase(stripped, listHeaderSet),
    isEndMarker: wordList.length <= 8 && startsWithPhrase(stripped, endMarkerSet),
    repeats: 1,
  };
}

/** Greedy longest-match of interface phrases over the word sequence. */
function interfaceMatches(wordList: string[]): { hits: number; covered: number } {
  let hits = 0;
  let covered = 0;
  for (let i = 0; i < wordList.length; ) {
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, wordList.length - i); n >= 1; n--) {
      if (interfaceSet.has(wordList.slice(i, i + n).join(' '))) {
        matched = n;
        break;
      }
    }
    if (matched > 0) {
      hits++;
      covered += matched;
      i += matched;
    } else i++;
  }
  return { hits, covered };
}

function stripPunctuation(norm: string): string {
  return (norm.match(WORD) ?? []).join(' ');
}

function startsWithPhrase(stripped: string, phrases: Set<string>): boolean {
  const words = stripped.split(' ');
  for (let n = Math.min(words.length, MAX_PHRASE_WORDS); n >= 1; n--) {
    if (phrases.has(words.slice(0, n).join(' '))) return true;
  }
  return false;
}

function countRepeats(blocks: Block[]): void {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const key = stripPunctuation(b.norm);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const b of blocks) b.repeats = counts.get(stripPunctuation(b.norm)) ?? 1;
}

export { stripPunctuation };
