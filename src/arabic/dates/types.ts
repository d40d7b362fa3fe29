/**
 * Public types of the date parser. Spans are stand-off (offsets into the caller's string, UTF-16
 * code units, `end` exclusive) so that callers can highlight or cut without copying text around.
 */

/**
 * A calendar date in the proleptic Gregorian calendar (Hijri dates are converted).
 * Granularity is told by which fields are null: a year-only date ("العام الماضي") has
 * `month: null, day: null`; a month ("الشهر الماضي", "مارس 2018") has `day: null`.
 * A relative expression without a reference date has every field null.
 */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  hour?: number;
  minute?: number;
  second?: number;
}

/**
 * - absolute: a named Gregorian month ("14 آذار 2021"), or a year ("عام 2014")
 * - numeric:  digits and separators ("2021/03/14", "14-3-2021")
 * - hijri:    a Hijri date, named or numeric ("5 رمضان 1442 هـ", "1439/3/20 ه")
 * - relative: counted from the reference date ("أمس", "قبل يومين", "الشهر الماضي")
 * - weekday:  a weekday alone ("يوم الثلاثاء", "الثلاثاء الماضي")
 */
export type DateKind = 'absolute' | 'numeric' | 'hijri' | 'relative' | 'weekday';

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  parts: DateParts;
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM[:SS]' with a time, when year, month and day are all known. */
  iso: string | null;
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday. */
  weekday: number | null;
  /** True when the text gives day and month (or month) but the year was taken from the reference date. */
  yearInferred: boolean;
}

export interface FindDatesOptions {
  /** 'YYYY-MM-DD' or an ISO datetime: the publication date, for relative dates and missing years. */
  reference?: string | null;
}
