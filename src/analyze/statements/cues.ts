/**
 * Cue candidates in one pass over a sentence's tokens: one Map lookup per word (and one more
 * without its و/ف proclitic), plus a short look-ahead for multi-word nominal cues.
 */
import { CUE_VERBS, type CueForm, type CueGender, type CueVerbRow } from '../../lexicons/cues.js';
import { CLAUSE_SEPARATORS, LEXICON, REPORT_NOUNS, SPAN_STOPS, isComplementizer, type CompiledNominalCue } from './lexicon.js';
import { isComma, type Tok } from './text.js';
import { normalize } from '../../arabic/index.js';

export interface CueHit {
  /** Token range of the cue, [start, end). */
  start: number;
  end: number;
  lemma: string;
  gender: CueGender;
  kind: 'verb' | 'participle' | 'nominal';
  form: CueForm | null;
  nominal: CompiledNominalCue | null;
  /** The cue word carries و/ف ("وقال"): it starts a new clause. */
  proclitic: boolean;
  /** A new clause starts at the cue (proclitic, separator word, comma, or sentence start). */
  newClause: boolean;
  /** Token index where the cue's clause starts (the separator word, or the cue). */
  clauseStart: number;
  /** Set when the clause is "، SUBJECT verb …": the subject's first token (its words run to the cue). */
  subjectFrom?: number;
}

/**
 * Words, as written, that fold into a cue with its proclitic but are names: "فرات" (the Euphrates,
 * "شبكة فرات بوست") is ف + رأت once the hamza is folded away; written with its hamza ("فرأت
 * المحكمة أن…") it is the cue. And words that spell a cue's rare form ("أبانا").
 */
const NOT_CUE_SPELLINGS: ReadonlySet<string> = new Set(['فرات',
  // "أبانا" (our father) spells the dual of أبان; "إبان"/"ابان" (during) is أبان without its hamza.
  'أبانا', 'ابانا', 'وأبانا', 'وابانا', 'إبان', 'ابان', 'وإبان', 'وابان']);

export function lookupVerb(norm: string, text: string): { form: CueForm; proclitic: boolean } | null {
  if (NOT_CUE_SPELLINGS.has(text)) return null;
  const direct = LEXICON.verbForms.get(norm);
  if (direct) return { form: direct, proclitic: false };
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) {
    const bare = LEXICON.verbForms.get(norm.slice(1));
    if (bare) return { form: bare, proclitic: true };
  }
  return null;
}

/**
 * Folding ى→ي makes the past رأى، نفى، روى one word with the nouns رأي (opinion), نفي (denial), رأي
 * اليوم (a site's name): a form written with ى read with a final ي is the noun.
 */
function spelledAsNoun(text: string, form: CueForm): boolean {
  return form.tense === 'past' && form.form.endsWith('ى') && text.endsWith('ي');
}

/** Folded `otherSense` word lists of each verb row: [any form, plural and dual forms]. */
const OTHER_SENSE_WORDS: ReadonlyMap<CueVerbRow, readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>]> = new Map(
  CUE_VERBS.filter((row) => row.otherSense !== undefined).map((row) => [
    row,
    [
      new Set((row.otherSense!.before ?? []).map((w) => normalize(w))),
      new Set((row.otherSense!.pluralBefore ?? []).map((w) => normalize(w))),
      new Set((row.otherSense!.after ?? []).map((w) => normalize(w))),
    ],
  ]),
);

/**
 * The verb at `i` is, by its row's `otherSense`, another word here ("زاد من", "اقرأ أيضاً", "تابعاً لـ").
 * Asked when the statement is read (sentence.ts), not when hits are found: the hit still ends the
 * clause before it, as any verb does.
 */
export function inOtherSense(toks: readonly Tok[], i: number, form: CueForm): boolean {
  const sense = form.row.otherSense;
  if (sense === undefined) return false;
  const [before, pluralBefore, after] = OTHER_SENSE_WORDS.get(form.row)!;
  const next = toks[i + 1];
  const nextNorm = next?.kind === 'word' ? next.norm : '';
  if (before.has(nextNorm)) return true;
  const prev = toks[i - 1];
  if (prev?.kind === 'word' && after.has(prev.norm)) return true;
  if (form.gender !== 'plural') return false;
  if (sense.pluralWithHamza === true && /أ$/u.test(toks[i]!.text)) return true;
  if (pluralBefore.has(nextNorm)) return true;
  return sense.pluralBeforeLam === true && nextNorm.length > 2 && nextNorm[0] === 'ل' && !isComplementizer(nextNorm);
}

const AGENTLESS_FORMS: ReadonlySet<string> = new Set(['يذكر'].map((w) => normalize(w)));

/**
 * "يُذكر أنّ…" / "ويذكر أن…" (it is worth mentioning): unvowelled, the passive reads as the active
 * present, but with the complementizer right after it there is no subject: the reporter's own
 * background, not a statement.
 */
function isAgentless(toks: readonly Tok[], i: number, form: CueForm): boolean {
  if (form.tense !== 'present' || !AGENTLESS_FORMS.has(normalize(form.form))) return false;
  const next = toks[i + 1];
  return next !== undefined && next.kind === 'word' && isComplementizer(next.norm);
}

function nextWordIndex(toks: readonly Tok[], i: number): number {
  return i + 1 < toks.length && toks[i + 1]!.kind === 'word' ? i + 1 : -1;
}

function matchNominal(toks: readonly Tok[], i: number, first: string): { cue: CompiledNominalCue; end: number } | null {
  const list = LEXICON.nominalByFirst.get(first);
  if (!list) return null;
  for (const cue of list) {
    let k = i;
    let ok = true;
    for (let w = 1; w < cue.folded.length; w++) {
      k = nextWordIndex(toks, k);
      if (k < 0 || toks[k]!.norm !== cue.folded[w]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (cue.attachedLam) {
      const next = toks[k + 1];
      if (!next || next.kind !== 'word' || next.norm[0] !== 'ل') continue;
    }
    return { cue, end: k + 1 };
  }
  return null;
}

/** Second words of two-word separators after في ("في حين أكد", "في وقت أعلن"). */
const TWO_WORD_SEPARATORS: ReadonlySet<string> = new Set(['حين', 'وقت'].map((w) => normalize(w)));

function startsClause(toks: readonly Tok[], i: number, from: number, proclitic: boolean): { newClause: boolean; clauseStart: number } {
  if (i <= from) return { newClause: true, clauseStart: from };
  const prev = toks[i - 1]!;
  if (isComma(prev)) return { newClause: true, clauseStart: i };
  if (prev.kind === 'word') {
    const bare = prev.norm.length > 3 && (prev.norm[0] === 'و' || prev.norm[0] === 'ف') ? prev.norm.slice(1) : prev.norm;
    if (CLAUSE_SEPARATORS.has(prev.norm) || CLAUSE_SEPARATORS.has(bare)) {
      // "في حين", "في وقت": the separator is two words.
      const start = i - 2 >= from && toks[i - 2]!.kind === 'word' && /في$/u.test(toks[i - 2]!.norm) && TWO_WORD_SEPARATORS.has(bare) ? i - 2 : i - 1;
      return { newClause: true, clauseStart: start };
    }
  }
  return { newClause: proclitic, clauseStart: i };
}

/** و/ف written as words of their own. */
const DETACHED_CONJUNCTIONS: ReadonlySet<string> = new Set(['و', 'ف']);

const F_ILA = normalize('إلى');
const F_ALA = normalize('على');
/** "فحسب" ("only"), folded. */
const F_FAHASB = normalize('فحسب');

/** Content starts at `j`: a colon, a quote mark, a complementizer, or إلى/على before one ("مشيراً إلى أن"). */
function opensContent(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (!t) return false;
  if (t.kind === 'quote' || t.text === ':') return true;
  if (t.kind !== 'word') return false;
  if (isComplementizer(t.norm)) return true;
  const next = toks[j + 1];
  return (t.norm === F_ILA || t.norm === F_ALA) && next !== undefined && next.kind === 'word' && isComplementizer(next.norm);
}

/** A subject of at most this many words between a comma and its verb. */
const MAX_SUBJECT_AFTER_COMMA = 6;

/**
 * Where a subject that follows a comma starts (the word after the comma), when only noun-phrase
 * words stand between the comma and the verb at `i`; -1 otherwise. Quote marks around a name
 * ("وكالة « تاس » الروسية") are allowed.
 */
function subjectAfterComma(toks: readonly Tok[], i: number, from: number): number {
  let words = 0;
  for (let k = i - 1; k >= from; k--) {
    const t = toks[k]!;
    if (isComma(t)) return words > 0 ? k + 1 : -1;
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word' || words >= MAX_SUBJECT_AFTER_COMMA) return -1;
    if (SPAN_STOPS.has(t.norm) || CLAUSE_SEPARATORS.has(t.norm) || isComplementizer(t.norm) || lookupVerb(t.norm, t.text) !== null) return -1;
    words++;
  }
  return -1;
}

/**
 * "خمسة مقاتلين جدد": the bare past form of a verb flagged `adjectiveHomograph`, right after an
 * indefinite word of four letters or more that is no particle, is the adjective.
 */
function qualifiesNoun(toks: readonly Tok[], i: number, from: number, verb: { form: CueForm; proclitic: boolean }): boolean {
  if (!verb.form.row.adjectiveHomograph || verb.proclitic || verb.form.tense !== 'past' || i - 1 < from) return false;
  const prev = toks[i - 1]!;
  if (prev.kind !== 'word' || prev.norm.length < 4 || prev.norm.startsWith('ال') || prev.norm.startsWith('لل')) return false;
  return !CLAUSE_SEPARATORS.has(prev.norm) && !SPAN_STOPS.has(prev.norm) && !isComplementizer(prev.norm);
}

const F_ADAM = normalize('عدم');
const WITHHELD: ReadonlySet<string> = new Set(['كشف', 'الكشف', 'ذكر', 'الإفصاح', 'الافصاح', 'نشر', 'إعلان', 'الإعلان'].map((w) => normalize(w)));

/** The verb at `i` is followed by "عدم الكشف/ذكر…" (a request to stay unnamed), or follows عدم. */
function isAnonymityRequest(toks: readonly Tok[], i: number): boolean {
  // "عدم كشف": after عدم the verb form is a masdar, not a cue.
  const before = toks[i - 1];
  if (before !== undefined && before.kind === 'word' && before.norm === F_ADAM) return true;
  const a = toks[i + 1];
  const b = toks[i + 2];
  return a !== undefined && a.kind === 'word' && a.norm === F_ADAM && b !== undefined && b.kind === 'word' && WITHHELD.has(b.norm);
}

/**
 * "نفت الوزارة أنباء أشارت إلى…": a finite cue verb right after an indefinite report noun that is
 * itself preceded by a word (the noun is an object, not the clause's subject) describes that noun;
 * it is an adjectival clause, not a statement. A report noun opening the clause ("تقارير أشارت إلى…")
 * or after a complementizer ("قال إن تقارير أشارت") is a subject and keeps its cue.
 */
function describesReportNoun(toks: readonly Tok[], i: number, from: number, proclitic: boolean): boolean {
  if (proclitic || i - 2 < from) return false;
  const noun = toks[i - 1]!;
  const before = toks[i - 2]!;
  if (noun.kind !== 'word' || !REPORT_NOUNS.has(noun.norm) || before.kind !== 'word') return false;
  return !CLAUSE_SEPARATORS.has(before.norm) && !isComplementizer(before.norm);
}

/**
 * Cue hits of toks[from…], in order, skipping tokens marked `quoted` (words inside a direct quote
 * are the speaker's, not the reporter's).
 */
export function findCueHits(toks: readonly Tok[], from: number, quoted: Uint8Array): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = from; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.kind !== 'word' || quoted[i] === 1) continue;
    const verb = lookupVerb(tok.norm, tok.text);
    // "طالباً/طلب عدم الكشف عن اسمه" asks for anonymity; it reports nothing.
    if (verb && isAnonymityRequest(toks, i)) continue;
    if (verb && verb.form.kind === 'verb' && describesReportNoun(toks, i, from, verb.proclitic)) continue;
    if (verb && (spelledAsNoun(tok.text, verb.form) || isAgentless(toks, i, verb.form))) continue;
    if (verb && qualifiesNoun(toks, i, from, verb)) continue;
    if (verb) {
      const row = verb.form.row;
      let end = i + 1;
      if (row.tailRequired) {
        const tails = LEXICON.tails.get(row);
        const next = toks[i + 1];
        if (!next || next.kind !== 'word' || !tails?.has(next.norm)) continue;
        end = i + 2;
      }
      // "فهو يشكل هوية المسلم و قال": a conjunction the scraper wrote apart is the verb's proclitic.
      const detachedWa = verb.form.kind === 'verb' && !verb.proclitic && i - 1 >= from && toks[i - 1]!.kind === 'word' && DETACHED_CONJUNCTIONS.has(toks[i - 1]!.norm);
      const proclitic = verb.proclitic || detachedWa;
      const clause = detachedWa ? { newClause: true, clauseStart: i - 1 } : startsClause(toks, i, from, verb.proclitic);
      // "…ملتزمة بالعقود قائلاً: «…»": a participle that opens its own content (colon, quote,
      // أن/إن, إلى أن) starts a clause even without a comma before it.
      if (!clause.newClause && verb.form.kind === 'participle' && opensContent(toks, end)) clause.newClause = true;
      // "…، وكالة بلومبرج الأمريكية أشارت إلى أن…": a subject right after a comma, then the verb and
      // its content, is a clause of its own even in run-on scraped text that lost its full stops.
      let subjectFrom: number | undefined;
      if (!clause.newClause && verb.form.kind === 'verb' && opensContent(toks, end)) {
        const subjectStart = subjectAfterComma(toks, i, from);
        if (subjectStart >= 0) {
          clause.newClause = true;
          clause.clauseStart = subjectStart;
          subjectFrom = subjectStart;
        }
      }
      hits.push({
        ...(subjectFrom !== undefined ? { subjectFrom } : {}),
        start: i,
        end,
        lemma: verb.form.lemma,
        gender: verb.form.gender,
        kind: verb.form.kind,
        form: verb.form,
        nominal: null,
        proclitic,
        ...clause,
      });
      i = end - 1;
      continue;
    }
    let nominal = matchNominal(toks, i, tok.norm);
    let proclitic = false;
    // "ليس هذا فحسب": فحسب is "only", not ف + حسب.
    if (!nominal && tok.norm.length > 2 && (tok.norm[0] === 'و' || tok.norm[0] === 'ف') && tok.norm !== F_FAHASB) {
      nominal = matchNominal(toks, i, tok.norm.slice(1));
      proclitic = nominal !== null;
    }
    // "وعد بدعوة الناخبين", "جدد تأكيد…": a masdar right after a cue verb is that verb's object.
    if (nominal && nominal.cue.speaker === 'masdar' && hits.length > 0 && hits[hits.length - 1]!.end === i) nominal = null;
    if (nominal) {
      const clause = startsClause(toks, i, from, proclitic);
      hits.push({
        start: i,
        end: nominal.end,
        lemma: nominal.cue.lemma,
        gender: 'unknown',
        kind: 'nominal',
        form: null,
        nominal: nominal.cue,
        proclitic,
        ...clause,
      });
      i = nominal.end - 1;
    }
  }
  return hits;
}
