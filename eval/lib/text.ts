/**
 * Text comparison for scoring: two lines are "the same" when they differ only in spacing, quote
 * style or invisible direction marks. Nothing Arabic-specific is folded (hamza, ta marbuta,
 * harakat stay): the extractor must return the article's own text, and folding letters here would
 * hide real damage. Gold text taken from the raw page goes through one repair first
 * (`normalizeGoldLine`): words a scraper cut where a diacritic was ("مشير ا", "أك د") are rejoined,
 * as the extractor rejoins them on the pages that show such cuts, so an extractor that stopped
 * rejoining would show here (a wrong join made the same way on both sides would not:
 * src/arabic/cut-words.test.ts and src/extract/text/cut-words.test.ts check those).
 */
import { rejoinAllCutWords } from '../../src/extract/text/cut-words.js';

/** Invisible marks scrapers leave around Arabic text: ZWNJ/ZWJ, LRM/RLM, bidi embeddings and isolates, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const DOUBLE_QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u301D\u301E\uFF02]/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A]/gu;
const SPACE_RUN = /\s+/gu;

/** Whitespace runs → one space, trimmed; every double quote → `"`, every single quote → `'`; invisible marks dropped. */
export function normalizeLine(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(SPACE_RUN, ' ')
    .trim();
}

/** A line of gold text copied from the raw page: `normalizeLine`, then the extractor's cut-word repair. */
export function normalizeGoldLine(text: string): string {
  return rejoinAllCutWords(normalizeLine(text));
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Word tokens (letters, marks, digits) of the normalized line; punctuation is not a token. */
export function tokens(text: string): string[] {
  return normalizeLine(text).match(TOKEN) ?? [];
}

/** Token-set Jaccard similarity; two empty lines are identical (1). */
export function tokenJaccard(a: string, b: string): number {
  const setA = new Set(tokens(a));
  const setB = new Set(tokens(b));
  if (setA.size === 0 && setB.size === 0) return 1;
  let common = 0;
  for (const token of setA) if (setB.has(token)) common++;
  return common / (setA.size + setB.size - common);
}

/** Whether a line has any letter or digit at all (lines of only punctuation are not scored). */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * `needle` occurs in `haystack` (both normalized) starting and ending on a token boundary, so that a
 * short line such as "سوريا" is not found inside "سورياً" or "لسوريا".
 */
export function containsAtBoundary(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : haystack[at - 1]!;
    const after = haystack[at + needle.length] ?? '';
    // A boundary only matters where the needle itself starts or ends with a word character.
    const startOk = !isWordChar(needle[0]!) || !isWordChar(before);
    const endOk = !isWordChar(needle[needle.length - 1]!) || !isWordChar(after);
    if (startOk && endOk) return true;
    from = at + 1;
  }
}

function isWordChar(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** Share of the tokens of `part` that also occur in `whole` (1 when `part` has no tokens). */
export function tokenCoverage(part: string, whole: string): number {
  const partTokens = tokens(part);
  if (partTokens.length === 0) return 1;
  const wholeTokens = new Set(tokens(whole));
  let found = 0;
  for (const token of partTokens) if (wholeTokens.has(token)) found++;
  return found / partTokens.length;
}

/** Shorten a line for a report: the first `max` characters and an ellipsis. */
export function clip(text: string, max = 70): string {
  const line = normalizeLine(text);
  return line.length <= max ? line : `${line.slice(0, max)}…`;
}
