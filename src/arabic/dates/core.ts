/**
 * The intermediate record every explicit-date matcher (numeric.ts, named.ts) returns: what the text
 * states, before the year is inferred or the Hijri date converted (resolve.ts does that). Keeping
 * "what was written" apart from "what it means" lets the weekday next to a date serve as evidence
 * for its year.
 */

/** −1 = the previous one ("الماضي"), 0 = the current one ("الجاري"), 1 = the next one ("المقبل"). */
export type Shift = -1 | 0 | 1;

export interface CoreDate {
  /** Token index of the first token, and of the first token after the date. */
  start: number;
  end: number;
  kind: 'absolute' | 'numeric' | 'hijri';
  calendar: 'gregorian' | 'hijri';
  year: number | null;
  /** Named or numeric month; null when the month is relative ("الخامس من الشهر الجاري"). */
  month: number | null;
  /** For "الشهر الماضي/الجاري/المقبل" in place of a month name. */
  monthShift: Shift | null;
  day: number | null;
  /** "5 ديسمبر الماضي": which occurrence of the month, counted from the reference month. */
  monthQualifier: Shift | null;
  /** "5 مارس من العام الماضي": the year counted from the reference year. */
  yearShift: Shift | null;
}

export function coreDate(fields: Partial<CoreDate> & Pick<CoreDate, 'start' | 'end' | 'kind' | 'calendar'>): CoreDate {
  return { year: null, month: null, monthShift: null, day: null, monthQualifier: null, yearShift: null, ...fields };
}
