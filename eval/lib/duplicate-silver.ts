/**
 * The silver duplicate set for SaudiNewsNet (documented in eval/gold/duplicates-silver.md).
 *
 * The point is to judge Marsad's MinHash near-duplicate detector with a rule that shares none of
 * its machinery: no word shingles, no hashing into signatures, no Jaccard. Two articles are a
 * silver pair when, at most MAX_DAYS_APART crawl days apart,
 *   1. they are *candidates*: the same first PREFIX_KEY_CHARS characters of cleaned text, or enough
 *      shared content-chosen character anchors (silverAnchors); and
 *   2. a character-level sequence matcher (Ratcliff/Obershelp: repeatedly take the longest common
 *      substring and recurse on both sides, counting only blocks of ≥ MIN_BLOCK characters) finds
 *      that common blocks cover ≥ SILVER_COVERAGE of the shorter text.
 * Step 1 is only a blocking step to keep the aligner off unrelated pairs; step 2 decides.
 */
import { normalize } from '../../src/arabic/normalize.js';

/** Characters of cleaned text whose identity makes two articles candidates. */
export const PREFIX_KEY_CHARS = 200;
/** A key shared by more articles than this is boilerplate (an outlet's footer), not a story. */
export const MAX_KEY_ARTICLES = 40;
/** Characters per blocking anchor: longer than any stock phrase shared by unrelated news. */
export const ANCHOR_CHARS = 30;
/** One anchor in this many is kept (by hash value), to keep the blocking index small. */
export const ANCHOR_SAMPLING = 3;
/** Anchors two articles must share to be aligned at all, and that share of the fewer anchors. */
export const MIN_SHARED_ANCHORS = 2;
export const MIN_SHARED_ANCHOR_SHARE = 0.1;
/** Characters aligned at most (a safety bound: longer articles are compared on their start). */
export const COMPARED_CHARS = 20000;
/** Common substrings shorter than this are coincidence (shared phrases), not copying. */
export const MIN_BLOCK = 40;
/** Share of the shorter text that must be covered by common blocks. */
export const SILVER_COVERAGE = 0.8;
/** Texts shorter than this (cleaned) are not judged: too little to call anything a copy. */
export const MIN_SILVER_CHARS = 100;
/** Crawl days apart that a pair may be. */
export const MAX_DAYS_APART = 7;

/**
 * A leading dateline or agency tag: "الرياض - واس -", "جده: ", "(واس)", "واس -". Up to four words
 * before a dash or colon, or a short parenthesis. Outlets rewrite these when they republish.
 */
const LEADING_TAG = /^\s*(?:\([^()\n]{1,30}\)|[\p{L}\p{N} ]{1,40}?\s*[-–—:])\s*/u;

const NOT_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/** Normalized (search rules), dateline removed, letters and digits only, single spaces. */
export function silverText(content: string): string {
  let text = normalize(content);
  for (let round = 0; round < 3; round++) {
    const match = LEADING_TAG.exec(text);
    if (!match || match[0].trim().split(/\s+/u).length > 5) break;
    text = text.slice(match[0].length);
  }
  return text.replace(NOT_WORD_RUN, ' ').trim();
}

/** A maximal diagonal run of equal characters: a[i, i+length) === b[j, j+length). */
interface Run {
  i: number;
  j: number;
  length: number;
}

const WINDOW_BASE = 0x01000193;
/** WINDOW_BASE^(MIN_BLOCK−1) mod 2^32, to drop the outgoing character of a rolling window. */
const WINDOW_TOP = (() => {
  let power = 1;
  for (let k = 1; k < MIN_BLOCK; k++) power = Math.imul(power, WINDOW_BASE);
  return power;
})();

/** Rolling hash of every MIN_BLOCK-character window of `text` (index = window start). */
export function windowHashes(text: string): Int32Array {
  const count = Math.max(0, text.length - MIN_BLOCK + 1);
  const out = new Int32Array(count);
  if (count === 0) return out;
  let h = 0;
  for (let k = 0; k < MIN_BLOCK; k++) h = (Math.imul(h, WINDOW_BASE) + text.charCodeAt(k)) | 0;
  out[0] = h;
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), WINDOW_TOP), WINDOW_BASE) + text.charCodeAt(i + MIN_BLOCK - 1)) | 0;
    out[i] = h;
  }
  return out;
}

/**
 * Every maximal common run of ≥ MIN_BLOCK characters. A run that long starts with a window of
 * MIN_BLOCK equal characters, so indexing b's windows (by rolling hash, checked character by
 * character) finds them all without the O(|a|·|b|) table.
 */
function commonRuns(a: string, b: string, aWindows: Int32Array, bWindows: Int32Array): Run[] {
  const windows = new Map<number, number[]>();
  for (let j = 0; j < bWindows.length; j++) {
    const key = bWindows[j]!;
    const list = windows.get(key);
    if (list) list.push(j);
    else windows.set(key, [j]);
  }
  const runs: Run[] = [];
  for (let i = 0; i < aWindows.length; i++) {
    const hits = windows.get(aWindows[i]!);
    if (!hits) continue;
    for (const j of hits) {
      // Not a run start when the run already began one character earlier on this diagonal.
      if (i > 0 && j > 0 && a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) continue;
      let length = 0;
      while (i + length < a.length && j + length < b.length && a.charCodeAt(i + length) === b.charCodeAt(j + length)) length++;
      if (length >= MIN_BLOCK) runs.push({ i, j, length });
    }
  }
  return runs;
}

/**
 * Characters of `a` and `b` in common blocks of ≥ MIN_BLOCK, found Ratcliff/Obershelp style: the
 * longest common block of the region is taken, then the parts before and after it on both sides
 * are searched the same way. The longest block of a region is the longest clipped maximal run.
 */
export function matchedCharacters(a: string, b: string, aWindows = windowHashes(a), bWindows = windowHashes(b)): number {
  const runs = commonRuns(a, b, aWindows, bWindows);
  let matched = 0;
  const stack: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (stack.length > 0) {
    const [a0, a1, b0, b1] = stack.pop()!;
    let best = 0;
    let bestI = 0;
    let bestJ = 0;
    for (const run of runs) {
      const from = Math.max(0, a0 - run.i, b0 - run.j);
      const to = Math.min(run.length, a1 - run.i, b1 - run.j);
      if (to - from > best) {
        best = to - from;
        bestI = run.i + from;
        bestJ = run.j + from;
      }
    }
    if (best < MIN_BLOCK) continue;
    matched += best;
    stack.push([a0, bestI, b0, bestJ], [bestI + best, a1, bestJ + best, b1]);
  }
  return matched;
}

/** A text cut to what is aligned, with its window hashes (computed once per article, not per pair). */
export interface ComparedText {
  text: string;
  windows: Int32Array;
}

export function comparedText(cleaned: string): ComparedText {
  const text = cleaned.slice(0, COMPARED_CHARS);
  return { text, windows: windowHashes(text) };
}

/** Share of the shorter text (first COMPARED_CHARS characters of each) covered by common blocks. */
export function silverCoverage(a: ComparedText, b: ComparedText): number {
  const shorter = Math.min(a.text.length, b.text.length);
  if (shorter === 0) return 0;
  if (a.text === b.text) return 1;
  return matchedCharacters(a.text, b.text, a.windows, b.windows) / shorter;
}

export interface SilverArticle {
  id: string;
  /** Crawl day as days since the epoch. */
  day: number;
  content: string;
}

export interface SilverPair {
  a: string;
  b: string;
  coverage: number;
}

export interface SilverResult {
  /** Pairs judged copies (a < b in input order). */
  pairs: SilverPair[];
  /** Candidates the matcher rejected, with their coverage (for the near-miss spot check). */
  rejected: SilverPair[];
  candidates: number;
}

/**
 * Anchors for blocking: the character ANCHOR_CHARS-grams of the cleaned text that start at a word,
 * kept when their (polynomial) hash falls in one of ANCHOR_SAMPLING buckets. The choice depends on
 * the characters only, so two copies keep the same anchors wherever the text is the same, even
 * after an inserted word or a new dateline shifted it.
 */
export function silverAnchors(text: string): number[] {
  const anchors = new Set<number>();
  const limit = Math.min(text.length, COMPARED_CHARS);
  for (let start = 0; start + ANCHOR_CHARS <= limit; start++) {
    if (start > 0 && text.charCodeAt(start - 1) !== 0x20) continue;
    let h = 0;
    for (let k = start; k < start + ANCHOR_CHARS; k++) h = (Math.imul(h, 131) + text.charCodeAt(k)) | 0;
    if ((h >>> 0) % ANCHOR_SAMPLING === 0) anchors.add(h);
  }
  return [...anchors];
}

/** Build the silver pairs for a list of articles (input order is the tie-break for a/b). */
export function buildSilver(articles: readonly SilverArticle[]): SilverResult {
  const texts = articles.map((article) => silverText(article.content));
  const keyToArticles = new Map<number | string, number[]>();
  const addKey = (key: number | string, index: number): void => {
    const list = keyToArticles.get(key);
    if (!list) keyToArticles.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  const anchorCounts = texts.map((text, index) => {
    if (text.length < MIN_SILVER_CHARS) return 0;
    addKey(`p:${text.slice(0, PREFIX_KEY_CHARS)}`, index);
    const anchors = silverAnchors(text);
    for (const anchor of anchors) addKey(anchor, index);
    return anchors.length;
  });
  // Shared keys per pair: pairs sharing the 200-character prefix always go to the matcher.
  const shared = new Map<number, number>();
  const pairKey = (i: number, j: number): number => i * articles.length + j;
  for (const [key, list] of keyToArticles) {
    if (list.length < 2 || list.length > MAX_KEY_ARTICLES) continue;
    const weight = typeof key === 'string' ? Infinity : 1;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (Math.abs(articles[i]!.day - articles[j]!.day) > MAX_DAYS_APART) continue;
        const k = pairKey(Math.min(i, j), Math.max(i, j));
        shared.set(k, (shared.get(k) ?? 0) + weight);
      }
    }
  }
  const pairs: SilverPair[] = [];
  const rejected: SilverPair[] = [];
  let candidates = 0;
  const compared: (ComparedText | undefined)[] = new Array(articles.length);
  for (const [key, count] of [...shared].sort((x, y) => x[0] - y[0])) {
    const i = Math.floor(key / articles.length);
    const j = key % articles.length;
    const fewer = Math.min(anchorCounts[i]!, anchorCounts[j]!);
    if (count < MIN_SHARED_ANCHORS || count < MIN_SHARED_ANCHOR_SHARE * fewer) continue;
    candidates++;
    compared[i] ??= comparedText(texts[i]!);
    compared[j] ??= comparedText(texts[j]!);
    const coverage = silverCoverage(compared[i]!, compared[j]!);
    const pair = { a: articles[i]!.id, b: articles[j]!.id, coverage };
    (coverage >= SILVER_COVERAGE ? pairs : rejected).push(pair);
  }
  return { pairs, rejected, candidates };
}

/** `YYYY-MM-DD…` → days since 1970-01-01 (UTC), or null. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(date);
  if (!match) return null;
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000);
}
