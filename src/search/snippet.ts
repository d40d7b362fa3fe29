/**
 * Snippets: the passage of the ORIGINAL body where the query's words are densest, with every word
 * whose search key is a query key wrapped in markers. Words are spans of the original text
 * (tokenize), and each word's key is computed on its own, so the highlight covers exactly what the
 * writer wrote (وبالحكومة, not the stem حكوم).
 */
import { normalizeWithOffsets } from '../arabic/normalize.js';
import { stemNormalized } from '../arabic/stem.js';
import { scanTokens } from '../arabic/tokenize.js';

export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

/** Words in a snippet window. */
const WINDOW_WORDS = 32;
/** A body shorter than this is shown whole. */
const WHOLE_BODY_CHARS = 240;

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

/**
 * Every word and number of the body with its search key when that key is a query key. The body is
 * normalized once (with offsets back to the original) and each word stemmed in place: the same
 * keys as searchTokens, at a fraction of the cost of running it word by word.
 */
function wordSpans(body: string, keys: ReadonlySet<string>): WordSpan[] {
  const normalized = normalizeWithOffsets(body);
  const text = normalized.text;
  const spans: WordSpan[] = [];
  scanTokens(text, (start, end, kind) => {
    if (kind !== 'word' && kind !== 'number') return;
    let key: string | null = null;
    if (kind === 'number') {
      const number = text.slice(start, end).replace(/,/gu, '');
      key = keys.has(number) ? number : null;
    } else {
      const first = text.charCodeAt(start);
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
    // Spans in the original: up to where the next normalized character came from, so marks that
    // normalization dropped (a final kasra) stay inside the word; whitespace is trimmed off.
    const from = normalized.toOriginal(start);
    let to = end >= text.length ? body.length : normalized.toOriginal(end);
    while (to > from + 1 && (isTrailingSpace(body.charCodeAt(to - 1)) || /\s/u.test(body[to - 1]!))) to--;
    spans.push({ start: from, end: Math.max(to, from + 1), key });
  });
  return spans;
}

export function makeSnippet(body: string, keys: ReadonlySet<string>, options: SnippetOptions = {}): string {
  const open = options.open ?? MARK_OPEN;
  const close = options.close ?? MARK_CLOSE;
  const size = options.windowWords ?? WINDOW_WORDS;
  const spans = wordSpans(body, keys);
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
  const from = whole ? 0 : spans[first]!.start;
  const to = whole ? body.length : spans[last]!.end;
  let out = '';
  let cursor = from;
  for (let i = first; i <= last; i++) {
    const span = spans[i]!;
    if (span.key === null) continue;
    out += body.slice(cursor, span.start) + open + body.slice(span.start, span.end) + close;
    cursor = span.end;
  }
  out += body.slice(cursor, to);
  out = out.replace(/\s*\n\s*/gu, ' … ').trim();
  return `${from > 0 ? '… ' : ''}${out}${to < body.length ? ' …' : ''}`;
}
