/**
 * Dates with a month name, Gregorian or Hijri:
 *   day first    "14 آذار 2021", "14 آذار، 2021", "12 تموز/ يوليو 2021", "12 تموز (يوليو) 2021", "26 - حزيران - 2009", "18 / ديسمبر / 2016",
 *                "الخامس من ديسمبر كانون الأول", "5 رمضان 1442 هـ", "20 يناير الجاري",
 *                "5 مارس من العام الماضي", "الخامس من الشهر الجاري"
 *   month first  "آذار 14, 2021", "ديسمبر 28 , 2017"                (year required)
 *   month + year "مارس 2018", "شهر رمضان 1442 هـ"                   (day null)
 *   month + qualifier "يونيو / حزيران الماضي"                        (day null)
 *
 * A month name is never a date on its own: "مارس الضغط" (exercised pressure), "آب" (father),
 * "رمضان" (the fasting month) need a day, a year or a qualifier next to them. "صفر" (also "zero")
 * needs a year even after a day ("فاز 2 صفر" is a score).
 */
import { maxDaysInMonth } from './calendar.js';
import { coreDate, type CoreDate, type Shift } from './core.js';
import { HIJRI_MONTHS } from './hijri.js';
import { GREGORIAN_MONTHS } from './months.js';
import { ORDINAL_DAYS } from './numbers.js';
import {
  GREGORIAN_MARKERS, GREGORIAN_YEAR_MAX, GREGORIAN_YEAR_MIN, HIJRI_MARKERS, HIJRI_YEAR_MAX, HIJRI_YEAR_MIN,
} from './numeric.js';
import { PhraseTable } from './phrases.js';
import { isNum, isPunct, isWord, type Token } from './tokens.js';

/** Words after a month that say which occurrence of it is meant (masculine: شهر is masculine). */
export const MONTH_QUALIFIERS = new PhraseTable<Shift>([
  ['الماضي', -1], ['المنصرم', -1], ['الفائت', -1],
  ['الجاري', 0], ['الحالي', 0],
  ['المقبل', 1], ['القادم', 1],
]);

/** "الشهر الجاري" and friends standing in for a month name after a day. */
const RELATIVE_MONTHS = new PhraseTable<Shift>([
  ['الشهر الماضي', -1], ['الشهر المنصرم', -1], ['الشهر الفائت', -1],
  ['الشهر الجاري', 0], ['الشهر الحالي', 0], ['هذا الشهر', 0],
  ['الشهر المقبل', 1], ['الشهر القادم', 1],
]);

/** "من العام الماضي", "من هذا العام" after a day and month. */
const YEAR_SHIFTS = new PhraseTable<Shift>([
  ['من العام الماضي', -1], ['من العام المنصرم', -1], ['من السنة الماضية', -1],
  ['من العام الجاري', 0], ['من العام الحالي', 0], ['من هذا العام', 0], ['من السنة الجارية', 0], ['من السنة الحالية', 0], ['من هذه السنة', 0],
  ['من العام المقبل', 1], ['من العام القادم', 1], ['من السنة المقبلة', 1], ['من السنة القادمة', 1],
]);

interface DayHit {
  day: number;
  end: number;
}

/** A day number 1–31 (one or two digits), or an ordinal word followed by "من". */
function matchDay(tokens: readonly Token[], i: number): DayHit | null {
  const t = tokens[i];
  if (isNum(t)) {
    if (t.norm.length > 2 || t.value < 1 || t.value > 31) return null;
    // "5 من ديسمبر" is rare but harmless to accept.
    return { day: t.value, end: isWord(tokens[i + 1], 'من') ? i + 2 : i + 1 };
  }
  const ordinal = ORDINAL_DAYS.match(tokens, i, true);
  if (ordinal && isWord(tokens[ordinal.end], 'من')) return { day: ordinal.value, end: ordinal.end + 1 };
  return null;
}

/** "أب" (father) folds to the same letters as "آب" (August); only the madda or a bare alef is the month. */
function isFather(token: Token | undefined): boolean {
  return token !== undefined && token.norm === 'اب' && token.raw.includes('أ');
}

interface MonthHit {
  month: number;
  end: number;
}

/**
 * A Gregorian month name, with an optional second name for the same month from another regional
 * set: "تموز/ يوليو", "تموز (يوليو)", "ديسمبر كانون الأول", "كانون الأول / ديسمبر".
 * When the two names disagree (a slip seen in scraped text), the first one is kept.
 */
export function matchGregorianMonth(tokens: readonly Token[], i: number): MonthHit | null {
  const first = GREGORIAN_MONTHS.match(tokens, i);
  if (!first || isFather(tokens[i])) return null;
  let end = first.end;
  if (isPunct(tokens[end], '/')) {
    const alt = GREGORIAN_MONTHS.match(tokens, end + 1);
    if (alt) end = alt.end;
  } else if (isPunct(tokens[end], '(')) {
    const alt = GREGORIAN_MONTHS.match(tokens, end + 1);
    if (alt && isPunct(tokens[alt.end], ')')) end = alt.end + 1;
  } else {
    const alt = GREGORIAN_MONTHS.match(tokens, end);
    if (alt) end = alt.end;
  }
  return { month: first.value, end };
}

interface YearHit {
  year: number;
  end: number;
}

/** "عام"/"سنة" may stand between a month and its year: "20 أغسطس عام 1995", "17 شعبان سنة 358 هـ". */
const YEAR_WORDS = ['عام', 'العام', 'سنه', 'السنه', 'لعام', 'للعام', 'لسنه'];

function skipBeforeYear(tokens: readonly Token[], i: number): number {
  if (isPunct(tokens[i], ',')) return i + 1;
  if (isWord(tokens[i], ...YEAR_WORDS) && isNum(tokens[i + 1])) return i + 1;
  return i;
}

/**
 * A Gregorian year after a month, optionally after a comma or "عام": four digits in 1800–2199, or any
 * year up to 2199 marked "م"/"ميلادي" ("21 يوليو 921م" in a history piece).
 */
function matchGregorianYear(tokens: readonly Token[], i: number): YearHit | null {
  const k = skipBeforeYear(tokens, i);
  const t = tokens[k];
  if (!isNum(t) || t.norm.length > 4 || t.value < 1 || t.value > GREGORIAN_YEAR_MAX) return null;
  if (isWord(tokens[k + 1], ...GREGORIAN_MARKERS)) return { year: t.value, end: k + 2 };
  if (t.norm.length !== 4 || t.value < GREGORIAN_YEAR_MIN || isWord(tokens[k + 1], ...HIJRI_MARKERS)) return null;
  return { year: t.value, end: k + 1 };
}

/**
 * A Hijri year after a Hijri month: four digits in 1300–1600, or any year with هـ/هجرية after it.
 */
function matchHijriYear(tokens: readonly Token[], i: number): YearHit | null {
  const k = skipBeforeYear(tokens, i);
  const t = tokens[k];
  if (!isNum(t) || t.norm.length > 4 || t.value < 1) return null;
  const marked = isWord(tokens[k + 1], ...HIJRI_MARKERS);
  if (marked) return { year: t.value, end: k + 2 };
  if (t.norm.length === 4 && t.value >= HIJRI_YEAR_MIN && t.value <= HIJRI_YEAR_MAX) return { year: t.value, end: k + 1 };
  return null;
}

const HIJRI_SAFAR = 2;

function matchDayFirst(tokens: readonly Token[], i: number): CoreDate | null {
  const day = matchDay(tokens, i);
  if (!day) return null;
  let k = day.end;
  // "19 / أكتوبر / تشرين أول 1970", "26 - حزيران - 2009" and "4 شهر ربيع الثاني 1439 هـ"
  const dashed = isPunct(tokens[k], '-') && GREGORIAN_MONTHS.match(tokens, k + 1) !== null;
  if (dashed || ((isPunct(tokens[k], '/') || isWord(tokens[k], 'شهر')) && (GREGORIAN_MONTHS.match(tokens, k + 1) || HIJRI_MONTHS.match(tokens, k + 1)))) k++;

  const gregorian = matchGregorianMonth(tokens, k);
  if (gregorian) {
    if (day.day > maxDaysInMonth(gregorian.month)) return null;
    const base = { start: i, kind: 'absolute', calendar: 'gregorian', month: gregorian.month, day: day.day } as const;
    // After "26 - حزيران" only "- 2009" completes the date: a dash then a year, as the day was written.
    if (dashed) {
      const year = isPunct(tokens[gregorian.end], '-') ? matchGregorianYear(tokens, gregorian.end + 1) : null;
      return year ? coreDate({ ...base, end: year.end, year: year.year }) : null;
    }
    // "18 / ديسمبر / 2016": a slash after the day may stand after the month too.
    const slashedYear = isPunct(tokens[day.end], '/') && isPunct(tokens[gregorian.end], '/');
    const year = matchGregorianYear(tokens, slashedYear ? gregorian.end + 1 : gregorian.end);
    if (year) return coreDate({ ...base, end: year.end, year: year.year });
    const qualifier = MONTH_QUALIFIERS.match(tokens, gregorian.end);
    if (qualifier) return coreDate({ ...base, end: qualifier.end, monthQualifier: qualifier.value });
    const yearShift = YEAR_SHIFTS.match(tokens, gregorian.end);
    if (yearShift) return coreDate({ ...base, end: yearShift.end, yearShift: yearShift.value });
    return coreDate({ ...base, end: gregorian.end });
  }

  const hijri = HIJRI_MONTHS.match(tokens, k);
  if (hijri) {
    if (day.day > 30) return null;
    const base = { start: i, kind: 'hijri', calendar: 'hijri', month: hijri.value, day: day.day } as const;
    const year = matchHijriYear(tokens, hijri.end);
    if (year) return coreDate({ ...base, end: year.end, year: year.year });
    if (hijri.value === HIJRI_SAFAR) return null;
    // "12 شوال الجاري", "العاشر من شعبان الماضي", "السادس من رمضان القادم"; "المبارك" is Ramadan's epithet.
    const qualifier = MONTH_QUALIFIERS.match(tokens, hijri.end);
    if (qualifier) return coreDate({ ...base, end: qualifier.end, monthQualifier: qualifier.value });
    return coreDate({ ...base, end: isWord(tokens[hijri.end], 'المبارك') ? hijri.end + 1 : hijri.end });
  }

  // "الخامس من الشهر الجاري" — only with "من" or an ordinal, else "5 الشهر الماضي" would read oddly.
  const relativeMonth = RELATIVE_MONTHS.match(tokens, k);
  if (relativeMonth && isWord(tokens[k - 1], 'من')) {
    return coreDate({ start: i, end: relativeMonth.end, kind: 'absolute', calendar: 'gregorian', monthShift: relativeMonth.value, day: day.day });
  }
  return null;
}

function matchMonthFirst(tokens: readonly Token[], i: number): CoreDate | null {
  const k = isWord(tokens[i], 'شهر') ? i + 1 : i;

  const gregorian = matchGregorianMonth(tokens, k);
  if (gregorian) {
    const base = { start: i, kind: 'absolute', calendar: 'gregorian', month: gregorian.month } as const;
    // "آذار 14, 2021": the day is only trusted when a year follows.
    const dayToken = tokens[gregorian.end];
    if (k === i && isNum(dayToken) && dayToken.norm.length <= 2 && dayToken.value >= 1 && dayToken.value <= maxDaysInMonth(gregorian.month)) {
      const year = matchGregorianYear(tokens, gregorian.end + 1);
      if (year) return coreDate({ ...base, end: year.end, year: year.year, day: dayToken.value });
    }
    const year = matchGregorianYear(tokens, gregorian.end);
    if (year) return coreDate({ ...base, end: year.end, year: year.year });
    const qualifier = MONTH_QUALIFIERS.match(tokens, gregorian.end);
    if (qualifier) return coreDate({ ...base, end: qualifier.end, monthQualifier: qualifier.value });
    return null;
  }

  const hijri = HIJRI_MONTHS.match(tokens, k);
  if (hijri) {
    const year = matchHijriYear(tokens, hijri.end);
    if (!year) return null;
    return coreDate({ start: i, end: year.end, kind: 'hijri', calendar: 'hijri', month: hijri.value, year: year.year });
  }
  return null;
}

export function matchNamedDate(tokens: readonly Token[], i: number): CoreDate | null {
  const dayFirst = matchDayFirst(tokens, i);
  const monthFirst = dayFirst ? null : matchMonthFirst(tokens, i);
  return dayFirst ?? monthFirst;
}
