/**
 * Words that scrapers cut where a diacritic was (src/arabic/cut-words.ts, src/arabic/doubled-cuts.ts),
 * rejoined before anything reads the text: a cut reporting verb ("أك د", "صر ح") hides the
 * statement it opens, a cut title ("المتحد ث") the speaker, and about one Baly 2018 page in six has
 * such cuts. Words cut at their shadda are rejoined only for the reporting verbs and the titles
 * that write one (`doubled` in src/lexicons/cues.ts, `TITLES_WITH_SHADDA`).
 */
import { rejoinCutWords } from '../../arabic/cut-words.js';
import { foldHamzaSeats, rejoinDoubledCuts, type DoubledLetter } from '../../arabic/doubled-cuts.js';
import { CUE_VERBS, expandCueForms } from '../../lexicons/cues.js';
import { TITLES_WITH_SHADDA } from '../../lexicons/gazetteer/titles.js';

import { normalize } from '../../arabic/normalize.js';

const withoutHarakat = (word: string): string => normalize(word, ['harakat']);

/** Where `word` writes its shadda: the doubled letter and the one after it, where a scraper cut it. */
function doubledLetterOf(word: string, doubled: string): DoubledLetter {
  const next = word[word.indexOf(doubled) + 1];
  if (next === undefined) throw new Error(`${word}: its doubled letter ${doubled} must have a letter after it`);
  return { doubled, next };
}

/** Adverbs written with a shadda, without their tanween, and their doubled letter (مجدّداً، مؤقّتاً، كلّياً; "جدّاً" is cut before its lone ا, which ../../arabic/cut-words rejoins). */
const ADVERBS_WITH_SHADDA: ReadonlyArray<readonly [string, string]> = [['مجددا', 'د'], ['مؤقتا', 'ق'], ['كليا', 'ل']];

function doubledCueForms(): Map<string, DoubledLetter> {
  const words = new Map<string, DoubledLetter>();
  for (const row of CUE_VERBS) {
    if (!row.doubled) continue;
    const where = doubledLetterOf(withoutHarakat(row.past[0]), row.doubled);
    const forms = expandCueForms([row]).map((f) => f.form);
    // The participle's bare stem too: its tanween was cut as well ("مؤك د ا"), and ./cut-words
    // rejoins that ا once the stem is whole.
    if (row.participle) forms.push(row.participle);
    for (const form of forms) words.set(foldHamzaSeats(withoutHarakat(form)), where);
  }
  // Adverbs a cue takes between its subject and its content ("أكد المجلس مجد داً دعمه"): cut, they
  // would read as a word of the speaker's name.
  for (const [adverb, doubled] of ADVERBS_WITH_SHADDA) words.set(adverb, doubledLetterOf(adverb, doubled));
  for (const [title, doubled] of TITLES_WITH_SHADDA) {
    const where = doubledLetterOf(title, doubled);
    for (const form of [title, title + 'ة', 'ال' + title, 'ال' + title + 'ة']) words.set(foldHamzaSeats(form), where);
  }
  return words;
}

const DOUBLED_CUE_FORMS = doubledCueForms();

/**
 * A lone letter other than و between two words ("أك د مسؤول", "صر ح \" مهند"). Not one beside a
 * number (the "ص"/"م" of a clock or a year, "ه" of a Hijri date) or before a symbol ("ل -"), nor one
 * of a run of lone letters (an abbreviation, "ا ف ب"): those are in clean text too.
 */
const LONE_LETTER = /[\u0621-\u064A][ \u00a0\t][\u0621-\u0647\u0649-\u064A][ \u00a0\t](?:["«“] ?)?[\u0621-\u064A]{2}/u;

/** The doubled-letter repair on text whose cut endings are already rejoined, then the endings it uncovers ("مؤك د ا"). */
function rejoinDoubledThenEndings(endingsDone: string): string {
  const doubled = rejoinDoubledCuts(endingsDone, DOUBLED_CUE_FORMS);
  return doubled === endingsDone ? endingsDone : rejoinCutWords(doubled);
}

/** The text with every word a scraper cut at a diacritic rejoined, wherever it stands. */
export function rejoinAllCutWords(text: string): string {
  return rejoinDoubledThenEndings(rejoinCutWords(text));
}

/**
 * `rejoinAllCutWords` for a whole page, as the extractor reads it. The look for words cut at
 * their shadda costs a pass over every character (about 5 % of the extraction), so it is made
 * only on pages with a cut ending ("الدولي ة", "أيض ا") or a lone letter between two words
 * ("أك د"). On the 2,429 Baly pages the result is the same as `rejoinAllCutWords`; a line on its
 * own (a gold line in eval) has too little to show the scraper's hand, and is repaired with
 * `rejoinAllCutWords`.
 */
export function rejoinScrapedCuts(page: string): string {
  const endings = rejoinCutWords(page);
  if (endings === page && !LONE_LETTER.test(page)) return page;
  return rejoinDoubledThenEndings(endings);
}
