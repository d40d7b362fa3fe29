/**
 * Number words used inside date expressions: ordinal day numbers ("الخامس من ديسمبر",
 * "الحادي والعشرين من رمضان") and small cardinals for counted spans ("قبل ثلاثة أيام").
 * Source: Modern Standard Arabic ordinal and cardinal forms, masculine (the gender used with يوم
 * and with month names), in genitive/accusative as they appear after "في"; compiled by the project.
 */
import { PhraseTable } from './phrases.js';

const UNITS: readonly (readonly [string, number])[] = [
  ['الحادي', 1], ['الواحد', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5],
  ['السادس', 6], ['السابع', 7], ['الثامن', 8], ['التاسع', 9],
];

function ordinalDays(): [string, number][] {
  const out: [string, number][] = [['الأول', 1], ['العاشر', 10], ['العشرين', 20], ['العشرون', 20], ['الثلاثين', 30], ['الثلاثون', 30]];
  for (const [word, n] of UNITS) {
    if (n >= 2) out.push([word, n]);
    // 11–19: "الحادي عشر", "الخامس عشر"
    out.push([`${word} عشر`, 10 + n]);
    // 21–29: "الحادي والعشرين"
    out.push([`${word} والعشرين`, 20 + n], [`${word} والعشرون`, 20 + n]);
  }
  out.push(['الحادي والثلاثين', 31], ['الواحد والثلاثين', 31], ['الحادي والثلاثون', 31]);
  return out;
}

/** Ordinal words for days 1–31. */
export const ORDINAL_DAYS = new PhraseTable<number>(ordinalDays());

/** Cardinal words 3–10 in both genders, as counts before a plural ("ثلاثة أيام", "ثلاث سنوات"). */
export const CARDINAL_WORDS = new PhraseTable<number>([
  ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6],
  ['سبع', 7], ['سبعة', 7], ['ثماني', 8], ['ثمانية', 8], ['ثمان', 8], ['تسع', 9], ['تسعة', 9],
  ['عشر', 10], ['عشرة', 10],
]);
