/**
 * Weekday names. Source: standard Arabic weekday names with common scraped spellings (الإثنين/الاثنين,
 * الثلثاء); compiled by the project. Index = JavaScript's getUTCDay(): 0 = Sunday.
 */
import { PhraseTable } from './phrases.js';
import { isWord, type Token } from './tokens.js';

/** Canonical Arabic weekday names, index 0 = الأحد (Sunday). */
export const WEEKDAYS: readonly string[] = Object.freeze([
  'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
]);

const VARIANTS: readonly (readonly [string, number])[] = [
  ...WEEKDAYS.map((name, index) => [name, index] as const),
  ['الإثنين', 1], ['الأثنين', 1], ['الثلثاء', 2],
];

export const WEEKDAY_TABLE = new PhraseTable<number>(VARIANTS);

export interface WeekdayHit {
  weekday: number;
  end: number;
}

/**
 * A weekday name at token `i`. Rejects the readings where the word is not a day:
 * "الأحد عشر" (eleven) and "بين الاثنين"/"كلا الاثنين" (the two).
 */
export function weekdayAt(tokens: readonly Token[], i: number, proclitics = true): WeekdayHit | null {
  const hit = WEEKDAY_TABLE.match(tokens, i, proclitics);
  if (!hit) return null;
  if (hit.value === 0 && isWord(tokens[hit.end], 'عشر')) return null;
  if (hit.value === 1 && (isWord(tokens[i - 1], 'بين', 'كلا', 'وبين', 'وكلا') || isWord(tokens[hit.end], 'معا'))) return null;
  // "صلاة الجمعة", "خطبة الجمعة", "سورة الجمعة" name the prayer or the sura, not a date.
  if (hit.value === 5 && isWord(tokens[i - 1], 'صلاه', 'خطبه', 'سوره', 'خطيب', 'منبر', 'منابر')) return null;
  return { weekday: hit.value, end: hit.end };
}
