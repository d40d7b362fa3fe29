/**
 * Arabic date parser: finds dates in Arabic news text and resolves them to Gregorian days.
 * See README.md in this folder for the conventions (missing years, relative dates, Hijri conversion).
 */
export type { DateKind, DateMatch, DateParts, FindDatesOptions } from './types.js';
export { findDates, parseDate } from './find.js';
export { toIso } from './calendar.js';
export { gregorianFromHijri } from './hijri.js';
export { WEEKDAYS } from './weekdays.js';
