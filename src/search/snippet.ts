/**
 * Snippets: the passage of the ORIGINAL body where the query's words are densest, with every word
 * whose search key is a query key wrapped in markers. Words are spans of the original text
 * (tokenize), and each word's key is computed on its own, so the highlight covers exactly what the
 * writer wrote (وبالحكومة, not the stem حكوم).
 */
import { type NormalizedText, normalizeWithOffsets } from '../arabic/normalize.js';
import { stemBounds, stemNormalized } from '../arabic/stem.js';
import { scanTokens } from '../arabic/tokenize.js';

export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

/** Words in a snippet window. */
const WINDOW_WORDS = 32;
/** A body shorter than this is shown whole. */
const WHOLE_BODY_CHARS = 240;

/** A word of the body: where it is in the normalized text, and its key when that is a query key. */
interface WordSpan {
  start: number;
  end: number;
  key: string | null;
}

export interface SnippetOptions {
  open?: string;
  close?: string;
  windowWords?: number;
}

/**
 * Stems of normalized words, shared by every snippet: twenty bodies of one result page repeat most
 * of their words, and stemming was a third of a snippet's cost. Cleared when full (memory stays flat).
 */
const STEM_MEMO_LIMIT = 100_000;
const stemMemo = new Map<string, string>();

function stemOf(word: string): string {
  let stem = stemMemo.get(word);
  if (stem === undefined) {
    // Latin (and other cased) words are searched in lower case; Arabic has no case and skips the call.
    stem = stemNormalized(/\p{Lu}/u.test(word) ? word.toLowerCase() : word);
    if (stemMemo.size >= STEM_MEMO_LIMIT) stemMemo.clear();
    stemMemo.set(word, stem);
  }
  return stem;
}

/** Space, tab, line feed, carriage return, no-break space: what may trail a word in a body. */
function isTrailingSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}

/** The query key that text[start, end) equals, compared in place (no string per word), or null. */
function keyAt(text: string, start: number, end: number, keys: readonly string[]): string | null {
  for (const key of keys) {
    if (key.length !== end - start) continue;
    let k = 0;
    while (k < key.length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === key.length) return key;
  }
  return null;
}

/** Arabic letters have no case, so an all-Arabic word is stemmed in place; other words go through stemOf. */
function isAllArabic(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0600 || code > 0x06ff) return false;
  }
  return true;
}

const stemEdges = [0, 0];

/**
 * Every word and number of the body (in normalized offsets) with its search key when that key is a
 * query key: the same keys as searchTokens, at a fraction of the cost of running it word by word.
 */
function wordSpans(text: string, keys: ReadonlySet<string>): WordSpan[] {
  const keyList = [...keys];
  const spans: WordSpan[] = [];
  scanTokens(text, (start, end, kind) => {
    if (kind !== 'word' && kind !== 'number') return;
    let key: string | null = null;
    if (kind === 'number') {
      const number = text.slice(start, end).replace(/,/gu, '');
      key = keys.has(number) ? number : null;
    } else {
      const first = text.charCodeAt(start);
      if (isAllArabic(text, start, end)) {
        stemBounds(text, start, end, stemEdges);
        key = keyAt(text, stemEdges[0]!, stemEdges[1]!, keyList);
      } else {
        // A hashtag is searched by its parts (#اليمن_ينتصر → اليمن, ينتصر).
        const parts = first === 0x23 || first === 0x40 ? text.slice(start + 1, end).split('_') : [text.slice(start, end)];
        for (const part of parts) {
          const stem = stemOf(part);
          if (keys.has(stem)) {
            key = stem;
            break;
          }
        }
      }
    }
    spans.push({ start, end, key });
  });
  return spans;
}

/**
 * A word's span in the original body: up to where the next normalized character came from, so
 * marks that normalization dropped (a final kasra) stay inside the word; whitespace is trimmed off.
 * Computed only for the words a snippet shows.
 */
function originalSpan(body: string, normalized: NormalizedText, span: WordSpan): { start: number; end: number } {
  const from = normalized.toOriginal(span.start);
  let to = span.end >= normalized.text.length ? body.length : normalized.toOriginal(span.end);
  while (to > from + 1 && (isTrailingSpace(body.charCodeAt(to - 1)) || /\s/u.test(body[to - 1]!))) to--;
  return { start: from, end: Math.max(to, from + 1) };
}

export function makeSnippet(body: string, keys: ReadonlySet<string>, options: SnippetOptions = {}): string {
  const open = options.open ?? MARK_OPEN;
  const close = options.close ?? MARK_CLOSE;
  const size = options.windowWords ?? WINDOW_WORDS;
  const normalized = normalizeWithOffsets(body);
  const spans = wordSpans(normalized.text, keys);
  if (spans.length === 0) return '';

  // The window with the most distinct matched keys (then the most matches), earliest on ties.
  let bestStart = 0;
  let bestDistinct = -1;
  let bestTotal = -1;
  const width = Math.min(size, spans.length);
  const counts = new Map<string, number>();
  let total = 0;
  const add = (key: string | null, delta: number): void => {
    if (key === null) return;
    total += delta;
    const n = (counts.get(key) ?? 0) + delta;
    if (n === 0) counts.delete(key);
    else counts.set(key, n);
  };
  for (let i = 0; i < spans.length; i++) {
    add(spans[i]!.key, 1);
    if (i >= width) add(spans[i - width]!.key, -1);
    if (i >= width - 1 && (counts.size > bestDistinct || (counts.size === bestDistinct && total > bestTotal))) {
      bestDistinct = counts.size;
      bestTotal = total;
      bestStart = i - width + 1;
    }
  }
  const whole = body.length <= WHOLE_BODY_CHARS;
  const first = whole ? 0 : bestStart;
  const last = whole ? spans.length - 1 : bestStart + width - 1;
  const from = whole ? 0 : originalSpan(body, normalized, spans[first]!).start;
  const to = whole ? body.length : originalSpan(body, normalized, spans[last]!).end;
  let out = '';
  let cursor = from;
  for (let i = first; i <= last; i++) {
    if (spans[i]!.key === null) continue;
    const span = originalSpan(body, normalized, spans[i]!);
    out += body.slice(cursor, span.start) + open + body.slice(span.start, span.end) + close;
    cursor = span.end;
  }
  out += body.slice(cursor, to);
  out = out.replace(/\s*\n\s*/gu, ' … ').trim();
  return `${from > 0 ? '… ' : ''}${out}${to < body.length ? ' …' : ''}`;
}
