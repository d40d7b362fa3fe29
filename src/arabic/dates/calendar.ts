/**
 * Gregorian calendar arithmetic on "epoch days" (days since 1970-01-01, proleptic Gregorian, UTC).
 * Working in whole days avoids time-zone and DST traps: a news date is a calendar day, not an instant.
 */
import type { DateParts } from './types.js';

const MS_PER_DAY = 86_400_000;

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function epochDay(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function fromEpochDay(days: number): YMD {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** The longest the month can be in any year (29 for February): used before the year is known. */
export function maxDaysInMonth(month: number): number {
  return month === 2 ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Shift a (year, month) pair by whole months: (2021, 1) − 1 → (2020, 12). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM' (':SS' when seconds are known) when hour and minute are known.
 * Null unless year, month and day are all known and form a real date in years 1–9999.
 */
export function toIso(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (year === null || month === null || day === null) return null;
  if (year < 1 || year > 9999 || !isValidDate(year, month, day)) return null;
  let iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  const { hour, minute, second } = parts;
  if (hour !== undefined && minute !== undefined && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59) {
    iso += `T${pad(hour, 2)}:${pad(minute, 2)}`;
    if (second !== undefined && second >= 0 && second <= 59) iso += `:${pad(second, 2)}`;
  }
  return iso;
}

/** 'YYYY-MM-DD' `delta` days after the day `iso` starts with (before, when negative); null when it is no day. */
export function shiftDay(iso: string, delta: number): string | null {
  const day = parseReference(iso);
  return day ? toIso(fromEpochDay(day.epoch + delta)) : null;
}

export interface ReferenceDay extends YMD {
  epoch: number;
}

const REFERENCE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u;

/**
 * The calendar day of a reference ('YYYY-MM-DD' or an ISO datetime). The date part is taken as
 * written, without time-zone conversion: it is the day the outlet printed. Null when unusable.
 */
export function parseReference(reference: string | null | undefined): ReferenceDay | null {
  if (typeof reference !== 'string') return null;
  const m = REFERENCE.exec(reference);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return null;
  return { year, month, day, epoch: epochDay(year, month, day) };
}
