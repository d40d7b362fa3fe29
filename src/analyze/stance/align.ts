/**
 * Claim ↔ sentence alignment: for every sentence of an article, how much of the claim it covers
 * (synonyms included) and what it says about it — negated, denied, the opposite predicate, hedged,
 * asked, contrasted or conditioned. Each sentence is scanned once; the cost is linear in the article.
 */
import { splitSentences } from '../../arabic/sentences.js';
import { NEGATION_REACH, type ClaimTerm, type ParsedClaim } from './claim.js';
import { setsOfForms, stanceLexicon } from './lexicon.js';
import { shareForm } from './forms.js';
import { namesCountry, substitutions, textPoles } from './poles.js';
import { hasNegationCue, wordNegated } from './word-negation.js';
import { stanceTokens, type StanceToken } from './text.js';

export interface AlignedSentence {
  /** -1 for the headline, else the body sentence index (as Statement.sentence counts them). */
  index: number;
  text: string;
  /** Weighted share of the claim's terms found in the sentence. */
  coverage: number;
  /** A matched predicate is under a negator ("لن ترفع", "عدم سحب"). */
  negated: boolean;
  /** The sentence reports a denial or calls something false. */
  denial: boolean;
  /** The sentence uses a predicate opposite to the claim's ("خفض" for "رفع"). */
  opposite: boolean;
  hedged: boolean;
  question: boolean;
  contrast: boolean;
  condition: boolean;
  /** Claim numbers present in the sentence, and claim numbers contradicted by another number next to the same words. */
  numbersFound: number;
  /** Numbers in the sentence that are not the claim's, when the claim has numbers ("528" against "28"). */
  otherNumbers: number;
  /** A word of the claim's is swapped for its antonym ("ينخفض" for "يرتفع", "الإفراج" for "السجن"). */
  antonym: boolean;
  /** Another value in the claim's slot: another country, magnitude, period, commodity ("مليون" for "مليار"). */
  swapped: boolean;
  /** A word both share is negated or undone on one side only ("لا يوجد تغيير" / "تغيير كبير"). */
  negationMismatch: boolean;
  /** The claim's first predicate comes before any negator of the sentence (a later negation bounds, not denies, it). */
  assertedBeforeNegation: boolean;
  /** Indexes (in claim.terms) of the terms the sentence covers. */
  matched: number[];
  /** Words in the shortest stretch of the sentence that holds every matched term (0 when none). */
  window: number;
  /**
   * What the claim's verb acts on (`ClaimTerm.object`) is said next to the claim's verb (or an
   * opposite predicate): OBJECT_REACH words after it or OBJECT_BEFORE before, every word of it, or all but one past its head
   * when it has OBJECT_SLACK_FROM words or more: "سترفع أسعار الوقود" is said by "رفعت السعودية
   * أسعار الوقود", not by "يزيد عن 4 ملايين برميل من وقود الديزل عالي الكلفة". True when the claim
   * has no such words.
   */
  objectNearVerb: boolean;
  /**
   * The claim's actor (`ClaimTerm.subject`), when the sentence names it at all, is named where an
   * actor can stand: before the claim's verb, or after it with no "من" between ("بعد تحريرها من
   * المتمردين الحوثيين" names the Houthis as what Aden was freed from, not as the ones in control).
   * True when the claim has no actor or the sentence does not name it.
   */
  subjectNearVerb: boolean;
}

/**
 * Whether the claim's actor, if named here, is named where an actor can stand (see
 * AlignedSentence.subjectNearVerb): before one of the claim's verbs, or after it with no "من"
 * between. Named only as what the act was done from ("بعد تحريرها من المتمردين الحوثيين",
 * "استعادة الأحياء الشمالية من مدينة عدن من المقاتلين الحوثيين"), it is not the actor. A later
 * mention in another role ("آخر معاقل الحوثيين") is not told apart from "… تفتتح قناة السويس
 * الجديدة، مفخرة لكل مصري": reading it as no actor lost more right support than it caught.
 */
function subjectsNearVerbs(claim: ParsedClaim, claimVerbsAt: readonly number[], hits: readonly [number, number][], fromAt: readonly number[], takingBackAt: readonly number[]): boolean {
  const named = hits.filter(([, t]) => claim.terms[t]!.subject);
  /** After the verb with no "من" between, within `reach` words; before it, within `reachBefore`. */
  const actorNear = (reachBefore: number, reach: number): boolean =>
    named.some(([at]) => claimVerbsAt.some((v) => (at < v ? v - at <= reachBefore : at > v && at - v <= reach && !fromAt.some((f) => f > v && f < at))));
  // Said only with a verb of taking back ("تحرير عدن", "استعادة عدن"), the act is the taker's: it
  // says the claim's actor holds the place only when it names that actor as the taker, next to it.
  const takenBack = claimVerbsAt.length > 0 && claimVerbsAt.every((v) => takingBackAt.includes(v));
  if (takenBack && claim.terms.some((t) => t.subject)) return actorNear(TAKER_BEFORE, TAKER_AFTER);
  return named.length === 0 || actorNear(Infinity, Infinity);
}

/**
 * Verbs of taking a place back (stems, compared with a token's peeled forms): "X حرر/استعاد Y"
 * says X holds Y now, so it bears on "X يسيطر على Y" only when X is named as the taker.
 */
const TAKING_BACK: ReadonlySet<string> = new Set(['تحرير', 'حرر', 'يحرر', 'استعاد', 'يستعيد', 'استعادة', 'تطهير', 'طهر', 'يطهر'].map((w) => stanceTokens(w)[0]!.stem));
/** Where the taker stands: before the verb ("المقاومة حررت عدن"), or just after it ("حررت المقاومة عدن"). */
const TAKER_BEFORE = 4;
const TAKER_AFTER = 3;

/**
 * How far (in words) after the verb the object's head may stand: the subject may come between
 * them ("افتتح الرئيس المصري عبد الفتاح السيسي رسميا مشروع قناة السويس"); each later word of the
 * object one word further.
 */
const OBJECT_REACH = 8;
/** How far before the verb: the object of an intransitive verb ("أسعار الوقود سترتفع", "قناة السويس الجديدة التي افتتحت"), each later word one further. */
const OBJECT_BEFORE = 4;
/** An object of this many words or more may leave out one word, never its first (its head): "قناة السويس" for "قناة السويس الجديدة". */
const OBJECT_SLACK_FROM = 3;

/** How far after an opposite predicate the claim's object may stand: it must be what that predicate acts on ("ستبقى في الاتفاق النووي"). */
const OPPOSITE_OBJECT_REACH = 4;

/** Whether the claim's object is said next to a verb occurrence (see AlignedSentence.objectNearVerb). */
function objectsNearVerbs(claim: ParsedClaim, claimVerbsAt: readonly number[], oppositesAt: readonly number[], hits: readonly [number, number][]): boolean {
  const objects = claim.terms.flatMap((term, t) => (term.object ? [t] : []));
  if (objects.length === 0) return true;
  const nearVerb = (at: number, k: number): boolean => claimVerbsAt.some((v) => (at > v ? at - v <= OBJECT_REACH + k : v - at <= OBJECT_BEFORE + k));
  const nearOpposite = (at: number, k: number): boolean => oppositesAt.some((v) => at > v && at - v <= OPPOSITE_OBJECT_REACH + k);
  const near = (t: number, k: number): boolean => hits.some(([at, hit]) => hit === t && (nearVerb(at, k) || nearOpposite(at, k)));
  const missing = objects.filter((t, k) => !near(t, k));
  if (missing.length === 0) return true;
  return objects.length >= OBJECT_SLACK_FROM && missing.length === 1 && missing[0] !== objects[0];
}

/**
 * The length in words of the shortest run of `hits` (token index, term index; in token order) that
 * holds `distinct` different terms: how close together the sentence says the claim's words.
 */
function shortestWindow(hits: readonly [number, number][], distinct: number): number {
  if (distinct === 0) return 0;
  const counts = new Map<number, number>();
  let best = Number.POSITIVE_INFINITY;
  let have = 0;
  let left = 0;
  for (let right = 0; right < hits.length; right++) {
    const term = hits[right]![1];
    const n = counts.get(term) ?? 0;
    if (n === 0) have++;
    counts.set(term, n + 1);
    while (have === distinct) {
      best = Math.min(best, hits[right]![0] - hits[left]![0] + 1);
      const drop = hits[left]![1];
      const m = counts.get(drop)! - 1;
      counts.set(drop, m);
      if (m === 0) have--;
      left++;
    }
  }
  return best;
}

export function termMatches(term: ClaimTerm, token: StanceToken, setsOfToken: readonly string[] | undefined): boolean {
  if (term.stem === token.stem) return true;
  if (term.number || token.number) return false;
  if (setsOfToken && term.sets.length > 0 && term.sets.some((s) => setsOfToken.includes(s))) return true;
  return shareForm(term.forms, token.forms);
}

const FROM = 'من';

export function alignSentence(claim: ParsedClaim, text: string, index: number): AlignedSentence {
  const lex = stanceLexicon();
  const tokens = stanceTokens(text);
  const matched = new Set<number>();
  let negated = false;
  let denial = false;
  let opposite = false;
  let hedged = false;
  let contrast = false;
  let condition = false;
  let numbersFound = 0;
  let predicateSeen = false;
  let firstNegator = -1;
  let firstPredicate = -1;
  let otherNumbers = 0;
  const claimHasNumbers = claim.terms.some((t) => t.number);
  const oppositeSets = new Set([...claim.predicateSets].flatMap((s) => lex.opposites.get(s) ?? []));
  const hasPredicate = claim.terms.some((t) => t.predicate);
  /** Per matched claim term: whether each of its occurrences here is negated. */
  const termNegation = new Map<number, boolean[]>();
  /** Where each claim term was met (token index, term index), in sentence order. */
  const hits: [number, number][] = [];
  // Roles turned over: "تحرير عدن من الحوثيين" for "الحوثيون يسيطرون على عدن". The claim's subject
  // (its words before its first predicate) comes right after "object من", once the claim's
  // predicate was said: the subject is what the place was taken from.
  const firstClaimPredicate = claim.terms.findIndex((t) => t.predicate);
  let predicateAt = -1;
  /** Where the last claim object said after the claim's predicate stands (-1: none yet). */
  let objectAt = -1;
  /** Where predicates opposite to the claim's own are said. */
  const oppositesAt: number[] = [];
  /** Where the claim's own verbs are said, and where "من" is. */
  const claimVerbsAt: number[] = [];
  const fromAt: number[] = [];
  /** Where the claim's verbs are said with a verb of taking back. */
  const takingBackAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "بعد أشهر من نفي المسؤولين": a denial named as past background is not this sentence's denial.
    if ((lex.denial.has(token.norm) || lex.denial.has(token.stem)) && !(i > 0 && BACKGROUND_BEFORE.has(tokens[i - 1]!.norm)) && !retold(tokens, i)) denial = true;
    if (lex.hedges.has(token.norm)) hedged = true;
    if (lex.contrast.has(token.norm)) contrast = true;
    if (lex.conditions.has(token.norm)) condition = true;
    if (firstNegator < 0 && lex.negators.has(token.norm)) firstNegator = i;
    if (token.norm === FROM) fromAt.push(i);
    if (!token.content) continue;
    if (token.number && claimHasNumbers && !claim.terms.some((t) => t.number && t.stem === token.stem)) otherNumbers++;
    const sets = setsOfForms(token.forms);
    if (sets.some((s) => oppositeSets.has(s)) && !sets.some((s) => claim.predicateSets.has(s))) {
      opposite = true;
      oppositesAt.push(i);
    }
    for (let t = 0; t < claim.terms.length; t++) {
      const term = claim.terms[t]!;
      if (!termMatches(term, token, sets)) continue;
      // A verbal word the claim's verb acts on ("من الاتفاق") is no verb of its own here.
      if (term.verbal && !term.object) {
        claimVerbsAt.push(i);
        if (token.forms.some((f) => TAKING_BACK.has(f))) takingBackAt.push(i);
      }
      if (firstClaimPredicate > 0 && !term.number) {
        if (term.predicate) predicateAt = i;
        else if (t > firstClaimPredicate && predicateAt >= 0) objectAt = i;
        // Right after "object من": "تحرير عدن من الحوثيين"; not "سيطر على عدن مسلحون من الحوثيين".
        else if (t < firstClaimPredicate && objectAt >= 0 && objectAt === i - 2 && tokens[i - 1]!.norm === FROM) opposite = true;
      }
      if (!matched.has(t) && term.number) numbersFound++;
      matched.add(t);
      hits.push([i, t]);
      if (!term.number) termNegation.set(t, [...(termNegation.get(t) ?? []), wordNegated(tokens, i)]);
      // Negation is judged on the sentence's first predicate (or first claim word when the claim
      // has none): "سنرفع التعريفة …، ولن تتجاوز الزيادة …" asserts the rise; the later negation
      // bounds it.
      if ((term.predicate || !hasPredicate) && !predicateSeen) {
        predicateSeen = true;
        firstPredicate = i;
        negated = negatedAt(tokens, i);
      }
    }
  }
  if (!denial && lex.denialPhrases.some((phrase) => containsSequence(tokens, phrase))) denial = true;
  if (!contrast && lex.contrastPhrases.some((phrase) => containsSequence(tokens, phrase))) contrast = true;
  if (!condition && lex.conditionPhrases.some((phrase) => containsSequence(tokens, phrase))) condition = true;
  let covered = 0;
  for (const t of matched) covered += claim.terms[t]!.weight;
  const parallel = parallelTexts(claim, tokens);
  const swaps = parallel ? substitutions(claim.poles, textPoles(tokens, namesCountry(claim.poles))) : { opposite: false, value: false };
  return {
    index,
    text,
    coverage: claim.totalWeight > 0 ? covered / claim.totalWeight : 0,
    negated,
    denial,
    opposite,
    hedged,
    question: /[?؟]/u.test(text),
    contrast,
    condition,
    numbersFound,
    otherNumbers,
    matched: [...matched],
    window: shortestWindow(hits, matched.size),
    objectNearVerb: objectsNearVerbs(claim, claimVerbsAt, oppositesAt, hits),
    subjectNearVerb: subjectsNearVerbs(claim, claimVerbsAt, hits, fromAt, takingBackAt),
    antonym: swaps.opposite,
    swapped: swaps.value,
    negationMismatch: parallel && negationMismatch(claim, hasNegationCue(tokens), termNegation),
    assertedBeforeNegation: firstPredicate >= 0 && !negated && (firstNegator < 0 || firstNegator > firstPredicate),
  };
}

/**
 * Substitutions and one-sided negations are read only between near-parallel texts (a headline and
 * a claim made from it): a sentence with many more content words than the claim says other things
 * too, and a swapped word there is as likely to be about them.
 */
const PARALLEL_RATIO = 2.5;

function parallelTexts(claim: ParsedClaim, tokens: readonly StanceToken[]): boolean {
  const stems = new Set(tokens.filter((t) => t.content).map((t) => t.stem));
  return stems.size <= PARALLEL_RATIO * claim.terms.length;
}

/**
 * A shared word negated on one side only, when only that side has any negation cue at all: two
 * texts that both negate something ("لن يؤثر" / "لا يتأثر", "إلغاء" / "يلغي") are not set apart by
 * where their negations fall.
 */
function negationMismatch(claim: ParsedClaim, sentenceCue: boolean, termNegation: ReadonlyMap<number, readonly boolean[]>): boolean {
  if (claim.negationCue === sentenceCue) return false;
  for (const [t, states] of termNegation) {
    if (claim.negationCue ? claim.terms[t]!.negated : states.every(Boolean)) return true;
  }
  return false;
}

/**
 * Words shortly before a denial that make it a retold earlier one: "كانت الوزارة قد نفت …",
 * "تصريحات سابقة للوزارة نفت فيها …", "سبق أن نفى …". The article reports it as background to
 * what is said now, so it is not this sentence's denial.
 */
const PAST_REFERENCE: ReadonlySet<string> = new Set(['سابقه', 'سابق', 'سابقا', 'السابقه', 'السابق', 'سبق']);
const PAST_AUXILIARY: ReadonlySet<string> = new Set(['كان', 'كانت', 'كانوا', 'وكان', 'وكانت', 'وكانوا']);
const PAST_REFERENCE_REACH = 4;

function retold(tokens: readonly StanceToken[], i: number): boolean {
  for (let k = Math.max(0, i - PAST_REFERENCE_REACH); k < i; k++) {
    const norm = tokens[k]!.norm;
    if (PAST_REFERENCE.has(norm)) return true;
    // "كانت الوزارة قد نفت": the pluperfect needs its "قد" right before the verb.
    if (PAST_AUXILIARY.has(norm) && tokens[i - 1]!.norm === 'قد') return true;
  }
  return false;
}

/** Words before a denial noun that make it background ("من نفي", "بعد نفيه", "رغم نفي"). */
// ("سبق", "سابق" are read by `retold`, whose window includes the word right before.)
const BACKGROUND_BEFORE: ReadonlySet<string> = new Set(['من', 'بعد', 'رغم', 'عقب', 'اثر']);

/** Words after a negated predicate that move the negation onto a reason: "لا نرفع الدعم لأننا نريد ذلك، بل…". */
const REASON_WORDS: ReadonlySet<string> = new Set(['لان', 'لانه', 'لانها', 'لاننا', 'لانهم', 'حبا', 'رغبه']);
const REASON_REACH = 4;

function negatedAt(tokens: readonly StanceToken[], i: number): boolean {
  const lex = stanceLexicon();
  let negated = false;
  for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++) if (lex.negators.has(tokens[j]!.norm)) negated = true;
  if (!negated) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + REASON_REACH); j++) if (REASON_WORDS.has(tokens[j]!.norm)) return false;
  return true;
}

function containsSequence(tokens: readonly StanceToken[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.norm !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** The headline and every body sentence, aligned; body sentences are numbered as the statement finder numbers them. */
export function alignArticle(claim: ParsedClaim, title: string, paragraphs: readonly string[]): AlignedSentence[] {
  const out: AlignedSentence[] = [];
  if (title.trim()) out.push(alignSentence(claim, title, -1));
  let index = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) out.push(alignSentence(claim, sentence.text, index++));
  }
  return out;
}
