/**
 * The silver duplicate set for SaudiNewsNet (documented in eval/gold/duplicates-silver.md).
 *
 * The point is to judge Marsad's MinHash near-duplicate detector with a rule that shares none of
 * its machinery: no word shingles, no hashing into signatures, no Jaccard. Two articles are a
 * silver pair when, within ±3 crawl days,
 *   1. they are *candidates*: the same first 200 characters of cleaned text, or at least one
 *      identical long sentence (≥ 60 characters) that at most MAX_KEY_ARTICLES articles share; and
 *   2. a character-level sequence matcher (Ratcliff/Obershelp: repeatedly take the longest common
 *      substring and recurse on both sides, counting only blocks of ≥ MIN_BLOCK characters) finds
 *      that common blocks cover ≥ SILVER_COVERAGE of the shorter text's first COMPARED_CHARS
 *      characters.
 * Step 1 is only a blocking step to keep the quadratic matcher off unrelated pairs; step 2 decides.
 */
import { normalize } from '../../src/arabic/normalize.js';

/** Characters of cleaned text whose identity makes two articles candidates. */
export const PREFIX_KEY_CHARS = 200;
/** A sentence this long (cleaned characters) is specific enough to block on. */
export const MIN_KEY_SENTENCE_CHARS = 60;
/** A key shared by more articles than this is boilerplate (an outlet's footer), not a story. */
export const MAX_KEY_ARTICLES = 40;
/** Only the first characters are aligned: wire copies differ at the end (trimmed), not the start. */
export const COMPARED_CHARS = 2000;
/** Common substrings shorter than this are coincidence (shared phrases), not copying. */
export const MIN_BLOCK = 20;
/** Share of the shorter text that must be covered by common blocks. */
export const SILVER_COVERAGE = 0.8;
/** Texts shorter than this (cleaned) are not judged: too little to call anything a copy. */
export const MIN_SILVER_CHARS = 100;
/** Crawl days apart that a pair may be. */
export const MAX_DAYS_APART = 3;

/**
 * A leading dateline or agency tag: "الرياض - واس -", "جده: ", "(واس)", "واس -". Up to four words
 * before a dash or colon, or a short parenthesis. Outlets rewrite these when they republish.
 */
const LEADING_TAG = /^\s*(?:\([^()\n]{1,30}\)|[\p{L}\p{N} ]{1,40}?\s*[-–—:])\s*/u;

/** Normalized (search rules), dateline removed, letters and digits only, single spaces. */
export function silverText(content: string): string {
  let text = normalize(content);
  for (let round = 0; round < 3; round++) {
    const match = LEADING_TAG.exec(text);
    if (!match || match[0].trim().split(/\s+/u).length > 5) break;
    text = text.slice(match[0].length);
  }
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Long sentences of the text, cleaned like silverText, for blocking. */
export function silverSentences(content: string): string[] {
  const out: string[] = [];
  for (const raw of normalize(content).split(/[.!?؟\n]+/u)) {
    const sentence = raw.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (sentence.length >= MIN_KEY_SENTENCE_CHARS) out.push(sentence);
  }
  return out;
}

/** A maximal diagonal run of equal characters: a[i, i+length) === b[j, j+length). */
interface Run {
  i: number;
  j: number;
  length: number;
}

/**
 * Every maximal common run of ≥ MIN_BLOCK characters. A run that long starts with a window of
 * MIN_BLOCK equal characters, so indexing b's windows finds them all without the O(|a|·|b|) table.
 */
function commonRuns(a: string, b: string): Run[] {
  const windows = new Map<string, number[]>();
  for (let j = 0; j + MIN_BLOCK <= b.length; j++) {
    const key = b.slice(j, j + MIN_BLOCK);
    const list = windows.get(key);
    if (list) list.push(j);
    else windows.set(key, [j]);
  }
  const runs: Run[] = [];
  for (let i = 0; i + MIN_BLOCK <= a.length; i++) {
    const hits = windows.get(a.slice(i, i + MIN_BLOCK));
    if (!hits) continue;
    for (const j of hits) {
      // Not a run start when the run already began one character earlier on this diagonal.
      if (i > 0 && j > 0 && a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) continue;
      let length = MIN_BLOCK;
      while (i + length < a.length && j + length < b.length && a.charCodeAt(i + length) === b.charCodeAt(j + length)) length++;
      runs.push({ i, j, length });
    }
  }
  return runs;
}

/**
 * Characters of `a` and `b` in common blocks of ≥ MIN_BLOCK, found Ratcliff/Obershelp style: the
 * longest common block of the region is taken, then the parts before and after it on both sides
 * are searched the same way. The longest block of a region is the longest clipped maximal run.
 */
export function matchedCharacters(a: string, b: string): number {
  const runs = commonRuns(a, b);
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

/** Share of the shorter (first COMPARED_CHARS of each) text covered by common blocks. */
export function silverCoverage(a: string, b: string): number {
  const left = a.slice(0, COMPARED_CHARS);
  const right = b.slice(0, COMPARED_CHARS);
  const shorter = Math.min(left.length, right.length);
  if (shorter === 0) return 0;
  if (left === right) return 1;
  return matchedCharacters(left, right) / shorter;
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

/** Build the silver pairs for a list of articles (input order is the tie-break for a/b). */
export function buildSilver(articles: readonly SilverArticle[]): SilverResult {
  const texts = articles.map((article) => silverText(article.content));
  const keyToArticles = new Map<string, number[]>();
  const addKey = (key: string, index: number): void => {
    const list = keyToArticles.get(key);
    if (!list) keyToArticles.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  articles.forEach((article, index) => {
    const text = texts[index]!;
    if (text.length < MIN_SILVER_CHARS) return;
    addKey(`p:${text.slice(0, PREFIX_KEY_CHARS)}`, index);
    for (const sentence of silverSentences(article.content)) addKey(`s:${sentence}`, index);
  });
  const candidatePairs = new Set<number>();
  const pairKey = (i: number, j: number): number => i * articles.length + j;
  for (const list of keyToArticles.values()) {
    if (list.length < 2 || list.length > MAX_KEY_ARTICLES) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (Math.abs(articles[i]!.day - articles[j]!.day) > MAX_DAYS_APART) continue;
        candidatePairs.add(pairKey(Math.min(i, j), Math.max(i, j)));
      }
    }
  }
  const pairs: SilverPair[] = [];
  const rejected: SilverPair[] = [];
  for (const key of [...candidatePairs].sort((x, y) => x - y)) {
    const i = Math.floor(key / articles.length);
    const j = key % articles.length;
    const coverage = silverCoverage(texts[i]!, texts[j]!);
    const pair = { a: articles[i]!.id, b: articles[j]!.id, coverage };
    (coverage >= SILVER_COVERAGE ? pairs : rejected).push(pair);
  }
  return { pairs, rejected, candidates: candidatePairs.size };
}

/** `YYYY-MM-DD…` → days since 1970-01-01 (UTC), or null. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(date);
  if (!match) return null;
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000);
}
