/**
 * Does a line open in the middle of the story? "وأكد المجلس المحلي …", "فقد تمكنت قوات …", "وفي
 * مقابلة مع …", "وبحسب ما نقلت …": a conjunction fused to a function word or a verb of saying
 * continues a sentence the story began earlier. A header glued to the lead never opens so: it
 * opens on a site name, a headline or a date, and a headline's first word starting with و or ف
 * is a noun whose root has that letter ("وزير", "وكالة", "فرنسا", "واشنطن"), which the lists below
 * do not hold.
 */
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { normalize } from '../../arabic/normalize.js';
import { CUE_PROCLITICS, expandCueForms } from '../../lexicons/cues.js';

/**
 * Function words a headline may open with behind و/ف: questions ("فهل تتفكك …?", "ولماذا …"), and
 * words whose و/ف is the noun's own letter once folded: "والي" (governor, not و + إلى), "وهم"
 * (illusion), "فان" (a van).
 */
const HEADLINE_OPENERS: ReadonlySet<string> = new Set(['هل', 'ماذا', 'لماذا', 'كيف', 'متي', 'اين', 'كم', 'الي', 'هم', 'ان', 'لكن', 'ما'].map((w) => normalize(w)));

/**
 * Words that, after و or ف, continue a sentence: the function words, every form of the verbs of
 * saying, and the source prepositions of attribution (بحسب، وفق), all folded as search folds them.
 */
const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  ...[...STOPWORDS].filter((w) => !HEADLINE_OPENERS.has(w)),
  ...expandCueForms().filter((f) => !f.row.adjectiveHomograph).map((f) => normalize(f.form)),
  ...['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'لدينا', 'لديه', 'لديها'].map((w) => normalize(w)),
]);

/** The first word is a conjunction fused to a function word or a verb of saying. */
export function opensMidSentence(text: string): boolean {
  const first = /^\s*(\S+)/u.exec(text)?.[1];
  if (first === undefined) return false;
  const word = normalize(first);
  if (!CUE_PROCLITICS.some((p) => word.startsWith(p))) return false;
  const rest = word.slice(1);
  // A single letter after the conjunction (و ب…) is a scrape's split, not a word; "ولي" (ولي العهد)
  // is the noun "guardian", not و + لي.
  return rest.length >= 2 && word !== 'ولي' && CONTINUATION_WORDS.has(rest);
}

/**
 * The ticker test's reading of the same question (listing.ts, `tickerOfSummaries`), on a block's
 * key: a shorter list of words that, behind a connective و/ف, go on from the sentence before (a
 * function word or article, or a verb a report goes on with), where `opensMidSentence` above takes
 * every function word and every form of the verbs of saying. The two were measured on different
 * questions (a ticker's share of continuing lines, a glued header's cut) and are kept apart.
 * Normalized as keys are.
 */
const TICKER_CONTINUATIONS: ReadonlySet<string> = new Set(
  ['في', 'فيما', 'بينما', 'ما', 'من', 'على', 'عن', 'إلى', 'قد', 'لم', 'لا', 'لن', 'كان', 'كانت', 'هذا', 'هذه', 'بحسب', 'بين', 'أضاف', 'أضافت', 'تابع', 'تابعت',
    'قال', 'قالت', 'أكد', 'أكدت', 'أشار', 'أشارت', 'أوضح', 'أوضحت', 'لفت', 'لفتت', 'ذكر', 'ذكرت', 'كشف', 'كشفت', 'أعلن', 'أعلنت', 'يذكر', 'يشار', 'بعد', 'قبل', 'منذ', 'كذلك', 'أيضا'].map((w) => normalize(w)),
);

/**
 * A first word (of the key) that is the connective و or ف glued to a continuation ("وأضاف",
 * "فيما", "وفي", "والمؤتمر"); "وزير", "واشنطن", "فرنسا" begin with the same letters and are subjects.
 */
export function continuesTheText(key: string): boolean {
  if (!(key.startsWith('و') || key.startsWith('ف'))) return false;
  const end = key.indexOf(' ');
  const rest = key.slice(1, end < 0 ? key.length : end);
  return TICKER_CONTINUATIONS.has(key.slice(0, end < 0 ? key.length : end)) || (rest.length >= 2 && (rest.startsWith('ال') || TICKER_CONTINUATIONS.has(rest)));
}
