/**
 * Dates that a sentence governs: what happened when, never when the page was published.
 * Both the date picker and the cut between a glued header and the first sentence ask this.
 */

const WEEKDAY = '(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت)';

/**
 * "صدر العدد الأول في يوم الاثنين 19 أكتوبر 1970", "منذ 12 آذار 2011", "أودعت اليوم الأربعاء
 * "17 / 1 / 2018"": a preposition or a "today"/"yesterday" before the date makes it an event in
 * a sentence. A dateline never reads so. The weekday, "يوم", "الموافق" and an opening quote may
 * stand between.
 */
const TAIL = `\\s+(?:(?:يوم|ليل|ليلة|صباح|مساء|الموافق)\\s+)*(?:${WEEKDAY}\\s*[،,]?\\s*)?["«“(]?\\s*$`;
const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)(?:في|منذ|حتى|بعد|قبل|خلال|مطلع|أواخر|اواخر|أوائل|اوائل|اليوم|أمس|امس)${TAIL}`, 'u');
/** "وذلك بتاريخ 18 - 7 - 2012": a date word that a clause governs is no publication label. */
const CLAUSE_BEFORE = new RegExp(`(?:^|\\s)و?ذلك\\s+(?:في|بتاريخ|يوم)${TAIL}`, 'u');
/** How much text before a date is read for its cue. */
const CUE_WINDOW = 40;

/**
 * 'clause' when a clause governs the date even through a date word that elsewhere labels a
 * publication date; 'preposition' when a preposition or "today" does (a real label such as
 * "نشر في" wins over that); null for a date that may be a dateline.
 */
export function eventCueBefore(text: string, start: number): 'clause' | 'preposition' | null {
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  if (CLAUSE_BEFORE.test(before)) return 'clause';
  return PREPOSITION_BEFORE.test(before) ? 'preposition' : null;
}
