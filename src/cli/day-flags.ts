/**
 * `--from` / `--to` as every verb reads them: a real calendar day written YYYY-MM-DD, and a range
 * that is not backwards. A day that does not exist ("2015-13-45", "2015-02-30") or a range with
 * nothing in it is a usage error, not an empty result a user could take for "no evidence".
 */
import { parseReference } from '../arabic/dates/calendar.js';
import { InputError } from '../core/errors.js';

/** True for YYYY-MM-DD (nothing else) naming a day of the Gregorian calendar. */
export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(value) && parseReference(value) !== null;
}

/** Throws a one-line usage error naming the flag when --from or --to is no day, or --from is after --to. */
export function checkDayFlags(flags: { from?: string | undefined; to?: string | undefined }): void {
  for (const [name, value] of [['--from', flags.from], ['--to', flags.to]] as const) {
    if (value !== undefined && !isCalendarDay(value)) throw new InputError(name, `expected a date YYYY-MM-DD, found "${value}"`, 'usage');
  }
  if (flags.from !== undefined && flags.to !== undefined && flags.from > flags.to) {
    throw new InputError('--from', `${flags.from} is after --to ${flags.to}: the range holds no day`, 'usage');
  }
}
