/**
 * From what the text states (a CoreDate) to a Gregorian DateParts, using the reference date for
 * whatever the text leaves out.
 *
 * Missing year ("الثلاثاء 9 آذار", "5 رمضان"), with a reference date:
 *   1. A weekday named next to the date is evidence: among reference year −1, +0, +1, the one year
 *      in which that day falls on that weekday is taken.
 *   2. Otherwise (no weekday, or it contradicts every candidate), the latest candidate that is not
 *      more than MAX_DAYS_AHEAD after the reference: news reports what happened, or what is
 *      scheduled soon. This is the reference year, or the previous year when the day would be more
 *      than ~2 months ahead — and, at a year's end, next year ("5 كانون الثاني" written on
 *      30 December means 5 January of the coming year).
 *   The year is then flagged `yearInferred`. Without a reference there is no year (never guessed).
 * Qualified months ("20 يناير الجاري", "5 ديسمبر الماضي", "من العام الماضي") are counted from the
 * reference month or year instead; the year is still flagged inferred, since the text does not give it.
 */
import { addMonths, epochDay, fromEpochDay, isValidDate, weekdayOfEpochDay, type ReferenceDay } from './calendar.js';
import type { CoreDate } from './core.js';
import { hijriFromGregorian, hijriToEpochDay } from './hijri.js';
import type { DateParts } from './types.js';

/** How far after the reference a yearless date may fall before we assume the previous year. */
export const MAX_DAYS_AHEAD = 62;

export interface Resolved {
  parts: DateParts;
  yearInferred: boolean;
}

const UNKNOWN: DateParts = { year: null, month: null, day: null };

interface Candidate {
  epoch: number;
}

/** Pick among candidate days (one per candidate year) following the rules above. */
export function chooseCandidate<T extends Candidate>(candidates: readonly T[], reference: ReferenceDay, weekday: number | null): T | null {
  if (candidates.length === 0) return null;
  if (weekday !== null) {
    const agreeing = candidates.filter((c) => weekdayOfEpochDay(c.epoch) === weekday);
    if (agreeing.length === 1) return agreeing[0] ?? null;
  }
  const sorted = [...candidates].sort((a, b) => a.epoch - b.epoch);
  let chosen: T | null = null;
  for (const c of sorted) if (c.epoch <= reference.epoch + MAX_DAYS_AHEAD) chosen = c;
  return chosen ?? sorted[0] ?? null;
}

function resolveGregorian(core: CoreDate, weekday: number | null, reference: ReferenceDay | null): Resolved | null {
  const { day } = core;

  if (core.monthShift !== null) {
    if (!reference) return { parts: { ...UNKNOWN, day }, yearInferred: false };
    const { year, month } = addMonths(reference.year, reference.month, core.monthShift);
    if (day !== null && !isValidDate(year, month, day)) return null;
    return { parts: { year, month, day }, yearInferred: true };
  }

  const month = core.month;
  if (month === null) return null;

  if (core.year !== null) {
    if (day !== null && !isValidDate(core.year, month, day)) return null;
    return { parts: { year: core.year, month, day }, yearInferred: false };
  }

  if (!reference) return { parts: { year: null, month, day }, yearInferred: false };

  if (core.monthQualifier !== null) {
    const year = qualifiedYear(month, core.monthQualifier, reference.year, reference.month);
    // "الجاري" naming another month contradicts the reference: fall back to the default rule.
    if (year === null) return inferYear(month, day, weekday, reference);
    if (day !== null && !isValidDate(year, month, day)) return null;
    return { parts: { year, month, day }, yearInferred: true };
  }

  if (core.yearShift !== null) {
    const year = reference.year + core.yearShift;
    if (day !== null && !isValidDate(year, month, day)) return null;
    return { parts: { year, month, day }, yearInferred: true };
  }

  return inferYear(month, day, weekday, reference);
}

/**
 * The year of the previous (−1), current (0) or next (+1) occurrence of `month`, counted from the
 * reference's month (in the same calendar). Null when "current" names another month.
 */
function qualifiedYear(month: number, qualifier: -1 | 0 | 1, referenceYear: number, referenceMonth: number): number | null {
  if (qualifier === 0) return month === referenceMonth ? referenceYear : null;
  if (qualifier === -1) return month >= referenceMonth ? referenceYear - 1 : referenceYear;
  return month <= referenceMonth ? referenceYear + 1 : referenceYear;
}

function inferYear(month: number, day: number | null, weekday: number | null, reference: ReferenceDay): Resolved | null {
  const dayOrFirst = day ?? 1;
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .filter((year) => isValidDate(year, month, dayOrFirst))
    .map((year) => ({ year, epoch: epochDay(year, month, dayOrFirst) }));
  const chosen = chooseCandidate(candidates, reference, day === null ? null : weekday);
  if (!chosen) return null;
  return { parts: { year: chosen.year, month, day }, yearInferred: true };
}

function resolveHijri(core: CoreDate, weekday: number | null, reference: ReferenceDay | null): Resolved | null {
  const month = core.month;
  if (month === null) return null;
  if (core.year !== null) {
    const g = fromEpochDay(hijriToEpochDay(core.year, month, core.day ?? 1));
    // A Hijri month spans two Gregorian ones; month-only Hijri dates are reported by their first day's month.
    return { parts: { year: g.year, month: g.month, day: core.day === null ? null : g.day }, yearInferred: false };
  }
  if (!reference || core.day === null) return { parts: { ...UNKNOWN }, yearInferred: false };
  const h = hijriFromGregorian(reference.year, reference.month, reference.day);
  const day = core.day;
  if (core.monthQualifier !== null) {
    const year = qualifiedYear(month, core.monthQualifier, h.year, h.month);
    if (year !== null) {
      const g = fromEpochDay(hijriToEpochDay(year, month, day));
      return { parts: { year: g.year, month: g.month, day: g.day }, yearInferred: true };
    }
  }
  const candidates = [h.year - 1, h.year, h.year + 1].map((year) => ({ epoch: hijriToEpochDay(year, month, day) }));
  const chosen = chooseCandidate(candidates, reference, weekday);
  if (!chosen) return null;
  const g = fromEpochDay(chosen.epoch);
  return { parts: { year: g.year, month: g.month, day: g.day }, yearInferred: true };
}

/** Null when the stated date cannot exist (30 February 2021), so that it is not reported. */
export function resolveCore(core: CoreDate, weekday: number | null, reference: ReferenceDay | null): Resolved | null {
  return core.calendar === 'hijri' ? resolveHijri(core, weekday, reference) : resolveGregorian(core, weekday, reference);
}
