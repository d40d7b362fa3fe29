/**
 * Snippets: the passage of the ORIGINAL body where the query's words are densest, with every word
 * whose search key is a query key wrapped in markers. Words are spans of the original text
 * (tokenize), and each word's key is computed on its own, so the highlight covers exactly what the
 * writer wrote (وبالحكومة, not the stem حكوم).
 */
import { searchTokens } from '../arabic/stem.js';
import { tokenize } from '../arabic/tokenize.js';

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

export function makeSnippet(body: string, keys: ReadonlySet<string>, options: SnippetOptions = {}): string {
  const open = options.open ?? MARK_OPEN;
  const close = options.close ?? MARK_CLOSE;
  const size = options.windowWords ?? WINDOW_WORDS;
  const spans: WordSpan[] = tokenize(body)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => {
      const tokenKeys = searchTokens(t.text);
      return { start: t.start, end: t.end, key: tokenKeys.find((k) => keys.has(k)) ?? null };
    });
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
