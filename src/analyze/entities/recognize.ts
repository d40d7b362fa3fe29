/**
 * First pass of entity recognition over one paragraph: a left-to-right scan that tries, at each
 * word, the patterns in a fixed order — title + name, gazetteer phrase, organization head + genitive
 * chain, government head + nisba, place trigger + name, then a bare person name — and records raw
 * mentions as token spans. Merging mentions into entities is merge.ts's job.
 *
 * Everything is a Map/Set lookup on normalized token forms (see tokens.ts, lexicon.ts).
 */
import type { EntityType } from '../../core/types.js';
import { isFirstName, lexicon, normalizedKey, writtenWithTaMarbuta, type GazetteerTarget, type KnownPersonTarget, type Lexicon, type PhraseEntry, type PhraseIndex } from './lexicon.js';
import { surfaceOffset, type Tok, type WordForm, type WordInfo } from './tokens.js';

/** How a person mention was found; decides whether a one-word name may create an entity. */
export type PersonEvidence = 'title' | 'honorific' | 'cue' | 'name' | 'known';

export interface RawMention {
  paragraph: number;
  /** Token span [first, last] in the paragraph's tokens. */
  first: number;
  last: number;
  /** Normalized letters stripped from the first token (proclitics). */
  strip: number;
  fusedLam: boolean;
  type: EntityType;
  /** For gazetteer mentions: the record; for pattern mentions: undefined. */
  target?: GazetteerTarget;
  /** Normalized name tokens (persons: the name without title; others: the phrase). */
  keyTokens: string[];
  /** Person: how it was found, and the title phrase before or after the name, if any. */
  evidence?: PersonEvidence;
  role?: { first: number; last: number; strip: number };
  /** An organization's acronym in parentheses right after it. */
  acronym?: { first: number; last: number };
  /** A well-known person (persons gazetteer): canonical full name; keyTokens are its parts. */
  canonical?: string;
}

/** A title phrase with no name: kept to resolve later against the roles of named persons. */
export interface RawRole {
  paragraph: number;
  first: number;
  last: number;
  strip: number;
  /** A definite title followed by an unknown ال-word: "الوزير الخطيب" (surname token index). */
  surname?: number;
  /** The title is an honorific or a military rank ("العميد"), strong enough to create a person. */
  honorific?: boolean;
}

export interface ParagraphScan {
  mentions: RawMention[];
  roles: RawRole[];
  /** Tokens already inside a mention or a name (alias pass must not reuse them). */
  claimed: Uint8Array;
}

const MAX_NAME_UNITS = 4;
/** Dashes that join the parts of a compound foreign name ("فرانك - فولتر"). */
const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);
/**
 * Military and academic ranks (normalized) that stand before a name after an office's genitive
 * chain. Not الشيخ/السيد/الأمير: "مستشار الأمير …" is the prince's adviser, a true genitive.
 */
const RANKS_BEFORE_NAME = /^(?:العماد|اللواء|العميد|العقيد|المقدم|الرائد|النقيب|الفريق|المشير|الجنرال|الدكتور|الدكتوره|المهندس)$/u;
const MAX_COMPLEMENT = 8;
const MAX_ORG_TOKENS = 7;
const MAX_QUOTED_TOKENS = 6;
/** Vessels named after people ("حاملة الطائرات جورج دبليو بوش", "المدمرة دونالد كوك"), folded. */
const VESSELS: ReadonlySet<string> = new Set(['حاملة', 'حاملات', 'السفينة', 'المدمرة', 'الغواصة', 'البارجة', 'الفرقاطة'].map((w) => normalizedKey(w)));
/** How far back a vessel noun is looked for: "حاملة الطائرات الأمريكية" before the name. */
const VESSEL_REACH = 4;
/** "أولاً" as the recognizer folds it, before the idiom's "بأول". */
const F_AWWALAN = normalizedKey('أولا');
/** Prepositions a participle governs ("مؤلف من", "مسؤول عن"), folded as the recognizer folds words. */
const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['من', 'في', 'على', 'عن', 'إلى', 'الى'].map((w) => normalizedKey(w)));
const MAX_ACRONYM_TOKENS = 6;

interface PhraseMatch<T> {
  length: number;
  form: WordForm;
  value: T;
}

interface FormEntries<T> {
  form: WordForm;
  entries: readonly PhraseEntry<T>[];
}

/** What the lexicon says about one word, computed once per distinct word and kept on its WordInfo. */
interface WordLex {
  gazetteer: FormEntries<GazetteerTarget>[];
  definiteTitles: FormEntries<string>[];
  constructTitles: FormEntries<string>[];
  governmentHeads: FormEntries<string>[];
  persons: FormEntries<KnownPersonTarget>[];
  cue: WordForm | null;
  organizationHead: WordForm | null;
  placeTrigger: WordForm | null;
  /** Memo of ParagraphScanner.cliticNoun (depends on the lexicon only). */
  cliticNoun?: boolean;
  /**
   * No pattern can start at this word: no phrase list, cue, head or trigger, and no reading is a
   * first name or a connector (the only starts `name()` accepts without a title). Most words are
   * plain; `at()` then skips straight to the one pattern that depends on the previous word.
   */
  plain: boolean;
}

type PhraseKind = 'gazetteer' | 'definiteTitles' | 'constructTitles' | 'governmentHeads' | 'persons';

/** The one empty candidate list, shared by every word without candidates (never mutated). */
const NO_CANDIDATES: FormEntries<never>[] = [];

function candidates<T>(index: PhraseIndex<T>, forms: readonly WordForm[]): FormEntries<T>[] {
  let out: FormEntries<T>[] | null = null;
  for (const form of forms) {
    const entries = index.get(form.key);
    if (entries) (out ??= []).push({ form, entries });
  }
  return out ?? NO_CANDIDATES;
}

function firstFormIn(set: Set<string>, forms: readonly WordForm[]): WordForm | null {
  for (const f of forms) if (set.has(f.key)) return f;
  return null;
}

function wordLex(w: WordInfo): WordLex {
  if (w.lex) return w.lex as WordLex;
  const lex = lexicon();
  const info: WordLex = {
    gazetteer: candidates(lex.gazetteer, w.forms),
    definiteTitles: candidates(lex.definiteTitles, w.forms),
    constructTitles: candidates(lex.constructTitles, w.forms),
    governmentHeads: candidates(lex.governmentHeads, w.forms),
    persons: candidates(lex.persons, w.forms),
    cue: firstFormIn(lex.cues, w.forms),
    organizationHead: firstFormIn(lex.organizationHeads, w.forms),
    placeTrigger: firstFormIn(lex.placeTriggers, w.forms),
    // Present from the start so that filling the memo later does not change the object's shape.
    cliticNoun: undefined,
    plain: false,
  };
  info.plain =
    info.gazetteer.length === 0 &&
    info.definiteTitles.length === 0 &&
    info.constructTitles.length === 0 &&
    info.governmentHeads.length === 0 &&
    info.persons.length === 0 &&
    info.cue === null &&
    info.organizationHead === null &&
    info.placeTrigger === null &&
    !w.forms.some((f) => isFirstName(lex, f.key) || lex.connectors.has(f.key));
  w.lex = info;
  return info;
}

/**
 * The candidate lists of one kind. A switch rather than `info[kind]`: a computed property read with
 * five different keys at one site is a slow generic lookup, and this runs several times per token.
 */
function listsOf(info: WordLex, kind: PhraseKind): FormEntries<unknown>[] {
  switch (kind) {
    case 'gazetteer':
      return info.gazetteer;
    case 'definiteTitles':
      return info.definiteTitles;
    case 'constructTitles':
      return info.constructTitles;
    case 'governmentHeads':
      return info.governmentHeads;
    case 'persons':
      return info.persons;
  }
}

/** Longest phrase of kind `kind` starting at token i (first token read with its proclitic forms). */
function matchPhrase<T>(kind: PhraseKind, toks: Tok[], i: number, withClitics = true): PhraseMatch<T> | null {
  const w = toks[i]?.word;
  if (!w) return null;
  const lists = listsOf(wordLex(w), kind) as FormEntries<T>[];
  if (lists.length === 0) return null;
  let best: PhraseMatch<T> | null = null;
  for (const { form, entries } of lists) {
    if (!withClitics && form.strip > 0) continue;
    for (const e of entries) {
      const length = 1 + e.rest.length;
      if (best && best.length >= length) break;
      let ok = true;
      for (let k = 0; k < e.rest.length; k++) {
        const t = toks[i + 1 + k];
        if (!t || !t.word || t.word.norm !== e.rest[k]) {
          ok = false;
          break;
        }
      }
      // "مالية" (written with ة) is not the capital "ماليه" it folds to.
      if (ok && e.haOnly && writtenWithTaMarbuta((toks[i + length - 1] as Tok).text)) ok = false;
      if (ok) {
        best = { length, form, value: e.value };
        break;
      }
    }
  }
  return best;
}

/** A person name span: tokens [first, last], the reading of the first token, and name parts. */
interface NameSpan {
  first: number;
  last: number;
  form: WordForm;
  units: number;
  /** Set when the span is a well-known person from the persons gazetteer. */
  known?: KnownPersonTarget;
}

/** Words that end the subject of a cue verb: prepositions and relatives opening an adjunct. */
const CUE_SUBJECT_ENDS = new Set(['في', 'على', 'عن', 'خلال', 'امام', 'الذي', 'التي', 'لدى', 'عقب', 'اثناء', 'بعد', 'قبل', 'من', 'الى', 'مع', 'ايضا', 'امس', 'اليوم', 'للصحفيين', 'لوكاله', 'لقناه', 'لصحيفه']);

/**
 * Shapes of derived verbs and verbal nouns that transliterated names practically never take:
 * استفعل/استفعال (استطاع، استبعاد), افتعل/افتعال (اقترح، اقتراح), انفعال, تفعيل (تشكيل), تفاعل
 * (تزايد), مفاعلة; and words carrying an object pronoun (لإقناعهم، قوله). Known names that match
 * (ترامب) are found by the persons gazetteer before this test is asked.
 */
export function unlikelyNameWord(norm: string): boolean {
  const n = norm.length;
  if (n >= 5 && norm.startsWith('است')) return true;
  if ((n === 5 || n === 6) && norm.charCodeAt(0) === 0x0627 && norm.charCodeAt(2) === 0x062a && (n === 5 || norm.charCodeAt(4) === 0x0627)) return true;
  if (n === 6 && norm.startsWith('ان') && norm.charCodeAt(4) === 0x0627) return true;
  if (n === 5 && norm.charCodeAt(0) === 0x062a && (norm.charCodeAt(3) === 0x064a || norm.charCodeAt(2) === 0x0627)) return true;
  if (n === 6 && norm.charCodeAt(0) === 0x0645 && norm.charCodeAt(2) === 0x0627 && norm.endsWith('ه')) return true;
  if (n >= 5 && (norm.endsWith('هم') || norm.endsWith('هما') || norm.endsWith('كم') || norm.endsWith('ها'))) return true;
  // A verb with an object pronoun is short too: "أعلنت ضمها".
  if (n === 4 && (norm.endsWith('ها') || norm.endsWith('هم'))) return true;
  // Circumstantial participles in the accusative (مُفعِلاً): "مرتديا", "مقترحا", "مبينا". A foreign
  // name with م + long vowel ("مانديلا", "ماتاريلا", "موراليس") has another shape.
  if (n >= 5 && norm.charCodeAt(0) === 0x0645 && norm.endsWith('ا') && !'اوي'.includes(norm.charAt(1))) return true;
  // …and those of form III whose second letter is و/ا/ي (مُوافِقاً): "موافقا", "مواصلا" — the rule above
  // leaves them out for the foreign names' sake; with the long ا third they are no name.
  if (n === 6 && norm.charCodeAt(0) === 0x0645 && norm.charCodeAt(2) === 0x0627 && norm.endsWith('ا')) return true;
  // A nisba in the dual or plural oblique ("هاتفيين", "عسكريين"): an adjective agreeing with the noun
  // before it ("اتصالين هاتفيين"), never a name's word.
  if (n >= 6 && norm.endsWith('يين')) return true;
  // Dual and plural imperfect verbs: تعلنان، يقولون.
  const c0 = norm.charCodeAt(0);
  if (n >= 5 && n <= 6 && (c0 === 0x062a || c0 === 0x064a) && (norm.endsWith('ان') || norm.endsWith('ون'))) return true;
  return false;
}

/**
 * The verbal noun of a form IV verb, إفعال, folded to "اXXاX": إجراء، إعلان، إطلاق، إرسال، إلغاء. A
 * role is often followed by one ("أعلن وزير الخارجية إجراء محادثات"). The first names of this
 * shape (إيمان، إسراء، إحسان …) are listed, and a listed name is never asked.
 */
export function formFourVerbalNoun(norm: string): boolean {
  return norm.length === 5 && norm.charCodeAt(0) === 0x0627 && norm.charCodeAt(3) === 0x0627;
}

/**
 * The shape of a form III participle's plural in construct, folded (مُفاعِلي: معارضي، مقاتلي، مناصري).
 * A family name can have it too ("مراكشي"), so it is read as the plural only before a governed noun.
 */
export function constructPluralParticiple(norm: string): boolean {
  return norm.length === 6 && norm.charCodeAt(0) === 0x0645 && norm.charCodeAt(2) === 0x0627 && norm.endsWith('ي');
}

/** ال-words that are plural or feminine nouns, never a family name ("العسكريين", "الأزمة"). */
export function nounNotSurname(norm: string): boolean {
  if (norm.endsWith('يين') || norm.endsWith('ون') || norm.endsWith('ات')) return true;
  return norm.endsWith('ه') && !norm.endsWith('الله');
}

/**
 * Normalization folds ى into ي, so the name "علي" and the preposition "على" meet; the written form
 * still tells them apart (final ي vs ى), and a name must not stop at itself.
 */
function writtenAsAli(tok: Tok): boolean {
  return tok.word !== null && tok.word.norm === 'علي' && tok.text.charCodeAt(tok.text.length - 1) === 0x064a;
}

/** Prepositions of place after which a context-only country name is the country ("في مالي"). */
const PLACE_PREPOSITIONS = new Set(['في', 'الى', 'الي', 'من', 'عن', 'بين', 'نحو', 'داخل', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);

/** Stem openings after a ل proclitic that mark a common noun, as written: أ إ آ (plural, masdar) and م (مفعل). */
const HAMZA_OR_MIM: ReadonlySet<string> = new Set(['أ', 'إ', 'آ', 'م']);

const F_ABD = 'عبد';

/** Kunya connectors, folded: أبو، أبي، أبا، أم. */
const KUNYA_CONNECTORS = new Set(['ابو', 'ابي', 'ابا', 'ام']);

/** Complementizers that open reported speech after "قال فلان". */
const CUE_COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه']);

/** Imperfect and future verb shapes (تبحث، يزور، نرى، ستزور): never a second name part. */
function verbLike(norm: string): boolean {
  const c0 = norm.charCodeAt(0);
  const c1 = norm.charCodeAt(1);
  if (c0 === 0x062a || c0 === 0x064a || c0 === 0x0646) return norm.length >= 4;
  return c0 === 0x0633 && (c1 === 0x062a || c1 === 0x064a || c1 === 0x0646) && norm.length >= 5;
}

function isWord(tok: Tok | undefined): tok is Tok & { word: NonNullable<Tok['word']> } {
  return tok !== undefined && tok.word !== null;
}

function isDefinite(norm: string): boolean {
  return norm.length > 3 && norm.charCodeAt(0) === 0x0627 && norm.charCodeAt(1) === 0x0644;
}

/**
 * Is the word, read as `form`, an ال-word? normalize() folds أ/إ/آ into ا, so "ألبرت", "أليكس",
 * "إلياس" look definite once folded; written with a hamza on the alef, "أل" is never the article.
 */
function articleWord(tok: Tok, form: WordForm): boolean {
  if (!isDefinite(form.key)) return false;
  const c = tok.text.charCodeAt(surfaceOffset(tok.text, form.strip));
  return c !== 0x0623 && c !== 0x0625 && c !== 0x0622;
}

/** "لل…" / "ل…" genitive: "لحقوق الإنسان", "للأمم". */
function isLamGenitive(norm: string): boolean {
  return norm.length > 3 && norm.charCodeAt(0) === 0x0644;
}

export class ParagraphScanner {
  private readonly lex: Lexicon = lexicon();
  private readonly mentions: RawMention[] = [];
  private readonly roles: RawRole[] = [];
  private readonly claimed: Uint8Array;
  /** Tokens inside a title complement: government heads there belong to the title ("وزير الخارجية"). */
  private readonly inTitle: Uint8Array;
  /** Title heads already consumed as an apposition of a name. */
  private readonly appositionHeads = new Set<number>();
  private readonly gazMemo: (PhraseMatch<GazetteerTarget> | null | undefined)[] = [];

  constructor(
    private readonly toks: Tok[],
    private readonly paragraph: number,
  ) {
    this.claimed = new Uint8Array(toks.length);
    this.inTitle = new Uint8Array(toks.length);
  }

  scan(): ParagraphScan {
    const toks = this.toks;
    let i = 0;
    while (i < toks.length) {
      if (!isWord(toks[i]) || this.claimed[i]) {
        i++;
        continue;
      }
      i = this.at(i);
    }
    return { mentions: this.mentions, roles: this.roles, claimed: this.claimed };
  }

  /** Try every pattern at token i; returns the next index to scan. */
  private at(i: number): number {
    // A plain word (see WordLex.plain) fails every pattern below at once — title, known person,
    // gazetteer, organization, government body and place all need a list entry at i, and `name()`
    // a first name or connector — except a lone name framed by a cue verb ("وقال بلير إن").
    if (wordLex((this.toks[i] as Tok).word as WordInfo).plain) {
      const prev = this.toks[i - 1];
      if (isWord(prev) && wordLex(prev.word).cue !== null) return this.person(i) ?? i + 1;
      return i + 1;
    }
    const titled = this.title(i);
    if (titled !== null) return titled;
    const known = this.knownPerson(i);
    if (known !== null) return known;

    const gaz = this.gazetteer(i);
    const org = this.organization(i, gaz);
    if (org !== null) return org;
    if (gaz) {
      if (gaz.value.kind === 'nisba') return i + gaz.length;
      const end = i + gaz.length - 1;
      const m = this.emit(gaz.value.kind === 'organization' ? 'organization' : gaz.value.kind === 'country' ? 'country' : 'location', i, end, gaz.form, { target: gaz.value });
      return gaz.value.kind === 'organization' ? this.acronym(m) : end + 1;
    }
    const gov = this.governmentBody(i);
    if (gov !== null) return gov;
    const place = this.place(i);
    if (place !== null) return place;
    const person = this.person(i);
    if (person !== null) return person;
    return i + 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Emitting
  // ---------------------------------------------------------------------------------------------

  private emit(type: EntityType, first: number, last: number, form: WordForm, extra: Partial<RawMention> = {}): RawMention {
    const keyTokens: string[] = [];
    for (let k = first; k <= last; k++) {
      const w = this.toks[k]?.word;
      if (w) keyTokens.push(k === first ? form.key : w.norm);
    }
    const m: RawMention = { paragraph: this.paragraph, first, last, strip: form.strip, fusedLam: form.fusedLam, type, keyTokens, ...extra };
    this.mentions.push(m);
    for (let k = first; k <= last; k++) this.claimed[k] = 1;
    return m;
  }

  /** "(قسد)" / "(PKK)" right after an organization: an alias; returns the next index to scan. */
  private acronym(m: RawMention): number {
    const toks = this.toks;
    const open = toks[m.last + 1];
    if (!open || open.text !== '(') return m.last + 1;
    let k = m.last + 2;
    const firstInside = k;
    let letters = 0;
    while (k < toks.length && k - firstInside < MAX_ACRONYM_TOKENS) {
      const t = toks[k] as Tok;
      if (t.text === ')') break;
      if (t.word) letters += t.word.norm.length;
      else if (t.text !== '.') return m.last + 1;
      k++;
    }
    const close = toks[k];
    if (!close || close.text !== ')' || k === firstInside || letters > 12) return m.last + 1;
    const inner = toks[firstInside];
    // A bracketed country or boundary word is a gloss, not an acronym: "(سوريا)", "(أمس)".
    if (k - firstInside === 1 && inner?.word && (this.lex.boundaries.has(inner.word.norm) || this.gazetteer(firstInside))) return m.last + 1;
    m.acronym = { first: firstInside, last: k - 1 };
    for (let j = m.last + 1; j <= k; j++) this.claimed[j] = 1;
    return k + 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Gazetteer
  // ---------------------------------------------------------------------------------------------

  /** Gazetteer phrase at i (context-only entries excluded), memoized: patterns ask repeatedly. */
  private gazetteer(i: number): PhraseMatch<GazetteerTarget> | null {
    const memo = this.gazMemo[i];
    if (memo !== undefined) return memo;
    const m = matchPhrase<GazetteerTarget>('gazetteer', this.toks, i);
    // Context-only places and aliases only count after a trigger or after their full name; a
    // context-only country or capital (مالي "financial") also after a preposition ("في مالي"),
    // where the everyday adjective cannot stand.
    const result = m && (!m.value.contextOnly || this.countryAfterPreposition(i, m.value)) ? m : null;
    this.gazMemo[i] = result;
    return result;
  }

  private countryAfterPreposition(i: number, target: GazetteerTarget): boolean {
    if (target.kind !== 'country' && target.kind !== 'capital') return false;
    const prev = this.toks[i - 1];
    return isWord(prev) && PLACE_PREPOSITIONS.has(prev.word.norm);
  }

  // ---------------------------------------------------------------------------------------------
  // Titles and persons
  // ---------------------------------------------------------------------------------------------

  /** A title phrase at i, then (usually) a name. Returns the next index to scan, or null. */
  private title(i: number): number | null {
    const toks = this.toks;
    const definite = matchPhrase<string>('definiteTitles', toks, i);
    const construct = matchPhrase<string>('constructTitles', toks, i);
    const head = definite && (!construct || definite.length >= construct.length) ? definite : construct;
    if (!head) return null;
    const isDefiniteHead = head === definite;
    // A place or organization whose name starts with a title word ("الشيخ زويد", "الشيخ جراح")
    // is that place, not a person called زويد.
    const gaz = this.gazetteer(i);
    if (gaz && gaz.value.kind !== 'nisba' && gaz.length > head.length) return null;
    // "إلى الأمام" (forward) folds to the same letters as the title "الإمام".
    const before = toks[i - 1]?.word?.norm;
    if (head.value === 'الامام' && (before === 'الى' || before === 'الي')) return null;
    // "العماد" is a rank before a first name ("العماد ميشال عون") and the pillar of anything else
    // ("العماد الرئيسي لقوات…").
    const afterHead = toks[i + head.length];
    if (head.value === 'العماد' && !(isWord(afterHead) && isFirstName(this.lex, afterHead.word.norm))) return null;
    let j = i + head.length;
    // "د." (doctor): the abbreviation needs its dot.
    if (head.value === 'د') {
      if (toks[j]?.text !== '.') return null;
      j++;
    }
    const complementEnd = this.complement(j, isDefiniteHead);
    if (!isDefiniteHead && complementEnd === j) return null;
    for (let k = j; k < complementEnd; k++) this.inTitle[k] = 1;
    const roleLast = complementEnd - 1;
    const role = { paragraph: this.paragraph, first: i, last: roleLast, strip: head.form.strip };

    // Stacked titles ("الكاتب الصحفي", "المعارض السوري") and an apposition comma
    // ("قال الكاتب الصحافي، علي الأمين،") may sit between the title and the name.
    let nameAt = complementEnd;
    const rankNext = toks[nameAt];
    const rankStacked = !isDefiniteHead && isWord(rankNext) && RANKS_BEFORE_NAME.test(rankNext.word.norm);
    if (isDefiniteHead || rankStacked) {
      const stacked = matchPhrase<string>('definiteTitles', toks, nameAt, false);
      if (stacked) nameAt += stacked.length;
      // The rank's own qualifiers ("العميد ركن طيار أحمد عسيري") come before the name.
      while (rankStacked && isWord(toks[nameAt]) && this.lex.titleAdjectives.has(toks[nameAt]!.word!.norm)) nameAt++;
    }
    if (toks[nameAt]?.text === '،' || toks[nameAt]?.text === ',') nameAt++;
    let name = this.name(complementEnd, 'title');
    if (!name && nameAt !== complementEnd) name = this.name(nameAt, 'title');
    // "قال الناشط الإعلامي « جهاد الحلبي »": the name in quotes, closed right after it.
    if (!name) name = this.quotedName(toks[nameAt]?.kind === 'quote' ? nameAt : complementEnd);
    if (name && this.namedAfter(i)) {
      // "مستشفى الملك خالد": the title and name belong to the institution's name.
      this.claimPlaceName(i, name.last);
      return name.last + 1;
    }
    if (name) {
      // "مستشار وزير الدفاع العميد …", "المستشار في مكتب وزير الدفاع العميد …": a construct title after
      // an indefinite office or body noun is that noun's genitive; the man named is not its holder.
      const prev = toks[i - 1];
      const governed = rankStacked && !isDefiniteHead && isWord(prev) && !isDefinite(prev.word.norm) &&
        (matchPhrase<string>('constructTitles', toks, i - 1) !== null || wordLex(prev.word).organizationHead !== null);
      this.emitPerson(name, isDefiniteHead && complementEnd === j && this.isHonorific(head.value) ? 'honorific' : 'title', governed ? undefined : role);
      // Scan the complement for entities of its own ("المتحدث باسم وزارة الصحة").
      return i + head.length;
    }
    // A definite title + unknown ال-word: "الوزير الخطيب", "العميد الزعبي".
    const next = toks[complementEnd];
    if (isDefiniteHead && isWord(next) && complementEnd === j && isDefinite(next.word.norm) && this.surnameLike(complementEnd)) {
      if (!this.appositionHeads.has(i)) this.roles.push({ ...role, surname: complementEnd, honorific: this.isHonorific(head.value) });
      this.claimed[complementEnd] = 1;
      return i + head.length;
    }
    if (!this.appositionHeads.has(i) && roleLast >= i) this.roles.push(role);
    return i + head.length;
  }

  /**
   * The lone unlisted word at k after a title is the title's complement or the clause's next word,
   * not a name: an accusative with an agreeing adjective ("لرئيس الجمهورية دورا كبيرا"), or a
   * participle (م-) in the plural ("نائب رئيس الوزراء مقترحين") or, in a shape no name has, before a
   * preposition ("الفريق مؤلف من 30 شخصا").
   */
  private titleComplementWord(k: number): boolean {
    const norm = this.toks[k]!.word!.norm;
    const next = this.toks[k + 1];
    const nextNorm = isWord(next) ? next.word.norm : '';
    if (norm.endsWith('ا') && nextNorm.length >= 4 && nextNorm.endsWith('ا') && !isDefinite(nextNorm)) return true;
    if (norm.charCodeAt(0) !== 0x0645 || norm.length < 4) return false;
    // Before a preposition only the shapes no name has (مؤفعل، متفعل، مستفعل): "مشعل في" and "مبارك في" are names.
    return norm.endsWith('ين') || norm.endsWith('ون') || (/^م(?:ؤ|ت|ست)/u.test(this.toks[k]!.text) && PARTICIPLE_PREPOSITIONS.has(nextNorm));
  }

  /** A person's name between the quote mark at `open` and one right after it, or null. */
  private quotedName(open: number): NameSpan | null {
    if (this.toks[open]?.kind !== 'quote') return null;
    const name = this.name(open + 1, 'title');
    return name && this.toks[name.last + 1]?.kind === 'quote' ? name : null;
  }

  private isHonorific(title: string): boolean {
    return RANKS_BEFORE_NAME.test(title) || /^(?:الشيخ|الشيخه|السيد|السيده|د|الحاج|الحاجه|الاستاذ)$/u.test(title);
  }

  /**
   * The complement of a title starting at j: adjectives, links (باسم، لدى، إلى…) with their object,
   * genitive chains. After a definite title the chain is closed until a link opens it: an unknown
   * ال-word right after "الرئيس" is a surname, not a complement.
   */
  private complement(j: number, definiteHead: boolean): number {
    const toks = this.toks;
    const lex = this.lex;
    let open = !definiteHead;
    let k = j;
    let taken = 0;
    while (k < toks.length && taken < MAX_COMPLEMENT) {
      const t = toks[k];
      if (!isWord(t)) break;
      const norm = t.word.norm;
      if (lex.boundaries.has(norm) && !lex.titleLinks.has(norm) && !writtenAsAli(t)) break;
      if (lex.titleLinks.has(norm)) {
        const after = toks[k + 1];
        if (!isWord(after)) break;
        const g = this.gazetteer(k + 1);
        const strict = norm === 'في' || norm === 'عن';
        const objectOk = g !== null || (!strict && (isDefinite(after.word.norm) || wordLex(after.word).organizationHead !== null));
        if (!objectOk || (strict && g?.value.kind === 'nisba')) break;
        open = true;
        k++;
        taken++;
        continue;
      }
      const g = this.gazetteer(k);
      if (g) {
        // Nisbas, anything once the chain is open, and prepositional objects ("للأمم المتحدة").
        if (g.value.kind === 'nisba' || open || g.form.strip > 0 || g.form.fusedLam) {
          if (g.value.kind !== 'nisba') open = true;
          k += g.length;
          taken += g.length;
          continue;
        }
        // A country right after a definite title: "الرئيس سوريا" is not a phrase.
        break;
      }
      if (lex.titleAdjectives.has(norm) || lex.nisbas.has(norm)) {
        k++;
        taken++;
        continue;
      }
      if (isDefinite(norm) || (open && isLamGenitive(norm) && isDefinite('ا' + norm.slice(1)))) {
        if (!open) break;
        // "رئيس الجمهورية العماد ميشال عون": a rank before a name opens a stacked title, it is not
        // the next noun of the genitive chain (the role is "رئيس الجمهورية", for later references).
        if (taken > 0 && RANKS_BEFORE_NAME.test(norm) && this.name(k + 1, 'title') !== null) break;
        k++;
        taken++;
        continue;
      }
      // An indefinite noun continues a genitive chain only when a definite word or a known
      // entity follows it: "وزير خارجية تركيا", "رئيس هيئة الأركان".
      if (open && this.chainNoun(k, taken)) {
        k++;
        taken++;
        continue;
      }
      break;
    }
    return k;
  }

  private chainNoun(k: number, taken: number): boolean {
    const lex = this.lex;
    const t = this.toks[k];
    if (!isWord(t)) return false;
    const norm = t.word.norm;
    if (lex.boundaries.has(norm) || lex.cues.has(norm)) return false;
    if (isFirstName(lex, norm) && (taken > 0 || !lex.ambiguousFirstNames.has(norm))) return false;
    if (norm.charCodeAt(0) === 0x0648 && !lex.organizationHeads.has(norm)) return false; // و + word: a new clause
    const next = this.toks[k + 1];
    if (!isWord(next)) return false;
    return isDefinite(next.word.norm) || (isLamGenitive(next.word.norm) && next.word.norm.length > 4) || this.gazetteer(k + 1) !== null;
  }

  /** Could the ال-word at k be a surname ("الخطيب") rather than a noun phrase? */
  private surnameLike(k: number): boolean {
    const lex = this.lex;
    const t = this.toks[k];
    if (!isWord(t)) return false;
    const norm = t.word.norm;
    if (lex.boundaries.has(norm) || lex.notNames.has(norm) || lex.titleAdjectives.has(norm)) return false;
    // Plural and feminine ال-nouns are never surnames: "جريدة اللواء الإلكترونية".
    if (nounNotSurname(norm)) return false;
    if (matchPhrase<string>('definiteTitles', this.toks, k) || this.gazetteer(k)) return false;
    if (wordLex(t.word).organizationHead || matchPhrase<string>('governmentHeads', this.toks, k, false)) return false;
    return true;
  }

  /**
   * Does the word at k end a name (or keep one from starting)? `firstNameTitles`: whether a one-word
   * title that is also a first name may go on a name (false when asked about the word after one,
   * so that a run of such words is never read recursively).
   */
  private stopsName(k: number, firstNameTitles = true): boolean {
    const lex = this.lex;
    const t = this.toks[k];
    if (!isWord(t)) return true;
    const norm = t.word.norm;
    if ((lex.boundaries.has(norm) && !writtenAsAli(t)) || lex.notNames.has(norm)) return true;
    if (lex.placeTriggers.has(norm) || lex.organizationHeads.has(norm)) return true;
    if (matchPhrase<string>('definiteTitles', this.toks, k, false)) return true;
    const construct = matchPhrase<string>('constructTitles', this.toks, k, false);
    // "أمين" is a title ("أمين عام الحزب") and a first name ("الخبير الاقتصادي أمين فارس"): a one-word
    // title that is also a listed first name goes on a name when a name part follows it.
    if (construct && !(firstNameTitles && construct.length === 1 && isFirstName(lex, norm) && this.namePartAt(k + 1))) return true;
    return false;
  }

  /** A word at k that continues a person's name after a first name: listed, or a foreign-looking word that is no title, place or verb. */
  private namePartAt(k: number): boolean {
    const t = this.toks[k];
    if (!isWord(t) || this.claimed[k]) return false;
    const norm = t.word.norm;
    if (isDefinite(norm) || this.stopsName(k, false)) return false;
    const g = this.gazetteer(k);
    if (g && g.value.kind !== 'nisba') return false;
    if (isFirstName(this.lex, norm)) return true;
    return this.nameLike(norm) && !unlikelyNameWord(norm) && !verbLike(norm) && !this.cliticNoun(t.word);
  }

  /** A word that could be a (possibly foreign) name: not a verb form, not a plural or a feminine noun. */
  private nameLike(norm: string): boolean {
    const lex = this.lex;
    if (isFirstName(lex, norm)) return true;
    if (norm.length < 2) return false;
    const c0 = norm.charCodeAt(0);
    // Imperfect verbs (يزور، تبحث) and و-clauses; names in the list were accepted above.
    if (c0 === 0x064a || c0 === 0x0648) return false;
    if (norm.endsWith('ون') || norm.endsWith('ات') || norm.endsWith('ه')) return false;
    return true;
  }

  /**
   * A person name starting at k: 1–4 units (first names, foreign names, ال-surnames; connectors
   * such as بن، أبو، عبد join units without counting). Returns the span or null.
   */
  private name(k: number, context: PersonEvidence, unglueFirstName = false): NameSpan | null {
    const toks = this.toks;
    const lex = this.lex;
    const t0 = toks[k];
    if (!isWord(t0) || this.claimed[k]) return null;
    // Known persons outside titles were taken by `knownPerson` before this is asked.
    if (context === 'title') {
      const known = this.knownAt(k);
      if (known) return known;
    }
    // The first token may carry a conjunction or preposition: "وبشار الأسد".
    let form: WordForm = t0.word.forms[0] as WordForm;
    // "ولطفي باشريف وزير الاتصالات": the next item of a list of names, its conjunction glued on.
    const unglued = unglueFirstName ? t0.word.forms.find((f) => f.strip === 1 && t0.word.norm.startsWith('و') && isFirstName(lex, f.key)) : undefined;
    if (unglued) form = unglued;
    let firstNorm = form.key;
    if (context !== 'title') {
      let found = false;
      for (const f of t0.word.forms) {
        if (isFirstName(lex, f.key) || lex.connectors.has(f.key)) {
          form = f;
          firstNorm = f.key;
          found = true;
          break;
        }
      }
      // Without a title, only a listed first name or a connector (عبد، أبو) can start a name —
      // except the "قال فلان إن" frame: one name-like word between a cue verb and إن/أن/quote.
      if (!found) return context === 'cue' ? this.cueSurname(k) : null;
    }
    // A title link ("باسم") or a preposition + noun ("بشكل", "للحزب") does not start a name.
    if (lex.titleLinks.has(t0.word.norm)) return null;
    if (!unglued && !isFirstName(lex, t0.word.norm) && (this.cliticNoun(t0.word) || unlikelyNameWord(t0.word.norm))) return null;
    const g0 = this.gazetteer(k);
    if (this.stopsName(k) || articleWord(t0, form) || (g0 && g0.value.kind !== 'nisba')) return null;
    const isConnector = lex.connectors.has(firstNorm);
    const isListed = isFirstName(lex, firstNorm);
    // "ولد" joins Mauritanian names ("محمد ولد الغزواني") but never opens one: first it is the verb
    // "was born" ("ولد شامل باساييف في…").
    if (firstNorm === 'ولد') return null;
    // An everyday word with a preposition glued on is that word: "بحياة أحمد" (by the life of),
    // "لصالح" — not the first name حياة/صالح.
    if (context === 'name' && form.strip > 0 && !form.key.startsWith('و') && !t0.word.norm.startsWith('و') && lex.ambiguousFirstNames.has(firstNorm)) return null;
    if (context === 'title') {
      if (!isConnector && !this.nameLike(firstNorm)) return null;
      // "قرر رئيس الوزراء إجراء انتخابات": a verbal noun stands where the name would.
      if (!isListed && formFourVerbalNoun(firstNorm)) return null;
    } else if (!isListed && !isConnector) return null;
    if (context === 'name' && !isConnector && lex.ambiguousFirstNames.has(firstNorm)) {
      // Ambiguous first names ("أمل", "سعيد", "علي") need another listed first name or a
      // connector after them ("علي بن أبي طالب", "سعيد أبو علي").
      const next = toks[k + 1];
      // An apposition between commas ("الخبير بالشأن التركي ، ناصر تركماني ،") is a name: two words
      // alone between punctuation marks after a comma are no sentence ("أمل" or "سعيد" as words).
      const framed = k >= 1 && !isWord(toks[k - 1]) && toks[k - 1]!.text.trim() !== '' && /^[,،]$/u.test(toks[k - 1]!.text) &&
        isWord(next) && !isDefinite(next.word.norm) && toks[k + 2] !== undefined && /^[,،]$/u.test(toks[k + 2]!.text);
      if (!framed && (!isWord(next) || !(isFirstName(lex, next.word.norm) || lex.connectors.has(next.word.norm)))) return null;
    }

    let units = isConnector ? 0 : 1;
    let last = k;
    let needMore = isConnector;
    let sawSurname = false;
    let allListed = isListed || isConnector;
    let prevConnector = isConnector;
    let m = k + 1;
    while (m < toks.length) {
      // "فرانك - فولتر شتاينماير", "كاترين غورينغ - إيكارت": a hyphen between two name parts joins
      // a compound name; the name goes on at the word after it.
      if (units >= 1 && !needMore && this.joinsNameParts(m)) m++;
      const t = toks[m];
      if (!isWord(t) || this.claimed[m]) break;
      const norm = t.word.norm;
      // "بن أبي طالب": a kunya connector may follow بن/ابن/بنت and still want its own name part.
      // So may عبد ("بن عبد الله", "بن عبد الرحمن"): the father's compound name follows.
      if (lex.connectors.has(norm) && (!needMore || (prevConnector && (KUNYA_CONNECTORS.has(norm) || norm === F_ABD)))) {
        // A connector must be followed by a name part.
        const after = toks[m + 1];
        if (!isWord(after) || (this.stopsName(m + 1) && !this.servantName(m) && !this.kunyaCompletion(m))) break;
        needMore = true;
        prevConnector = true;
        last = m;
        m++;
        continue;
      }
      if (units >= MAX_NAME_UNITS && !needMore) break;
      const completesServant = needMore && (this.servantName(m - 1) || this.kunyaCompletion(m - 1));
      if (this.stopsName(m) && !completesServant) break;
      const g = this.gazetteer(m);
      if (g && g.value.kind !== 'nisba' && !needMore) break;
      if (articleWord(t, t.word.forms[0] as WordForm)) {
        // Nisba surnames ("أحمد التركي") only right after the first name.
        if (g?.value.kind === 'nisba' && units > 1) break;
        // After a foreign (unlisted) name part, an ال-word starts the next phrase ("بوتين العسكريين",
        // "جورج بوش الأزمة") unless it is a nisba-shaped surname ("…ي"); plural and feminine
        // nouns are never surnames.
        if (!prevConnector && !allListed && !(norm.endsWith('ي') && norm.length >= 5)) break;
        if (nounNotSurname(norm)) break;
        // A nisba-shaped word that also qualifies titles ("العربي", "الكردي") is a family name right
        // after one listed first name when the name plainly ends after it ("نبيل العربي إن…").
        const nisbaSurname = units === 1 && allListed && !prevConnector && norm.endsWith('ي') && norm.length >= 5 && this.endsNameAfter(m);
        if (lex.titleAdjectives.has(norm) && !completesServant && !nisbaSurname) break;
        // Two ال-words in a row end the name ("بشار الأسد المجتمع الدولي") unless a connector joins them.
        if (sawSurname && !prevConnector) break;
        units++;
        // "عبد الله" written apart is the listed first name عبدالله: the name is still all listed names.
        const servant = prevConnector && toks[m - 1]?.word?.norm === F_ABD && isFirstName(lex, `${F_ABD}${norm}`);
        if (!servant) allListed = false;
        // "عبد الفتاح": an ال-word after a connector completes a compound first name.
        if (!prevConnector) sawSurname = true;
        prevConnector = false;
        last = m;
        needMore = false;
        m++;
        continue;
      }
      if (needMore && (isFirstName(lex, norm) || (this.nameLike(norm) && !unlikelyNameWord(norm)))) {
        if (!isFirstName(lex, norm)) allListed = false;
        prevConnector = false;
        units++;
        last = m;
        needMore = false;
        m++;
        continue;
      }
      if (sawSurname) break;
      // Family names ending in ة ("ندى حمادة", "بسام جعارة") right after a first name, when the
      // name plainly ends there (punctuation, a boundary word or a title follows).
      if (units === 1 && allListed && norm.endsWith('ه') && norm.length >= 4 && !isFirstName(lex, norm) && !unlikelyNameWord(norm) && !this.cliticNoun(t.word)) {
        const after = toks[m + 1];
        if (!isWord(after) || this.stopsName(m + 1) || lex.cues.has(after.word.norm) || wordLex(after.word).cue !== null) {
          units++;
          last = m;
          m++;
          break;
        }
      }
      // An indefinite nisba right after one listed first name is a family name when the name plainly
      // ends after it ("ناصر تركماني ،", "كمال مصري قال"): an adjective would agree with a noun, and a
      // first name takes none.
      if (units === 1 && allListed && !prevConnector && lex.nisbas.has(norm) && !isFirstName(lex, norm) && this.endsNameAfter(m)) {
        units++;
        last = m;
        m++;
        break;
      }
      // A foreign family name in -son/-ton ("ديفيد هانسون", "بوريس جونسون") right after a listed first
      // name, when the name plainly ends after it: the ending is a plural's otherwise (nameLike).
      if (units === 1 && allListed && !prevConnector && this.sonSurname(m) && this.endsNameAfter(m)) {
        units++;
        last = m;
        m++;
        break;
      }
      // A nisba-shaped family name that opens with و ("مصطفى وزيري", "علي ولايتي") right after one listed
      // first name, when the name plainly ends after it: و + a verb or a second name would not end in ي.
      if (units === 1 && allListed && !prevConnector && this.waNisbaSurname(m)) {
        units++;
        last = m;
        m++;
        break;
      }
      if (isFirstName(lex, norm) || (context === 'title' || units >= 1) && this.nameLike(norm) && !lex.nisbas.has(norm)) {
        // After a listed first name, an unlisted word is a (foreign) family name only when it
        // looks like one; after a title, any name-like word.
        const listed = isFirstName(lex, norm);
        if (!listed && context === 'name' && !this.foreignSurnameLike(norm)) break;
        if (!listed && (unlikelyNameWord(norm) || this.cliticNoun(t.word) || (norm.endsWith('ا') && norm.length <= 5))) break;
        // "حميد معارضي نظامه": a plural participle in construct (مُفاعِلي) with the noun it governs after it.
        if (!listed && constructPluralParticiple(norm) && this.governedNounAt(m + 1)) break;
        // After an unlisted word, a verb form is more likely than a second foreign name
        // ("الرئيس بوش تجاوز"); after a listed first name, "دونالد ترامب" is fine.
        if (!listed && !allListed && verbLike(norm)) break;
        // Accusative nouns ("هجوما") after a full name.
        if (!listed && units >= 2 && norm.endsWith('ا')) break;
        if (!listed) allListed = false;
        prevConnector = false;
        units++;
        last = m;
        m++;
        continue;
      }
      break;
    }
    if (needMore) {
      // A dangling connector ("أبو") is not part of the name.
      while (last > k && lex.connectors.has(toks[last]?.word?.norm ?? '')) last--;
      if (last === k && isConnector) return null;
    }
    if (units === 0) return null;
    if (units === 1 && context === 'name') return null;
    if (units === 1 && context === 'cue' && (lex.ambiguousFirstNames.has(firstNorm) || !isListed) && !this.cueFramed(k + 1)) return null;
    if (units === 1 && context === 'title') {
      // One unlisted word after a title: only if it is not a verb or common noun ("يزور").
      const c0 = firstNorm.charCodeAt(0);
      if (!isListed && (c0 === 0x062a || c0 === 0x0646 || firstNorm.endsWith('ه') || firstNorm.length < 3)) return null;
      if (!isListed && this.titleComplementWord(k)) return null;
    }
    return { first: k, last, form, units };
  }

  /**
   * Token k is و + a nisba-shaped stem of four letters or more ending in ي, which is no listed first
   * name (that is "and <name>"), no cue and no stop word, and the name ends after it.
   */
  private waNisbaSurname(k: number): boolean {
    const t = this.toks[k];
    if (!isWord(t)) return false;
    const norm = t.word.norm;
    if (norm.length < 5 || norm.charCodeAt(0) !== 0x0648 || !norm.endsWith('ي')) return false;
    const stem = norm.slice(1);
    const lex = this.lex;
    if (isDefinite(stem) || isFirstName(lex, stem) || isFirstName(lex, norm) || lex.cues.has(norm) || wordLex(t.word).cue !== null || lex.boundaries.has(stem) || lex.notNames.has(stem)) return false;
    if (unlikelyNameWord(stem) || verbLike(stem) || this.stopsName(k)) return false;
    return this.endsNameAfter(k);
  }

  /** Token k is a noun a construct can govern: definite, or with a possessive pronoun (نظامه، قواتها). */
  private governedNounAt(k: number): boolean {
    const t = this.toks[k];
    if (!isWord(t) || this.stopsName(k, false)) return false;
    const norm = t.word.norm;
    return isDefinite(norm) || (norm.length >= 4 && (norm.endsWith('ه') || norm.endsWith('ها') || norm.endsWith('هم')));
  }

  /**
   * A word in -ون that may be a foreign family name: not definite, no clitic on a noun, no
   * imperfect or future verb ("يتحكمون", "ستكون"), no title ("معاون"), and not the surname of a
   * well-known person, which the persons gazetteer names in full ("ماكرون" is إيمانويل ماكرون
   * however the first name is spelled).
   */
  private sonSurname(m: number): boolean {
    const t = this.toks[m]!;
    const norm = t.word!.norm;
    if (norm.length < 5 || !norm.endsWith('ون') || isDefinite(norm) || this.cliticNoun(t.word!)) return false;
    const c0 = norm.charCodeAt(0);
    const c1 = norm.charCodeAt(1);
    if (c0 === 0x064a || (c0 === 0x0633 && (c1 === 0x062a || c1 === 0x064a || c1 === 0x0646))) return false;
    const lexInfo = wordLex(t.word!);
    if (lexInfo.constructTitles.length > 0 || lexInfo.definiteTitles.length > 0) return false;
    return this.knownAt(m) === null;
  }

  /** Nothing that could continue a name follows token k: punctuation, a stop word, a cue or a complementizer. */
  private endsNameAfter(k: number): boolean {
    const after = this.toks[k + 1];
    if (!isWord(after)) return true;
    return this.stopsName(k + 1) || this.lex.cues.has(after.word.norm) || wordLex(after.word).cue !== null || CUE_COMPLEMENTIZERS.has(after.word.norm);
  }

  /**
   * A hyphen at k between a name part and a word that can continue a foreign name: not definite,
   * not a stop word, title or place, not a verb form, name-like. "بوتين - خلال لقائه" stops.
   */
  private joinsNameParts(k: number): boolean {
    const dash = this.toks[k];
    const after = this.toks[k + 1];
    if (!dash || dash.word !== null || !HYPHENS.has(dash.text) || !isWord(after) || this.claimed[k + 1]) return false;
    const norm = after.word.norm;
    if (isDefinite(norm) || this.stopsName(k + 1) || this.gazetteer(k + 1) !== null) return false;
    if (unlikelyNameWord(norm) || this.cliticNoun(after.word) || verbLike(norm)) return false;
    return this.nameLike(norm) && norm.length >= 3;
  }

  /**
   * "عبد" + an ال-word is one compound name even when the ال-word is otherwise an adjective or a
   * title word ("عبد الدايم", "عبد الرئيس" are not; "حامد عبد الدايم" is one man).
   */
  private servantName(connector: number): boolean {
    const c = this.toks[connector];
    const after = this.toks[connector + 1];
    if (!isWord(c) || !isWord(after) || c.word.norm !== 'عبد') return false;
    const norm = after.word.norm;
    return isDefinite(norm) && !this.lex.boundaries.has(norm) && !nounNotSurname(norm);
  }

  /**
   * A kunya connector (أبو، أبي، أبا، أم) + a word that is otherwise a reporting or news verb:
   * "علي بن أبي طالب", "أبو ذكرى" — after a kunya head the word is a name, not the verb طالب.
   */
  private kunyaCompletion(connector: number): boolean {
    const c = this.toks[connector];
    const after = this.toks[connector + 1];
    if (!isWord(c) || !isWord(after) || !KUNYA_CONNECTORS.has(c.word.norm)) return false;
    const norm = after.word.norm;
    return norm.length >= 3 && !isDefinite(norm) && (this.lex.cues.has(norm) || wordLex(after.word).cue !== null);
  }

  /** Is the word before i the head of a place or institution named after a person ("مستشفى")? */
  private namedAfter(i: number): boolean {
    const prev = this.toks[i - 1];
    if (!isWord(prev)) return false;
    return prev.word.forms.some((f) => this.lex.namedAfterHeads.has(f.key));
  }

  /** The name after a named-after head: an organization/place name, not a person mention. */
  private claimPlaceName(first: number, last: number): void {
    const head = this.toks[first - 1];
    if (isWord(head) && !this.claimed[first - 1]) {
      this.emit('organization', first - 1, last, head.word.forms[0] as WordForm);
      return;
    }
    for (let k = first; k <= last; k++) this.claimed[k] = 1;
  }

  /** "وقال بلير إن": one unlisted name-like word framed by a cue verb and إن/أن or a quote. */
  private cueSurname(k: number): NameSpan | null {
    const lex = this.lex;
    const t = this.toks[k];
    const next = this.toks[k + 1];
    if (!isWord(t) || !next) return null;
    const norm = t.word.norm;
    // Foreign surnames in -son ("كارلسون") look like plurals to nameLike(); long ones are let through.
    const sonName = norm.length >= 6 && norm.endsWith('سون');
    if (norm.length < 3 || articleWord(t, t.word.forms[0] as WordForm) || lex.notNames.has(norm) || this.stopsName(k) || verbLike(norm) || (!this.nameLike(norm) && !sonName)) return null;
    // Any gazetteer word, context-only ones included ("وأضافت فتح أن" is the movement).
    if (matchPhrase('gazetteer', this.toks, k) || wordLex(t.word).organizationHead || wordLex(t.word).placeTrigger) return null;
    if (unlikelyNameWord(norm) || this.cliticNoun(t.word)) return null;
    // "اتهمت عدداً من…", "يؤكد قطعاً أنهم…": three consonants and the alef of the accusative tanween
    // are an indefinite noun or adverb after the verb (its object), not a one-word surname; short
    // foreign names ending in -a carry a long vowel inside ("زوما", "لولا").
    if (norm.length === 4 && norm.endsWith('ا') && !'اوي'.includes(norm.charAt(1)) && !'اوي'.includes(norm.charAt(2))) return null;
    return this.cueFramed(k + 1) ? { first: k, last: k, form: t.word.forms[0] as WordForm, units: 1 } : null;
  }

  /**
   * Does token k close the subject of a cue verb? "وقال بلير إن", "وشددت رايس في مؤتمر",
   * "وأضاف فارس: …": a complementizer, a quote, a colon or comma, or a preposition that opens an
   * adjunct. A noun there would instead continue the subject ("وقال مسؤول أمني").
   */
  private cueFramed(k: number): boolean {
    const next = this.toks[k];
    if (!next) return false;
    if (next.kind === 'quote' || next.text === ':' || next.text === '،' || next.text === ',') return true;
    return next.word !== null && (CUE_COMPLEMENTIZERS.has(next.word.norm) || CUE_SUBJECT_ENDS.has(next.word.norm));
  }

  /** A well-known person (full name or short form) at k, unless a pattern already took a token. */
  private knownAt(k: number): NameSpan | null {
    const m = matchPhrase<KnownPersonTarget>('persons', this.toks, k);
    if (!m) return null;
    for (let j = k; j < k + m.length; j++) if (this.claimed[j]) return null;
    return { first: k, last: k + m.length - 1, form: m.form, units: m.value.parts.length, known: m.value };
  }

  /** A known person with no title before it: "قال لافروف", "وأعلن بوتين". */
  private knownPerson(i: number): number | null {
    const name = this.knownAt(i);
    if (!name) return null;
    // "أولاً بأول" (step by step) folds to "اولا باول": no Colin Powell there.
    if (name.first === name.last && this.toks[i - 1]?.word?.norm === F_AWWALAN) return null;
    // "حاملة الطائرات الأمريكية جورج دبليو بوش": a ship named after a president.
    // The name's words are claimed, so that no other pattern reads a person in them.
    for (let j = i - 1; j >= Math.max(0, i - VESSEL_REACH); j--) {
      if (!VESSELS.has(this.toks[j]?.word?.norm ?? '')) continue;
      for (let k = name.first; k <= name.last; k++) this.claimed[k] = 1;
      return name.last + 1;
    }
    this.emitPerson(name, 'known');
    return name.last + 1;
  }

  /**
   * A word with a proclitic whose stem is plainly not a name: "بالقول", "للحزب", "بشكل"→ no (kept),
   * "بتشكيل" (masdar), "باي" (stopword), "ليحل" (verb), "لحل" (two-letter stem).
   */
  private cliticNoun(w: WordInfo): boolean {
    const lexInfo = wordLex(w);
    if (lexInfo.cliticNoun === undefined) lexInfo.cliticNoun = this.computeCliticNoun(w);
    return lexInfo.cliticNoun;
  }

  private computeCliticNoun(w: WordInfo): boolean {
    const c0 = w.norm.charCodeAt(0);
    if (w.norm.length <= 3 && (c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643 || c0 === 0x0641)) return true;
    for (const f of w.forms) {
      if (f.strip === 0 || f.fusedLam) {
        if (f.fusedLam) return true;
        continue;
      }
      const key = f.key;
      const lex = this.lex;
      if (key.length <= 3 || isDefinite(key) || lex.boundaries.has(key) || lex.notNames.has(key) || unlikelyNameWord(key)) return true;
      // "ليحل" (ل + verb); a longer stem ("ليندينر") is more likely a foreign name. Only ل and ف
      // take an imperfect verb in standard Arabic: after ب/ك ("بيكيت", "كيري") a verb-shaped
      // stem is part of a foreign name.
      const clitic = w.norm.charCodeAt(f.strip - 1);
      // "قائد ميداني لمحور…", "المدير العام لآثار…": ل before a stem written with a hamza-alef or
      // opening with م (أفعال، إفعال، مفعل) is "of/for" a noun — or "to" a person (لماكرون), which is no
      // name start either. Names that begin with the letter ل itself (لافروف، ليبرمان) have no such
      // stem after it, and the listed first names (لمياء) are never asked.
      if (clitic === 0x0644 && f.strip === 1 && key.length >= 4 && HAMZA_OR_MIM.has(w.surface.charAt(surfaceOffset(w.surface, 1)))) return true;
      if (key.length <= 4 && verbLike(key) && clitic !== 0x0628 && clitic !== 0x0643) return true;
      if (lex.placeTriggers.has(key) || lex.organizationHeads.has(key)) return true;
    }
    return false;
  }

  /** An unlisted word after a first name that may be a family name: not a plain Arabic noun/verb. */
  private foreignSurnameLike(norm: string): boolean {
    const c0 = norm.charCodeAt(0);
    if (c0 === 0x062a || c0 === 0x0646 || c0 === 0x0627) return norm.length >= 5; // ترامب, أردوغان
    return norm.length >= 3;
  }

  private emitPerson(name: NameSpan, evidence: PersonEvidence, role?: RawMention['role']): RawMention {
    const keyTokens: string[] = name.known ? [...name.known.parts] : [];
    if (!name.known) {
      for (let k = name.first; k <= name.last; k++) {
        const w = this.toks[k]?.word;
        if (w) keyTokens.push(k === name.first ? name.form.key : w.norm);
      }
    }
    const m: RawMention = {
      paragraph: this.paragraph,
      first: name.first,
      last: name.last,
      strip: name.form.strip,
      // "للأسد" is ل + "الأسد": the mention keeps the reading that names the person.
      fusedLam: name.form.fusedLam,
      type: 'person',
      keyTokens,
      evidence: name.known ? 'known' : evidence,
    };
    // A short form is displayed as the full name; a full name as the article spells it.
    if (name.known?.short) m.canonical = name.known.name;
    if (role) m.role = role;
    this.mentions.push(m);
    for (let k = name.first; k <= name.last; k++) this.claimed[k] = 1;
    if (!role) this.apposition(m);
    return m;
  }

  /** "سامي الخطيب، المتحدث باسم الوزارة،": a title right after a name describes that person. */
  private apposition(m: RawMention): void {
    const toks = this.toks;
    let k = m.last + 1;
    if (toks[k]?.text === '،' || toks[k]?.text === ',') k++;
    const definite = matchPhrase<string>('definiteTitles', toks, k, false);
    const construct = matchPhrase<string>('constructTitles', toks, k, false);
    const head = definite && (!construct || definite.length >= construct.length) ? definite : construct;
    if (!head) return;
    const end = this.complement(k + head.length, head === definite);
    if (head === construct && end === k + head.length) return;
    // Only when no other name follows the title (else it introduces someone else).
    if (this.nameWouldFollow(end)) return;
    m.role = { first: k, last: end - 1, strip: 0 };
    this.appositionHeads.add(k);
  }

  private nameWouldFollow(k: number): boolean {
    const t = this.toks[k];
    return isWord(t) && isFirstName(this.lex, t.word.norm);
  }

  /** A person without a title: after a cue verb, a kunya, or a listed first name + more. */
  private person(i: number): number | null {
    const toks = this.toks;
    const prev = toks[i - 1];
    const afterCue = isWord(prev) && wordLex(prev.word).cue !== null;
    const name = this.name(i, afterCue ? 'cue' : 'name') ?? this.nameBeforeTitle(i, afterCue);
    if (!name) return null;
    if (this.namedAfter(i)) {
      this.claimPlaceName(i, name.last);
      return name.last + 1;
    }
    this.emitPerson(name, afterCue ? 'cue' : 'name');
    return name.last + 1;
  }

  /**
   * A listed first name and a family name no list knows, told by the title right after them: "،
   * وفهد كفاين وزير الثروة السمكية" in a list of ministers (the conjunction glued on). Two words or
   * more, opening a clause: after a comma, a cue verb or the paragraph's start. The title is read as
   * the person's role (`apposition`).
   */
  private nameBeforeTitle(i: number, afterCue: boolean): NameSpan | null {
    const prev = this.toks[i - 1];
    const opensClause = afterCue || prev === undefined || (!isWord(prev) && /^[,،(:]$/u.test(prev.text.trim()));
    if (!opensClause) return null;
    const span = this.name(i, 'title', true);
    if (!span || span.units < 2 || span.known) return null;
    // It opens with a listed first name that is no everyday word: read across 6,778 pages, spans
    // opened by anything else were mostly a verb or a noun and its object ("أثار قرار وزير …").
    if (!isFirstName(this.lex, span.form.key) || this.lex.ambiguousFirstNames.has(span.form.key)) return null;
    const next = span.last + 1;
    const title = matchPhrase<string>('definiteTitles', this.toks, next, false) ?? matchPhrase<string>('constructTitles', this.toks, next, false);
    if (!title) return null;
    return span;
  }

  // ---------------------------------------------------------------------------------------------
  // Organizations, government bodies, places
  // ---------------------------------------------------------------------------------------------

  /**
   * Organization head + genitive chain ("وزارة الصحة السورية", "جامعة دمشق") or + quoted name
   * ("شركة «أرامكو»"). A gazetteer match at the same place wins unless the chain only adds a
   * country marker ("مجلس النواب العراقي").
   */
  private organization(i: number, gaz: PhraseMatch<GazetteerTarget> | null): number | null {
    const toks = this.toks;
    const lex = this.lex;
    const head = (toks[i]?.word ? wordLex(toks[i]!.word!).organizationHead : null);
    if (gaz && gaz.value.kind === 'organization') {
      // Extend a gazetteer organization by nisbas/countries only.
      let k = i + gaz.length;
      while (k < toks.length) {
        const g = this.gazetteer(k);
        if (!g || (g.value.kind !== 'nisba' && g.value.kind !== 'country')) break;
        k += g.length;
      }
      if (k === i + gaz.length || gaz.value.country !== null || !head) return null;
      const m = this.emit('organization', i, k - 1, gaz.form);
      return this.acronym(m);
    }
    if (!head) return null;
    let k = i + 1;
    const q = toks[k];
    if (q && q.kind === 'quote') {
      let e = k + 1;
      while (e < toks.length && isWord(toks[e]) && e - k <= MAX_QUOTED_TOKENS) e++;
      if (toks[e]?.kind === 'quote' && e > k + 1) {
        const inner = this.gazetteer(k + 1);
        const target = inner && inner.length === e - k - 1 && inner.value.kind === 'organization' ? inner.value : undefined;
        const first = toks[k + 1] as Tok;
        const m = this.emit('organization', k + 1, e - 1, first.word?.forms[0] as WordForm, target ? { target } : {});
        this.claimed[i] = 1;
        return this.acronymAfterQuote(m, e);
      }
      return null;
    }
    // Gazetteer phrases inside the chain are taken whole ("مجلس الأمن" in "رئيس…" is handled by title).
    let taken = 0;
    let open = true;
    while (k < toks.length && taken < MAX_ORG_TOKENS) {
      const t = toks[k];
      if (!isWord(t) || this.claimed[k]) break;
      const norm = t.word.norm;
      if (lex.boundaries.has(norm) || lex.cues.has(norm)) break;
      const g = this.gazetteer(k);
      if (g) {
        k += g.length;
        taken += g.length;
        open = g.value.kind !== 'nisba';
        continue;
      }
      if (isDefinite(norm)) {
        if (lex.notNames.has(norm) && taken > 0 && !lex.titleAdjectives.has(norm)) break;
        k++;
        taken++;
        continue;
      }
      if (isLamGenitive(norm) && taken > 0 && isDefinite('ا' + norm.slice(1))) {
        k++;
        taken++;
        continue;
      }
      if (open && this.chainNoun(k, taken)) {
        k++;
        taken++;
        continue;
      }
      // A proper name right after the head: "شركة أرامكو", "جامعة هارفارد".
      if (taken === 0 && this.nameLike(norm) && !isFirstName(lex, norm) && !this.stopsName(k) && !lex.nisbas.has(norm)) {
        k++;
        taken++;
        open = false;
        continue;
      }
      break;
    }
    if (taken === 0) return null;
    // A chain that is only a time word or a single adjective is not a name: "مجلس جديد".
    const m = this.emit('organization', i, k - 1, head);
    return this.acronym(m);
  }

  private acronymAfterQuote(m: RawMention, closeQuote: number): number {
    const withQuote = { ...m, last: closeQuote };
    const next = this.acronym(withQuote);
    if (withQuote.acronym) m.acronym = withQuote.acronym;
    return Math.max(next, closeQuote + 1);
  }

  /** "الحكومة السورية", "الخارجية الروسية", "الجيش اللبناني": a government body. */
  private governmentBody(i: number): number | null {
    if (this.inTitle[i]) return null;
    const head = matchPhrase<string>('governmentHeads', this.toks, i);
    if (!head) return null;
    const g = this.gazetteer(i + head.length);
    if (!g || (g.value.kind !== 'nisba' && g.value.kind !== 'country')) return null;
    const m = this.emit('organization', i, i + head.length + g.length - 1, head.form);
    return this.acronym(m);
  }

  /** Place trigger + name: "مدينة حلب", "بلدة كفرنبل", "ريف إدلب", "العاصمة السورية دمشق". */
  private place(i: number): number | null {
    const toks = this.toks;
    const lex = this.lex;
    const trigger = (toks[i]?.word ? wordLex(toks[i]!.word!).placeTrigger : null);
    if (!trigger) return null;
    let k = i + 1;
    // "العاصمة السورية دمشق": a nisba between trigger and name.
    const between = this.gazetteer(k);
    if (between?.value.kind === 'nisba') k += between.length;
    const t = toks[k];
    if (!isWord(t) || this.claimed[k]) return null;
    const g = matchPhrase<GazetteerTarget>('gazetteer', toks, k, false);
    if (g && g.value.kind !== 'nisba' && g.value.kind !== 'organization') {
      this.emit(g.value.kind === 'country' ? 'country' : 'location', k, k + g.length - 1, g.form, { target: g.value });
      return k + g.length;
    }
    if (!lex.strongPlaceTriggers.has(trigger.key)) return null;
    const norm = t.word.norm;
    if (lex.boundaries.has(norm) || lex.notNames.has(norm) || lex.nisbas.has(norm) || lex.titleAdjectives.has(norm)) return null;
    if (!isDefinite(norm) && (norm.endsWith('ه') || norm.endsWith('ات') || norm.endsWith('ون'))) return null;
    if (isDefinite(norm) && (norm.endsWith('يه') || norm.endsWith('ي'))) return null; // adjectives: "المدينة الساحلية"
    let last = k;
    if (lex.placeNamePrefixes.has(norm)) {
      const after = toks[k + 1];
      if (isWord(after) && !lex.boundaries.has(after.word.norm)) last = k + 1;
    }
    this.emit('location', k, last, t.word.forms[0] as WordForm);
    return last + 1;
  }
}

/** Scan one paragraph's tokens. */
export function scanParagraph(toks: Tok[], paragraph: number): ParagraphScan {
  return new ParagraphScanner(toks, paragraph).scan();
}
