/**
 * Speaker spans: which tokens name the speaker next to a cue, and how they split into a role
 * ("وزير الخارجية التركي") and a name ("مولود جاويش أوغلو").
 *
 * The span is a run of words that stops at anything that cannot be part of a noun phrase naming a
 * person or body: a complementizer, a preposition opening an adjunct ("في مؤتمر صحفي"), a time word,
 * punctuation, a quote, another cue. One apposition between commas is taken along
 * ("سامي الخطيب، المتحدث باسم وزارة الصحة، …").
 */
import type { CueGender } from '../../lexicons/cues.js';
import type { EntityLookup } from './context.js';
import {
  ANAPHORIC_ORG_HEADS,
  CONDITIONAL_ROLE_HEADS,
  DEFINITE_ROLE_HEADS,
  DOCUMENT_HEADS,
  FIGURE_HEADS,
  POSSESSED_NOUN,
  FEMALE_FIRST_NAMES,
  FEMININE_ROLE_HEADS,
  HONORIFICS,
  CUE_OBJECT_WORDS,
  KINSHIP_HEADS,
  MEMBER_HEADS,
  NAMING_WORDS,
  NARRATION_VERBS,
  POSSESSED_OBJECTS,
  OBJECT_NOUNS,
  MANNER_ADVERBS,
  SPELLED_COUNTS,
  ORG_HEADS,
  OUTLET_HEADS,
  PRESS_DESCRIPTORS,
  QUANTIFIER_HEADS,
  PLURAL_KINSHIP_HEADS,
  PLURAL_ROLE_HEADS,
  RANK_QUALIFIERS,
  ROLE_HEADS,
  ROLE_LINKS,
  SHARED_OUTLET_HEADS,
  SPAN_STOPS,
  F,
  findIn,
  fold,
  isComplementizer,
  isDefinite,
} from './lexicon.js';
import { isComma, tokenText, type Tok } from './text.js';
import { MALE_FIRST_NAMES, MORE_FIRST_NAMES, WIRE_FIRST_NAMES } from '../../lexicons/gazetteer/firstNames.js';
import { expandOrganizations } from '../../lexicons/gazetteer/organizations.js';
import { GLUED_MA } from '../entities/boundaries.js';
import { isFirstName } from '../entities/lexicon.js';

const ALI = fold('علي');

/** A speaker span longer than this is a clause, not a name. */
export const MAX_SPAN_WORDS = 14;
/** Words after which a name goes on ("بن …", "عبد الله", "آل الشيخ", "أبو …"). */
const NAME_IN_PROGRESS: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن', 'عبد', 'آل', 'أبو', 'ابو', 'أم'].map((w) => fold(w)));
/** At most this many words a span cut by its length takes to finish a name. */
const MAX_NAME_TAIL = 4;
/** An apposition longer than this is not one. */
export const MAX_APPOSITION_WORDS = 7;

/**
 * The folded role head at `tokens[k]`, or null. A conditional head ("أمين") counts only before its
 * complement ("أمين عام"), so "علي الأمين" is a name.
 */
export function roleHeadAt(tokens: readonly Tok[], k: number): string | null {
  const norm = tokens[k]!.norm;
  const head = findIn(ROLE_HEADS, norm) ?? (isDefinite(norm) ? findIn(DEFINITE_ROLE_HEADS, norm) : null);
  if (head === null) return null;
  const needs = CONDITIONAL_ROLE_HEADS.get(head);
  if (!needs) return head;
  const next = tokens[k + 1];
  // "المشرف على البرنامج" (the preposition) but not "المشرف علي الأحمد" (the name): folded, they are one word.
  return next !== undefined && next.kind === 'word' && needs.has(next.norm) && (next.norm !== ALI || isAla(next)) ? head : null;
}

const F_FI = fold('في');
const F_ILA = fold('إلى');
const F_AWWAL = fold('أول');
const F_ADAM = fold('عدم');
const F_SAHIB = fold('صاحب');
const F_WALAD = fold('ولد');
const F_WALI = fold('والي');
/** At most this many words inside brackets are an abbreviation or a gloss, not a clause. */
const MAX_BRACKETED_WORDS = 4;

/** Past a short bracketed group at `i` ("( إف دي بي )"), or `i` itself. */
function skipBracketed(toks: readonly Tok[], i: number, limit: number): number {
  const open = toks[i];
  if (!open || open.kind !== 'punct' || (open.text !== '(' && open.text !== '[')) return i;
  const close = open.text === '(' ? ')' : ']';
  for (let j = i + 1; j < limit && j <= i + MAX_BRACKETED_WORDS + 1; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct' && t.text === close) return j + 1;
    if (t.kind !== 'word' && t.kind !== 'number') return i;
  }
  return i;
}

/** An indefinite role head, alone or with nisba adjectives ("مسؤول", "مصادر", "مسؤول أمريكي"). */
function isUnnamedRole(toks: readonly Tok[], indices: readonly number[]): boolean {
  const first = toks[indices[0]!]!;
  if (isDefinite(first.norm) || roleHeadAt(toks, indices[0]!) === null) return false;
  return indices.slice(1).every((k) => NISBA.test(toks[k]!.norm));
}

/** A count of people: an indefinite quantifier ("عدد", "بعض") alone, which من completes. */
function countOfPeople(toks: readonly Tok[], indices: readonly number[]): boolean {
  return indices.length === 1 && COUNT_HEADS.has(toks[indices[0]!]!.norm);
}
/** The words of a body's name after its head noun ("حركة حزم", "محافظة صلاح الدين"), at most. */
const MAX_BODY_NAME_WORDS = 3;
const COUNT_HEADS: ReadonlySet<string> = new Set(['عدد', 'بعض', 'مجموعة', 'مجموعه'].map((w) => fold(w)));

/** "قريب من" / "مقرب من" in every number and gender, folded. */
export const NEAR_WORDS: ReadonlySet<string> = new Set(['قريب', 'قريبة', 'قريبون', 'قريبين', 'مقرب', 'مقربة', 'مقربون', 'مقربين'].map((w) => fold(w)));
/** Words of the body an unnamed source is close to, at most. */
const MAX_NEAR_WORDS = 9;

/**
 * The words after "قريب من": span words, words joined by و, and a short quoted name ("قوات « أسود
 * الشرقية »"), up to a comma, a complementizer or a cue. Token indices of the words (quotes left out).
 */
function nearAffiliation(toks: readonly Tok[], from: number, limit: number, isCue: (i: number) => boolean): number[] {
  const out: number[] = [];
  let quoted = false;
  for (let k = from; k < limit && out.length < MAX_NEAR_WORDS; k++) {
    const t = toks[k]!;
    if (t.kind === 'quote') {
      quoted = !quoted;
      continue;
    }
    if (!isSpanWord(t, isCue, k)) break;
    out.push(k);
  }
  // A quote left open was not the body's name.
  return quoted ? [] : out;
}

function isAffiliationWord(tok: Tok | undefined, isCue: (i: number) => boolean, i: number): boolean {
  if (!isSpanWord(tok, isCue, i)) return false;
  return isDefinite(tok!.norm) || findIn(ORG_HEADS, tok!.norm) !== null || findIn(ROLE_LINKS, tok!.norm) !== null;
}

/** Tokens that can open or continue a speaker span. */
export function isSpanWord(tok: Tok | undefined, isCue: (i: number) => boolean, i: number): boolean {
  if (!tok || tok.kind !== 'word') return false;
  if (isComplementizer(tok.norm)) return false;
  // Folding ى→ي makes the preposition على and the name علي one word: the spelling tells them apart.
  if (SPAN_STOPS.has(tok.norm) && (tok.norm !== ALI || isAla(tok))) return false;
  // A word glued to a conjunction or preposition that is itself a stop ("وفي", "وأمس") also stops;
  // not "والي" written with its yā' (the governor, "والي الجهة"), which folds like "وإلى".
  const c = tok.norm[0];
  if ((c === 'و' || c === 'ف') && tok.norm.length > 2 && SPAN_STOPS.has(tok.norm.slice(1)) && !(tok.norm === F_WALI && tok.text.endsWith('ي'))) return false;
  return !isCue(i);
}

/**
 * "وأنحت ميركل باللوم على…": a word glued to بالـ right after a name word (neither definite nor a
 * role head) is the verb's complement, not part of the name. After a definite word it belongs to a
 * title ("المكلف بالإعلام", "القائم بالأعمال").
 */
function bAfterName(toks: readonly Tok[], indices: readonly number[], i: number): boolean {
  if (indices.length === 0 || !toks[i]!.norm.startsWith('بال') || toks[i]!.norm.length < 5) return false;
  const prev = toks[indices[indices.length - 1]!]!;
  return !isDefinite(prev.norm) && roleHeadAt(toks, indices[indices.length - 1]!) === null;
}

/**
 * "وقال بوتين للأسد: …": a word glued to لِلـ right after a name word is the person addressed, not
 * part of the name. After a definite word or a role link it belongs to a title ("الأمين العام للأمم
 * المتحدة", "المتحدث باسم الخارجية للشؤون…").
 */
function addresseeAfterName(toks: readonly Tok[], indices: readonly number[], i: number): boolean {
  const norm = toks[i]!.norm;
  if (indices.length === 0 || !norm.startsWith('لل') || norm.length < 5) return false;
  // Only after a bare name: "مصدر عسكري موال للنظام", "تقرير للأمم المتحدة" keep their لـ-complement.
  return indices.every((k) => isNameWord(toks, k));
}

/**
 * "أكد الشيخ محمد بن زايد لوزير الخارجية عادل الجبير أن…": لـ + a role head (لوزير، لرئيس، لسفير)
 * after a name word is the official spoken to, and what follows is his title and name, not the
 * speaker's. After a role word it is part of the title ("مستشار لرئيس الوزراء").
 */
function officialAddressed(toks: readonly Tok[], i: number): boolean {
  const norm = toks[i]!.norm;
  if (norm.length < 4 || norm[0] !== 'ل' || norm[1] === 'ل') return false;
  const head = findIn(ROLE_HEADS, norm.slice(1));
  // A head that is also a name (أمين) needs its complement: "لامين دياك" is Lamine Diack.
  return head !== null && !CONDITIONAL_ROLE_HEADS.has(head);
}

/** A reporter's title (folded): a لـ-outlet after it is his employer ("مراسل لوكالة فرانس برس"). */
const REPORTER_HEADS: ReadonlySet<string> = new Set(['مراسل', 'مراسلة', 'مصور', 'مصورة', 'مندوب', 'مندوبة', 'محرر', 'محررة'].map((w) => fold(w)));

/** لـ glued to an outlet's head ("لوكالة", "لصحيفة", "لقناة"). */
function outletAfterLam(tok: Tok): boolean {
  if (tok.kind !== 'word' || tok.norm.length < 4 || tok.norm[0] !== 'ل' || tok.norm[1] === 'ل') return false;
  const head = tok.norm.slice(1);
  return findIn(OUTLET_HEADS, head) !== null || findIn(SHARED_OUTLET_HEADS, head) !== null;
}

/** Nouns of what was said: after them لـ names the author ("بحسب تصريح لمفوضة الاتحاد"), not an addressee. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  ['تصريح', 'تصريحات', 'بيان', 'حديث', 'مقابلة', 'كلمة', 'رسالة', 'خطاب', 'مقال', 'تغريدة', 'مؤتمر'].map((w) => fold(w)),
);

function officialAddressedAfterName(toks: readonly Tok[], indices: readonly number[], i: number): boolean {
  if (indices.length === 0 || !officialAddressed(toks, i)) return false;
  const last = indices[indices.length - 1]!;
  if (SPEECH_NOUNS.has(toks[last]!.norm)) return false;
  // A name ends in a bare word or in a definite family name after one ("عادل الجبير"); a definite
  // word after a role is an adjective of the title ("المستشار الإعلامي لرئيس الجمهورية").
  if (isNameWord(toks, last)) return true;
  const before = indices[indices.length - 2];
  return isDefinite(toks[last]!.norm) && roleHeadAt(toks, last) === null && before !== undefined && isNameWord(toks, before);
}

/** A word that can only be part of a personal name: not definite, no role, body, document or quantifier head. */
function isNameWord(toks: readonly Tok[], k: number): boolean {
  const norm = toks[k]!.norm;
  return !isDefinite(norm) && roleHeadAt(toks, k) === null && findIn(ROLE_LINKS, norm) === null && findIn(ORG_HEADS, norm) === null &&
    findIn(DOCUMENT_HEADS, norm) === null && findIn(QUANTIFIER_HEADS, norm) === null && !NISBA.test(norm);
}

/** One-letter abbreviations of titles written before a name with a full stop: د. (doctor), م. (engineer), أ. (professor). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['د', 'م', 'ا']);

/**
 * An honorific with a pronoun ("his Highness", "his Excellency"…): 690 SaudiNewsNet statements
 * were attributed to one of these as if it were a name.
 */
const HONORIFIC_PRONOUNS: ReadonlySet<string> = new Set(
  ['سموه', 'سموها', 'معاليه', 'معاليها', 'سماحته', 'فضيلته', 'سيادته', 'سيادتها', 'دولته', 'جلالته', 'فخامته', 'سعادته', 'سعادتها'].map((w) => fold(w)),
);

/** Words read as a lone subject that stand for the speaker already being quoted (see parseSpeaker). */
const CONTINUING_WORDS: ReadonlySet<string> = new Set(
  // "والذي أكد…": the relative stands for the one just named, usually the speaker being quoted.
  ['إذ', 'اذ', 'جانبه', 'جانبها', 'جانبهم', 'خلاله', 'خلالها', 'ومضى', 'مضى', 'ومضت', 'فقد', 'وقد', 'بهذا الخصوص', 'بهذا الشأن', 'في هذا الصدد', 'بهذا الصدد', 'صعيد', 'صعيد آخر', 'والذي', 'والتي'].map((w) => fold(w)),
);
/** Pronoun-like words for an unnamed member of a group ("وقال أحدهم"): the role, never a name. */
const UNNAMED_PRONOUNS: ReadonlySet<string> = new Set(['أحدهم', 'احدهم', 'إحداهن', 'أحدهما', 'بعضهم', 'هؤلاء', 'آخرون', 'الأخير', 'الأخيرة'].map((w) => fold(w)));
/** Words read as a lone subject that name nobody: objects of the cue's idiom, quantities, fillers. */
const NOBODY_WORDS: ReadonlySet<string> = new Set(
  // "مما", "هذه", "الأمر", "كلمة", "ورد": a clause's filler read as its subject; "ي" a letter a scraper cut off.
  ['النقاب', 'النظر', 'بالقول', 'الكشف', 'العديد', 'الجميع', 'أكثر', 'ما', 'بـ', 'ب', 'التفاصيل', 'جاء', 'وجاء', 'الستار', 'الغطاء', 'ما ورد',
    'مما', 'هذه', 'هذا', 'الأمر', 'كلمة', 'ورد', 'ي'].map((w) => fold(w)),
);
/** Heads of reports with no issuer named ("تقارير صحفية", "المعلومات المتوفرة"). */
const UNISSUED_REPORTS: ReadonlySet<string> = new Set(['تقارير', 'التقارير', 'معلومات', 'المعلومات', 'البيانات', 'أنباء', 'الأنباء', 'دراسات'].map((w) => fold(w)));
const F_SALLA = fold('صلى');
const F_ALLAH = fold('الله');

/** Words that open the occasion after an honorific pronoun ("سموه لدى استقباله", "معاليه خلال لقائه"). */
const OCCASION_WORDS: ReadonlySet<string> = new Set(['لدى', 'خلال', 'أثناء', 'عقب', 'إثر', 'في', 'بعد'].map((w) => fold(w)));

const F_BAYYANA = fold('بين');
/** Prepositions: no name opens with one. */
const NO_NAME_OPENERS: ReadonlySet<string> = new Set(['في', 'على', 'من', 'عن', 'إلى', 'مع'].map((w) => fold(w)));

/** The word is a preposition; folded, على is also the name علي, which its spelling tells apart. */
function opensWithPreposition(tok: Tok): boolean {
  return NO_NAME_OPENERS.has(tok.norm) && (tok.norm !== ALI || isAla(tok));
}
/** إذ, and اذ as scraped text often writes it: one form once folded. */
const F_IDH = fold('إذ');
const F_WA_BAYYANA = fold('وبين');

/** آل as a separate word ("آل الشيخ", "آل سعود"), folded. */
const F_AL_FAMILY = fold('آل');

/** At most this many words in a quoted name inside a speaker span. */
const MAX_QUOTED_NAME_WORDS = 3;
const F_BISM = fold('باسم');

/**
 * The words of a short quoted name at `i` (mark, 1–3 words, mark of the same kind) when the span
 * word before it (`last`, or the في right before the mark) introduces a name: an indefinite body
 * noun (غرفة عمليات، حركة), باسم, في after a role, or a definite role (from `first`) before a
 * person's name. Null otherwise.
 */
function quotedNameAfter(toks: readonly Tok[], first: number, last: number, i: number, limit: number): { words: number[]; person: boolean } | null {
  let open = i;
  const viaFi = toks[open]?.kind === 'word' && toks[open]!.norm === F_FI;
  if (viaFi) open++;
  if (open >= limit || toks[open]!.kind !== 'quote') return null;
  const prev = toks[last]!.norm;
  // "قال الناشط الإعلامي « جهاد الحلبي »": a person's name in quotes after a definite role, when it
  // opens with a first name, a kunya or a name's first part ("بن", "عبد": "رئيس الوزراء التركي « بن
  // علي يلدرم »"); a quote after the role, "قال الوزير « سنواصل »", does not.
  const personAfterRole = !viaFi && isDefinite(prev) && roleHeadAt(toks, first) !== null && open + 1 < limit && (looksLikeNamePart(toks[open + 1]!) || toks[open + 1]!.norm === F_WALAD || NAME_IN_PROGRESS.has(toks[open + 1]!.norm));
  // An indefinite body noun awaits its name ("غرفة عمليات «…»"); a definite one is complete ("الجيش «…»" is a quote).
  const introduces = personAfterRole || (viaFi ? roleHeadAt(toks, last) !== null || isDefinite(prev) : prev === F_BISM || (!isDefinite(prev) && (findIn(ORG_HEADS, prev) !== null || findIn(ROLE_LINKS, prev) !== null)));
  if (!introduces) return null;
  const words: number[] = viaFi ? [i] : [];
  let j = open + 1;
  // A number may be part of the name ("تورينغر 24", "فرانس 24").
  while (j < limit && (toks[j]!.kind === 'word' || toks[j]!.kind === 'number') && j - open <= MAX_QUOTED_NAME_WORDS) j++;
  if (j === open + 1 || j >= limit || toks[j]!.kind !== 'quote' || j - open - 1 > MAX_QUOTED_NAME_WORDS) return null;
  for (let k = open + 1; k < j; k++) words.push(k);
  return { words, person: personAfterRole };
}

const BISM_PRONOUNS: ReadonlySet<string> = new Set(['باسمه', 'باسمها', 'باسمهم', 'باسمي', 'باسمنا'].map((w) => fold(w)));
const SPOKESPERSON = /^(?:ال)?(?:متحدث|ناطق)(?:ه|ون|ين)?$/u;

/** Adjectives that may stand between a spokesperson and باسمه ("المتحدث الرسمي باسمها"). */
const MAX_SPOKESPERSON_ADJECTIVES = 2;

/**
 * "أعرب الملك باسمه واسم شعب المملكة عن…": in whose name one speaks (باسم + a pronoun) is no part of
 * the speaker, except after a spokesperson, with or without adjectives ("متحدثة باسمه", "المتحدث
 * الرسمي باسمها العقيد أحمد عسيري": its spokesman).
 */
function inWhoseName(toks: readonly Tok[], i: number): boolean {
  if (!BISM_PRONOUNS.has(toks[i]!.norm)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_SPOKESPERSON_ADJECTIVES; k--) {
    const norm = toks[k]!.norm;
    if (SPOKESPERSON.test(norm)) return false;
    if (toks[k]!.kind !== 'word' || !isDefinite(norm)) break;
  }
  return true;
}

/**
 * "قوات سوريا الديمقراطية المدعومة من الولايات المتحدة": a definite passive participle (المفعول) with
 * من after it describes the body it follows ("backed by", "close to"); the speaker ends before it.
 */
function backedBy(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const after = toks[i + 2];
  // The shape is also a plain noun's (المشروع، المسؤول): "مدير المشروع من جهته" keeps its office.
  return t.kind === 'word' && PASSIVE_PARTICIPLE.test(t.norm) && toks[i + 1]?.kind === 'word' && toks[i + 1]!.norm === F.min &&
    !(after?.kind === 'word' && NOT_AGENT_AFTER_MIN.has(after.norm));
}
/** ال + م + two root letters + و + the last root letter, with a feminine or plural ending: المدعومة، المعروفين. */
const PASSIVE_PARTICIPLE = /^الم[\u0621-\u064A]{2}و[\u0621-\u064A](?:ه|ين|ون|ات)?$/u;
/** Words after من that make it "on his part", "before", not the participle's agent, folded. */
const NOT_AGENT_AFTER_MIN: ReadonlySet<string> = new Set(['جهته', 'جهتها', 'جهتهم', 'جانبه', 'جانبها', 'جانبهم', 'قبل', 'ناحيته', 'ناحيتها'].map((w) => fold(w)));

/**
 * Appends to `out` the span words from `i` (at most `max` in all) and returns where they end. Name
 * checks (a بالـ complement, an addressee after a name) apply to the head run only (`nameChecks`).
 */
function scanRun(toks: readonly Tok[], i: number, limit: number, isCue: (i: number) => boolean, out: number[], max: number, nameChecks: boolean): number {
  const start = out.length;
  for (;;) {
    for (;;) {
      // "د. نبيل العربي", "م. عبداللطيف آل الشيخ", "أ.د. …": a title's abbreviation and its full stop
      // are skipped; the full stop would otherwise end the span on the abbreviation, read as the name.
      while (i + 2 < limit && TITLE_ABBREVIATIONS.has(toks[i]!.norm) && toks[i + 1]!.text === '.' && toks[i + 2]!.kind === 'word') i += 2;
      if (
        i < limit && out.length < max && isSpanWord(toks[i], isCue, i) && !inWhoseName(toks, i) && !(out.length > start && backedBy(toks, i)) &&
        !(nameChecks && (bAfterName(toks, out, i) || addresseeAfterName(toks, out, i) || officialAddressedAfterName(toks, out, i)))
      ) out.push(i++);
      else break;
    }
    // "غرفة عمليات « جيش محمد »", "المتحدث باسم « تحالف مجاهدون »", "القيادي في « الحشد الشعبي »": a
    // short quoted name after a body noun, باسم or في belongs to the speaker.
    const quoted = out.length > start ? quotedNameAfter(toks, out[start]!, out[out.length - 1]!, i, limit) : null;
    if (!quoted || out.length + quoted.words.length > max) return i;
    out.push(...quoted.words);
    i = quoted.words[quoted.words.length - 1]! + 2;
    // A person's quoted name completes the speaker: "الصحفي « بن كسبيت » بعبارات ضمنية" goes on with the sentence.
    if (quoted.person) return i;
  }
}

/**
 * The speaker tokens starting at `from` (indices into `toks`), and where scanning may go on.
 * Empty when the first token cannot start a speaker.
 */
export function scanSpeakerSpan(
  toks: readonly Tok[],
  from: number,
  limit: number,
  isCue: (i: number) => boolean,
  /** Whether the word at `i` names a place or body the entity analysis knows (an unnamed source's affiliation). */
  isKnownBody?: (i: number) => boolean,
): { indices: number[]; end: number } {
  const indices: number[] = [];
  // "وأضاف للصحيفة: …", "وقال للصحفيين وزير الخارجية إن…": a لِلـ word right after the cue is the
  // audience; the subject, if any, follows it (an adverb glued to لل, "أقرت للمرة الأولى", is not
  // skipped and ends the span as before). So are an outlet named in quotes after لـ ("وأوضح
  // لـ"الاقتصادية" فايز حمادة", "وقال ل - " سبوتنيك " المحلل…") and a preposition with a pronoun ("وأكد
  // فيه دونالد بوث").
  for (;;) {
    if (from < limit && toks[from]!.kind === 'word' && ADDRESSEE.test(toks[from]!.norm) && !LAM_ADVERBS.has(toks[from]!.norm) && !isCue(from)) {
      from++;
      // The audience's own adjectives ("قالت للمفوضية الأوروبية إنه…") are not a subject.
      while (from < limit && toks[from]!.kind === 'word' && isDefinite(toks[from]!.norm) && NISBA.test(toks[from]!.norm)) from++;
    } else if (from < limit && toks[from]!.kind === 'word' && PRONOUN_OBJECTS.has(toks[from]!.norm) && opensNamedSubject(toks, from + 1, isCue)) from++;
    // "وقالت لنا مسؤولة…", "وقال له مدير المهرجان": لـ + a pronoun is whom the words were said to,
    // and a role or a body may follow it as the subject. A first name is not enough: "ويتوقع لها
    // إقبال كبير" (إقبال is also a name), "لي كه تشيانغ" (لي is also one). With no subject after it
    // ("قال لي إن…") it stays, and parseSpeaker names nobody.
    else if (from < limit && toks[from]!.kind === 'word' && LAM_PRONOUNS.has(toks[from]!.norm) && !isCue(from) &&
      (opensOfficialSubject(toks, from + 1, isCue) || (isSpanWord(toks[from + 1], isCue, from + 1) && findIn(QUANTIFIER_HEADS, toks[from + 1]!.norm) !== null))) from++;
    // "وأكد لوزير الخارجية عادل الجبير أن…": the official spoken to, with his title and name, is
    // not the subject; where that audience ends and a subject after it would start cannot be told.
    else if (from < limit && toks[from]!.kind === 'word' && officialAddressed(toks, from) && !isCue(from)) {
      from++;
      while (from < limit && isSpanWord(toks[from], isCue, from)) from++;
    }
    else {
      const after = quotedOutletAfterLam(toks, from, limit);
      if (after < 0) break;
      from = after;
    }
  }
  let i = scanRun(toks, from, limit, isCue, indices, MAX_SPAN_WORDS, true);
  if (indices.length === 0) return { indices, end: from };
  // "مراسل لوكالة فرانس برس", "مراسلة لقناة الجزيرة": after a reporter's title, لـ + an outlet is
  // whom he works for, not whom he spoke to.
  if (i + 1 < limit && indices.length <= 2 && REPORTER_HEADS.has(toks[indices[indices.length - 1]!]!.norm) && outletAfterLam(toks[i]!)) {
    indices.push(i++);
    // "مراسل لموقع « عنب بلدي »": the outlet's name may be quoted.
    let close = i + 1;
    while (toks[i]?.kind === 'quote' && close < limit && (toks[close]!.kind === 'word' || toks[close]!.kind === 'number') && close - i <= MAX_QUOTED_NAME_WORDS) close++;
    if (toks[i]?.kind === 'quote' && close > i + 1 && close < limit && toks[close]!.kind === 'quote') {
      for (let k = i + 1; k < close; k++) indices.push(k);
      i = close + 1;
    } else i = scanRun(toks, i, limit, isCue, indices, MAX_SPAN_WORDS, false);
  }
  // "مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة … الشيخ عبد العزيز بن عبد": a span
  // cut by its length in the middle of a name ("بن", "عبد", "آل" last) takes the rest of the name.
  while (indices.length >= MAX_SPAN_WORDS && indices.length < MAX_SPAN_WORDS + MAX_NAME_TAIL && i < limit && isSpanWord(toks[i], isCue, i) &&
    (NAME_IN_PROGRESS.has(toks[indices[indices.length - 1]!]!.norm) || NAME_IN_PROGRESS.has(toks[i]!.norm))) indices.push(i++);
  // An unnamed official keeps the body he belongs to: "مسؤول في وزارة المالية", "قياديان في طالبان".
  // Only words of an affiliation follow في (a body, a definite noun): "مسؤولون في وقت سابق" stays as it was.
  // "قياديان في طالبان", "الكثيرون في روسيا": a place or body the article knows, named without the article.
  const knownAt = (k: number): boolean => isKnownBody !== undefined && isSpanWord(toks[k], isCue, k) && isKnownBody(k);
  if (i + 1 < limit && toks[i]!.norm === F_FI && isUnnamedRole(toks, indices) && (isAffiliationWord(toks[i + 1], isCue, i + 1) || knownAt(i + 1))) {
    indices.push(i++);
    while (i < limit && indices.length < MAX_SPAN_WORDS && (isAffiliationWord(toks[i], isCue, i) || knownAt(i))) indices.push(i++);
  }
  // "مسؤول من حركة حزم", "عدد من المواطنين", "عدد من الحسابات": an unnamed official, or a count
  // of people, keeps whom he is one of, as after في. Only affiliation words follow من (a definite
  // noun, a body, a place the article knows); "مسؤول من جهته" is "on his part" and stays out.
  else if (i + 1 < limit && toks[i]!.norm === F.min && !NEAR_WORDS.has(toks[indices[indices.length - 1]!]!.norm) && (isUnnamedRole(toks, indices) || countOfPeople(toks, indices)) &&
    !NOT_AGENT_AFTER_MIN.has(toks[i + 1]!.norm) && (isAffiliationWord(toks[i + 1], isCue, i + 1) || knownAt(i + 1))) {
    indices.push(i++);
    while (i < limit && indices.length < MAX_SPAN_WORDS && (isAffiliationWord(toks[i], isCue, i) || knownAt(i))) indices.push(i++);
    // "من حركة حزم": a body's head noun is followed by its name, which need not be a word we know.
    if (findIn(ORG_HEADS, toks[indices[indices.length - 1]!]!.norm) !== null) {
      for (let n = 0; n < MAX_BODY_NAME_WORDS && i < limit && indices.length < MAX_SPAN_WORDS && isSpanWord(toks[i], isCue, i); n++) indices.push(i++);
    }
  }
  // "مصادر روسية قريبة من وزارة الخارجية", "مصدر إعلامي مقرب من قوات « أسود الشرقية »": an unnamed
  // source close to a body keeps the body, its quoted name and what is joined to it by و.
  else if (i + 1 < limit && toks[i]!.norm === F.min && indices.length >= 2 && NEAR_WORDS.has(toks[indices[indices.length - 1]!]!.norm) &&
    isUnnamedRole(toks, indices.slice(0, -1))) {
    const taken = nearAffiliation(toks, i + 1, limit, isCue);
    if (taken.length > 0) {
      indices.push(i, ...taken);
      i = taken[taken.length - 1]! + 1;
      while (toks[i]?.kind === 'quote') i++;
    }
  }
  // "المكلف بالإعلام في المديرية الملازم الأول كريم بوسعدة": a definite role of at most three words
  // keeps a body after في (an organization head: المديرية، الوزارة), and the words after that body
  // (a rank, the name) still belong to the speaker. Only an organization head passes, so "قال الوزير
  // في المؤتمر الصحفي" keeps its adjunct out.
  else if (i + 1 < limit && toks[i]!.norm === F_FI && indices.length <= 3 && isDefinite(toks[indices[0]!]!.norm) &&
    roleHeadAt(toks, indices[0]!) !== null && isSpanWord(toks[i + 1], isCue, i + 1) && findIn(ORG_HEADS, toks[i + 1]!.norm) !== null) {
    indices.push(i++);
    while (i < limit && indices.length < MAX_SPAN_WORDS && isSpanWord(toks[i], isCue, i)) indices.push(i++);
  }
  // "المشرف العام على مستشفى الملك فهد الدكتور سامي العلي", "المشرف على فرق الفنون الشعبية هذال
  // العتيبي": على after a supervisor's title names what he supervises, and the name follows it.
  else if (i + 1 < limit && isAla(toks[i]!) && supervisorEndsAt(toks, indices[indices.length - 1]!) && isSpanWord(toks[i + 1], isCue, i + 1)) {
    indices.push(i++);
    while (i < limit && indices.length < MAX_SPAN_WORDS && isSpanWord(toks[i], isCue, i)) indices.push(i++);
  }
  // An abbreviation in brackets after a role or party ("زعيم ( إف دي بي )") is skipped, not read as the name.
  i = skipBracketed(toks, i, limit);
  // One apposition between commas: "سامي الخطيب، المتحدث باسم…،" or "المتحدث باسم الوزارة، سامي الخطيب،".
  // A semicolon separates clauses (scraped text puts one between a verb's subject and its object:
  // "اتهم الناطق باسم الوحدات ؛ فصائل …"); it never opens an apposition.
  // "القيادي في التحالف الحاكم في العراق، جاسم محمد جعفر،": one more "في + word" before the
  // apposition's comma belongs to the role; it is taken only when the apposition is.
  const placeBeforeApposition = i + 3 < limit && toks[i]!.norm === F_FI && isSpanWord(toks[i + 1], isCue, i + 1) && isComma(toks[i + 2]) &&
    roleHeadAt(toks, indices[0]!) !== null ? [i, i + 1] : [];
  const at = i;
  if (placeBeforeApposition.length > 0) i += 2;
  if (isComma(toks[i]) && toks[i]!.text !== ';' && toks[i]!.text !== '؛' && i + 1 < limit) {
    const segment: number[] = [];
    const j = scanRun(toks, i + 1, limit, isCue, segment, MAX_APPOSITION_WORDS + 1, false);
    const closesNaturally = j >= toks.length || toks[j]!.kind !== 'word' || isComplementizer(toks[j]!.norm) || SPAN_STOPS.has(toks[j]!.norm) || isCue(j);
    // A role in apposition starts with its head ("سامي الخطيب، المتحدث باسم…،"); so does a role that
    // the name follows ("الكاتب الصحافي، علي الأمين،"). Exactly one of the two parts is the role.
    // An unnamed description gets its name from "ويدعى …" ("أحد السكان، ويدعى سامي العلي،").
    // A title before a name ("الرائد عصام الريس، الناطق باسم الجبهة،", "المتحدث باسم التحالف، العميد
    // أحمد عسيري،") makes the part a name, not a role, for this choice.
    const runTitled = titledName(toks, indices);
    const segmentTitled = titledName(toks, segment);
    const runHasRole = !runTitled && (roleHeadAt(toks, indices[0]!) !== null || findIn(QUANTIFIER_HEADS, toks[indices[0]!]!.norm) !== null);
    const segmentHasRole = segment.length > 0 && !segmentTitled && roleHeadAt(toks, segment[0]!) !== null;
    const naming = segment.length > 1 && NAMING_WORDS.has(toks[segment[0]!]!.norm);
    // "طلب عدم الكشف عن اسمه" is the anonymity formula, never a name.
    const anonymity = segment.some((k) => toks[k]!.norm === F_ADAM);
    if (segment.length > 0 && segment.length <= MAX_APPOSITION_WORDS && closesNaturally && !anonymity && (naming || runHasRole !== segmentHasRole)) {
      indices.push(...placeBeforeApposition, ...segment);
      return { indices, end: j };
    }
  }
  return { indices, end: at };
}

/**
 * Titles written before a person's name (ranks, academic and religious titles, forms of address):
 * "العميد أحمد عسيري", "الدكتور أنور قرقاش". An office after such a name is his role.
 */
const NAME_TITLES: ReadonlySet<string> = new Set(
  ['عميد', 'لواء', 'عقيد', 'نقيب', 'رائد', 'مقدم', 'فريق', 'مشير', 'ملازم', 'جنرال', 'دكتور', 'مهندس', 'شيخ', 'سيد', 'حاج', 'أستاذ', 'بروفيسور']
    .flatMap((w) => [fold(w), fold(w) + 'ه']),
);

function isNameTitle(head: string | null): boolean {
  return head !== null && NAME_TITLES.has(head);
}

/** The part (indices) is a title and then at least one word that is no role: "الرائد عصام الريس". */
function titledName(toks: readonly Tok[], part: readonly number[]): boolean {
  if (part.length < 2 || !isNameTitle(roleHeadAt(toks, part[0]!))) return false;
  let k = 1;
  // "العميد ركن طيار", "الفريق أول": the rank's own words.
  while (k < part.length && (RANK_QUALIFIERS.has(toks[part[k]!]!.norm) || toks[part[k]!]!.norm === F_AWWAL)) k++;
  return k < part.length && !isDefinite(toks[part[k]!]!.norm) && roleHeadAt(toks, part[k]!) === null;
}

export type SpeakerKind = 'person' | 'role' | 'org' | 'org-anaphor' | 'place' | 'name' | 'document' | 'honorific';

export interface ParsedSpeaker {
  name: string | null;
  role: string | null;
  kind: SpeakerKind;
  /** Folded role head without article or feminine ending ("متحدث" for "المتحدثة"), for matching references. */
  roleHead: string | null;
  /** Folded definite adjectives of the role ("التركي"), to match "المسؤول التركي" with an earlier Turkish speaker. */
  roleAdjectives: string[];
  /** Governments the role's words stand for ("التركي", "تركيا" → تركيا), when the entity analysis knows. */
  roleGovernments: string[];
  /** Gender told by the words themselves (role head, first name, organization noun); 'unknown' otherwise. */
  gender: CueGender;
  /** Folded head of a title before the name when the role head is the office after it: "العميد" still refers back. */
  titleHead?: string;
  /** The role is only a title and its qualifiers ("الدكتور", "العميد ركن"): an office given earlier says more. */
  bareTitle?: boolean;
  /** An unnamed spokesperson of a named principal ("متحدث باسم الرئيس … إردوغان"): the role names the principal, not the speaker. */
  spokespersonOf?: boolean;
}

function roleHeadBase(tokens: readonly Tok[], k: number): { base: string; gender: CueGender } | null {
  const head = roleHeadAt(tokens, k);
  if (head === null) return null;
  if (PLURAL_ROLE_HEADS.has(head)) return { base: head, gender: 'plural' };
  // وزيرة، المتحدثة: a feminine head is its masculine + ة (folded to ه).
  if (FEMININE_ROLE_HEADS.has(head)) return { base: head.slice(0, -1), gender: 'fem' };
  return { base: head, gender: 'unknown' };
}

/** Where the role that starts at `from` ends: its head, then definite words, iḍāfa nouns and places. */
function roleEnd(span: readonly Tok[], from: number, lookup: EntityLookup): number {
  const head = roleHeadAt(span, from);
  // "مصادر من التيار السلفي", "جنرال من محافظة صلاح الدين": what an unnamed source is one of runs
  // to the span's end (scanSpeakerSpan took only affiliation words after من).
  if (head !== null && !isDefinite(span[from]!.norm)) {
    let k = from + 1;
    while (k < span.length && NISBA.test(span[k]!.norm)) k++;
    if (span[k]?.norm === F.min && k + 1 < span.length) return span.length;
  }
  if (isNameTitle(head)) return titleEnd(span, from, lookup);
  // A head that is one only before its complement ("كبير موظفي", "أمين عام") takes that word along.
  const complement = head !== null && CONDITIONAL_ROLE_HEADS.has(head) && !isDefinite(span[from + 1]?.norm ?? 'ال') ? 1 : 0;
  // "المشرف على فرق الفنون الشعبية هذال العتيبي": what he supervises runs to the name.
  if (complement === 1 && isAla(span[from + 1]!)) return extendRole(span, supervisedEnd(span, from + 2, lookup), lookup);
  const r = extendRole(span, from + 1 + complement, lookup);
  // An indefinite head takes indefinite nisba adjectives ("مسؤول أمريكي", "مصدر أمني"), but only
  // when they end the span or an affiliation after في follows ("مصدر عسكري في المحافظة"): "وزير
  // علي…" must keep علي as a name.
  if (r === from + 1 && !isDefinite(span[from]!.norm)) {
    let k = r;
    while (k < span.length && NISBA.test(span[k]!.norm)) k++;
    if (k === span.length) return k;
    if (k > r && span[k]!.norm === F_FI) return extendRole(span, k, lookup);
  }
  return r;
}

/** Definite words that qualify a title rather than name its holder ("العميد الركن", "اللواء المتقاعد", "الجنرال السابق"). */
const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(
  ['الركن', 'المتقاعد', 'الطيار', 'البحري', 'الجوي', 'الأول', 'الثاني', 'السابق', 'الأسبق', 'الراحل', 'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة'].map((w) => fold(w)),
);

/**
 * Where a title before a name ends: "العميد ركن طيار", "الجنرال الأمريكي", then either an office
 * ("الدكتور وزير التعليم", "الشيخ مفتي عام…") or the name. A definite word right after the title
 * that is no qualifier, nationality or office is the holder's family name ("العميد الزعبي",
 * "المهندس القحطاني", "الدكتور الربيعة"), not more of the role.
 */
function titleEnd(span: readonly Tok[], from: number, lookup: EntityLookup): number {
  let r = from + 1;
  let nationalityLast = false;
  while (r < span.length) {
    const norm = span[r]!.norm;
    const nationality = isDefinite(norm) && lookup.governmentOf(span[r]!.text) !== null;
    if (!(RANK_QUALIFIERS.has(norm) || norm === F_AWWAL || TITLE_QUALIFIERS.has(norm) || nationality)) break;
    nationalityLast = nationality;
    r++;
  }
  // "الدكتور المصري" ending the span: المصري is the family name, as often as not, with no other word to be it.
  if (r === span.length && nationalityLast && r - 1 > from) return r - 1;
  if (r < span.length && (roleHeadAt(span, r) !== null || findIn(ROLE_LINKS, span[r]!.norm) !== null)) return extendRole(span, r, lookup);
  return r;
}

/**
 * "المتحدث باسم الخارجية الباكستانية قاضي خليل الله": an indefinite role-head word after a definite
 * adjective, not followed by a definite word, cannot continue the role (an iḍāfa does not follow a
 * definite adjective): it is a first name (قاضي، أمين، شيخ). "… نائب رئيس الوزراء" still continues.
 */
function nameAfterDefiniteRole(span: readonly Tok[], r: number): boolean {
  const t = span[r]!;
  if (r === 0 || isDefinite(t.norm) || !isDefinite(span[r - 1]!.norm) || findIn(ROLE_HEADS, t.norm) === null) return false;
  const next = span[r + 1];
  return next !== undefined && !isDefinite(next.norm) && findIn(ROLE_HEADS, next.norm) === null && findIn(ROLE_LINKS, next.norm) === null;
}

/** Past the definite words, iḍāfa nouns, places and في-affiliations that continue a role from `r`. */
function extendRole(span: readonly Tok[], r: number, lookup: EntityLookup): number {
  let afterPlace = false;
  while (r < span.length) {
    const t = span[r]!;
    if (nameAfterDefiniteRole(span, r)) break;
    // "القيادي في الحزب جاسم محمد جعفر": a place name (the town جاسم) that opens the name of a person
    // the article knows is the name's first word, not the office's place.
    if (!isDefinite(t.norm) && lookup.isPlace(t.text) && knownPersonFrom(span, r, lookup)) break;
    // "محافظ دير الزور للميادين": a لِلـ word ending the span right after a place is the outlet or
    // audience the words were said to, not part of the office.
    if (afterPlace && r === span.length - 1 && ADDRESSEE.test(t.norm)) break;
    const wasPlace = lookup.isPlace(t.text);
    afterPlace = false;
    if (isDefinite(t.norm) || findIn(ROLE_LINKS, t.norm) !== null || findIn(ROLE_HEADS, t.norm) !== null || wasPlace) {
      afterPlace = wasPlace;
      r++;
    }
    // A two-word place ("محافظ دير الزور", "سفير كوريا الجنوبية") continues the role as one word would.
    else if (r + 1 < span.length && lookup.isPlace(`${t.text} ${span[r + 1]!.text}`)) {
      afterPlace = true;
      r += 2;
    }
    // "الناطق باسم وحدات حماية الشعب", "المتحدث باسم حماس": the body spoken for is part of the
    // office whatever its first word; a name after it ("… حماس فوزي برهوم") still ends the role.
    else if (r > 0 && span[r - 1]!.norm === F_BISM) r++;
    // "مسؤول في وزارة المالية": the affiliation after في belongs to the role.
    else if (t.norm === F_FI && r + 1 < span.length) r += 2;
    // "مصدر مقرب من رئيس الحكومة": what the source is close to is part of the description, to the
    // span's end; the office named there is not the speaker.
    else if (NEAR_WORDS.has(t.norm) && r > 0 && span[r + 1]?.norm === F.min) r = span.length;
    // "المبعوث الأممي إلى ليبيا": a destination place after إلى belongs to the role too.
    else if (t.norm === F_ILA && r + 1 < span.length && lookup.isPlace(span[r + 1]!.text)) r += 2;
    // "الفريق أول", "العميد أول": the rank's ordinal after a definite rank word.
    else if (t.norm === F_AWWAL && r > 0 && isDefinite(span[r - 1]!.norm)) r++;
    // "العميد ركن طيار", "اللواء متقاعد": a rank's qualifiers, written without the article.
    else if (RANK_QUALIFIERS.has(t.norm) && r > 0 && (isDefinite(span[r - 1]!.norm) || RANK_QUALIFIERS.has(span[r - 1]!.norm))) r++;
    // "الأمين العام لمجلس التعاون", "المشرف العام لمدينة الملك…": لـ + a noun before a definite word
    // continues the iḍāfa chain of the office ("للدفاع المدني" is definite and continues anyway).
    else if (lamBeforeDefinite(span, r)) r++;
    // "المتحدث الإعلامي للدفاع المدني بمنطقة نجران": بـ + a word for a province or city, and its name,
    // say where the office is.
    else if (r + 1 < span.length && PLACE_AFTER_BI.test(t.norm)) r += 2;
    // An indefinite feminine noun before a definite one continues the iḍāfa chain ("مجلس قيادة المقاومة"),
    // and so do the masculine nouns offices are named by ("مسؤول ملف الاستيطان", "رئيس قسم الجراحة").
    // Not a first name ending so ("عبدالله البلوي", "فاطمة الزهراء", "حمزة الخطيب"): the name has begun.
    else if ((t.norm.endsWith('ه') || OFFICE_NOUNS.has(t.norm)) && r + 1 < span.length && isDefinite(span[r + 1]!.norm) &&
      !isFirstName(FIRST_NAME_LIST, t.norm) && findIn(FEMALE_FIRST_NAMES, t.norm) === null) r++;
    // "المشرف العام على مستشفى الملك فهد": what a supervisor supervises, up to the name.
    else if (isAla(t) && r > 0 && supervisorEndsAt(span, r - 1)) r = supervisedEnd(span, r + 1, lookup);
    // "سفير خادم الحرمين الشريفين", "نائب خادم الحرمين": the king's title is what the office serves,
    // not the holder's name (140 statements had it as their speaker's name in SaudiNewsNet).
    else if (t.norm === F_KHADIM && span[r + 1]?.norm === F_HARAMAYN) r += 2;
    else break;
  }
  return r;
}

/** The preposition على as written (folded, it is the name علي). */
function isAla(tok: Tok): boolean {
  return tok.kind === 'word' && tok.norm === ALI && tok.text.includes('ى');
}

/** The word at k ends a supervisor's title: "المشرف", "مشرفة", or "العام(ة)" right after one. */
function supervisorEndsAt(toks: readonly Tok[], k: number): boolean {
  const norm = toks[k]?.norm;
  if (norm === undefined) return false;
  const general = norm === F_AAM || norm === F_AL_AAM || norm === F_AAMMA || norm === F_AL_AAMMA;
  const at = general ? k - 1 : k;
  if (at < 0 || !SUPERVISORS.has(toks[at]!.norm)) return false;
  // "الهيئة المشرفة على القناة", "اللجنة المشرفة": an adjective agreeing with a body, which speaks as
  // itself; "عضو مجلس الإدارة المشرف على…" (masculine after a feminine body) is the member's office.
  if (at === 0) return true;
  const before = toks[at - 1]!.norm;
  const feminine = toks[at]!.norm.endsWith('ه');
  return findIn(ORG_HEADS, before) === null || feminine !== before.endsWith('ه');
}

/** After "المشرف على": the supervised words run to a first name, a title or a person the article knows (at most MAX_SUPERVISED_WORDS). */
function supervisedEnd(span: readonly Tok[], from: number, lookup: EntityLookup): number {
  let r = from;
  while (r < span.length && r - from < MAX_SUPERVISED_WORDS) {
    const t = span[r]!;
    // A first name after a title inside the supervised body ("مستشفى الملك فهد") is the body's.
    const titled = r > from && roleHeadAt(span, r - 1) !== null;
    if (r > from && !titled && (isFirstName(FIRST_NAME_LIST, t.norm) || findIn(FEMALE_FIRST_NAMES, t.norm) !== null || isNameTitle(roleHeadAt(span, r)) || knownPersonFrom(span, r, lookup))) break;
    r++;
  }
  return r;
}

const SUPERVISORS: ReadonlySet<string> = new Set(['مشرف', 'المشرف', 'مشرفة', 'المشرفة', 'والمشرف', 'والمشرفة'].map((w) => fold(w)));
const F_AAM = fold('عام');
const F_AL_AAM = fold('العام');
const F_AAMMA = fold('عامة');
const F_AL_AAMMA = fold('العامة');
/** A supervised body or program has at most this many words. */
const MAX_SUPERVISED_WORDS = 6;

/** Masculine nouns in construct inside an office's name (مسؤول ملف…، رئيس قسم…، مدير فرع…). */
const OFFICE_NOUNS: ReadonlySet<string> = new Set(['ملف', 'قسم', 'فرع', 'قطاع', 'برنامج', 'مشروع', 'شؤون', 'مكتب'].map((w) => fold(w)));
const F_KHADIM = fold('خادم');
const F_HARAMAYN = fold('الحرمين');
const F_SHARIFAYN = fold('الشريفين');

/** بـ + a word for a region, province, city or governorate ("بمنطقة", "بمحافظة", "بمدينة"): where an office is. */
const PLACE_AFTER_BI = new RegExp(`^ب(?:${['منطقة', 'محافظة', 'مدينة', 'ولاية', 'إمارة', 'مقاطعة', 'بلدية'].map((w) => fold(w)).join('|')})$`, 'u');

/** لـ glued to an indefinite noun (not a لل word) that a definite word follows: "لمجلس التعاون", "لدول الخليج". */
function lamBeforeDefinite(span: readonly Tok[], r: number): boolean {
  const norm = span[r]!.norm;
  const next = span[r + 1];
  return r > 0 && norm.length >= 4 && norm[0] === 'ل' && norm[1] !== 'ل' && next !== undefined && isDefinite(next.norm) && roleHeadAt(span, r) === null;
}

/** The words from `r` to the end of the span (two or more) are exactly a person the entity analysis knows. */
function knownPersonFrom(span: readonly Tok[], r: number, lookup: EntityLookup): boolean {
  return span.length - r >= 2 && knownPersonExactly(span.slice(r), lookup);
}

/**
 * Words that open a description of the body just named, which ends its name: "التابعة لـ"
 * (belonging to), "ومقره لندن" (based in), "برئاسة" (chaired by). Folded.
 */
const AFFILIATED: ReadonlySet<string> = new Set(
  ['التابع', 'التابعة', 'التابعين', 'ومقره', 'ومقرها', 'مقره', 'مقرها', 'برئاسة', 'بقيادة'].map((w) => fold(w)),
);

/** A preposition with a pronoun right after the cue ("وأكد فيه دونالد بوث أن…"): the subject follows it. */
const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['فيه', 'فيها', 'عليه', 'عليها', 'منه', 'منها', 'عنه', 'عنها', 'خلاله', 'خلالها'].map((w) => fold(w)));
/**
 * بـ glued to a word of the shapes of masdars and participles, as written: "بمساهمات", "بإنجازات",
 * "باستمرار". Not با + anything: "باراك", "باتريك" are names.
 */
const GLUED_BI_OBJECT = /^ب(?:م[\u0621-\u064A]{3,}|إ[\u0621-\u064A]{3,}|است[\u0621-\u064A]{2,})$/u;
/** A definite dual in the nominative ("الجانبان", "الطرفان", "الوزيران"): only a subject takes that case. */
const DEFINITE_DUAL = /^ال[^\s]{3,}ان$/u;
/** لـ + a pronoun: "to me", "to us", "to him"… (see scanSpeakerSpan). */
const LAM_PRONOUNS: ReadonlySet<string> = new Set(['لي', 'لنا', 'له', 'لها', 'لهم', 'لهما', 'لهن', 'لك', 'لكم'].map((w) => fold(w)));
/** The word at `k` can open a subject by office: a singular role head or a body ("مدير المهرجان", "الوزارة"). */
function opensOfficialSubject(toks: readonly Tok[], k: number, isCue: (i: number) => boolean): boolean {
  if (!isSpanWord(toks[k], isCue, k)) return false;
  const head = roleHeadAt(toks, k);
  return (head !== null && !PLURAL_ROLE_HEADS.has(head)) || findIn(ORG_HEADS, toks[k]!.norm) !== null;
}

/**
 * The word at `k` can open a subject after "أكد فيه": a listed first name, or a subject by office
 * ("دونالد بوث", "المتحدث", "الادعاء"); a plural ("دعا فيه الأطباء … إلى") is the verb's object.
 */
function opensNamedSubject(toks: readonly Tok[], k: number, isCue: (i: number) => boolean): boolean {
  if (!isSpanWord(toks[k], isCue, k)) return false;
  return isFirstName(FIRST_NAME_LIST, toks[k]!.norm) || opensOfficialSubject(toks, k, isCue) || DEFINITE_DUAL.test(toks[k]!.norm);
}

/** At most this many words in a quoted outlet name after لـ. */
const MAX_QUOTED_OUTLET_WORDS = 4;

/**
 * Where the subject starts after "لـ«الشرق الأوسط»" / "ل - " سبوتنيك "" at `from` (ل or لـ, an optional
 * hyphen, a quoted name of at most MAX_QUOTED_OUTLET_WORDS words); -1 when no such phrase is there.
 */
function quotedOutletAfterLam(toks: readonly Tok[], from: number, limit: number): number {
  const lam = toks[from];
  if (!lam || lam.kind !== 'word' || (lam.norm !== 'ل' && lam.text !== 'لـ')) return -1;
  let k = from + 1;
  if (toks[k]?.kind === 'punct' && (toks[k]!.text === '-' || toks[k]!.text === 'ـ')) k++;
  if (toks[k]?.kind !== 'quote') return -1;
  let j = k + 1;
  while (j < limit && toks[j]!.kind === 'word' && j - k <= MAX_QUOTED_OUTLET_WORDS) j++;
  if (j === k + 1 || j >= limit || toks[j]!.kind !== 'quote') return -1;
  return j + 1;
}

/** Adverbs glued to لِلـ, folded ("للمرة الأولى"): unlike the audiences (للصحفيين), never skipped before a subject. */
const LAM_ADVERBS: ReadonlySet<string> = new Set(['للمرة', 'للحظة'].map((w) => fold(w)));

/** A folded word glued to لِلـ (للتلفزيون، للصحفيين): the audience of a cue, or a complement. */
const ADDRESSEE = /^لل[^\s]{3,}$/u;
/** A folded active or passive participle of a derived verb (مطلع، موال، مقرب، مسؤول): describes, does not name. */
const PARTICIPLE = /^م[^\s]{3,}$/u;
const FIRST_NAMES: ReadonlySet<string> = new Set([...MALE_FIRST_NAMES, ...MORE_FIRST_NAMES, ...WIRE_FIRST_NAMES].map((w) => fold(w)));
/** FIRST_NAMES in the shape isFirstName() reads (the list plus one-word servant names). */
const FIRST_NAME_LIST = { firstNames: FIRST_NAMES };

/**
 * True when the words after an indefinite role head (`tokens[0]`) describe an unnamed source rather
 * than name a person: the first is a nisba or participle, not a first name, and the entity analysis
 * knows no person there.
 */
function describesUnnamed(tokens: readonly Tok[], nameToks: readonly Tok[], lookup: EntityLookup): boolean {
  if (isDefinite(tokens[0]!.norm)) return false;
  const first = nameToks[0]!.norm;
  if (!(NISBA.test(first) || PARTICIPLE.test(first) || UNNAMED_DESCRIBERS.has(first)) || FIRST_NAMES.has(first) || findIn(FEMALE_FIRST_NAMES, first) !== null) return false;
  // "مؤسس موقع فيسبوك … مارك زوكربيرغ": a body's head (موقع, مركز) looks like a participle but names the body.
  if (findIn(ORG_HEADS, first) !== null) return false;
  // Only a person known by exactly these words counts ("كمال تركماني"); a partial match of a
  // longer phrase is not evidence of a name.
  return !knownPersonExactly(nameToks, lookup);
}

/** بـ + an organization head ("بمجلس", "بوزارة", "بالهيئة"): an affiliation, never the start of a name. */
function bodyAfterBi(tok: Tok): boolean {
  if (!tok.norm.startsWith('ب') || tok.norm.length < 4) return false;
  const rest = tok.norm.slice(1);
  return findIn(ORG_HEADS, rest) !== null || (rest.startsWith('ال') && findIn(ORG_HEADS, rest.slice(2)) !== null);
}

/**
 * Adjectives that describe an unnamed speaker after an indefinite head ("مسؤول إسرائيلي كبير",
 * "شهود عيان", "دبلوماسي سابق", "مصدر آخر") and were read as his name (94 "كبير" and 130 "عيان" in SaudiNewsNet).
 */
const UNNAMED_DESCRIBERS: ReadonlySet<string> = new Set(['كبير', 'كبار', 'رفيع', 'بارز', 'سابق', 'سابقون', 'عيان', 'آخر', 'آخرون', 'ثان'].map((w) => fold(w)));

/** The tokens are exactly the name or an alias of a person the entity analysis knows. */
function knownPersonExactly(toks: readonly Tok[], lookup: EntityLookup): boolean {
  const found = lookup.resolve(tokenText(toks), 'person');
  if (found === null || found.type !== 'person') return false;
  const phrase = toks.map((t) => t.norm).join(' ');
  return [found.name, ...found.aliases].some((n) => fold(n) === phrase);
}

/** At most this many words after a person the article knows are kept as his role ("أمين المنطقة الشرقية"). */
const MAX_TRAILING_ROLE_WORDS = 4;

/**
 * The longest run of `toks` that is exactly a person the article knows (its name or an alias), as
 * [start, end), when the words around it cannot be more of the same name; null otherwise. Only
 * asked of spans that are no entity as a whole, so a name the entity analysis cut short ("نبيل دو"
 * of "نبيل دو فريج") must not be cut again: the word after the person must be plainly no name part
 * (a role head, a preposition glued to a noun: "بقوة", "باتخاذ", a definite plural), and, with
 * `titledOnly` (no role read before), the word before it definite (a title, "المهندس"), never a
 * noun he completes. One word
 * counts only as the person's family name, never a title or a first name that the entity analysis
 * keeps as an alias ("الدكتور", "ميشال").
 */
function personInside(toks: readonly Tok[], lookup: EntityLookup, titledOnly: boolean): { start: number; end: number } | null {
  for (let width = toks.length - 1; width >= 1; width--) {
    for (let start = 0; start + width <= toks.length; start++) {
      const end = start + width;
      const run = toks.slice(start, end);
      if (!knownPersonExactly(run, lookup)) continue;
      if (width === 1 && !isFamilyNameOf(run[0]!, lookup)) continue;
      if (end < toks.length && !plainlyNoNamePart(toks, end)) continue;
      // "خصوم كلينتون الجمهوريون": where no role was read, a person after an indefinite noun is its
      // complement (whose opponents), not the speaker; a title before him is definite. After a role
      // ("محامي كلينتون ديفيد كيندال") the words before the person are the role's.
      if (titledOnly && start > 0 && !isDefinite(toks[start - 1]!.norm)) continue;
      return { start, end };
    }
  }
  return null;
}

/**
 * After a title ("الرائد عصام الريس الناطق باسم الجبهة"), the name runs to the first role head
 * that has at least one name word before it; null when there is none.
 */
function nameBeforeOffice(nameToks: readonly Tok[]): { start: number; end: number } | null {
  for (let k = 1; k < nameToks.length; k++) {
    // "عبدالعزيز آل الشيخ": after آل comes the family's name, never an office.
    if (nameToks[k - 1]!.norm !== F_AL_FAMILY && roleHeadAt(nameToks, k) !== null) return { start: 0, end: k };
  }
  return null;
}

/** The word is the last part of the full name of the person it resolves to ("الجبير" of "فهد بن محمد الجبير"). */
function isFamilyNameOf(tok: Tok, lookup: EntityLookup): boolean {
  const person = lookup.resolve(tok.text, 'person');
  if (person === null) return false;
  const parts = fold(person.name).split(' ');
  return parts.length >= 2 && parts[parts.length - 1] === tok.norm;
}

/**
 * Prepositions glued to a noun that never open a name part: بال…، لل…، ب + a masdar of forms
 * VII, VIII and X (بانتهاء، باتخاذ، باحترام، باستمرار), بما، بقوة. A bare با… is a Hadrami family
 * name (باعبدالله، باوزير).
 */
const GLUED_PREPOSITION = /^(?:بال|لل|با[^\s]ت|باست|بان)[^\s]{2,}$/u;
const NO_NAME_WORDS: ReadonlySet<string> = new Set(['بما', 'بقوه', 'بشده'].map((w) => fold(w)));

/** A definite plural (المسلمين، الصحافيين، الاتهامات): an object or audience, never a family name (الغامدي is one). */
const DEFINITE_PLURAL = /^ال[^\s]{2,}(?:ين|ون|ات)$/u;

/** The word at k cannot continue a person's name: a role head, a glued preposition, a definite plural. */
function plainlyNoNamePart(toks: readonly Tok[], k: number): boolean {
  const norm = toks[k]!.norm;
  return roleHeadAt(toks, k) !== null || GLUED_PREPOSITION.test(norm) || NO_NAME_WORDS.has(norm) || DEFINITE_PLURAL.test(norm);
}

/** Folded indefinite adjective: a nisba (…ي، …ية، …يون) or a feminine form agreeing with a plural (مصادر منفصلة). */
const NISBA = /^[^\s]{2,}(?:ي|يه|يون|يين|ه)$/u;

/** A speaker nobody is named for: the role words (or none) and what gender they tell. */
function unnamedSpeaker(role: string | null, gender: CueGender): ParsedSpeaker {
  return { name: null, role, kind: 'role', roleHead: null, roleAdjectives: [], roleGovernments: [], gender };
}

/** Words a role may have before a known body's name ends the span ("رئيس منظمة …"). */
const MAX_BODY_START = 3;

/**
 * Folded names and aliases of two words or more of the gazetteer's organizations. Only listed
 * bodies: the article's own organization entities include long pattern matches ("مشوح الحوشان
 * وكيل وزارة …") that would swallow a person's name.
 */
const GAZETTEER_BODIES: ReadonlySet<string> = new Set(
  expandOrganizations()
    .flatMap((o) => [o.name, ...o.aliases])
    .map((n) => n.split(/\s+/u).map(fold).join(' '))
    .filter((n) => n.includes(' ')),
);

/** News agencies and outlets the gazetteer lists, by every name (folded words joined by a space). */
const LISTED_OUTLETS: ReadonlySet<string> = new Set(
  expandOrganizations()
    .filter((o) => o.kind === 'agency' || o.kind === 'media')
    .flatMap((o) => [o.name, ...o.aliases])
    .map((n) => n.split(/\s+/u).map(fold).join(' ')),
);

/**
 * "وأبلغ شاهد رويترز أن …", "وقال مسؤول أمني فرانس برس": a listed agency or outlet after an unnamed
 * speaker's indefinite description is whom he told (أبلغ and أخبر take the hearer without a
 * preposition), not his name. The description speaks; the outlet is dropped from the span.
 */
function withoutAddressedOutlet(tokens: Tok[]): Tok[] {
  if (tokens.length < 2 || isDefinite(tokens[0]!.norm) || roleHeadAt(tokens, 0) === null) return tokens;
  // "مراسل وكالة فرانس برس", "مندوب الوكالة": a newsroom's own staff are named by it.
  const head = tokens[0]!.norm;
  if (findIn(OUTLET_HEADS, head) !== null || findIn(SHARED_OUTLET_HEADS, head) !== null || PRESS_STAFF.has(head)) return tokens;
  for (let k = 1; k < tokens.length && k <= 3; k++) {
    // "شاهد من رويترز" is the agency's witness.
    if (tokens[k - 1]!.kind !== 'word' || PREPOSITIONS_BEFORE_OUTLET.has(tokens[k - 1]!.norm)) return tokens;
    if (LISTED_OUTLETS.has(tokens.slice(k).map((t) => t.norm).join(' '))) return tokens.slice(0, k);
  }
  return tokens;
}

/** Newsroom staff ("مراسل وكالة …"): the reporters' titles and the journalists' own, folded. */
const PRESS_STAFF: ReadonlySet<string> = new Set([
  ...REPORTER_HEADS,
  ...['صحفي', 'صحفية', 'صحافي', 'صحافية', 'موفد', 'موفدة', 'كاتب', 'كاتبة'].map((w) => fold(w)),
]);
const PREPOSITIONS_BEFORE_OUTLET: ReadonlySet<string> = new Set(['من', 'في', 'لدى', 'عن', 'مع'].map((w) => fold(w)));

/** The first k (up to MAX_BODY_START) from which the rest of the span is a listed organization's name, or -1. */
function knownBodyFrom(tokens: readonly Tok[]): number {
  for (let k = 0; k <= MAX_BODY_START && k < tokens.length - 1; k++) {
    if (GAZETTEER_BODIES.has(tokens.slice(k).map((t) => t.norm).join(' '))) return k;
  }
  return -1;
}

/** ما glued to a preposition ("عما", "مما"…): never a name (the entity layer's list). */
const GLUED_MA_WORDS: ReadonlySet<string> = new Set(GLUED_MA.map((w) => fold(w)));

/** Adjectives of an unnamed official or source ("مسؤول رفيع", "مصدر قريب", "مصدر مطلع"). */
const OFFICIAL_QUALIFIERS: ReadonlySet<string> = new Set(['رفيع', 'رفيعة', 'كبير', 'كبيرة', 'قريب', 'قريبة', 'مطلع', 'مطلعة', 'بارز', 'بارزة', 'سابق', 'سابقة'].map((w) => fold(w)));
/** Verbs of a source asking not to be named ("مصدر طلب عدم ذكر اسمه", "مسؤول فضل عدم الكشف…"). */
const ASKING_VERBS: ReadonlySet<string> = new Set(['طلب', 'طلبت', 'فضل', 'فضلت', 'رفض', 'رفضت', 'اشترط', 'اشترطت'].map((w) => fold(w)));

/** Split a speaker span into role and name and say what kind of speaker it is. */
export function parseSpeaker(span: readonly Tok[], lookup: EntityLookup): ParsedSpeaker | null {
  const tokens = span.filter((t) => t.norm !== 'و');
  const parsed = parseSpeakerSpan(tokens, lookup);
  if (!parsed || parsed.role === null || parsed.name === null) return parsed;
  const name = parsed.name.trim();
  // "وسئل الوزير عما إذا…": ما glued to a preposition is read as the surname after the title; the
  // role speaks, unnamed.
  if (GLUED_MA_WORDS.has(fold(name))) return { ...parsed, name: null, kind: 'role' };
  // "مسؤول روسي رفيع", "مصدر قريب من …": an adjective of the unnamed official, read as his name.
  const roleWord = fold(parsed.role.trim().split(/\s+/u)[0] ?? '');
  if (!name.includes(' ') && !isDefinite(roleWord) && OFFICIAL_QUALIFIERS.has(fold(name))) return { ...parsed, name: null, role: `${parsed.role} ${name}`, kind: 'role' };
  // "وكشف مصدر طلب عدم ذكر اسمه": the source asking for anonymity, not a name.
  if (!name.includes(' ') && ASKING_VERBS.has(fold(name))) return { ...parsed, name: null, kind: 'role' };
  // "وتحدث سكان وناشطون عن…": a plural joined by و to an indefinite group is a second group, not a
  // name ("الرئيس ويلسون" is a title and a name; so is any word the entities know as a person).
  const firstRoleWord = fold(parsed.role.trim().split(/\s+/u)[0] ?? '');
  if (COORDINATED_PLURAL.test(name) && !isDefinite(firstRoleWord) && !isFirstName(FIRST_NAME_LIST, fold(name.slice(1))) && lookup.resolve(name, 'person')?.type !== 'person') {
    return unnamedSpeaker(`${parsed.role} ${parsed.name}`, parsed.gender);
  }
  // "وقال متحدث باسم الرئيس التركي رجب طيب إردوغان": the name after باسم is the principal's; an
  // unnamed spokesman speaks. Only for a role opened by an indefinite head (a definite one, "المتحدث
  // باسم الرئاسة … فلان", is followed by its own holder's name).
  const bism = tokens.findIndex((t) => t.norm === F_BISM);
  // The principal is a person: an office stands between باسم and the name ("باسم الرئيس التركي …");
  // in "ناطق باسم الولاية عمر زواك" the name is the spokesman's own.
  const principalTitled = bism > 0 && tokens.slice(bism + 1).some((t, k) => roleHeadAt(tokens, bism + 1 + k) !== null && !tokenText(tokens.slice(bism + 1 + k)).startsWith(name));
  if (principalTitled && !isDefinite(roleWord) && SPOKESPERSON.test(roleWord) && parsed.role.includes(tokens[bism]!.text) && tokenText(tokens.slice(bism)).endsWith(name)) {
    return { ...parsed, name: null, role: `${parsed.role} ${parsed.name}`, kind: 'role', spokespersonOf: true };
  }
  // "رئيس منظمة أطباء بلا حدود": the "name" cut from the end of a listed body ("بلا حدود") is part of
  // the office, which names nobody. A name before the body stays ("الشيخ صالح رئيس مجلس الشورى").
  const body = knownBodyFrom(tokens);
  if (body > 0) {
    const bodyText = tokenText(tokens.slice(body));
    if (bodyText === name || bodyText.endsWith(` ${name}`)) {
      return { ...parsed, name: null, role: `${parsed.role} ${parsed.name}`, kind: 'role' };
    }
  }
  return parsed;
}

/**
 * An outlet's name without the adjectives that describe it: "صحيفة ديلي ميل البريطانية" is
 * "صحيفة ديلي ميل", and the whole phrase is kept as its role, so that an outlet's statements line
 * up under one name in timelines whichever description an article gave it. Only a country's
 * adjective or a press descriptor after a foreign name of the outlet's own: in "قناة العربية" the
 * adjective is the name, and "وكالة الطاقة والموارد الطبيعية اليابانية" is a government's body.
 */
function outletName(tokens: readonly Tok[], text: string, lookup: EntityLookup): { name: string; role: string | null } {
  const whole = { name: text, role: null };
  if (tokens.length < 3) return whole;
  const head = tokens[0]!.norm;
  // Only a foreign name, written without the article ("ديلي ميل", "نوفستي", "كوميرسانت"): an Arabic
  // one is shared by papers of several countries ("صحيفة الوطن السعودية" and "صحيفة الوطن القطرية",
  // "الشروق" of Cairo and of Algiers), whose adjective is what tells them apart; and in "صحيفة الحزب
  // الشيوعي الصيني" the adjective is the party's.
  const foreignName = tokens[1]!.kind === 'word' && !isDefinite(tokens[1]!.norm);
  const outlet =
    (findIn(OUTLET_HEADS, head) !== null && foreignName) ||
    (findIn(SHARED_OUTLET_HEADS, head) !== null && (findIn(OUTLET_HEADS, tokens[1]!.norm) !== null || foreignName));
  if (!outlet) return whole;
  let end = tokens.length;
  while (end > 2 && tokens[end - 1]!.kind === 'word' && describesOutlet(tokens[end - 1]!, lookup)) end--;
  // The name itself must remain: "قناة العربية" has nothing after its head but the adjective.
  if (end === tokens.length || describesOutlet(tokens[end - 1]!, lookup)) return whole;
  if (findIn(SHARED_OUTLET_HEADS, head) !== null && findIn(OUTLET_HEADS, tokens[1]!.norm) === null && end !== 2) return whole;
  return { name: tokenText(tokens.slice(0, end)), role: text };
}

function describesOutlet(t: Tok, lookup: EntityLookup): boolean {
  return isDefinite(t.norm) && (findIn(PRESS_DESCRIPTORS, t.norm) !== null || (NISBA_ENDING.test(t.norm) && lookup.governmentOf(t.text) !== null));
}

/** Definite duals that name two parties, not an office ("الجانبان", "الطرفان", "البلدان"), folded. */
const DUAL_PARTIES: ReadonlySet<string> = new Set(['الجانبان', 'الطرفان', 'البلدان', 'الزعيمان', 'القائدان', 'الرجلان'].map((w) => fold(w)));

/**
 * "الوزيران السعودي والمصري", "الجانبان": a definite dual of an office or of parties heads a subject of
 * two, which later dual verbs continue ("وشددا على…"). A verb before its subject stays singular
 * ("أكد الوزيران"), so the cue's own form says nothing of it. Not "البرلمان" or "السودان": only a
 * dual whose singular is a role head, or a listed pair.
 */
export function headsTwo(phrase: string | null): boolean {
  const first = phrase === null ? '' : fold(phrase.trim().split(/\s+/u)[0] ?? '');
  if (!DEFINITE_DUAL.test(first)) return false;
  return DUAL_PARTIES.has(first) || findIn(ROLE_HEADS, first.slice(2, -2)) !== null;
}

/** One word: و and a sound masculine plural ("وناشطون", "ومسؤولين"). */
const COORDINATED_PLURAL = /^و[^\s]{3,}(?:ون|ين)$/u;

/** parseSpeaker's reading of the span's words (without the bare و tokens). */
function parseSpeakerSpan(spanWords: readonly Tok[], lookup: EntityLookup): ParsedSpeaker | null {
  let tokens = [...spanWords];
  // "معالي وزير الخارجية", "صاحب السمو الأمير": forms of address are not part of the speaker.
  let lead = 0;
  while (lead < tokens.length - 1 && (HONORIFICS.has(tokens[lead]!.norm) || (tokens[lead]!.norm === F_SAHIB && HONORIFICS.has(tokens[lead + 1]!.norm)))) lead++;
  // "خادم الحرمين الشريفين الملك سلمان": the king's title before his title and name is a form of
  // address too; alone, it names him.
  if (tokens[lead]?.norm === F_KHADIM && tokens[lead + 1]?.norm === F_HARAMAYN) {
    const after = lead + (tokens[lead + 2]?.norm === F_SHARIFAYN ? 3 : 2);
    if (after < tokens.length && roleHeadAt(tokens, after) !== null) lead = after;
  }
  if (lead > 0) tokens = tokens.slice(lead);
  // "ولد الشيخ أحمد": a Mauritanian family name opens with ولد and holds a title word; when the
  // article knows the person by it, it is his name, with no role in it.
  if (tokens[0]?.norm === F_WALAD && knownPersonExactly(tokens, lookup)) {
    return { name: tokenText(tokens), role: null, kind: 'person', roleHead: null, roleAdjectives: [], roleGovernments: [], gender: 'masc' };
  }
  // "منظمة السياحة العالمية التابعة للأمم المتحدة": what a body belongs to describes it; its name ends before.
  const affiliated = tokens.findIndex((t, k) => k >= 2 && AFFILIATED.has(t.norm));
  if (affiliated > 0) tokens = tokens.slice(0, affiliated);
  // "ويقول نفس المسؤول", "ذات المصدر": "the same" before a definite role refers back; the role speaks.
  if (tokens.length >= 2 && SAME_WORDS.has(tokens[0]!.norm) && isDefinite(tokens[1]!.norm)) tokens = tokens.slice(1);
  // A compound nisba written apart ("الشرق أوسطي") and "الغير + adjective" ("المنظمة الغير ربحية")
  // are one adjective of the role, never a name.
  tokens = joinedAdjectives(tokens);
  // "وقال ساكن يدعى أبو بكر جاء إلى السوق": the name after يدعى is a word or two (three with a kunya
  // or عبد); what follows is the clause going on. The description before it is the role.
  const naming = tokens.findIndex((t, k) => k > 0 && NAMING_WORDS.has(t.norm));
  if (naming > 0 && naming + 1 < tokens.length && findIn(QUANTIFIER_HEADS, tokens[0]!.norm) === null) {
    const connector = KUNYA.has(tokens[naming + 1]!.norm) || tokens[naming + 1]!.norm === F_ABD;
    // After a kunya or عبد, a third word only when it is a family name in ال ("أبو بكر البغدادي").
    const third = tokens[naming + 3];
    const length = connector && third !== undefined && isDefinite(third.norm) ? 3 : 2;
    tokens = [...tokens.slice(0, naming), ...tokens.slice(naming + 1, naming + 1 + length)];
  }
  // "ووزارة الداخلية إذ تعلن…": إذ opens a clause about the subject; the subject ends before it.
  const idh = tokens.findIndex((t, k) => k > 0 && t.norm === F_IDH);
  if (idh > 0) tokens = tokens.slice(0, idh);
  // The cue's object after the subject ("نتنياهو القول", "خلاله أهمية") is cut first, so that what
  // remains is read as the subject alone.
  tokens = withoutAddressedOutlet(withoutCueObject(firstOfJointSources(tokens, lookup)));
  // "وأوضح مسبقاً أن…", "وأكد الوزير مجدداً": a word written with tanwīn fatḥ is an adverb or an
  // object; no name carries it. The speaker ends before it.
  // "وزير الخارجية سابقاً عمرو موسى": an adverb of the office inside the span is dropped, not cut at.
  // The most common such adverbs are often written without their tanwīn ("أعلن رسميا", "كشف سابقا").
  tokens = tokens.filter((t) => !(isAdverb(t) && OFFICE_ADVERBS.has(t.norm.replace(/[اى]$/u, ''))));
  // Listed adverbs before the subject ("وقال حينها ترامب", "وأكد مجدداً الوزير") are skipped; another
  // word in -ًا there is the verb's object ("رفضت طلباً تقدمت به…"), and nobody is named.
  const subjectStart = tokens.findIndex((t) => !(isAdverb(t) && BARE_ADVERBS.has(t.norm.replace(/ً/gu, ''))));
  if (subjectStart >= 0 && isAdverb(tokens[subjectStart]!)) return null;
  if (subjectStart < 0) return null;
  tokens = tokens.slice(subjectStart);
  const adverb = tokens.findIndex(isAdverb);
  if (adverb > 0) tokens = tokens.slice(0, adverb);
  if (tokens.length === 0) return null;
  // "قال 35% إنهم…", "قال ما مجموعه 54% من المستطلعين": a share or a count of people (sentence.ts
  // numberSubject) is a group nobody names.
  const number = tokens.findIndex((t) => t.kind === 'number');
  if (number >= 0 && number <= 2 && tokens.slice(0, number).every((t) => t.kind === 'word' && t.norm.length <= 6)) {
    return unnamedSpeaker(tokenText(tokens).replace(/ (?=[%٪])/gu, ''), 'plural');
  }
  // "ورأى اثنان في المئة", "قال ثلاثة من الجرحى": a count in words, like the one in digits.
  if (SPELLED_COUNTS.has(tokens[0]!.norm)) return unnamedSpeaker(tokenText(tokens), 'plural');
  // "قالوا بوضوح إنهم…": a manner adverb; the speaker is the one already named.
  if (MANNER_ADVERBS.has(tokens[0]!.norm)) return null;
  const phrase = tokens.map((t) => t.norm).join(' ');
  // "أحدهم", "بعضهم", "هؤلاء": someone of a group the article mentioned, not a name.
  if (UNNAMED_PRONOUNS.has(phrase)) return unnamedSpeaker(tokenText(tokens), 'unknown');
  // "إذ قال إن…", "من جانبه، …", "أكد خلالها أن…", "ومضى قائلاً", "بهذا الخصوص": a conjunction or an
  // adverb of the sentence read as its subject; the speaker is the one the article was quoting.
  if (tokens.length <= 3 && CONTINUING_WORDS.has(phrase)) return null;
  // "من جانبه بين الدكتور جاسر الحربش…": the verb بيّن (explained), unvowelled, after the adverb;
  // its subject follows it.
  const bayyana = tokens.length > 2 && CONTINUING_WORDS.has(tokens[0]!.norm) ? 1 : 0;
  if (tokens.length > bayyana + 1 && (tokens[bayyana]!.norm === F_BAYYANA || tokens[bayyana]!.norm === F_WA_BAYYANA) &&
    (roleHeadAt(tokens, bayyana + 1) !== null || findIn(ORG_HEADS, tokens[bayyana + 1]!.norm) !== null)) tokens = tokens.slice(bayyana + 1);
  // "كشف النقاب عن", "لفت النظر إلى", "اكتفى بالقول", "ما ورد": the verb's object or a filler, not
  // a speaker, and nothing says who spoke. Nor in "قال لي إن…", "والحقائق تقول لنا إن…": the words
  // were said to the writer, who said them is not in the span (116 statements had "لي" as their
  // speaker in SaudiNewsNet), and the previous speaker would often be the wrong one.
  if ((tokens.length <= 2 && NOBODY_WORDS.has(phrase)) || (tokens.length === 1 && LAM_PRONOUNS.has(phrase))) return unnamedSpeaker(null, 'unknown');
  // "تقارير إعلامية", "المعلومات", "البيانات": reports nobody is named as issuing are the speaker's role, not a name.
  if (tokens.length <= 3 && UNISSUED_REPORTS.has(tokens[0]!.norm)) return unnamedSpeaker(tokenText(tokens), 'plural');
  // "قال صلى الله عليه وسلم": the eulogy of the Prophet, whom it stands for; no name is written.
  if (tokens.length >= 2 && tokens[0]!.norm === F_SALLA && tokens[1]!.norm === F_ALLAH) return unnamedSpeaker('صلى الله عليه وسلم', 'masc');
  // "وأكد أهمية مواجهة الإرهاب", "أكد حرص الولايات المتحدة على…": the cue's object; the speaker is
  // the one being quoted. So is بـ glued to a masdar or participle ("ونوه بمساهمات الجهات", "أشاد
  // بإنجازات"): no name opens so.
  if (OBJECT_NOUNS.has(tokens[0]!.norm) || (GLUED_BI_OBJECT.test(tokens[0]!.text) && !FIRST_NAMES.has(tokens[0]!.norm))) return null;
  // "والد الشهيد", "ذوو الشهداء", "شقيق الضحية محمد": a relative of someone; a name after it is
  // usually the one he is related to, so nobody is named.
  // Not "زوجة الرئيس الأمريكي ميشيل أوباما": after a relative of an office holder, the name is the relative's.
  if (tokens.length >= 2 && KINSHIP_HEADS.has(tokens[0]!.norm) && roleHeadAt(tokens, 1) === null && (isDefinite(tokens[1]!.norm) || KINSHIP_HEADS.has(tokens[1]!.norm.replace(/^و/u, '')))) {
    return unnamedSpeaker(tokenText(tokens), tokens.length === 2 && PLURAL_KINSHIP_HEADS.has(tokens[0]!.norm) ? 'plural' : 'unknown');
  }
  // "سموه", "معاليه", "سماحته" (and "سموه لدى استقباله…"): an honorific with a pronoun points back to a person (see resolve.ts).
  if (HONORIFIC_PRONOUNS.has(tokens[0]!.norm) && (tokens.length === 1 || OCCASION_WORDS.has(tokens[1]!.norm))) {
    const gender: CueGender = tokens[0]!.norm.endsWith('ها') ? 'fem' : 'masc';
    return { name: null, role: tokens[0]!.text, kind: 'honorific', roleHead: null, roleAdjectives: [], roleGovernments: [], gender };
  }
  const quantified = unnamedGroup(tokens);
  if (quantified) return quantified;
  // "دراسة بريطانية": an indefinite document with a country's adjective, which says whose it is.
  const describedDocument = tokens.length <= 3 && tokens.slice(1).every((t) => isCountryAdjective(t, lookup));
  if (tokens.length === 1 || (tokens.length <= 3 && isDefinite(tokens[0]!.norm)) || describedDocument) {
    if (findIn(DOCUMENT_HEADS, tokens[0]!.norm) !== null) {
      const gender: CueGender = tokens[0]!.norm.endsWith('ه') ? 'fem' : 'masc';
      return { name: null, role: tokenText(tokens), kind: 'document', roleHead: null, roleAdjectives: [], roleGovernments: [], gender };
    }
    // "وفقاً للبيانات الرسمية", "بحسب حصيلة": figures whose compiler is not named are an unnamed
    // source, never a name the next subject-less cue would continue.
    if (findIn(FIGURE_HEADS, tokens[0]!.norm) !== null) {
      return { name: null, role: tokenText(tokens), kind: 'role', roleHead: null, roleAdjectives: [], roleGovernments: [], gender: 'unknown' };
    }
  }
  tokens = withoutObjectAfterPlace(tokens, lookup);
  // "أطباء بلا حدود", "منظمة أطباء بلا حدود": a listed body that is the span is one noun phrase,
  // though a word of its name reads as a role ("أطباء"); see parseSpeaker for an office before it.
  const body = knownBodyFrom(tokens);
  if (body === 0 || (body === 1 && findIn(ORG_HEADS, tokens[0]!.norm) !== null)) {
    return { name: tokenText(tokens), role: null, kind: 'org', roleHead: null, roleAdjectives: [], roleGovernments: [], gender: tokens[0]!.norm.endsWith('ه') ? 'fem' : 'masc' };
  }
  let h = -1;
  let head: { base: string; gender: CueGender } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    // "عبداللطيف آل الشيخ", "آل سعود": after آل (a family's name, "ال" once folded) no word is a role.
    if (k > 0 && tokens[k - 1]!.norm === F_AL_FAMILY) continue;
    head = roleHeadBase(tokens, k) ?? memberHead(tokens, k);
    if (head) {
      h = k;
      break;
    }
  }
  if (h < 0) tokens = withoutObjectCountry(tokens, lookup);
  const text = tokenText(tokens);
  // "فيما واصل الرئيس الإيراني حسن روحاني دفاعه… وقال", "برأ اللاعب حمد الجهيم …، عندما أكد": the
  // clause's own verb before a definite role is no part of the speaker. Only listed verbs: a noun in
  // iḍāfa with the role ("مرافق الرئيس", "حليف الرئيس") is the speaker.
  if (h === 1 && isDefinite(tokens[1]!.norm) && NARRATION_VERBS.has(tokens[0]!.norm) && lookup.resolve(tokens[0]!.text) === null) {
    tokens = tokens.slice(1);
    h = 0;
  }
  const firstIsOrg = findIn(ORG_HEADS, tokens[0]!.norm) !== null;
  if (h < 0 || (firstIsOrg && h > 0)) {
    if (firstIsOrg) {
      const anaphoric = tokens.length === 1 && isDefinite(tokens[0]!.norm) && findIn(ANAPHORIC_ORG_HEADS, tokens[0]!.norm) !== null;
      const gender: CueGender = tokens[0]!.norm.endsWith('ه') ? 'fem' : 'masc';
      return anaphoric
        ? { name: null, role: text, kind: 'org-anaphor', roleHead: findIn(ANAPHORIC_ORG_HEADS, tokens[0]!.norm), roleAdjectives: [], roleGovernments: [], gender }
        : { ...outletName(tokens, text, lookup), kind: 'org', roleHead: null, roleAdjectives: [], roleGovernments: [], gender };
    }
    // A body the entity analysis knows as an organization ("البيت الأبيض") speaks as itself, even
    // when it stands for a government: the gold and the reader name the body, not the state.
    if (lookup.resolve(text)?.type === 'organization') {
      return { name: text, role: null, kind: 'org', roleHead: null, roleAdjectives: [], roleGovernments: [], gender: tokens[0]!.norm.endsWith('ه') ? 'fem' : 'masc' };
    }
    // A surname that reads like a nisba ("السويدي", "المصري") is the person the article names so.
    const person = lookup.resolve(text, 'person');
    // A lone indefinite nisba ("بحسب تركماني") is a family name: a state speaks by its own name
    // ("قالت تركيا") or a definite adjective ("الجانب التركي"), never by a bare adjective.
    const bareNisba = tokens.length === 1 && !isDefinite(tokens[0]!.norm) && tokens[0]!.norm.endsWith('ي') && lookup.resolve(text)?.type !== 'country';
    if (lookup.isPlace(text) && !bareNisba && !(person !== null && person.type === 'person')) {
      return { name: lookup.governmentOf(text), role: text, kind: 'place', roleHead: null, roleAdjectives: [], roleGovernments: [], gender: 'fem' };
    }
    // "المهندس فهد بن محمد الجبير أمين المنطقة الشرقية", "في البداية أشاد مطلق البقمي بما …": a
    // span no entity answers to, around a person the article knows, is that person; a short
    // description after the name is the role.
    const inside = lookup.resolve(text) === null ? personInside(tokens, lookup, true) : null;
    if (inside) {
      const after = tokens.slice(inside.end);
      const described = after.length > 0 && after.length <= MAX_TRAILING_ROLE_WORDS ? roleHeadBase(after, 0) : null;
      const nameToks = tokens.slice(inside.start, inside.end);
      if (described) {
        const gender = described.gender !== 'unknown' ? described.gender : nameGender(nameToks);
        return { name: tokenText(nameToks), role: tokenText(after), kind: 'person', roleHead: described.base, ...officeWords(after, lookup), gender };
      }
      return { name: tokenText(nameToks), role: null, kind: 'name', roleHead: null, roleAdjectives: [], roleGovernments: [], gender: nameGender(nameToks) };
    }
    return { name: text, role: null, kind: 'name', roleHead: null, roleAdjectives: [], roleGovernments: [], gender: nameGender(tokens) };
  }
  // "سعيد الشهراني صاحب شركة سيارات", "أحمد العتيبي أحد زوار المهرجان": a description after the
  // name runs to the end of the span (indefinite iḍāfa included), which roleEnd would cut.
  const describedAfterName = h >= 2 && (DESCRIPTION_HEADS.has(head!.base) || MEMBER_HEADS.has(head!.base)) && tokens.length - h <= MAX_APPOSITION_WORDS;
  const r = describedAfterName ? tokens.length : (h === 0 ? tradeRoleEnd(tokens, head!.base) : null) ?? roleEnd(tokens, h, lookup);
  // One word before the head that names nobody the article knows is part of the title, not a name
  // ("معاون وزير النفط رامي العلي", "مراسل …"): the name, if any, follows the role.
  const prefixIsTitle = h === 1 && lookup.resolve(tokens[0]!.text, 'person') === null && findIn(FEMALE_FIRST_NAMES, tokens[0]!.norm) === null && r < tokens.length;
  let roleToks = tokens.slice(prefixIsTitle ? 0 : h, r);
  let nameToks = h > 0 && !prefixIsTitle ? tokens.slice(0, h) : tokens.slice(r);
  // The head of a title before the name when the office follows it ("العميد" of "العميد … قائد اللواء"),
  // and the office's words: references match the office's head and adjectives.
  let titleHead: string | undefined;
  let officeToks: Tok[] | null = null;
  if (h === 0 && nameToks.length > 0) {
    // "وقال محافظ حمص للتلفزيون": a لِلـ word after the role is the audience, never a name.
    const addressee = nameToks.findIndex((t) => ADDRESSEE.test(t.norm));
    if (addressee === 0) nameToks = [];
    // "مصدر عسكري موال للنظام", "مصادر مطلعة داخل الحكومة", "قائد ميداني لجبهة …": after an
    // indefinite head, a describing word (nisba, participle) is no name; the whole span is the role.
    else if (!isNameTitle(roleHeadAt(tokens, r - 1)) && describesUnnamed(tokens, nameToks, lookup)) {
      roleToks = tokens.slice();
      nameToks = [];
    }
    // "مصدر مسؤول بمجلس إدارة اتحاد الكرة", "مدير بوزارة الصحة": بـ + a body after the role is
    // where the official works; with no person the article knows after it, nobody is named.
    else if (bodyAfterBi(nameToks[0]!) && personInside(nameToks, lookup, false) === null) {
      roleToks = tokens.slice();
      nameToks = [];
    }
  }
  // "المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم علي بن عمير الشهراني", "اللواء منصور التركي
  // المتحدث الأمني لوزارة الداخلية": when the words read as the name are no entity but hold a person
  // the article knows, the words before that person still describe him (place, rank), a role head
  // after him opens a second description, and anything else after him is not the speaker (an object).
  const titledOffice = h === 0 && isNameTitle(head!.base) && nameToks.length > 1 ? nameBeforeOffice(nameToks) : null;
  if (nameToks.length > 1 && (lookup.resolve(tokenText(nameToks)) === null || titledOffice !== null)) {
    // "السيد حسن نصر الله الأمين العام لحزب الله": after a title, an office after the name is his
    // role, even when the entity analysis took the whole run for the person.
    const inside = (titledOffice === null ? personInside(nameToks, lookup, false) : null) ?? titledOffice;
    if (inside) {
      const before = nameToks.slice(0, inside.start);
      const after = nameToks.slice(inside.end);
      const described = after.length > 0 ? roleHeadBase(after, 0) : null;
      roleToks = [...roleToks, ...(h === 0 ? before : []), ...(described ? after : [])];
      nameToks = nameToks.slice(inside.start, inside.end);
      // "الشيخ شعبان موباجا مفتي أوغندا": the office after the name, not the title before it, is what
      // a later "المفتي" refers to.
      if (described) {
        if (h === 0) titleHead = head!.base;
        head = described;
        officeToks = after;
      }
    }
  }
  // "المقدم في البرنامج": a name never opens with a preposition; the words are the role's. Nor with
  // لـ + an outlet ("مراسل لموقع عنب بلدي": the reporter's employer).
  if (nameToks.length > 0 && (opensWithPreposition(nameToks[0]!) || outletAfterLam(nameToks[0]!))) {
    roleToks = [...roleToks, ...nameToks];
    nameToks = [];
  }
  // "وزير خارجيتها لوران فابيوس", "رئيس وزرائها", "الناطق باسمها": a noun with a possessive pronoun
  // right after the office's head (or باسمه/باسمها) is the office's own complement ("its foreign
  // minister"), not the first word of a name, unless the article knows the name as written
  // ("بريجيته تسيبريز").
  const officeEnds = roleToks.length > 0 && (roleHeadAt(roleToks, roleToks.length - 1) !== null || BISM_PRONOUNS.has(nameToks[0]?.norm ?? ''));
  if (nameToks.length > 1 && officeEnds && POSSESSED_NOUN.test(nameToks[0]!.text) && !FIRST_NAMES.has(nameToks[0]!.norm) && !knownPersonExactly(nameToks, lookup)) {
    roleToks = [...roleToks, nameToks[0]!];
    nameToks = nameToks.slice(1);
  }
  nameToks = withoutObjectCountry(nameToks, lookup, true);
  let gender = head!.gender;
  if (gender === 'unknown' && nameToks.length > 0) gender = nameGender(nameToks);
  return {
    name: nameToks.length > 0 ? tokenText(nameToks) : null,
    role: tokenText(roleToks),
    kind: nameToks.length > 0 ? 'person' : 'role',
    roleHead: head!.base,
    ...officeWords(officeToks ?? roleToks, lookup),
    gender,
    ...(titleHead !== undefined ? { titleHead } : {}),
    ...(nameToks.length > 0 && isBareTitle(roleToks) ? { bareTitle: true } : {}),
  };
}

/**
 * A verbal noun with a possessive pronoun, of the shapes a cue takes as its object after its subject
 * ("جدد نتانياهو تحذيره من أن", "أبدى وكيل الإمارة إعجابه بما", "البارزاني مبدياً استغرابه"): تفعيل,
 * إفعال, افتعال, استفعال and their plurals, in the written text (ة is not ه there: "أسامة" stays a name).
 */
const OBJECT_MASDAR = /^[وف]?(?!ال)(?:ت[\u0621-\u064A]{3,}|[اإأ][\u0621-\u064A]{3,})(?:ه|ها|هم|هما)$/u;

/**
 * A listed object of a cue (folded): "القول", "تحذيره"-like possessed nouns of POSSESSED_OBJECTS, and
 * what a cue of emphasis takes, bare or definite ("أهمية", "الحرص").
 */
function listedCueObject(norm: string): boolean {
  return CUE_OBJECT_WORDS.has(norm) || POSSESSED_OBJECTS.has(norm) || OBJECT_NOUNS.has(norm) || (norm.startsWith('ال') && OBJECT_NOUNS.has(norm.slice(2)));
}

/**
 * An indefinite listed proposition or event noun ("سقوط", "وضع", "أهمية"): right after a reporting
 * verb it opens the verb's object, since no sayer is named so ("كما أكد سقوط قذائف على المدينة").
 */
export function opensProposition(tok: Tok): boolean {
  return tok.kind === 'word' && !isDefinite(tok.norm) && OBJECT_NOUNS.has(tok.norm);
}

/**
 * A verbal noun with a pronoun that a cue of emphasis takes as its proposition: a listed one
 * ("حرصه", "رفضها", "دعمه") or a تفعّل/استفعال form ("تأكيدها", "استعدادهم"); not the إفعال shape,
 * which is as often a plain noun ("أرباحها").
 */
export function isPossessedObject(tok: Tok): boolean {
  if (tok.kind !== 'word') return false;
  return POSSESSED_OBJECTS.has(tok.norm) || (masdarWithPronoun(tok) && /^[وف]?(?:ت|است)/u.test(tok.text));
}

/** A verbal noun shape with a possessive pronoun (OBJECT_MASDAR) that is no first name. */
function masdarWithPronoun(tok: Tok): boolean {
  return OBJECT_MASDAR.test(tok.text) && !FIRST_NAMES.has(tok.norm);
}

/** The word is a cue's object, not part of the speaker before it. */
function isCueObject(tok: Tok): boolean {
  if (tok.kind !== 'word') return false;
  return listedCueObject(tok.norm) || masdarWithPronoun(tok);
}

/**
 * The span up to the cue's object, when one follows the subject ("نتنياهو القول", "نتانياهو تحذيره",
 * "الجانبان الحرص"). Never inside a role or a body's name: after a role head, a quantifier, a noun in
 * construct (ة, a plural in ات, "عبد", a body's head: "وزيرة التضامن", "قوات الدعم", "جبهة الرفض",
 * "مجلس إدارتها", "أحد أعضائها") or a ل/ب-word ("لحركة حق"); the definite forms of the object
 * nouns ("الحق", "الدعم") only after a definite word.
 */
function withoutCueObject(tokens: Tok[]): Tok[] {
  let k = cueObjectIndex(tokens);
  // "مسؤول كردي طالبا عدم كشف اسمه": the participle that asks for the object goes with it.
  if (k > 1 && ASKING_PARTICIPLES.has(tokens[k - 1]!.norm)) k--;
  return k > 0 ? tokens.slice(0, k) : tokens;
}

/**
 * Where, inside a speaker span, a verbal noun with the subject's pronoun stands as the cue's object
 * ("حركة حسم مسؤوليتها", "الوزير حرصه"): its index in `tokens`, or -1. Only after a word that
 * can end a subject (objectMayFollow), never first (the span's first word is the subject).
 */
export function possessedObjectIn(tokens: readonly Tok[]): number {
  const k = cueObjectIndex(tokens);
  return k > 0 && isPropositionNoun(tokens[k]!) ? k : -1;
}

/** The first word of `tokens` (a speaker span) that is the cue's object rather than the subject's, or -1. */
export function cueObjectIndex(tokens: readonly Tok[]): number {
  return tokens.findIndex((t, i) => i > 0 && isCueObject(t) && objectMayFollow(tokens, i));
}

/**
 * A noun that opens a cue's proposition after its subject: an abstract or event noun of
 * OBJECT_NOUNS ("أهمية", "سقوط"), or a verbal noun with a pronoun, listed (POSSESSED_OBJECTS) or
 * in a shape no verb has: استفعال (hollow too: "استعادتها"), تفعيل, تفاعل ("استعدادها", "تحذيره", "تضامنه"). "استهدفها"
 * (a verb: "targeted it") is none.
 */
export function isPropositionNoun(tok: Tok): boolean {
  return tok.kind === 'word' && (POSSESSED_OBJECTS.has(tok.norm) || OBJECT_NOUNS.has(tok.norm) || (PROPOSITION_MASDAR.test(tok.text) && !FIRST_NAMES.has(tok.norm)));
}

const PROPOSITION_MASDAR = /^[وف]?(?:است[\u0621-\u064A]{2}ا[\u0621-\u064A]|است[\u0621-\u064A]ا[\u0621-\u064A]ت|ت[\u0621-\u064A]{2}ي[\u0621-\u064A]|ت[\u0621-\u064A]ا[\u0621-\u064A]{2})(?:ه|ها|هم|هما)$/u;

/** "the same" before a role ("نفس المسؤول", "ذات المصدر"), folded. */
const SAME_WORDS: ReadonlySet<string> = new Set(['نفس', 'ذات'].map((w) => fold(w)));
const F_GHAYR = fold('الغير');
const F_SHARQ = fold('الشرق');

/**
 * Tokens with "الغير ربحية" and "الشرق أوسطي" each made one word (the second glued to the first's
 * text), so that a role reads them as one adjective and no name is cut from them.
 */
function joinedAdjectives(tokens: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const compound = next !== undefined && next.kind === 'word' && !isDefinite(next.norm) && NISBA_ENDING.test(next.norm) &&
      (t.norm === F_GHAYR || (t.norm === F_SHARQ && next.norm.startsWith(fold('أوسط'))));
    if (compound) {
      out.push({ ...t, text: `${t.text} ${next.text}`, norm: `${t.norm}${next.norm}`, end: next.end });
      i++;
    } else out.push(t);
  }
  return out;
}

/** Participles, written without their tanwīn, that ask for anonymity after a speaker ("طالبا عدم ذكر اسمه"). */
const ASKING_PARTICIPLES: ReadonlySet<string> = new Set(['طالبا', 'مشترطا', 'مفضلا', 'رافضا'].map(fold));

function objectMayFollow(tokens: readonly Tok[], i: number): boolean {
  const prev = tokens[i - 1]!;
  const p = prev.norm;
  const t = tokens[i]!.norm;
  // After an indefinite role head the word is its complement ("وزيرة التضامن"); a definite one
  // ("المحافظ حرص الأمير") cannot take one. The same for a body's head: "قوات الدعم" is a name, but
  // "المتحدث باسم الشرطة مقتل شخص" has the object after the definite body.
  if (prev.kind !== 'word' || (roleHeadAt(tokens, i - 1) !== null && !isDefinite(p)) || p === F_ABD || CONSTRUCT_WORDS.has(p) || (findIn(ORG_HEADS, p) !== null && !isDefinite(p))) return false;
  // "لحركة حق", "بمجلس الدعم": a noun glued to a preposition heads what follows (not لدى, بين…).
  if (!isDefinite(p) && p.length > 3 && (p.startsWith('ل') || p.startsWith('ب')) && !FIRST_NAMES.has(p)) return false;
  const listed = listedCueObject(t);
  // A verbal noun with a pronoun ("أحد أعضائها", "مجلس إدارتها", "قوات تحريرها") after a quantifier
  // or a plural in ات is the group's or the body's.
  if (!listed) return !QUANTIFIER_HEADS.has(p) && !MEMBER_HEADS.has(p) && !(p.endsWith('ات') && !isDefinite(p));
  // A listed object after a noun in construct ("لجنة النظر", "جبهة الرفض", "قوات الدعم") names it;
  // a definite word is in construct with nothing ("الحكومة التركية موقفها").
  if ((prev.text.endsWith('ة') || p.endsWith('ات')) && !isDefinite(p)) return false;
  // The definite forms ("الدعم", "الحق", "التضامن") only after a definite word ("الجانبان الحرص").
  return !isDefinite(t) || isDefinite(p) || CUE_OBJECT_WORDS.has(t);
}

const F_ABD = fold('عبد');
const F_IHDA = fold('إحدى');
/** Words that head an iḍāfa inside a title or a body's name: "أمين عام اتحادها", "حزب الحق". */
const CONSTRUCT_WORDS: ReadonlySet<string> = new Set(['عام', 'حزب', 'تيار', 'حركة', 'ملف', 'قسم', 'إدارة', 'شؤون'].map((w) => fold(w)));

/** Trades that describe a citizen after his name (ROLE_HEADS lists them too). */
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set(['صاحب', 'تاجر', 'بائع'].map((w) => fold(w)));

/**
 * Where a role opened by an indefinite trade with an indefinite complement ends: "صاحب محل",
 * "تاجر سيارات" take their complement, and a first name after it opens the name ("صاحب محل محمد
 * الزهراني"); with none, the whole span is the role. Null for other roles: a definite trade
 * ("البائع سعيد بن سالم") or one with a definite complement ("تاجر الذهب أبو فهد") is followed by
 * the name, as any definite role is.
 */
function tradeRoleEnd(tokens: readonly Tok[], head: string): number | null {
  if (!DESCRIPTION_HEADS.has(head) || isDefinite(tokens[0]!.norm) || isDefinite(tokens[1]?.norm ?? 'ال')) return null;
  const name = tokens.findIndex((t, k) => k >= 2 && FIRST_NAMES.has(t.norm));
  return name > 0 ? name : tokens.length;
}

/**
 * "أحمد العتيبي أحد المتعاملين": a quantifier after two name words or more opens the description
 * of the named person; its head, or null.
 */
function memberHead(tokens: readonly Tok[], k: number): { base: string; gender: CueGender } | null {
  if (k < 2 || !MEMBER_HEADS.has(tokens[k]!.norm)) return null;
  return { base: tokens[k]!.norm, gender: tokens[k]!.norm === F_IHDA ? 'fem' : 'unknown' };
}

/**
 * A name's words up to a country after it: "دعا أبو ردينة إسرائيل للتوقف", "اتهم الشيخ راشد آل خليفة
 * إيران بالتورط", "ودعا الرئيس هادي الصين": a state (or its capital) after two name words or more, or
 * after a role and a name the article knows as a person's, is the cue's object; no name ends with one.
 */
function withoutObjectCountry(nameToks: Tok[], lookup: EntityLookup, afterRole = false): Tok[] {
  const last = nameToks.length - 1;
  if (last < 1) return nameToks;
  const t = nameToks[last]!;
  // A state whose name has the article ("ودعا الرئيس هادي الصين إلى …") is one too, read as the country
  // itself, not as a family name in ال.
  const definiteState = isDefinite(t.norm) && lookup.resolve(t.text)?.type === 'country';
  if (t.kind !== 'word' || (isDefinite(t.norm) && !definiteState) || NISBA_ENDING.test(t.norm) || lookup.governmentOf(t.text) === null || isFamilyNameOf(t, lookup)) return nameToks;
  const before = nameToks.slice(0, last);
  // One word before it only after a role, when that word is a person the article names ("الرئيس
  // هادي" for عبد ربه منصور هادي).
  if (last < 2 && (!afterRole || !namesKnownPerson(before[0]!, lookup))) return nameToks;
  if (last < 2) return before;
  // Only after a person's name: a first name, a kunya or a family (آل) among the words, none of
  // them a body or a place ("مقاتلو طالبان باكستان", "بيانات بورصة موسكو" keep their state).
  if (isDefinite(before[0]!.norm)) return nameToks;
  const named = before.some(looksLikeNamePart);
  const bodies = before.some((w) => { const type = lookup.resolve(w.text)?.type; return type === 'organization' || type === 'country' || type === 'location'; });
  return named && !bodies ? before : nameToks;
}

/**
 * An indefinite nisba of a country ("بريطانية", "أمريكي"), as the entity analysis knows countries:
 * what a document keeps after its head ("دراسة بريطانية"), read alike where the span is cut
 * (sentence.ts) and where it is parsed (here).
 */
export function isCountryAdjective(tok: Tok, lookup: EntityLookup | null): boolean {
  return lookup !== null && tok.kind === 'word' && !isDefinite(tok.norm) && NISBA_ENDING.test(tok.norm) && lookup.governmentOf(tok.text) !== null;
}

/**
 * The word is the family name of a person the article names in full ("هادي" of "عبد ربه منصور
 * هادي"). A one-word person is no evidence: it may be this very span, read as a speaker before.
 */
function namesKnownPerson(word: Tok, lookup: EntityLookup): boolean {
  const person = lookup.resolve(word.text, 'person');
  const words = person?.type === 'person' ? person.name.split(/\s+/u) : [];
  return words.length >= 2 && fold(words[words.length - 1]!) === word.norm;
}

/** Adverbs of an office, without their alif of tanwīn ("سابقاً", "حالياً"), folded. */
const OFFICE_ADVERBS: ReadonlySet<string> = new Set(['سابق', 'حالي', 'مؤقت'].map((w) => fold(w)));

/**
 * Adverbs in -ًا that news copy often writes without the tanwīn, adverbs of time that point back
 * to a moment ("قال ماكينزي حينها", "آنذاك"), and "during it" ("أعلنت الوزارة خلاله"): no name is spelt so.
 */
const BARE_ADVERBS: ReadonlySet<string> = new Set(
  ['سابقا', 'حاليا', 'مؤقتا', 'رسميا', 'لاحقا', 'مجددا', 'مؤخرا', 'شخصيا', 'أيضا', 'علنا', 'مسبقا', 'حينها', 'حينذاك', 'آنذاك', 'وقتها', 'يومها', 'خلاله', 'خلالها', 'جميعا', 'معا'].map((w) => fold(w)),
);

/** A word written with tanwīn fatḥ, or a listed adverb written without it. */
function isAdverb(t: Tok): boolean {
  return t.kind === 'word' && (TANWIN_FATH.test(t.text) || BARE_ADVERBS.has(t.norm));
}

/** A word ending in tanwīn fatḥ, written on the alif or before it ("مسبقاً", "مسبقًا"). */
const TANWIN_FATH = /(?:اً|ًا|ىً|ةً)$/u;

/** The word reads as part of a person's name: a listed first name, a kunya or آل. */
export function looksLikeNamePart(tok: Tok): boolean {
  return FIRST_NAMES.has(tok.norm) || KUNYA.has(tok.norm) || tok.norm === F_AL_FAMILY;
}

/** A nisba adjective ("بلجيكية", "يمنية") describes a body; only a state's own name is an object. */
const NISBA_ENDING = /(?:ي|يه|يون|يين)$/u;
const KUNYA: ReadonlySet<string> = new Set(['أبو', 'ابو', 'أم', 'ام'].map((w) => fold(w)));

/** A title and nothing but its qualifiers: "الدكتور", "العميد ركن طيار", "اللواء المتقاعد". */
function isBareTitle(roleToks: readonly Tok[]): boolean {
  if (roleToks.length === 0 || !isNameTitle(roleHeadAt(roleToks, 0))) return false;
  return roleToks.every((t, k) => k === 0 || RANK_QUALIFIERS.has(t.norm) || TITLE_QUALIFIERS.has(t.norm) || t.norm === F_AWWAL);
}

/** What a later reference matches in an office after its head: its definite adjectives and the governments they name. */
function officeWords(office: readonly Tok[], lookup: EntityLookup): Pick<ParsedSpeaker, 'roleAdjectives' | 'roleGovernments'> {
  const rest = office.slice(1);
  return { roleAdjectives: rest.filter((t) => isDefinite(t.norm)).map((t) => t.norm), roleGovernments: governments(rest, lookup) };
}

/**
 * "وفق ما أفاد المرصد السوري لحقوق الإنسان ومصدر طبي": sources joined by و speak together, and a
 * joint statement is given to the first (the others are its aliases for a reader). The cut is made
 * at a و-word heading a role or body only when the words before it are already a speaker of their
 * own (a body, or a name the entity analysis knows): "نائب رئيس الوزراء ووزير الخارجية" is one man.
 */
function firstOfJointSources(tokens: Tok[], lookup: EntityLookup): Tok[] {
  for (let k = 1; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (norm.length < 4 || norm[0] !== 'و') continue;
    const bare = norm.slice(1);
    if (findIn(ROLE_HEADS, bare) === null && findIn(ORG_HEADS, bare) === null) continue;
    const prefix = tokens.slice(0, k);
    const known = lookup.resolve(tokenText(prefix));
    if (findIn(ORG_HEADS, prefix[0]!.norm) !== null || (known !== null && (known.type === 'person' || known.type === 'organization'))) return prefix;
    return tokens;
  }
  return tokens;
}

/**
 * A government speaker is one place name; an organization, role or place after it is the verb's
 * object ("وطالبت إريتريا مجلس الأمن بـ…", "واتهمت موسكو واشنطن بـ…"), and a definite noun after it
 * describes it ("قالت روسيا الحليف الرئيسي للأسد"): the span is cut after the place.
 */
function withoutObjectAfterPlace(tokens: Tok[], lookup: EntityLookup): Tok[] {
  for (let n = Math.min(2, tokens.length - 1); n >= 1; n--) {
    const prefix = tokens.slice(0, n);
    if (!lookup.isPlace(tokenText(prefix))) continue;
    const next = tokens[n]!;
    // Not a nisba ("الكونغرس الأميركي"): an adjective agrees with the speaker, it is no object.
    // A definite noun that is not a nisba describes the place in apposition ("روسيا الحليف الرئيسي
    // للأسد"): the place alone speaks, as with an object.
    const apposition = isDefinite(next.norm) && findIn(ORG_HEADS, next.norm) === null;
    const objectStarts = (apposition || findIn(ORG_HEADS, next.norm) !== null || roleHeadAt(tokens, n) !== null) && !NISBA.test(next.norm);
    // "الولايات المتحدة" is one place: only cut where the rest is not part of it.
    if (objectStarts && !lookup.isPlace(tokenText(tokens.slice(0, n + 1)))) return prefix;
  }
  return tokens;
}

function governments(toks: readonly Tok[], lookup: EntityLookup): string[] {
  const out: string[] = [];
  for (const t of toks) {
    const g = lookup.governmentOf(t.text);
    if (g !== null && !out.includes(g)) out.push(g);
  }
  return out;
}

/**
 * "أحد سكان البلدة", "عدد من الحاضرين", "البعض": a quantifier opens an unnamed group or member. The
 * whole phrase is the role; a name given with "ويدعى" in apposition is the name.
 */
function unnamedGroup(tokens: readonly Tok[]): ParsedSpeaker | null {
  const head = findIn(QUANTIFIER_HEADS, tokens[0]!.norm);
  if (head === null) return null;
  const naming = tokens.findIndex((t) => NAMING_WORDS.has(t.norm));
  const roleToks = naming > 0 ? tokens.slice(0, naming) : tokens;
  const nameToks = naming > 0 ? tokens.slice(naming + 1) : [];
  const gender: CueGender = head === fold('إحدى') ? 'fem' : 'unknown';
  return {
    name: nameToks.length > 0 ? tokenText(nameToks) : null,
    role: tokenText(roleToks),
    kind: nameToks.length > 0 ? 'person' : 'role',
    roleHead: head,
    roleAdjectives: [],
    roleGovernments: [],
    gender,
  };
}

function nameGender(nameToks: readonly Tok[]): CueGender {
  return findIn(FEMALE_FIRST_NAMES, nameToks[0]!.norm) !== null ? 'fem' : 'unknown';
}
