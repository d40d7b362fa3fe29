/**
 * Sentence tokens as the statement parser sees them: the project tokenizer's spans plus the folded
 * form of each word, computed once per token (the parser compares folded forms many times).
 * (A Map cache of folded words was measured slower than folding; foldWord reads normalize()'s own
 * mapping from a table and returns most words untouched.)
 */
import { scanTokens } from '../../arabic/index.js';
import { foldWord } from './prefilter.js';
import type { TokenKind } from '../../arabic/index.js';

export interface Tok {
  /** The token as written. */
  text: string;
  /** Folded form (normalize()) for words; the text itself for other tokens. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * Arabic letters that no normalization rule touches (no hamza carriers, ة, ى, harakat, tatweel,
 * digits). foldWord() (prefilter.ts) returns words made only of these untouched; a test checks that
 * normalize() leaves every one of these letters alone.
 */
export const ALREADY_FOLDED = /^[\u0627\u0628\u062A-\u063A\u0641-\u0648\u064A]+$/u;

function fold(word: string): string {
  return foldWord(word);
}

/**
 * Hashtag marks ("قال # التحالف الدولي", "# داعش") tag a word for social media and play no part in
 * the grammar: they are left out of the tokens, so a span or a clause reads through them (the
 * content keeps them, being cut from the text by character offsets).
 */
const HASHTAG = '#';

export function sentenceTokens(text: string): Tok[] {
  const out: Tok[] = [];
  // The scanner's spans directly: tokenize()'s Token objects would be built only to be copied.
  scanTokens(text, (start, end, kind) => {
    const written = text.slice(start, end);
    if (kind === 'punct' && written === HASHTAG) return;
    out.push({ text: written, norm: kind === 'word' ? fold(written) : written, start, end, kind });
  });
  markNameParticles(out);
  return out;
}

/**
 * "وقال فان جال إن…", "لويس فان خال": the Dutch particle written "فان" is also "فإن" without its
 * hamza, a complementizer that would open the content there. It is the name's when the word after
 * it is no ال-word and a complementizer or a colon follows that word; its norm then stops reading
 * as one ("فان" + a tatweel, which no lexicon holds).
 */
function markNameParticles(toks: Tok[]): void {
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1]!;
    const after = toks[i + 2]!;
    if (t.kind !== 'word' || t.text !== 'فان' || next.kind !== 'word' || next.norm.startsWith('ال')) continue;
    if (after.text === ':' || (after.kind === 'word' && COMPLEMENTIZER_AFTER_NAME.has(after.norm))) t.norm = NAME_PARTICLE_NORM;
  }
}

const COMPLEMENTIZER_AFTER_NAME: ReadonlySet<string> = new Set(['إن', 'أن', 'بأن', 'ان', 'بان'].map((w) => fold(w)));
const NAME_PARTICLE_NORM = 'فانـ';

/** True for the punctuation tokens that separate clauses inside a sentence. */
/** The tokens' text as written, joined by spaces: a phrase as the entity analysis is asked about it. */
export function tokenText(toks: readonly Tok[]): string {
  return toks.map((t) => t.text).join(' ');
}

export function isComma(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'punct' && (tok.text === '،' || tok.text === ',' || tok.text === '؛' || tok.text === ';');
}

export function isColon(tok: Tok | undefined): boolean {
  return tok !== undefined && tok.kind === 'punct' && (tok.text === ':' || tok.text === '：');
}

const EDGE_CHARS: ReadonlySet<string> = new Set([' ', '\t', '\n', '\r', '\u00a0', '،', ',', '؛', ';', ':', '-', '–', '—']);

/**
 * Text between two character offsets without spaces or clause punctuation at either edge. Trimmed
 * with index loops rather than /…+$/ regexes, which backtrack quadratically on long runs.
 */
export function cleanSpan(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a < b && EDGE_CHARS.has(text[a]!)) a++;
  while (b > a && (EDGE_CHARS.has(text[b - 1]!) || /\s/u.test(text[b - 1]!))) b--;
  return text.slice(a, b);
}

/** `text` without final full stops (a sentence's end, not the reported words). */
export function withoutFinalStops(text: string): string {
  let b = text.length;
  while (b > 0 && (text[b - 1] === '.' || text[b - 1] === ' ')) b--;
  return text.slice(0, b);
}
