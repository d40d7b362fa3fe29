/**
 * Hijri months and Hijri → Gregorian conversion.
 *
 * Conversion uses the Umm al-Qura calendar (Saudi Arabia's official one, and what Gulf outlets print)
 * through ICU: `Intl.DateTimeFormat` with calendar `islamic-umalqura` (supported by Node 20's full ICU)
 * formats a Gregorian day as a Hijri one, so we start from the arithmetical estimate and search the
 * few neighbouring days for the one ICU labels with the wanted Hijri date.
 *
 * Fallback: when ICU lacks the calendar, or the Hijri date does not exist in Umm al-Qura (day 30 of a
 * 29-day month), the tabular "civil" Islamic calendar is used (30-year cycle with 11 leap years, epoch
 * 16 July 622 Julian). It differs from Umm al-Qura — and from local moon sighting — by up to ±1–2 days.
 * ICU's Umm al-Qura data covers 1300–1600 AH; outside it ICU itself falls back to the civil calendar.
 */
import { epochDay, fromEpochDay, type YMD } from './calendar.js';
import { PhraseTable } from './phrases.js';

/** Source: standard Hijri month names with their common spellings; compiled by the project. */
export const HIJRI_MONTH_NAMES: readonly (readonly string[])[] = [
  /* 1 */ ['محرم', 'المحرم'],
  /* 2 */ ['صفر'],
  /* 3 */ ['ربيع الأول', 'ربيع أول'],
  /* 4 */ ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني', 'ربيع آخر'],
  /* 5 */ ['جمادى الأولى', 'جمادى الأول', 'جمادى أولى'],
  /* 6 */ ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني', 'جمادى ثانية'],
  /* 7 */ ['رجب'],
  /* 8 */ ['شعبان'],
  /* 9 */ ['رمضان'],
  /* 10 */ ['شوال'],
  /* 11 */ ['ذو القعدة', 'ذي القعدة', 'ذا القعدة'],
  /* 12 */ ['ذو الحجة', 'ذي الحجة', 'ذا الحجة'],
];

export const HIJRI_MONTHS = new PhraseTable<number>(
  HIJRI_MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Days from 1970-01-01 of a Hijri date in the tabular (civil) Islamic calendar. */
export function tabularHijriToEpochDay(year: number, month: number, day: number): number {
  const daysSinceEpoch =
    day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30);
  // Day 1 of the Islamic era (16 July 622 Julian) is epoch day −492148.
  return daysSinceEpoch - 492_149;
}

function makeUmmAlQuraFormatter(): Intl.DateTimeFormat | null {
  try {
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    return format.resolvedOptions().calendar === 'islamic-umalqura' ? format : null;
  } catch {
    return null;
  }
}

const UMM_AL_QURA = makeUmmAlQuraFormatter();

/** Whether conversions use ICU's Umm al-Qura calendar (true on Node builds with full ICU). */
export const usesUmmAlQura = UMM_AL_QURA !== null;

function ummAlQuraOf(days: number, format: Intl.DateTimeFormat): YMD {
  let year = NaN;
  let month = NaN;
  let day = NaN;
  for (const part of format.formatToParts(new Date(days * 86_400_000))) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return { year, month, day };
}

// Umm al-Qura and the civil calendar rarely differ by more than 2 days; 4 leaves a margin.
const SEARCH_RADIUS_DAYS = 4;

/** Epoch day of a Hijri date (Umm al-Qura when available, else tabular). */
export function hijriToEpochDay(year: number, month: number, day: number): number {
  const estimate = tabularHijriToEpochDay(year, month, day);
  if (UMM_AL_QURA) {
    for (let step = 0; step <= SEARCH_RADIUS_DAYS * 2; step++) {
      const candidate = estimate + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
      const h = ummAlQuraOf(candidate, UMM_AL_QURA);
      if (h.year === year && h.month === month && h.day === day) return candidate;
    }
  }
  return estimate;
}

/** The Gregorian day of a Hijri date (month 1–12, day 1–30). */
export function gregorianFromHijri(year: number, month: number, day: number): { year: number; month: number; day: number } {
  return fromEpochDay(hijriToEpochDay(year, month, day));
}

/** The Hijri date of a Gregorian day (Umm al-Qura when available, else tabular). */
export function hijriFromGregorian(year: number, month: number, day: number): YMD {
  const days = epochDay(year, month, day);
  if (UMM_AL_QURA) {
    const h = ummAlQuraOf(days, UMM_AL_QURA);
    if (Number.isFinite(h.year) && Number.isFinite(h.month) && Number.isFinite(h.day)) return h;
  }
  // Tabular inverse: estimate the year, then walk to the month that contains the day.
  let hy = Math.floor(((days + 492_148) * 30) / 10_631) + 1;
  while (tabularHijriToEpochDay(hy + 1, 1, 1) <= days) hy++;
  while (tabularHijriToEpochDay(hy, 1, 1) > days) hy--;
  let hm = 12;
  while (hm > 1 && tabularHijriToEpochDay(hy, hm, 1) > days) hm--;
  return { year: hy, month: hm, day: days - tabularHijriToEpochDay(hy, hm, 1) + 1 };
}
