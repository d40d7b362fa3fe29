/**
 * The cue lexicon and word lists, folded once at module load into Sets and Maps keyed by the
 * normalized form, so that finding cues is one Map lookup per token (no regex per cue).
 */
import { normalize } from '../../arabic/index.js';
import { CUE_PROCLITICS, CUE_VERBS, MASDAR_CUES, NOMINAL_CUES, REPORT_NOUNS as REPORT_NOUN_WORDS, expandCueForms, type CueForm, type MasdarCue, type NominalCue } from '../../lexicons/cues.js';
import * as W from './words.js';

export const fold = (word: string): string => normalize(word);

function foldSet(words: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const w of words) set.add(fold(w));
  return set;
}

export interface CompiledNominalCue extends NominalCue {
  folded: readonly string[];
}

export interface CompiledLexicon {
  /** Folded inflected form (without proclitic) → its cue form. */
  verbForms: ReadonlyMap<string, CueForm>;
  /** Folded first word → nominal cues starting with it, longest first. */
  nominalByFirst: ReadonlyMap<string, readonly CompiledNominalCue[]>;
  /** Folded tail words per lemma ("عن" for تحدث عن). */
  tails: ReadonlyMap<CueForm['row'], ReadonlySet<string>>;
  objectMarkers: ReadonlyMap<CueForm['row'], ReadonlySet<string>>;
  /** Markers that open the content only right after the verb or its subject ("أعلن عن"). */
  adjacentMarkers: ReadonlyMap<CueForm['row'], ReadonlySet<string>>;
  /** Folded content markers of each masdar cue ("إلى" for دعوة). */
  masdarMarkers: ReadonlyMap<MasdarCue, ReadonlySet<string>>;
}

function compile(): CompiledLexicon {
  const verbForms = new Map<string, CueForm>();
  for (const form of expandCueForms(CUE_VERBS)) {
    const key = fold(form.form);
    // First row wins on a clash: rows are listed with the most common verbs first.
    if (!verbForms.has(key)) verbForms.set(key, form);
  }
  const nominalByFirst = new Map<string, CompiledNominalCue[]>();
  for (const cue of NOMINAL_CUES) {
    const folded = cue.words.map(fold);
    const first = folded[0]!;
    const list = nominalByFirst.get(first) ?? [];
    list.push({ ...cue, folded });
    list.sort((a, b) => b.folded.length - a.folded.length);
    nominalByFirst.set(first, list);
  }
  const tails = new Map<CueForm['row'], ReadonlySet<string>>();
  const objectMarkers = new Map<CueForm['row'], ReadonlySet<string>>();
  const adjacentMarkers = new Map<CueForm['row'], ReadonlySet<string>>();
  for (const row of CUE_VERBS) {
    if (row.tail) tails.set(row, foldSet(row.tail));
    if (row.objectMarkers) objectMarkers.set(row, foldSet(row.objectMarkers));
    if (row.adjacentMarkers) adjacentMarkers.set(row, foldSet(row.adjacentMarkers));
  }
  const masdarMarkers = new Map<MasdarCue, ReadonlySet<string>>();
  for (const m of MASDAR_CUES) masdarMarkers.set(m, foldSet(m.markers));
  return { verbForms, nominalByFirst, tails, objectMarkers, adjacentMarkers, masdarMarkers };
}

export const LEXICON: CompiledLexicon = compile();

export const PROCLITICS: readonly string[] = CUE_PROCLITICS.map(fold);

/** Feminine of a role head: وزير → وزيره (folded ة). */
const roleHeads = W.ROLE_HEADS.map(fold);
export const ROLE_HEADS: ReadonlySet<string> = new Set([...roleHeads, ...roleHeads.map((h) => h + 'ه')]);
/** Heads only with the article (see speaker.ts roleHeadAt), with their feminines. */
const definiteHeads = W.DEFINITE_ROLE_HEADS.map(fold);
export const DEFINITE_ROLE_HEADS: ReadonlySet<string> = new Set([...definiteHeads, ...definiteHeads.map((h) => h + 'ه')]);
export const FEMININE_ROLE_HEADS: ReadonlySet<string> = new Set([...roleHeads, ...definiteHeads].map((h) => h + 'ه'));
export const PLURAL_ROLE_HEADS = foldSet(W.PLURAL_ROLE_HEADS);
export const RANK_QUALIFIERS = foldSet(W.RANK_QUALIFIERS);
export const KINSHIP_HEADS = foldSet(W.KINSHIP_HEADS);
export const PLURAL_KINSHIP_HEADS = foldSet(W.PLURAL_KINSHIP_HEADS);
export const OBJECT_NOUNS = foldSet(W.OBJECT_NOUNS);
export const MANNER_ADVERBS = foldSet(W.MANNER_ADVERBS);
export const SPELLED_COUNTS = foldSet(W.SPELLED_COUNTS);
/** Folded conditional head → folded words one of which must follow it. */
export const CONDITIONAL_ROLE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(W.CONDITIONAL_ROLE_HEADS).map(([head, next]) => [fold(head), foldSet(next)]),
);
export const DOCUMENT_HEADS = foldSet(W.DOCUMENT_HEADS);
export const FIGURE_HEADS = foldSet(W.FIGURE_HEADS);
/** A noun of three letters or more with a possessive pronoun (عزلته، مواقفها، خارجيتها، حقوقهم), as written. */
export const POSSESSED_NOUN = /^[\u0621-\u064A]{3,}(?:ته|تها|تهم|ها|هم|هما)$/u;
export const DATE_HINT_WORDS = foldSet(W.DATE_HINT_WORDS);
export const ORG_HEADS = foldSet(W.ORG_HEADS);
export const ANAPHORIC_ORG_HEADS = foldSet(W.ANAPHORIC_ORG_HEADS);
export const OUTLET_HEADS = foldSet(W.OUTLET_HEADS);
export const SHARED_OUTLET_HEADS = foldSet(W.SHARED_OUTLET_HEADS);
export const PRESS_DESCRIPTORS = foldSet(W.PRESS_DESCRIPTORS);
export const ROLE_LINKS = foldSet(W.ROLE_LINKS);
export const SPAN_STOPS = foldSet(W.SPAN_STOPS);
export const NON_COMPLEMENTIZER_BEFORE = foldSet(W.NON_COMPLEMENTIZER_BEFORE);
export const CLAUSE_SEPARATORS = foldSet(W.CLAUSE_SEPARATORS);
export const NEGATORS = foldSet(W.NEGATORS);
export const NEGATION_EXCEPTIONS_AFTER = foldSet(W.NEGATION_EXCEPTIONS_AFTER);
export const SUBORDINATORS = foldSet(W.SUBORDINATORS);
export const HEADLINE_LABELS = foldSet(W.HEADLINE_LABELS);
export const FEMALE_FIRST_NAMES = foldSet(W.FEMALE_FIRST_NAMES);
export const OUTLET_INTRODUCERS = foldSet(W.OUTLET_INTRODUCERS);
export const MASCULINE_PLACES = foldSet(W.MASCULINE_PLACES);
export const HONORIFICS = foldSet(W.HONORIFICS);
export const QUANTIFIER_HEADS = foldSet(W.QUANTIFIER_HEADS);
export const MEMBER_HEADS = foldSet(W.MEMBER_HEADS);
export const CUE_OBJECT_WORDS = foldSet(W.CUE_OBJECT_WORDS);
export const POSSESSED_OBJECTS = foldSet(W.POSSESSED_OBJECTS);
const narrationVerbs = W.NARRATION_VERBS.map(fold);
export const NARRATION_VERBS: ReadonlySet<string> = new Set([...narrationVerbs, ...narrationVerbs.map((v) => v + 'ت')]);
export const NAMING_WORDS = foldSet(W.NAMING_WORDS);

/** Folded particles compared often: computed once. */
export const F = {
  an: fold('أن'),
  ma: fold('ما'),
  lima: fold('لما'),
  ay: fold('أي'),
  la: fold('لا'),
  lam: fold('لم'),
  lan: fold('لن'),
  ghayr: fold('غير'),
  an_prep: fold('عن'),
  min: fold('من'),
  ila: fold('إلى'),
  ala: fold('على'),
  li: fold('ل'),
  fa_inna: fold('فإن'),
  bism: fold('باسم'),
  ibn: fold('بن'),
  bint: fold('بنت'),
  fi: fold('في'),
} as const;

/**
 * A complementizer that opens reported content: أن، إن، بأن، فإن and their pronoun-suffixed forms
 * (أنه، إنها، بأنهم، أننا…). Folded, so أ/إ are both ا.
 */
const COMPLEMENTIZER = new RegExp(`^(?:ب|ف)?${fold('أن')}(?:ه|ها|هم|هما|هن|نا|ني|ي|ك|كم)?$`, 'u');
export function isComplementizer(folded: string): boolean {
  return folded.length <= 6 && COMPLEMENTIZER.test(folded);
}

/**
 * Variants of a folded word to look up in a head list: itself, without a conjunction (و/ف), without
 * the article (ال، لل، بال) — in that order. A list is consulted with each variant, so that a word
 * that merely starts with و (وزير) is still found as itself first.
 */
export function variants(folded: string): string[] {
  const out = [folded];
  const noConj = folded.length > 3 && (folded[0] === 'و' || folded[0] === 'ف') ? folded.slice(1) : null;
  if (noConj) out.push(noConj);
  for (const w of noConj ? [folded, noConj] : [folded]) {
    if (w.length > 4 && (w.startsWith('ال') || w.startsWith('لل'))) out.push(w.slice(2));
    else if (w.length > 5 && (w.startsWith('بال') || w.startsWith('كال'))) out.push(w.slice(3));
  }
  return out;
}

/** The first variant of `folded` found in `set`, or null. */
export function findIn(set: ReadonlySet<string>, folded: string): string | null {
  if (set.has(folded)) return folded;
  for (const v of variants(folded)) if (set.has(v)) return v;
  return null;
}

/** True when the folded word carries the definite article (with or without a proclitic). */
export function isDefinite(folded: string): boolean {
  return /^(?:و|ف)?(?:ال|لل|بال)/u.test(folded) && folded.length > 3;
}

/** Folded report nouns (أنباء، تقارير…): an indefinite one before a cue verb makes that verb a relative clause. */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(REPORT_NOUN_WORDS.map((w) => normalize(w)));
