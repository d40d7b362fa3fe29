/**
 * Dates that a sentence governs: what happened when, never when the page was published.
 * Both the date picker and the cut between a glued header and the first sentence ask this.
 */
import { opensMidSentence } from './prose-opening.js';

/** A weekday name, with or without the article (shared with the lead cut in extract.ts). */
export const WEEKDAY = '(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت)';

/**
 * "صدر العدد الأول في يوم الاثنين 19 أكتوبر 1970", "منذ 12 آذار 2011", "أودعت اليوم الأربعاء
 * "17 / 1 / 2018"": a preposition or a "today"/"yesterday" before the date makes it an event in
 * a sentence. A dateline never reads so. The weekday, "يوم", "الموافق" and an opening quote may
 * stand between.
 */
const TAIL = `\\s+(?:(?:يوم|ليل|ليلة|صباح|مساء|الموافق)\\s+)*(?:${WEEKDAY}\\s*[،,]?\\s*)?["«“(]?\\s*$`;
const PREPOSITION_BEFORE = new RegExp(`(?:^|\\s)[وف]?(?:في|منذ|حتى|بعد|قبل|خلال|مطلع|أواخر|اواخر|أوائل|اوائل|اليوم|أمس|امس)${TAIL}`, 'u');
/** "وذلك بتاريخ 18 - 7 - 2012": a date word that a clause governs is no publication label. */
const CLAUSE_BEFORE = new RegExp(`(?:^|\\s)و?ذلك\\s+(?:في|بتاريخ|يوم)${TAIL}`, 'u');
/**
 * "بموجب قرار … رقم 4 - 154 - 2006 بتاريخ 27 / 3 / 2006", "المرسوم الملكي رقم م / 40 بتاريخ …": the date
 * of a numbered document (a decree, a decision, a letter), never of the page.
 */
const DOCUMENT_NUMBER_BEFORE = /(?:^|\s)رقم\s*[:：]?\s*(?:[\u0621-\u064A]{1,2}\s*\/\s*)?[0-9\u0660-\u0669]+(?:\s*[-/–.]\s*[0-9\u0660-\u0669]+)*\s+(?:و?(?:ال)?صادر[ةه]?\s+)?(?:بتاريخ|في|يوم)\s*[:：]?\s*$/u;
/**
 * "تمكنوا من احتلال صنعاء يوم الأحد 21 سبتمبر 2014", "وقعت , يوم 4 تشرين الأول 2017": "يوم" after
 * a word of the sentence (or its comma) dates an event. After a publication word ("نشر يوم …") it
 * is a dateline, and a line that starts with "يوم" may be one too.
 */
const DAY_NOUN = '(?:يوم|ليلة|ليل|صباح|مساء)';
const DAY_NOUN_AT_END = new RegExp(`(\\S+)\\s+${DAY_NOUN}\\s+(?:(?:أمس|امس)\\s+)?(?:\\(\\s*)?(?:${WEEKDAY}\\s*[،,]?\\s*)?$`, 'u');
const DAY_NOUN_AT_START = new RegExp(`^${DAY_NOUN}\\s`, 'u');
const WORD_BEFORE = /(\S+)\s*$/u;
/** Words after which "يوم …" or "بتاريخ …" labels a publication or update ("انشأ بتاريخ"), not an event. */
const PUBLICATION_WORDS = /^(?:[وف]?(?:ال)?(?:نشر|نشرت|نشره|نشرها|تاريخ|بتاريخ|تحديث|محدث|تعديل|عدل|عدد|أضيف|اضيف|أضيفت|اضيفت|صدر|صدرت|أنشئ|انشئ|أنشأ|انشأ|انشا|كتب|كتبت|حرر)|[:：|\-–—]+)$/u;

/**
 * "والسماح لبعثة الصليب الأحمر بتاريخ 13 - 4 - 2015 بإدخال شحنة": "بتاريخ" right after a word of
 * the sentence dates an event, even though "نشر بتاريخ" labels a publication.
 */
const BATARIKH_AT_END = /(\S+)\s+بتاريخ\s*[:：]?\s*$/u;

/** A word of a sentence (or, where `comma` allows, the sentence's comma), not a publication word. */
function sentenceWord(word: string | undefined, comma: boolean): boolean {
  if (word === undefined) return false;
  return (/^[\u0621-\u064A]{2,}$/u.test(word) || (comma && /^[،,]$/u.test(word))) && !PUBLICATION_WORDS.test(word);
}

function dateWordGovernedBySentence(before: string): boolean {
  return sentenceWord(BATARIKH_AT_END.exec(before)?.[1], false);
}

function dayNounGovernedBySentence(text: string, start: number, before: string): boolean {
  const startsWithDayNoun = DAY_NOUN_AT_START.test(text.slice(start, start + 8));
  return sentenceWord((startsWithDayNoun ? WORD_BEFORE : DAY_NOUN_AT_END).exec(before)?.[1], true);
}

/** How much text before a date is read for its cue. */
const CUE_WINDOW = 40;

/**
 * 'clause' when a clause governs the date even through a date word that elsewhere labels a
 * publication date; 'preposition' when a preposition or "today" does (a real label such as
 * "نشر في" wins over that); null for a date that may be a dateline.
 */
export function eventCueBefore(text: string, start: number): 'clause' | 'preposition' | null {
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  if (CLAUSE_BEFORE.test(before) || DOCUMENT_NUMBER_BEFORE.test(before) || dateWordGovernedBySentence(before)) return 'clause';
  return PREPOSITION_BEFORE.test(before) || dayNounGovernedBySentence(text, start, before) ? 'preposition' : null;
}

/**
 * "بتاريخ 21 فبراير / شباط 2015 ; تمكن عبد ربه منصور من الإفلات …", "بتاريخ 26 آذار / مارس 2015 ,
 * أطلقت السعودية …": a semicolon or comma right after the date, then words, joins it to the clause
 * that follows, so the date opens a sentence about an event. A dateline ends at a separator, a
 * time or the line's end; after its comma come only a time, a weekday, the other calendar's date,
 * an update stamp, a byline, a source or a counter ("، بواسطة …", "، المصدر …", "، عدد المشاهدات").
 */
const SEMICOLON_AFTER = /^\s*[)"»”]?\s*[;؛]\s*[\u0621-\u064A]/u;
const COMMA_AFTER = new RegExp(
  `^\\s*[)"»”]?\\s*[,،]\\s*(?!(?:الساعة|ساعة|الموافق|آخر|اخر|تحديث|محدث|بتوقيت|توقيت|مساء|صباح|م|ص|هـ|ه|بواسطة|بقلم|كتب|كتبت|المصدر|عدد|مشاهدة|مشاهدات|المشاهدات|تعليق|تعليقات|التعليقات|قراءة|القراءات|زيارة|الزيارات|${WEEKDAY})(?:\\s|$))[\\u0621-\\u064A]{2,}\\s+[\\u0621-\\u064A]{2,}`,
  'u',
);

export function clauseFollows(text: string, end: number, withTime = false): boolean {
  const after = text.slice(end, end + 40);
  if (SEMICOLON_AFTER.test(after) || COMMA_AFTER.test(after)) return true;
  // "بتاريخ 28 - 12 - 2014 وفي حوالي الساعة 7 : 42 …": a conjunction fused to a function word or a
  // verb of saying right after the date goes on with the sentence the date opened. A stamp with its
  // time ("2017 / 06 / 16 - 11 : 41 وأوضحت الوزارة …") is a dateline glued to the next paragraph.
  return !withTime && opensMidSentence(after.replace(/^\s*[)"»”]?/u, ''));
}
