/**
 * Time of day next to a date: "18:05", "6:05 م", "06:05 مساءً", "01 : 13 م", "الساعة 18:05",
 * "10:30:15". Minutes must have two digits, which keeps scores ("2:1") and verse numbers ("3:16")
 * out — those have a single-digit right side far more often than times do.
 */
import { isNum, isPunct, isWord, type Token } from './tokens.js';

export interface TimeOfDay {
  hour: number;
  minute: number;
  second?: number;
}

export interface TimeHit {
  time: TimeOfDay;
  end: number;
}

type Meridiem = 'am' | 'pm' | 'noon' | 'night';

/** Words after a time that tell the half of the day (folded: مساءً → مساء). */
const MERIDIEM: ReadonlyMap<string, Meridiem> = new Map<string, Meridiem>([
  ['م', 'pm'], ['مساء', 'pm'], ['مساءا', 'pm'], ['عصرا', 'pm'], ['pm', 'pm'],
  ['ص', 'am'], ['صباحا', 'am'], ['صباح', 'am'], ['فجرا', 'am'], ['am', 'am'],
  ['ظهرا', 'noon'], ['ليلا', 'night'],
]);

function applyMeridiem(hour: number, meridiem: Meridiem): number {
  if (hour > 12) return hour; // already on a 24-hour clock
  switch (meridiem) {
    case 'pm': return hour === 12 ? 12 : hour + 12;
    case 'am': return hour === 12 ? 0 : hour;
    case 'noon': return hour >= 1 && hour <= 5 ? hour + 12 : hour; // "1 ظهرا" is 13:00, "11 ظهرا" 11:00
    case 'night': return hour >= 6 && hour <= 11 ? hour + 12 : hour === 12 ? 0 : hour;
  }
}

function twoDigitNumber(token: Token | undefined, max: number): number | null {
  return isNum(token) && token.norm.length === 2 && token.value <= max ? token.value : null;
}

/** A time at token `i`, optionally introduced by "الساعة". */
export function matchTime(tokens: readonly Token[], i: number): TimeHit | null {
  let k = i;
  if (isWord(tokens[k], 'الساعه')) k++;
  const hourToken = tokens[k];
  if (!isNum(hourToken) || hourToken.norm.length > 2 || hourToken.value > 23) return null;
  if (!isPunct(tokens[k + 1], ':')) return null;
  const minute = twoDigitNumber(tokens[k + 2], 59);
  if (minute === null) return null;
  let end = k + 3;
  const time: TimeOfDay = { hour: hourToken.value, minute };
  if (isPunct(tokens[end], ':')) {
    const second = twoDigitNumber(tokens[end + 1], 59);
    if (second !== null) {
      time.second = second;
      end += 2;
    }
  }
  const marker = tokens[end];
  const meridiem = marker?.kind === 'word' ? MERIDIEM.get(marker.norm) : undefined;
  if (meridiem) {
    time.hour = applyMeridiem(time.hour, meridiem);
    end++;
  }
  return { time, end };
}

/**
 * A time right after a date: "2021-03-14 18:05", "… 2021 - 18:05", "…، الساعة 6:05 م",
 * "2021-03-14T18:05", "(18:05)".
 */
export function matchTimeAfter(tokens: readonly Token[], i: number): TimeHit | null {
  let k = i;
  let paren = false;
  if (isPunct(tokens[k], ',', '-', '|')) k++;
  else if (isPunct(tokens[k], '(')) { paren = true; k++; }
  else if (isWord(tokens[k], 't') && !tokens[k]?.gapBefore) k++;
  if (isWord(tokens[k], 'في', 'علي', 'عند') && isWord(tokens[k + 1], 'الساعه')) k++;
  const hit = matchTime(tokens, k);
  if (!hit) return null;
  if (paren && isPunct(tokens[hit.end], ')')) return { time: hit.time, end: hit.end + 1 };
  return hit;
}

/** The tokens that may stand between a time and the date after it ("18:05 - 2021/03/14"). */
export function skipTimeDateLink(tokens: readonly Token[], i: number): number {
  return isPunct(tokens[i], ',', '-', '|') ? i + 1 : i;
}
