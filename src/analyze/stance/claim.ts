/**
 * A claim parsed into what stance matching needs: its content terms (weighted), the predicate
 * sets its verbs belong to, whether it is stated negatively ("لن ترفع", "نفى أن"), and its actor.
 */
import { normalize } from '../../arabic/normalize.js';
import { governmentOf } from '../entities/index.js';
import { NOUN_SETS } from '../../lexicons/stance.js';
import { setsOfForms, stanceLexicon } from './lexicon.js';
import { textPoles } from './poles.js';
import { hasNegationCue, wordNegated } from './word-negation.js';

const NOUN_SET_NAMES: ReadonlySet<string> = new Set(NOUN_SETS);
import { stanceTokens, type StanceToken } from './text.js';

export interface ClaimTerm {
  stem: string;
  /** The term is a verb or verbal noun of a predicate set (not only a noun synonym). */
  predicate: boolean;
  forms: readonly string[];
  /** Predicate sets the term belongs to (synonyms match through them). */
  sets: string[];
  weight: number;
  number: boolean;
  /** The word is negated or undone where the claim says it ("لا يوجد تغيير", "فشل الاتفاق": ./word-negation.ts). */
  negated: boolean;
  /** The claim's verb: a predicate, or a word shaped like an imperfect verb ("تلغي", "ستغلق") that no set lists. */
  verbal: boolean;
  /**
   * The word is part of what the claim's main verb acts on: the run of content words right after
   * the first verbal word that is not shaped like a noun (or after the preposition right after it),
   * up to the next function word, a non-definite verbal word or a number ("سترفع [أسعار الوقود]",
   * "ستزيد [سعر الكهرباء] على المستهلكين", "تنسحب من [الاتفاق النووي]"; a class noun such as
   * "مدينة" before a place name is skipped). A sentence stating the claim must say them next to the verb.
   */
  object: boolean;
  /** The word names who acts: a word (not a number) before the claim's main verb ("[الحوثيون] يسيطرون على عدن"). */
  subject: boolean;
}

export interface ParsedClaim {
  text: string;
  terms: ClaimTerm[];
  /** Sum of the term weights. */
  totalWeight: number;
  /** Every predicate set of the claim's terms. */
  predicateSets: Set<string>;
  /** True when the claim asserts that something does not happen ("لن", "لم", "نفى أن"). */
  negative: boolean;
  /** The government the claim's actor stands for, when the entity layer knows it ("أنقرة" → تركيا). */
  actorGovernment: string | null;
  /** Some word of the claim is a negator, a denial or an undoing word (./word-negation.ts). */
  negationCue: boolean;
  /** The claim reports a denial itself ("الكويت تنفي القبض على…"): see `withoutDenial`. */
  denial: boolean;
  /** The contrast poles and countries the claim takes (./poles.ts). */
  poles: Set<string>;
}

/** Weight of a term when no document frequencies are known. Numbers are specific, hence heavier. */
const NUMBER_WEIGHT = 1.5;

/** How many words before a predicate a negator still negates it ("لن تقوم الحكومة برفع"). */
export const NEGATION_REACH = 4;

export type TermWeight = (stem: string) => number;

export function parseClaim(text: string, weightOf?: TermWeight): ParsedClaim {
  const tokens = stanceTokens(text);
  const seen = new Set<string>();
  const terms: ClaimTerm[] = [];
  const definite = definiteWords(text);
  let previousWasPredicate = false;
  // 'before' the main verb, 'object' right after it, 'after' once its object has ended.
  let place: 'before' | 'object' | 'after' = 'before';
  let verbToken: StanceToken | null = null;
  let objectTaken = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.content || seen.has(token.stem)) {
      previousWasPredicate = false;
      // A preposition right after the verb opens its object ("تنسحب من الاتفاق النووي", "يسيطرون
      // على عدن"); any other function word, or one after the object's words, ends it.
      const opensObject = place === 'object' && !objectTaken && OBJECT_PREPOSITIONS.has(token.norm) && tokens[i - 1] === verbToken;
      if (place === 'object' && !token.content && !opensObject) place = 'after';
      continue;
    }
    seen.add(token.stem);
    const sets = setsOfForms(token.forms);
    const base = weightOf ? weightOf(token.stem) : 1;
    // "رفع الدعم", "إلغاء الدعم": a definite noun right after a verbal noun is its object (an
    // iḍāfa), so "الدعم" is the subsidy being lifted, not the predicate "support".
    const objectOfPredicate: boolean = previousWasPredicate && definite.has(token.norm);
    const predicate: boolean = !objectOfPredicate && sets.some((set) => !NOUN_SET_NAMES.has(set));
    const verbal = predicate || (!objectOfPredicate && !token.number && looksLikeImperfectVerb(token.norm) && !token.forms[0]!.startsWith('@'));
    let object = false;
    let subject = false;
    if (place === 'object') {
      // A definite word is a noun even when a predicate set lists it ("من الاتفاق النووي").
      if (token.number || (verbal && !definite.has(token.norm))) place = 'after';
      // "مدينة" in "على مدينة عدن" classes the name: a sentence may say "عدن" alone.
      else if (!PLACE_CLASS_NOUNS.has(token.stem)) object = objectTaken = true;
    } else if (place === 'before' && verbal && !NOUN_SHAPED.test(token.norm)) {
      place = 'object';
      verbToken = token;
    } else if (place === 'before' && !verbal && !token.number) subject = true;
    terms.push({ stem: token.stem, predicate, forms: token.forms, sets, weight: token.number ? base * NUMBER_WEIGHT : base, number: token.number, negated: wordNegated(tokens, i), verbal, object, subject });
    previousWasPredicate = predicate;
  }
  // Without a main verb there is no one acting, only words.
  if (place === 'before') for (const term of terms) term.subject = false;
  const predicateSets = new Set(terms.flatMap((t) => t.sets));
  return {
    text,
    terms,
    totalWeight: terms.reduce((sum, t) => sum + t.weight, 0),
    predicateSets,
    negative: negatedPredicate(tokens),
    actorGovernment: actorGovernmentOf(tokens),
    negationCue: hasNegationCue(tokens),
    denial: tokens.some(isDenialWord),
    poles: textPoles(tokens),
  };
}

/** Prepositions that open a verb's object when they follow it ("انسحب من", "سيطر على", "اتفق مع"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['من', 'على', 'علي', 'الى', 'إلى', 'عن', 'مع', 'في']);
/**
 * Nouns that class the place named after them ("مدينة عدن", "محافظة إدلب"): not required of a
 * sentence stating the claim, which often names the place alone. Compared by stem.
 */
const PLACE_CLASS_NOUNS: ReadonlySet<string> = new Set(
  ['مدينة', 'بلدة', 'قرية', 'محافظة', 'منطقة', 'ولاية', 'إقليم', 'حي', 'جزيرة', 'ميناء', 'مطار', 'ريف', 'مخيم', 'معبر'].map((w) => stanceTokens(w)[0]!.stem),
);

/** A verbal word ending like a noun (…ة, …ات: "بعثة", "مفاوضات") is not the claim's main verb. */
const NOUN_SHAPED = /(?:ه|ات)$/u;

/** Verbal nouns and plurals that begin like an imperfect verb: تفعيل (تقرير), تفاعل (تحالف), …ات, …ة. */
const NOT_IMPERFECT = /^(?:ت.{1,2}ي.|ت.ا..|.+(?:ات|ه))$/u;

/**
 * A word shaped like a third-person imperfect verb, after و/ف and the future س: ي or ت and three to
 * six more letters, no article, none of the noun patterns that begin with ت. A guess, used only to
 * ask more of support (lexical.ts `statesWholeClaim`), never to give it.
 */
export function looksLikeImperfectVerb(norm: string): boolean {
  const word = norm.replace(/^[وف]?س?/u, '');
  return /^[يت][^\s]{3,6}$/u.test(word) && !NOT_IMPERFECT.test(word);
}

/**
 * Normalized forms of the claim's words written with the article ال (after an optional و/ف/ب/ك/ل):
 * read on the written text, because normalization turns the hamza of "إلغاء" into the ا of "ال".
 */
function definiteWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const written = m[0];
    if (/^(?:[وفبكل]?ال|لل)/u.test(written) && written.length > 3) out.add(normalize(written).toLowerCase());
  }
  return out;
}

/** Whether a predicate of the token list is under a negator or a denial verb before it. */
export function negatedPredicate(tokens: readonly StanceToken[]): boolean {
  const lex = stanceLexicon();
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    const sets = tokens[i]!.content ? setsOfForms(tokens[i]!.forms).filter((set) => !NOUN_SET_NAMES.has(set)) : [];
    if (sets.length === 0 || sets.includes('deny')) continue;
    // A negator negates the words right after it; a denial verb ("نفى الوزير أن تكون الحكومة
    // سترفع") everything after it in the claim's one sentence.
    for (let j = 0; j < i; j++) {
      const before = tokens[j]!;
      if ((j >= i - NEGATION_REACH && lex.negators.has(before.norm)) || (before.content && setsOfForms(before.forms).includes('deny'))) negated = true;
    }
  }
  return negated;
}

/**
 * A verb of denying (the predicate set "deny": نفى، ينفي، كذّب، فنّد، دحض…). Not every word of the
 * denial lexicon: "الادعاء العام", "أخبار كاذبة" hold no denial by the claim's actor.
 */
function isDenialWord(token: StanceToken): boolean {
  return token.content && setsOfForms(token.forms).includes('deny');
}

/**
 * A claim that reports a denial ("الكويت تنفي القبض على عسكري سعودي") with its denial words left
 * out ("الكويت القبض على عسكري سعودي"): what was denied. An article denying that supports the
 * claim, one asserting it contradicts it, so the claim is judged as the denied content with the
 * verdict turned over (lexical.ts). Null when nothing but the denial would be left.
 */
export function withoutDenial(text: string): string | null {
  const kept = text.split(/\s+/u).filter((word) => word && !stanceTokens(word).some(isDenialWord));
  const inner = kept.join(' ');
  return inner !== text.trim() && stanceTokens(inner).filter((t) => t.content).length >= 2 ? inner : null;
}

function actorGovernmentOf(tokens: readonly StanceToken[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const g = governmentOf(tokens.slice(i, i + n).map((t) => t.norm).join(' '));
      if (g) return g;
    }
  }
  return null;
}
