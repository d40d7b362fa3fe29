/**
 * `--from` / `--to` as every verb reads them: a real calendar day written YYYY-MM-DD, and a range
 * that is not backwards. A day that does not exist ("2015-13-45", "2015-02-30") or a range with
 * nothing in it is a usage error, not an empty result a user could take for "no evidence".
 */
import { InputError } from '../core/errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for YYYY-MM-DD naming a day of the Gregorian calendar. */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
