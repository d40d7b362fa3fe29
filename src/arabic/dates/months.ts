/**
 * Gregorian month names in the regional sets used by Arabic news.
 *
 * Source: the project's own compilation of the standard month names — Levantine/Iraqi (Syriac-derived
 * names), Egyptian/Gulf (from Latin), Algerian/Tunisian (from French) and Moroccan (from Spanish/French)
 * — plus spelling variants seen in scraped news (no hamza, ه/ة endings, Persian letters). Entries are
 * folded at load (see fold.ts), so listing a hamza-less spelling here is only needed when the folding
 * does not already produce it.
 *
 * The Levantine pairs are also written with a digit for their order ("08 كانون 1 / ديسمبر 2017",
 * "تشرين 2"), as some content systems print them.
 * Several names are also ordinary words (آب "August"/أب "father", مارس "March"/"he exercised",
 * ماي, جوان, نيسان, تموز): the grammar in named.ts therefore only accepts a month name next to a
 * day number, a year, or a relative qualifier, never alone.
 */
import { PhraseTable } from './phrases.js';

export const GREGORIAN_MONTH_NAMES: readonly (readonly string[])[] = [
  /* 1 */ ['كانون الثاني', 'كانون ثاني', 'كانون ثان', 'كانون 2', 'يناير', 'جانفي', 'جانفييه', 'ينار'],
  /* 2 */ ['شباط', 'فبراير', 'فيفري', 'فبرير'],
  /* 3 */ ['آذار', 'مارس', 'مارث'],
  /* 4 */ ['نيسان', 'أبريل', 'إبريل', 'أفريل', 'ابريل'],
  /* 5 */ ['أيار', 'مايو', 'ماي', 'مايس'],
  /* 6 */ ['حزيران', 'يونيو', 'يونيه', 'يونية', 'جوان'],
  /* 7 */ ['تموز', 'يوليو', 'يوليه', 'يولية', 'جويلية', 'جويليه', 'يوليوز'],
  /* 8 */ ['آب', 'أغسطس', 'أغسطوس', 'أوت', 'غشت'],
  /* 9 */ ['أيلول', 'سبتمبر', 'شتنبر', 'سبتمبير'],
  /* 10 */ ['تشرين الأول', 'تشرين أول', 'تشرين 1', 'أكتوبر', 'أوكتوبر', 'اكتوبر'],
  /* 11 */ ['تشرين الثاني', 'تشرين ثاني', 'تشرين ثان', 'تشرين 2', 'نوفمبر', 'نونبر', 'نوفمير'],
  /* 12 */ ['كانون الأول', 'كانون أول', 'كانون 1', 'ديسمبر', 'دجنبر', 'ديسمبير'],
];

/**
 * English names and abbreviations, as Arabic sites built on English-language software print their
 * timestamps ("October 11, 2017, 3:25 am", "11 Oct 2017"). Tokens are lower-cased when folded.
 * "may", "mar" and "jun" are also English words; like every month name they count only next to a
 * day number and a year.
 */
export const ENGLISH_MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
];

/** Each list's names, paired with the month number of their position. */
const numbered = (months: readonly (readonly string[])[]): (readonly [string, number])[] =>
  months.flatMap((names, index) => names.map((name) => [name, index + 1] as const));

export const GREGORIAN_MONTHS = new PhraseTable<number>([...numbered(GREGORIAN_MONTH_NAMES), ...numbered(ENGLISH_MONTH_NAMES)]);
