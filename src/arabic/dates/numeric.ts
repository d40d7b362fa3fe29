/**
 * Numeric dates: "2021/03/14", "2021-03-14", "14/03/2021", "14-3-2021", "14.03.2021",
 * "2017 / 12 / 8", and Hijri "1439/3/20 ه".
 *
 * Conventions:
 * - Year first is read year-month-day (ISO order); year last is read day-month-year (the Arab
 *   convention), falling back to month-day-year only when day-first is impossible ("03/14/2021").
 * - Both separators must be the same character; a run of more than three numbers (IP addresses,
 *   version numbers, "2021/03/14/123" ids) is not a date; two-digit years are not read (too often
 *   scores, fractions or ids).
 * - A year in 1300–1600 is Hijri (Gregorian news dates are not that old; Hijri ones are that
 *   recent), and so is any year followed by هـ / هجري.
 */
import { coreDate, type CoreDate } from './core.js';
import { isValidDate } from './calendar.js';
import { isNum, isPunct, isWord, type Token } from './tokens.js';

export const GREGORIAN_YEAR_MIN = 1800;
export const GREGORIAN_YEAR_MAX = 2199;
export const HIJRI_YEAR_MIN = 1300;
export const HIJRI_YEAR_MAX = 1600;

const SEPARATORS = ['/', '-', '.'];

/** Words after a year that mark it as Hijri (folded: هـ → ه). */
export const HIJRI_MARKERS = ['ه', 'هجري', 'هجريه', 'للهجره', 'هجرى'];
/** Words after a year that mark it as Gregorian (م = ميلادي). */
export const GREGORIAN_MARKERS = ['م', 'ميلادي', 'ميلاديه', 'للميلاد'];

function isShortNumber(token: Token | undefined): token is Token {
  return isNum(token) && token.norm.length <= 2;
}

function isYearNumber(token: Token | undefined): token is Token {
  return isNum(token) && token.norm.length === 4;
}

/**
 * Whether the numbers at i..i+4 continue a longer run: glued to a word or number ("v1.2.2021"),
 * or chained with one more number by the same separator spaced the same way ("192.168.1.1",
 * "2021/03/14/123"). A dash with different spacing is a link, not a chain ("18:05 - 2021/03/14").
 */
function isPartOfLongerRun(tokens: readonly Token[], i: number, end: number, separator: Token): boolean {
  const before = tokens[i - 1];
  if (before && !tokens[i]?.gapBefore && (before.kind === 'word' || before.kind === 'num')) return true;
  if (isPunct(before, separator.norm) && before?.gapBefore === separator.gapBefore && isNum(tokens[i - 2])) return true;
  const after = tokens[end];
  if (after && !after.gapBefore && after.kind === 'num') return true;
  if (isPunct(after, separator.norm) && after?.gapBefore === separator.gapBefore && isNum(tokens[end + 1])) return true;
  return false;
}

export function matchNumericDate(tokens: readonly Token[], i: number): CoreDate | null {
  const a = tokens[i];
  const sep1 = tokens[i + 1];
  const b = tokens[i + 2];
  const sep2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!isNum(a) || !isNum(b) || !isNum(c) || !sep1 || sep1.kind !== 'punct') return null;
  const separator = sep1.norm;
  if (!SEPARATORS.includes(separator) || !isPunct(sep2, separator)) return null;
  let end = i + 5;
  if (isPartOfLongerRun(tokens, i, end, sep1)) return null;

  let year: number;
  let month: number;
  let day: number;
  if (isYearNumber(a) && isShortNumber(b) && isShortNumber(c)) {
    [year, month, day] = [a.value, b.value, c.value];
  } else if (isShortNumber(a) && isShortNumber(b) && isYearNumber(c)) {
    year = c.value;
    if (b.value <= 12) [day, month] = [a.value, b.value];
    else [month, day] = [a.value, b.value];
  } else {
    return null;
  }

  const hijri = year >= HIJRI_YEAR_MIN && year <= HIJRI_YEAR_MAX;
  if (isWord(tokens[end], ...HIJRI_MARKERS)) {
    if (!hijri) return null; // "2021/03/14 هـ" contradicts itself
    end++;
  } else if (isWord(tokens[end], ...GREGORIAN_MARKERS) && !hijri) {
    end++;
  }
  if (hijri) {
    if (month < 1 || month > 12 || day < 1 || day > 30) return null;
    return coreDate({ start: i, end, kind: 'hijri', calendar: 'hijri', year, month, day });
  }
  if (year < GREGORIAN_YEAR_MIN || year > GREGORIAN_YEAR_MAX || !isValidDate(year, month, day)) return null;
  return coreDate({ start: i, end, kind: 'numeric', calendar: 'gregorian', year, month, day });
}
