/**
 * Is the reported content negated?
 *
 * Scope rule: only the main clause of the content counts, and only near its start. We read the
 * first NEGATION_WINDOW words of the content and stop early at the first word that opens a
 * subordinate clause (الذي، لأن، عندما، a second أن…). A negator in that stretch ("إن الحكومة لن
 * ترفع…", "«لا رفع للدعم»") negates the statement; one after it ("إن القرار الذي لم يُعلن بعد…" → the
 * relative clause) does not. Content that opens with "أي" ("أي اتفاق … لا يمكن") is read further,
 * because its negator comes after the whole subject.
 *
 * Exceptions: لا يزال / ما زال (still), لا سيما (especially), لا بد (must), غير أن (however), لا شك,
 * and a restriction: a negator answered by إلا or سوى in its clause ("لن يزيدهم إلا تماسكا").
 * `ما` negates only when it is not the first word (first, it is "what": "إن ما حدث…") and does not
 * follow a word that makes it relative ("كل ما").
 */
import { F, NEGATORS, NEGATION_EXCEPTIONS_AFTER, SUBORDINATORS, fold, isDefinite } from './lexicon.js';
import type { Tok } from './text.js';
import { normalize } from '../../arabic/normalize.js';

/** Words of the content's start that are read for a main-clause negator. */
export const NEGATION_WINDOW = 6;
/** Longer window when the content opens with "أي" (the negator follows a long subject). */
export const NEGATION_WINDOW_AFTER_AYY = 12;

const RELATIVE_MA_BEFORE: ReadonlySet<string> = new Set(['كل', 'من', 'في', 'عن', 'على', 'الى', 'بعد', 'قبل', 'هو', 'هي', 'هذا', 'وهو', 'ان', 'اول', 'اكثر', 'اهم', 'ابرز'].map(fold));

const F_ADAM = fold('عدم');


/** Verbs of deciding, pledging and confirming: عدم after them is what was decided ("قررت عدم تمديد"). */
const WILLING_VERBS: ReadonlySet<string> = new Set(
  ['قرر', 'قررت', 'يقرر', 'تقرر', 'قرروا', 'اختار', 'اختارت', 'فضل', 'فضلت', 'تعهد', 'تعهدت', 'يتعهد', 'أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أعلن', 'أعلنت', 'يعلن', 'تعلن', 'آثر', 'آثرت'].map(fold),
);

/** The folded word without a leading و/ف conjunction (words of three letters or more). */
export function withoutConjunction(w: string): string {
  return w.length >= 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
}

function nextWord(toks: readonly Tok[], i: number, to: number): string | null {
  for (let k = i + 1; k < to; k++) if (toks[k]!.kind === 'word') return toks[k]!.norm;
  return null;
}

/** True when the main clause at the start of toks[from, to) is negated. */
export function contentNegated(toks: readonly Tok[], from: number, to: number): boolean {
  let seen = 0;
  let window = NEGATION_WINDOW;
  let previous: string | null = null;
  for (let i = from; i < to && seen < window; i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word') continue;
    const w = tok.norm;
    const bare = withoutConjunction(w);
    if (seen === 0 && bare === F.ay) window = NEGATION_WINDOW_AFTER_AYY;
    if (seen > 0 && (SUBORDINATORS.has(w) || SUBORDINATORS.has(bare))) return false;
    const next = nextWord(toks, i, to);
    if (NEGATORS.has(w) || NEGATORS.has(bare)) {
      // "القوة غير المبررة": غير before a definite word makes an adjective of it, inside a noun
      // phrase; "غير مقبول", "غير كافٍ" (the predicate) still negate. عدم after the content's first
      // word is a noun in a phrase ("مشكلة عدم صلاحية البرج", "إزاء عدم القدرة", "لضمان عدم
      // تدخل", "مبدأ عدم التدخل": the gold reads none as a denial), except after a verb of deciding
      // or confirming ("قررت عدم تمديد المهلة", "تؤكد عدم وجود إصابات"); opening the content it negates.
      const nounPhrase = (bare === F.ghayr && next !== null && isDefinite(next)) || (bare === F_ADAM && seen > 0 && !(previous !== null && WILLING_VERBS.has(withoutConjunction(previous))));
      if (!nounPhrase && (next === null || !NEGATION_EXCEPTIONS_AFTER.has(next)) && !restriction(toks, i, to)) return true;
    } else if (bare === F.ma && seen > 0 && previous !== null && !RELATIVE_MA_BEFORE.has(previous)) {
      if (next !== null && !NEGATION_EXCEPTIONS_AFTER.has(next)) return true;
    }
    previous = w;
    seen++;
  }
  return false;
}

/**
 * إلا and سوى as written, after a negator in the same clause: a restriction ("لن يزيدهم إلا تماسكا",
 * "لم يتبق سوى"). Read from the written word, not the folded one: "ألا" and "وألا" (أن + لا) fold
 * the same way and negate.
 */
const RESTRICTIVE_WRITTEN = /^(?:إلا|الا|سوى)$/u;
/** How many words after the negator its إلا / سوى may stand. */
const RESTRICTION_REACH = 8;

/**
 * "لن يزيدهم هذا العمل إلا تماسكا", "لم يتبق سوى أقل من ألف": a negator answered by إلا or سوى in its
 * clause restricts ("only") and does not deny (eval/gold/statements.md, Flags). A comma or a full
 * stop ends the clause.
 */
function restriction(toks: readonly Tok[], negator: number, to: number): boolean {
  let words = 0;
  for (let k = negator + 1; k < to && words < RESTRICTION_REACH; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && /^[,،.;؛:!?؟]$/u.test(t.text)) return false;
      continue;
    }
    // "الا ن": a scrape's split of الآن, not إلا.
    const after = toks[k + 1];
    if (RESTRICTIVE_WRITTEN.test(normalize(t.text, ['harakat', 'tatweel'])) && !(after?.kind === 'word' && after.text.length === 1)) return true;
    words++;
  }
  return false;
}

/** True when the cue itself is negated by the word before it ("لم يؤكد", "ولم تنفِ", "لا يرى"). */
export function cueNegatedBefore(toks: readonly Tok[], cueIndex: number): boolean {
  for (let k = cueIndex - 1; k >= 0 && k >= cueIndex - 2; k--) {
    const tok = toks[k]!;
    if (tok.kind !== 'word') return false;
    const bare = withoutConjunction(tok.norm);
    if (bare === F.lam || bare === F.la || bare === F.lan) return true;
    if (bare !== fold('قد')) return false;
  }
  return false;
}
