/**
 * The built-in stance model: lexical alignment of the claim with each sentence (./align.ts),
 * twenty features (./features.ts), a small fitted softmax (./default-params.ts, refitted by
 * `npm run fit-stance`) and a cautious decision (./decide.ts). Needs no model files.
 */
import type { Statement } from '../../core/types.js';
import { governmentOf } from '../entities/index.js';
import { alignArticle, type AlignedSentence } from './align.js';
import { parseClaim, type ParsedClaim, type TermWeight, withoutDenial } from './claim.js';
import { decide, probabilities, type StanceParams } from './decide.js';
import { DEFAULT_STANCE_PARAMS } from './default-params.js';
import { ABOUT_CLAIM, rankSentences, stanceFeatures, substituted, TOP_SENTENCES } from './features.js';
import type { Stance, StanceArticle, StanceEvidence, StanceJudgement, StanceModel } from './types.js';

export interface LexicalStanceOptions {
  params?: StanceParams;
  /** Weight of a claim term (e.g. its IDF in the corpus); default 1 for every word. */
  termWeight?: TermWeight;
  /**
   * Corpus mode (`marsad claim`, where candidates are only loosely related): `agree` and `disagree`
   * need one sentence that states the whole claim (see `statesWholeClaim`), else `discuss`.
   */
  wholeClaim?: boolean;
}

export class LexicalStanceModel implements StanceModel {
  readonly name = 'lexical';
  private readonly params: StanceParams;
  private readonly termWeight: TermWeight | undefined;
  private readonly wholeClaim: boolean;

  constructor(options: LexicalStanceOptions = {}) {
    this.params = options.params ?? DEFAULT_STANCE_PARAMS;
    this.termWeight = options.termWeight;
    this.wholeClaim = options.wholeClaim ?? false;
  }

  async judge(claim: string, article: StanceArticle): Promise<StanceJudgement> {
    return this.judgeSync(claim, article);
  }

  /** The same judgement without a promise, for batch callers. */
  judgeSync(claim: string | ParsedClaim, article: StanceArticle): StanceJudgement {
    const parsed = typeof claim === 'string' ? parseClaim(claim, this.termWeight) : claim;
    // "الكويت تنفي القبض على …": judged as what was denied, with the verdict turned over. Judged as
    // it stood, the article's own denial read as contradicting a claim that reports that denial.
    const denied = parsed.denial ? withoutDenial(parsed.text) : null;
    if (denied !== null) return turnedOver(this.judgeSync(denied, article));
    const sentences = alignArticle(parsed, article.title, article.paragraphs);
    const x = stanceFeatures(parsed, sentences);
    const scores = probabilities(this.params, x);
    let stance: Stance = parsed.terms.length === 0 ? 'unrelated' : decide(this.params, x, scores);
    // "إيران تنسحب من الاتفاق النووي" is not supported by "مجلس الأمن يصادق على الاتفاق النووي مع
    // إيران", which shares three of its four words: across a corpus, a verdict needs a sentence that
    // says the claim, or says its opposite.
    if (this.wholeClaim && stance !== 'unrelated') stance = wholeClaimVerdict(parsed, sentences, stance);
    // A claim about one government's acts is not confirmed or denied by an article about another's
    // ("the Lebanese government will lift subsidies" vs a Moroccan denial): at most discussed.
    if ((stance === 'agree' || stance === 'disagree') && !actorPresent(parsed, article)) stance = 'discuss';
    if (stance === 'agree' && !supportGatesHold(parsed, sentences)) stance = 'discuss';
    const evidence = stance === 'unrelated' ? [] : evidenceOf(parsed, sentences, stance, article.statements ?? [], this.wholeClaim);
    return { stance, scores, evidence };
  }
}

/**
 * Corpus mode's verdict: `agree` or `disagree` needs a sentence that states the whole claim
 * (`statesWholeClaim`) that way. The fitted model's verdict stands when one does; otherwise the
 * headline or the lead decides when it states the claim one way and no sentence of the page states
 * it the other: a news story's own news is there, while a later sentence stating the claim is as
 * often background ("بعد سيطرة الحوثيين على عدن" in a report of the city's liberation). The fitted
 * model weighs every denial near the claim's words, and so said `disagree` for a Reuters story
 * whose headline and lead announce the very act the claim names ("ونفى الوزير أن تكون الخطوة جاءت
 * بطلب من صندوق النقد" further down).
 */
export function wholeClaimVerdict(claim: ParsedClaim, sentences: readonly AlignedSentence[], model: Stance): Stance {
  const states = (verdict: 'agree' | 'disagree', where: (s: AlignedSentence) => boolean = () => true): boolean => {
    const wanted = verdict === 'agree' ? 'supports' : 'contradicts';
    return sentences.some((s) => where(s) && statesWholeClaim(claim, s, verdict) && sentencePolarity(claim, s) === wanted);
  };
  const supported = states('agree');
  const contradicted = states('disagree');
  if ((model === 'agree' && supported) || (model === 'disagree' && contradicted)) return model;
  const inLead = (s: AlignedSentence): boolean => s.index < LEAD_SENTENCES;
  // Overruling the model, the lead must name who acts: "استعادت قوات المقاومة السيطرة على مدينة
  // عدن" holds three of the four words of "الحوثيون يسيطرون على مدينة عدن".
  const subject = subjectTerms(claim);
  const namesActor = (s: AlignedSentence): boolean => subject.length === 0 || subject.some((i) => s.matched.includes(i));
  if (!contradicted && states('agree', (s) => inLead(s) && namesActor(s))) return 'agree';
  if (!supported && states('disagree', inLead)) return 'disagree';
  return 'discuss';
}

/** The headline (sentence -1) and the body's first sentences: the lead of a news story. */
const LEAD_SENTENCES = 2;

/** What support needs besides the words: the claim's numbers and its subject. */
function supportGatesHold(claim: ParsedClaim, sentences: readonly AlignedSentence[]): boolean {
  // "وفاة 500 شخص" is not supported by an article that reports "حالة وفاة": the claim's numbers
  // must be in a sentence about it.
  const claimNumbers = claim.terms.filter((t) => t.number).length;
  if (claimNumbers > 0 && !sentences.some((s) => s.coverage >= ABOUT_CLAIM && s.numbersFound >= claimNumbers)) return false;
  // Who did it must be there too: "القوات الموالية … سيطرت على معظم أحياء عدن" does not support
  // "الحوثيون يسيطرون على عدن". The claim's subject is its words before its first predicate.
  return subjectSupported(claim, sentences);
}

const OVER: Partial<Record<string, string>> = { agree: 'disagree', disagree: 'agree', supports: 'contradicts', contradicts: 'supports' };

/** A judgement of a denied content as the judgement of the claim reporting the denial: agree ↔ disagree, supports ↔ contradicts. */
function turnedOver(j: StanceJudgement): StanceJudgement {
  return {
    ...j,
    stance: (OVER[j.stance] ?? j.stance) as StanceJudgement['stance'],
    scores: j.scores ? { ...j.scores, agree: j.scores.disagree, disagree: j.scores.agree } : j.scores,
    evidence: j.evidence.map((e) => ({ ...e, polarity: (OVER[e.polarity] ?? e.polarity) as StanceEvidence['polarity'] })),
  };
}

/** Whether the claim's government (if it names one) is among the article's entities; true when unknown. */
export function actorPresent(claim: ParsedClaim, article: StanceArticle): boolean {
  if (!claim.actorGovernment || !article.entities) return true;
  const government = claim.actorGovernment;
  return article.entities.some((e) => [e.name, ...e.aliases].some((name) => governmentOf(name) === government));
}

/** The claim's subject: the indexes of its words before its first predicate, numbers left out. */
function subjectTerms(claim: ParsedClaim): number[] {
  const first = claim.terms.findIndex((t) => t.predicate);
  return claim.terms.slice(0, Math.max(0, first)).map((t, i) => (t.number ? -1 : i)).filter((i) => i >= 0);
}

/** Some supporting sentence about the claim names its subject and its action, when the claim has a subject before its first predicate. */
function subjectSupported(claim: ParsedClaim, sentences: readonly AlignedSentence[]): boolean {
  const subject = subjectTerms(claim);
  if (subject.length === 0) return true;
  const actions = claim.terms.map((t, i) => (t.predicate ? i : -1)).filter((i) => i >= 0);
  // In one sentence with the action: a sentence naming the subject for something else does not count.
  return sentences.some(
    (s) => s.coverage >= ABOUT_CLAIM && sentencePolarity(claim, s) === 'supports' && subject.some((i) => s.matched.includes(i)) && actions.some((i) => s.matched.includes(i)),
  );
}

/**
 * A sentence stating a claim may leave out one word in this many (a pronoun for the subject, an
 * adjective dropped, "التعريفة" for "السعر"): none of two words, one of three to five, two of six to eight.
 */
const WHOLE_CLAIM_WORDS_PER_SLACK = 3;

/**
 * The sentence states the whole claim: its words (synonyms counted) but for the slack of
 * WHOLE_CLAIM_WORDS_PER_SLACK, always its verbs (`ClaimTerm.verbal`), close together. A contradiction
 * may put an opposite predicate in the verb's place ("ترفض" for "تقبل").
 */
export function statesWholeClaim(claim: ParsedClaim, s: AlignedSentence, stance: 'agree' | 'disagree'): boolean {
  const matched = new Set(s.matched);
  // Another country or number in the claim's place is no contradiction of the claim's act.
  const predicatesHeld = claim.terms.every((t, i) => !t.verbal || matched.has(i)) || (stance === 'disagree' && (s.opposite || s.antonym));
  if (stance === 'disagree' && s.swapped && !s.opposite && !s.antonym && !s.negated && !s.denial) return false;
  const missing = claim.terms.length - matched.size;
  // Said together: a long sentence that holds the words in different clauses ("… أعطت السعودية
  // تخفيضات على نفطها … إنتاج … أوبك") does not state the claim.
  const together = s.window <= Math.max(WHOLE_CLAIM_MIN_WINDOW, WHOLE_CLAIM_WINDOW_PER_TERM * claim.terms.length);
  // The slack forgives a word of the actor (a sentence names it by a pronoun or another name) or of a
  // complement, never one of what the verb acts on, which must be said next to the verb
  // (`AlignedSentence.objectNearVerb`): "السعودية سترفع أسعار الوقود" is neither stated by "يزيد من
  // الهدر في الوقود … المملكة" nor contradicted by "زيادة أسعار الكهرباء" or "زيادة انتاجها لتتراجع الأسعار".
  // For support, the actor is not named only as what the act was done from (`AlignedSentence.subjectNearVerb`).
  const actorHeld = stance === 'disagree' || s.subjectNearVerb;
  return predicatesHeld && together && s.objectNearVerb && actorHeld && missing <= Math.floor(claim.terms.length / WHOLE_CLAIM_WORDS_PER_SLACK);
}

/** The claim's words, as the sentence states them, lie within this many words per claim word… */
const WHOLE_CLAIM_WINDOW_PER_TERM = 2.5;
/** …or within this many words, whichever is more. */
const WHOLE_CLAIM_MIN_WINDOW = 8;

export function sentencePolarity(claim: ParsedClaim, s: AlignedSentence): StanceEvidence['polarity'] {
  // A denial turns the sentence's act over, as a negation does, and the two cancel ("نفى أنه لن
  // ينسحب"). So a denial of the act agrees with a claim that the act will not happen: "نفت الخارجية
  // الكينية أنباء عن اعتزام نيروبي سحب قواتها" says "الجنود الكينيون لن يغادروا".
  const saysNot = s.negated !== s.denial;
  if (saysNot !== claim.negative || s.negationMismatch || substituted(s)) return 'contradicts';
  if (!s.hedged && !s.question && !s.condition) return 'supports';
  return 'neutral';
}

function evidenceOf(claim: ParsedClaim, sentences: readonly AlignedSentence[], stance: string, statements: readonly Statement[], wholeClaim: boolean): StanceEvidence[] {
  const about = rankSentences(sentences).filter((s) => s.coverage >= ABOUT_CLAIM);
  const wanted = stance === 'disagree' ? 'contradicts' : stance === 'agree' ? 'supports' : null;
  // The sentences that carry the decision first (in corpus mode, those stating the whole claim
  // before them), then the rest by coverage.
  const carries = (s: AlignedSentence): number =>
    sentencePolarity(claim, s) !== wanted ? 2 : wholeClaim && (stance === 'agree' || stance === 'disagree') && !statesWholeClaim(claim, s, stance) ? 1 : 0;
  const ordered = wanted ? [...about].sort((a, b) => carries(a) - carries(b)) : about;
  // A headline repeated as the first sentence is one piece of evidence, not two.
  const seen = new Set<string>();
  const keyOf = (s: AlignedSentence): string => s.text.trim().replace(/[.!?؟]+$/u, '');
  const distinct = ordered.filter((s) => !seen.has(keyOf(s)) && seen.add(keyOf(s)) !== undefined);
  return distinct.slice(0, TOP_SENTENCES).map((s) => ({
    sentence: s.text,
    index: s.index,
    statement: statements.find((st) => st.sentence === s.index) ?? null,
    polarity: sentencePolarity(claim, s),
    coverage: Math.round(s.coverage * 1000) / 1000,
  }));
}
