/**
 * Negation of single words, for comparing two short texts that share most of their words: a word
 * is negated when a negator ("لا", "عدم", "غير"), a denial ("نفى", "تنفي") or an undoing word
 * ("فشل", "إلغاء", "تأجيل": ./contrasts.ts) stands right before it — or right before an existential
 * that stands before it ("لا يوجد تغيير", "عدم وجود أدلة"), since "there is no X" negates X.
 */
import { normalize } from '../../arabic/normalize.js';
import { words } from '../../arabic/tokenize.js';
import { UNDOING_WORDS } from './contrasts.js';
import { stanceLexicon } from './lexicon.js';
import type { StanceToken } from './text.js';

/** Existentials a negation passes through to the noun after them. */
const EXISTENTIALS: ReadonlySet<string> = new Set(['يوجد', 'توجد', 'وجود', 'هناك', 'ثمه', 'ثمة']);

let undoing: Set<string> | null = null;

/** Whether the word undoes what follows it ("فشل", "إلغاء", "تأجيل"). */
export function isUndoing(token: StanceToken): boolean {
  undoing ??= new Set(UNDOING_WORDS.flatMap((w) => words(normalize(w))));
  return token.forms.some((form) => undoing!.has(form));
}

/** One-letter proclitics a negator can carry: "بغير", "ولا", "فلم". */
const PROCLITIC = /^[وفبل]/u;

/** A negator (bare or with a proclitic), a denial word or an undoing word. */
export function isNegationCue(token: StanceToken): boolean {
  const lex = stanceLexicon();
  const bare = token.norm.length > 2 ? token.norm.replace(PROCLITIC, '') : token.norm;
  return lex.negators.has(token.norm) || lex.negators.has(bare) || lex.denial.has(token.norm) || lex.denial.has(token.stem) || isUndoing(token);
}

/** Whether some word of the text is a negation cue. */
export function hasNegationCue(tokens: readonly StanceToken[]): boolean {
  return tokens.some(isNegationCue);
}

/** Whether the word at i is right after a negation cue, or after a negated existential. */
export function wordNegated(tokens: readonly StanceToken[], i: number): boolean {
  if (i >= 1 && isNegationCue(tokens[i - 1]!)) return true;
  return i >= 2 && EXISTENTIALS.has(tokens[i - 1]!.norm) && isNegationCue(tokens[i - 2]!);
}
