/**
 * Day anchors: words that name a day by its distance from the publication date
 * ("اليوم", "أمس", "أول من أمس", "غداً"), and the weekday phrase built on them
 * ("أمس الثلاثاء", "يوم الخميس", "اليوم السبت").
 * Source: common MSA news usage; compiled by the project.
 */
import { PhraseTable } from './phrases.js';
import { isPunct, isWord, type Token } from './tokens.js';
import { weekdayAt } from './weekdays.js';

/** Offset in days from the reference date. */
export const DAY_ANCHORS = new PhraseTable<number>([
  ['اليوم', 0],
  ['أمس', -1], ['الأمس', -1], ['يوم أمس', -1], ['البارحة', -1],
  ['أمس الأول', -2], ['أول أمس', -2], ['أول من أمس', -2],
  ['غدا', 1], ['غد', 1], ['يوم غد', 1], ['يوم الغد', 1],
  ['بعد غد', 2], ['بعد الغد', 2],
]);

/** Words after "اليوم" that make it "the day …" rather than "today" ("اليوم التالي", "اليوم السابع"). */
const NOT_TODAY_AFTER = new Set([
  'التالي', 'السابق', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن',
  'التاسع', 'العاشر', 'الاخير', 'نفسه', 'ذاته', 'الوطني', 'العالمي', 'الدولي', 'المحدد', 'الموعود',
  'الذي', 'المشهود', 'الموافق',
]);
/** Words before "اليوم" that make it a name or "that day" ("روسيا اليوم", "صحيفة اليوم", "ذلك اليوم"). */
const NOT_TODAY_BEFORE = new Set([
  'ذلك', 'نفس', 'صحيفه', 'جريده', 'موقع', 'قناه', 'برنامج', 'خبر',
  // outlets named "… اليوم" (RT Arabic, Al-Masry Al-Youm, Rai al-Youm, Palestine Today, Akhbar al-Youm…)
  'روسيا', 'المصري', 'راي', 'فلسطين', 'اخبار', 'الميادين', 'الوطن', 'العرب',
]);
const BEFORE_BARE_TOMORROW = new Set(['صباح', 'مساء', 'ظهر', 'عصر', 'ليل', 'ليله', 'فجر', 'من', 'حتي']);
/** "الأمس القريب" is "the recent past", not yesterday. */
const NOT_YESTERDAY_AFTER = new Set(['القريب', 'البعيد']);

export interface AnchorHit {
  offset: number;
  end: number;
}

export function matchDayAnchor(tokens: readonly Token[], i: number): AnchorHit | null {
  const hit = DAY_ANCHORS.match(tokens, i, true);
  if (!hit) return null;
  const next = tokens[hit.end];
  const nextWord = next?.kind === 'word' ? next.norm : '';
  const previous = tokens[i - 1];
  if (hit.end === i + 1 && hit.value === 0) {
    if (NOT_TODAY_AFTER.has(nextWord)) return null;
    if (previous?.kind === 'word' && NOT_TODAY_BEFORE.has(previous.norm)) return null;
  }
  if (hit.value === -1 && NOT_YESTERDAY_AFTER.has(nextWord)) return null;
  // A bare "غد" is tomorrow only in "صباح غد", "من غد" or before a weekday ("غد الأربعاء").
  if (tokens[i]?.norm === 'غد' && hit.end === i + 1) {
    const afterTimeOfDay = previous?.kind === 'word' && BEFORE_BARE_TOMORROW.has(previous.norm);
    if (!afterTimeOfDay && !weekdayAt(tokens, hit.end, false)) return null;
  }
  return { offset: hit.value, end: hit.end };
}

export interface WeekdayPhrase {
  weekday: number;
  /** Day offset of an anchor before the weekday ("أمس الثلاثاء" → −1), or null ("يوم الثلاثاء"). */
  anchorOffset: number | null;
  end: number;
}

/** "[اليوم|أمس|غدا|يوم] WEEKDAY" at token `i`. */
export function matchWeekdayPhrase(tokens: readonly Token[], i: number): WeekdayPhrase | null {
  let k = i;
  let anchorOffset: number | null = null;
  const anchor = matchDayAnchor(tokens, k);
  if (anchor) {
    anchorOffset = anchor.offset;
    k = anchor.end;
    if (isWord(tokens[k], 'يوم')) k++; // "اليوم يوم الأحد"
  } else if (isWord(tokens[k], 'يوم', 'ويوم', 'فيوم', 'بيوم', 'ليوم')) {
    k++;
  }
  // "أمس ( السبت )", "اليوم (الإثنين)"
  if (anchor && isPunct(tokens[k], '(')) {
    const inParens = weekdayAt(tokens, k + 1, false);
    if (inParens && isPunct(tokens[inParens.end], ')')) return { weekday: inParens.weekday, anchorOffset, end: inParens.end + 1 };
  }
  const weekday = weekdayAt(tokens, k, k === i);
  if (!weekday) return null;
  return { weekday: weekday.weekday, anchorOffset, end: weekday.end };
}
