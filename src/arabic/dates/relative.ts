/**
 * Expressions counted from the reference (publication) date. Conventions, chosen to match how news
 * is written:
 * - "اليوم", "أمس", "أول من أمس", "غداً": reference + 0, −1, −2, +1.
 * - A weekday alone ("الثلاثاء", "يوم الثلاثاء", "اليوم الثلاثاء"): the most recent such day on or
 *   before the reference (0–6 days back) — news reports what happened this week.
 *   "الثلاثاء الماضي" and "أمس الثلاثاء": strictly before (1–7 days back); when "أمس" and the
 *   weekday disagree, the weekday wins (the reference may be a crawl date, not the print date).
 *   "الثلاثاء المقبل" and "غداً الثلاثاء": strictly after (1–7 days ahead).
 * - "الأسبوع الماضي"/"منذ أسبوع": the day 7 days before (a week is not a day, but a day a week back
 *   is what a timeline needs); "الأسبوع المقبل": 7 days after.
 * - "الشهر الماضي", "قبل 3 أشهر": a month (day null). "العام الماضي", "قبل عامين": a year (month null).
 * - "عام 2014", "سنة 2014": a year stated in the text (kind 'absolute', month null); a bare "2014"
 *   is not a date.
 * Without a reference, every field of a relative date is null (iso null).
 */
import { addMonths, fromEpochDay, weekdayOfEpochDay, type ReferenceDay } from './calendar.js';
import { matchDayAnchor, matchWeekdayPhrase } from './anchors.js';
import { HIJRI_MONTHS } from './hijri.js';
import { GREGORIAN_MONTHS } from './months.js';
import { MONTH_QUALIFIERS } from './named.js';
import { CARDINAL_WORDS } from './numbers.js';
import { GREGORIAN_MARKERS, GREGORIAN_YEAR_MAX, GREGORIAN_YEAR_MIN, HIJRI_MARKERS } from './numeric.js';
import { PhraseTable } from './phrases.js';
import { isNum, isWord, type Token } from './tokens.js';
import type { DateKind, DateParts } from './types.js';
import { weekdayAt } from './weekdays.js';

export interface RelativeDate {
  start: number;
  end: number;
  kind: DateKind;
  parts: DateParts;
  weekday: number | null;
  /** Whether the expression names a day (so that a time may follow it). */
  dayLevel: boolean;
}

const UNKNOWN: DateParts = { year: null, month: null, day: null };

function dayParts(reference: ReferenceDay | null, offset: number): DateParts {
  if (!reference) return { ...UNKNOWN };
  const { year, month, day } = fromEpochDay(reference.epoch + offset);
  return { year, month, day };
}

/** Days from the reference to the wanted weekday, searching `from`..`to` days (inclusive, signed). */
function weekdayOffset(reference: ReferenceDay, weekday: number, direction: 'back' | 'ahead', firstStep: number): number {
  for (let step = firstStep; step <= firstStep + 6; step++) {
    const offset = direction === 'back' ? -step : step;
    if (weekdayOfEpochDay(reference.epoch + offset) === weekday) return offset;
  }
  return 0; // unreachable: seven consecutive days cover every weekday
}

function matchWeekdayDate(tokens: readonly Token[], i: number, reference: ReferenceDay | null): RelativeDate | null {
  const phrase = matchWeekdayPhrase(tokens, i);
  if (!phrase) return null;
  let end = phrase.end;
  let qualifier: -1 | 0 | 1 | null = null;
  if (phrase.anchorOffset === null) {
    const q = MONTH_QUALIFIERS.match(tokens, end); // the same masculine qualifiers: "الثلاثاء الماضي"
    if (q && q.value !== 0) {
      qualifier = q.value;
      end = q.end;
    }
  }
  let parts: DateParts = { ...UNKNOWN };
  if (reference) {
    const anchor = phrase.anchorOffset;
    let offset: number;
    if (anchor !== null && anchor > 0) offset = weekdayOffset(reference, phrase.weekday, 'ahead', 1);
    else if (qualifier === 1) offset = weekdayOffset(reference, phrase.weekday, 'ahead', 1);
    else if (qualifier === -1 || (anchor !== null && anchor < 0)) offset = weekdayOffset(reference, phrase.weekday, 'back', 1);
    else offset = weekdayOffset(reference, phrase.weekday, 'back', 0);
    // "أول أمس الثلاثاء" and "بعد غد الخميس": honour the anchor when it agrees with the weekday.
    if (anchor !== null && anchor !== 0 && weekdayOfEpochDay(reference.epoch + anchor) === phrase.weekday) offset = anchor;
    parts = dayParts(reference, offset);
  }
  return {
    start: i, end, kind: phrase.anchorOffset === null ? 'weekday' : 'relative',
    parts, weekday: phrase.weekday, dayLevel: true,
  };
}

function matchAnchorDate(tokens: readonly Token[], i: number, reference: ReferenceDay | null): RelativeDate | null {
  const anchor = matchDayAnchor(tokens, i);
  if (!anchor) return null;
  return { start: i, end: anchor.end, kind: 'relative', parts: dayParts(reference, anchor.offset), weekday: null, dayLevel: true };
}

type Unit = 'day' | 'week' | 'month' | 'year';

/** Unit words and the count they carry on their own (singular 1, dual 2) or null for a plural. */
const UNIT_WORDS = new PhraseTable<{ unit: Unit; count: number | null }>([
  ['يوم', { unit: 'day', count: 1 }], ['يوما', { unit: 'day', count: null }], ['يومين', { unit: 'day', count: 2 }],
  ['يومان', { unit: 'day', count: 2 }], ['أيام', { unit: 'day', count: null }],
  ['أسبوع', { unit: 'week', count: 1 }], ['أسبوعا', { unit: 'week', count: null }], ['أسبوعين', { unit: 'week', count: 2 }],
  ['أسابيع', { unit: 'week', count: null }],
  ['شهر', { unit: 'month', count: 1 }], ['شهرا', { unit: 'month', count: null }], ['شهرين', { unit: 'month', count: 2 }],
  ['أشهر', { unit: 'month', count: null }], ['شهور', { unit: 'month', count: null }],
  ['عام', { unit: 'year', count: 1 }], ['عاما', { unit: 'year', count: null }], ['عامين', { unit: 'year', count: 2 }],
  ['سنة', { unit: 'year', count: 1 }], ['سنتين', { unit: 'year', count: 2 }], ['أعوام', { unit: 'year', count: null }],
  ['سنوات', { unit: 'year', count: null }], ['سنين', { unit: 'year', count: null }],
]);

const DIRECTION_WORDS = new PhraseTable<-1 | 1>([['قبل', -1], ['منذ', -1], ['مذ', -1], ['بعد', 1]]);

const MAX_COUNT = 1000;

function spanParts(reference: ReferenceDay | null, unit: Unit, amount: number): DateParts {
  if (!reference) return { ...UNKNOWN };
  switch (unit) {
    case 'day': return dayParts(reference, amount);
    case 'week': return dayParts(reference, amount * 7);
    case 'month': {
      const { year, month } = addMonths(reference.year, reference.month, amount);
      return { year, month, day: null };
    }
    case 'year': return { year: reference.year + amount, month: null, day: null };
  }
}

/** "قبل يومين", "منذ ثلاثة أيام", "قبل 3 أشهر", "بعد أسبوع", "منذ عام". */
function matchCountedSpan(tokens: readonly Token[], i: number, reference: ReferenceDay | null): RelativeDate | null {
  const direction = DIRECTION_WORDS.match(tokens, i, true);
  if (!direction) return null;
  let k = direction.end;
  let count: number | null = null;
  const t = tokens[k];
  if (isNum(t)) {
    count = t.value;
    k++;
  } else {
    const word = CARDINAL_WORDS.match(tokens, k);
    if (word) {
      count = word.value;
      k = word.end;
    }
  }
  const unit = UNIT_WORDS.match(tokens, k);
  if (!unit) return null;
  const end = unit.end;
  if (count === null) {
    if (unit.value.count === null) return null; // "قبل أيام": a few days, no number
    count = unit.value.count;
    // "منذ عام 2011" is "since the year 2011"; "قبل شهر رمضان", "قبل يوم الجمعة" name a point, not a span.
    const next = tokens[end];
    if (isNum(next) || GREGORIAN_MONTHS.match(tokens, end) || HIJRI_MONTHS.match(tokens, end) || weekdayAt(tokens, end, false) || matchDayAnchor(tokens, end)) return null;
  } else if (unit.value.count !== null && unit.value.count !== 1) {
    return null; // "قبل 3 يومين" is not Arabic
  }
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) return null;
  // "قبل يومين من الانتخابات" counts from another event, not from the publication date.
  if (isWord(tokens[end], 'من', 'علي')) return null;
  const amount = direction.value * count;
  return { start: i, end, kind: 'relative', parts: spanParts(reference, unit.value.unit, amount), weekday: null, dayLevel: unit.value.unit === 'day' || unit.value.unit === 'week' };
}

/** "الأسبوع الماضي", "الشهر المقبل", "العام الماضي", "السنة الماضية", "هذا العام". */
const PERIODS = new PhraseTable<{ unit: Unit; shift: -1 | 0 | 1 }>([
  ...(['الماضي', 'المنصرم', 'الفائت'] as const).flatMap((q) => [
    [`الأسبوع ${q}`, { unit: 'week', shift: -1 }], [`الشهر ${q}`, { unit: 'month', shift: -1 }], [`العام ${q}`, { unit: 'year', shift: -1 }],
  ] as const),
  ...(['الماضية', 'المنصرمة', 'الفائتة'] as const).map((q) => [`السنة ${q}`, { unit: 'year', shift: -1 }] as const),
  ...(['المقبل', 'القادم'] as const).flatMap((q) => [
    [`الأسبوع ${q}`, { unit: 'week', shift: 1 }], [`الشهر ${q}`, { unit: 'month', shift: 1 }], [`العام ${q}`, { unit: 'year', shift: 1 }],
  ] as const),
  ...(['المقبلة', 'القادمة'] as const).map((q) => [`السنة ${q}`, { unit: 'year', shift: 1 }] as const),
  ...(['الجاري', 'الحالي'] as const).flatMap((q) => [
    [`الشهر ${q}`, { unit: 'month', shift: 0 }], [`العام ${q}`, { unit: 'year', shift: 0 }],
  ] as const),
  ['السنة الجارية', { unit: 'year', shift: 0 }], ['السنة الحالية', { unit: 'year', shift: 0 }],
  ['هذا الشهر', { unit: 'month', shift: 0 }], ['هذا العام', { unit: 'year', shift: 0 }], ['هذه السنة', { unit: 'year', shift: 0 }],
]);

function matchPeriod(tokens: readonly Token[], i: number, reference: ReferenceDay | null): RelativeDate | null {
  const hit = PERIODS.match(tokens, i, true);
  if (!hit) return null;
  const { unit, shift } = hit.value;
  return { start: i, end: hit.end, kind: 'relative', parts: spanParts(reference, unit, shift), weekday: null, dayLevel: unit === 'week' };
}

const YEAR_WORDS = new PhraseTable<true>([['عام', true], ['العام', true], ['سنة', true], ['السنة', true]]);

/** "عام 2014", "العام 2014", "سنة 2014 م": a year the text states. */
function matchStatedYear(tokens: readonly Token[], i: number): RelativeDate | null {
  const word = YEAR_WORDS.match(tokens, i, true);
  if (!word) return null;
  const t = tokens[word.end];
  if (!isNum(t) || t.norm.length !== 4 || t.value < GREGORIAN_YEAR_MIN || t.value > GREGORIAN_YEAR_MAX) return null;
  if (isWord(tokens[word.end + 1], ...HIJRI_MARKERS)) return null; // a Hijri year has no single Gregorian year
  const end = isWord(tokens[word.end + 1], ...GREGORIAN_MARKERS) ? word.end + 2 : word.end + 1;
  return { start: i, end, kind: 'absolute', parts: { year: t.value, month: null, day: null }, weekday: null, dayLevel: false };
}

/** Folded words that can begin a relative expression (for find.ts's pre-filter). */
export function relativeStarterWords(): string[] {
  return [DIRECTION_WORDS, PERIODS, YEAR_WORDS].flatMap((table) => [...table.firstWords()]);
}

/** The longest relative expression starting at token `i`, or null. */
export function matchRelative(tokens: readonly Token[], i: number, reference: ReferenceDay | null): RelativeDate | null {
  let best: RelativeDate | null = null;
  for (const candidate of [
    matchWeekdayDate(tokens, i, reference),
    matchAnchorDate(tokens, i, reference),
    matchCountedSpan(tokens, i, reference),
    matchPeriod(tokens, i, reference),
    matchStatedYear(tokens, i),
  ]) {
    if (candidate && (!best || candidate.end > best.end)) best = candidate;
  }
  return best;
}
