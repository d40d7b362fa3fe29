/**
 * src/lexicons/stance.ts turned into lookups over normalized words and light stems, built once.
 * Matching works on stems so that "سحب" in a claim finds "بسحب" and "وسحبت" in an article.
 */
import { normalize } from '../../arabic/normalize.js';
import { stemNormalized } from '../../arabic/stem.js';
import { words } from '../../arabic/tokenize.js';
import { wordForms } from './forms.js';
import {
  CONDITION_WORDS,
  CONTRAST_WORDS,
  DENIAL_PHRASES,
  DENIAL_WORDS,
  HEDGE_WORDS,
  NEGATORS,
  NOT_IN_SETS,
  OPPOSITE_SETS,
  PREDICATE_SETS,
} from '../../lexicons/stance.js';

export interface StanceLexicon {
  /** Word form (./forms.ts) → the predicate sets it belongs to. */
  setsOfStem: Map<string, string[]>;
  /** Word form → sets a word with that form is kept out of (NOT_IN_SETS). */
  excludedFrom: Map<string, string[]>;
  /** Set → the sets that contradict it. */
  opposites: Map<string, string[]>;
  negators: Set<string>;
  denial: Set<string>;
  denialPhrases: string[][];
  hedges: Set<string>;
  /** Single-word cues as words, multi-word ones ("غير أن", "ما لم") as sequences: never split. */
  contrast: Set<string>;
  contrastPhrases: string[][];
  conditions: Set<string>;
  conditionPhrases: string[][];
}

const normWords = (text: string): string[] => words(normalize(text));

function build(): StanceLexicon {
  const setsOfStem = new Map<string, string[]>();
  for (const [set, members] of Object.entries(PREDICATE_SETS)) {
    for (const member of members) {
      // A multi-word member ("قيد الحياة") is keyed by its last word, the specific one.
      const word = normWords(member).at(-1);
      if (!word) continue;
      for (const form of wordForms(word, stemNormalized(word))) {
        const sets = setsOfStem.get(form) ?? [];
        if (!sets.includes(set)) sets.push(set);
        setsOfStem.set(form, sets);
      }
    }
  }
  const excludedFrom = new Map<string, string[]>();
  for (const [set, members] of Object.entries(NOT_IN_SETS)) {
    for (const word of members.flatMap(normWords)) excludedFrom.set(word, [...(excludedFrom.get(word) ?? []), set]);
  }
  const opposites = new Map<string, string[]>();
  for (const [a, b] of OPPOSITE_SETS) {
    opposites.set(a, [...(opposites.get(a) ?? []), b]);
    opposites.set(b, [...(opposites.get(b) ?? []), a]);
  }
  const wordSet = (list: readonly string[]): Set<string> => new Set(list.flatMap(normWords));
  const singles = (list: readonly string[]): Set<string> => new Set(list.map(normWords).filter((w) => w.length === 1).map((w) => w[0]!));
  const phrases = (list: readonly string[]): string[][] => list.map(normWords).filter((w) => w.length > 1);
  // Denials are recognized by their stem too, so that "ونفت" and "بنفي" count.
  const denial = new Set<string>();
  for (const word of DENIAL_WORDS.flatMap(normWords)) {
    denial.add(word);
    denial.add(stemNormalized(word));
  }
  return {
    setsOfStem,
    excludedFrom,
    opposites,
    negators: wordSet(NEGATORS),
    denial,
    denialPhrases: DENIAL_PHRASES.map(normWords),
    hedges: wordSet(HEDGE_WORDS),
    contrast: singles(CONTRAST_WORDS),
    contrastPhrases: phrases(CONTRAST_WORDS),
    conditions: singles(CONDITION_WORDS),
    conditionPhrases: phrases(CONDITION_WORDS),
  };
}

let cached: StanceLexicon | null = null;
export function stanceLexicon(): StanceLexicon {
  cached ??= build();
  return cached;
}

/** The predicate sets of a word, through any of its forms. */
export function setsOfForms(forms: readonly string[]): string[] {
  const lex = stanceLexicon();
  const out: string[] = [];
  for (const form of forms) for (const set of lex.setsOfStem.get(form) ?? []) if (!out.includes(set)) out.push(set);
  if (out.length === 0 || lex.excludedFrom.size === 0) return out;
  const excluded = forms.flatMap((form) => lex.excludedFrom.get(form) ?? []);
  return excluded.length === 0 ? out : out.filter((set) => !excluded.includes(set));
}
