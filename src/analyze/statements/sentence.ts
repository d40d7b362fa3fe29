/**
 * One sentence → the statements it makes, before speakers are resolved against the article.
 *
 * For each cue (left to right): the speaker span after it (VSO, "وقال وزير الخارجية … إن") or
 * before it (SVO, "الوزير أكد أن"); then the content: a quote (direct), a colon, an أن/إن-clause
 * or, for verbs that take one, a prepositional object ("دعا إلى…"). A later cue that opens a new
 * clause ("… فيما أكد …", "… وأضاف …") starts its own statement and ends the previous content; a cue
 * inside content without a new clause ("قال إن الوزير أكد …") is reported speech within the content
 * and is left to it.
 */
import { DEMONSTRATIVE_OBJECTS, type CueGender, type CueVerbRow } from '../../lexicons/cues.js';
import { findCueHits, inOtherSense, lookupVerb, type CueHit } from './cues.js';
import { ANAPHORIC_ORG_HEADS, CLAUSE_SEPARATORS, DOCUMENT_HEADS, F, FIGURE_HEADS, LEXICON, fold, ORG_HEADS, PLURAL_ROLE_HEADS, QUANTIFIER_HEADS, SUBORDINATORS, ROLE_HEADS, ROLE_LINKS, findIn, isDefinite, NON_COMPLEMENTIZER_BEFORE, OUTLET_INTRODUCERS, isComplementizer, MASCULINE_PLACES } from './lexicon.js';
import { contentNegated, cueNegatedBefore, withoutConjunction } from './negation.js';
import { pairQuotes, quoteStyle, type QuotePairs } from './quotes.js';
import { cueObjectIndex, isCountryAdjective, isPossessedObject, isPropositionNoun, isSpanWord, looksLikeNamePart, opensProposition, parseSpeaker, possessedObjectIn, roleHeadAt, scanSpeakerSpan } from './speaker.js';
import { isColon, isComma, tokenText, type Tok } from './text.js';
import type { EntityLookup } from './context.js';
import type { Entity } from '../../core/types.js';

/** How far after a cue (in tokens) the content may start. */
export const MAX_CONTENT_DISTANCE = 40;
/** A fronted discourse phrase before a comma has at most this many words (`afterFrontedTopic`). */
const MAX_FRONTED_TOPIC_WORDS = 4;
/** Words that open one, folded: من جانبه/جهته، بدوره، في المقابل/السياق، على صعيد… (with و/ف). */
const TOPIC_OPENERS = /^[وف]?(?:من|في|بدور\S*|على|بالمقابل)$/u;
/** How far after a comma-opened verb its content must start for that verb to end the content before it (`mayReport`). */
const MAX_REPORT_REACH = 10;
/** A quote of at most this many words right after an outlet word is a name ("لـ«الصباح»"), not content. */
export const MAX_NAME_QUOTE_WORDS = 4;
/** A clause before a post-posed cue ("…، قال الوزير") needs at least this many words to be content. */
export const MIN_PREPOSED_WORDS = 3;
/** A quote of at most this many words after a preposition or before a complementizer is a name. */
export const MAX_SHORT_NAME_WORDS = 2;
/** Prepositions after which a short quote names an outlet or a party ("مع «العربية»", "عن «الأخبار»"), folded. */
const NAME_QUOTE_PREPOSITIONS: ReadonlySet<string> = new Set(['مع', 'عن', 'ل', 'لـ', 'لدى', 'في', 'باسم'].map((w) => fold(w)));

export type SpeakerSource =
  | { mode: 'span'; tokens: Tok[] }
  /** No subject: continue the last speaker agreeing with the cue. */
  | { mode: 'continuation' }
  /** A participle after a statement of the same sentence: same speaker as that statement. */
  | { mode: 'previous' }
  /**
   * A subject the text has but the parser could not find: the last speaker only when he is a person,
   * body or office the article knows (a bare pronoun subject is likely), else nobody.
   */
  | { mode: 'unknown' };

export interface RawStatement {
  cue: string;
  cueGender: CueGender;
  cueStart: number;
  cueEnd: number;
  speaker: SpeakerSource;
  /** Character offsets of the content in the sentence. */
  contentStart: number;
  contentEnd: number;
  contentTokStart: number;
  contentTokEnd: number;
  direct: boolean;
  /** The cue denies (نفى) or is negated (لم يؤكد); content negation is added later. */
  cueDenies: boolean;
  negated: boolean;
  /**
   * Where a date of the cue may be: [clauseStart, regionEnd), or a bare date phrase between
   * regionStart (the previous statement's end or the sentence start) and clauseStart
   * ("ويوم الثلاثاء، قال…").
   */
  regionStart: number;
  clauseStart: number;
  regionEnd: number;
  /** Token that ends this statement (inclusive): later cues before it belong to it. */
  lastTok: number;
  /** Style of a quote opened in the content and not closed in this sentence, or -1. */
  openQuoteStyle: number;
  /** Reported inside another statement's content: never the antecedent of a continuation. */
  nested?: boolean;
  /** A colon's unquoted content (see Content.unquoted): reported as not direct once the sentence is parsed. */
  unquoted?: boolean;
}

/** What a content scan tells its cue: a denying participle on the way, and the participle hits it absorbed. */
interface ContentAcc {
  denies: boolean;
  participles?: number[];
}

interface Content {
  startTok: number;
  endTok: number;
  start: number;
  end: number;
  /** Parsed as the speaker's own words: no clause inside starts a statement of its own. */
  direct: boolean;
  openStyle: number;
  /**
   * A colon's unquoted words ("وقالت المصادر : إن …"): parsed as direct, reported as not, since only
   * quoted words are the speaker's own (eval/gold/statements.md, Flags).
   */
  unquoted?: boolean;
}

/** "وأن", "لأن", "ولأن": أن with a conjunction or a preposition, folded; its clause's subject follows it. */
const SUBJECT_SUBORDINATORS: readonly string[] = ['وان', 'لان', 'ولان'];
/**
 * Words after which a new clause, with its own subject, starts ("لكن الوزير قال"), and the
 * subordinators whose clause opens with its subject ("خاصة وأن الوزير … قال", "لأن الوزير قال").
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['لكن', 'ولكن', 'بل', ...SUBJECT_SUBORDINATORS]);
/** كان and its forms before a subject and a past verb: "وكان الوزير (قد) أعلن", "وكانت الوزارة قالت". */
const KANA: ReadonlySet<string> = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'كانوا', 'وكانوا', 'فكان', 'فكانت']);
/** كان without a conjunction: after a fronted subject ("ففرنسا كانت ترى"). */
const BARE_KANA: ReadonlySet<string> = new Set(['كان', 'كانت', 'كانوا']);
/** A nisba adjective in the oblique plural ("المحليين", "الإسبانيين"). */
const NISBA_PLURAL = /يين$/u;
/** Definite words in -ين that are no plural: the two holy mosques, a name, a country, insurance. */
const NOT_PLURAL_IN: ReadonlySet<string> = new Set(['الحرمين', 'الشريفين', 'الحسين', 'الأمين', 'البحرين', 'التأمين', 'الكرملين', 'الأرجنتين', 'الفلبين', 'الصين', 'الدين', 'اليمين'].map(fold));
/** A definite word in the oblique sound plural or dual (folded): "السياسيين", "الطرفين". */
const OBLIQUE_PLURAL = /^(?:ال|لل)[^\s]{4,}ين$/u;
/** A quoted name closing a fronted topic has at most this many words. */
const MAX_QUOTED_TOPIC_WORDS = 4;
/** أما (folded, with a و), which fronts a topic that a ف-verb then takes as its subject. */
const AMMA: ReadonlySet<string> = new Set(['اما', 'واما']);
/** Particles between a subject and its past verb ("الوزير قد أكد"). */
const PERFECTIVE_PARTICLES: ReadonlySet<string> = new Set(['قد', 'لقد']);
/** The cue تحدث عن (spoke of), whose past is also تحدُث "happens". */
const SPOKE_OF = 'تحدث عن';
/** The cue لفت and the nouns of its idiom "لفت الانتباه/النظر إلى" (drew attention to), folded. */
const F_LAFAT = 'لفت';
const F_QAAL = fold('قال');
/** A passer-by's name has at most this many words. */
const MAX_VOX_NAME_WORDS = 4;
/**
 * Words that open a passer-by's own words right after his name ("قال فلان لن يزدنا…", "… الحمد لله",
 * "… أعزي نفسي"): negators, praise and prayer, first-person verbs of condolence, wish and thanks,
 * first-person pronouns. Folded. No time or place word ("هذا الأسبوع") is among them.
 */
const SPEECH_OPENERS: ReadonlySet<string> = new Set(
  ['لن', 'لم', 'لا', 'الحمد', 'نحمد', 'نسأل', 'أسأل', 'نشكر', 'أشكر', 'نتمنى', 'أتمنى', 'أعزي', 'نعزي', 'ندعو', 'أدعو', 'رحم', 'حسبنا', 'اللهم', 'نحن', 'إننا', 'أنا', 'انا', 'إنني', 'نطالب', 'أطالب', 'نرفض', 'أرفض', 'نستنكر', 'أستنكر'].map((w) => fold(w)),
);
const ATTENTION_NOUNS: ReadonlySet<string> = new Set(['الانتباه', 'انتباه', 'النظر', 'نظر', 'الأنظار', 'أنظار'].map((w) => fold(w)));
/** قد with و/ف opening a coordinated clause inside a sentence ("… وقد عبر المدير عن…"). */
const QAD_OPENERS: ReadonlySet<string> = new Set(['وقد', 'فقد']);
/** Verbs of calling on someone, which take the addressee before their content ("دعا X الأطراف إلى"). */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['دعا', 'طالب', 'حث', 'ناشد']);
/** حذّر takes whom it warns the same way ("حذر الوزير المواطنين من…"), after a known person only. */
const WARNED = 'حذر';
/** قد with the ف that answers أما ("أما الوزير فقد أكد"), folded. */
const FA_QAD: ReadonlySet<string> = new Set(['فقد', 'فلقد']);
/**
 * Punctuation that ends a clause inside a sentence: an ellipsis or a semicolon. Not a lone full
 * stop: inside a sentence it marks an abbreviation or initials ("د. أبو طالب", "ك.أ").
 */
const CLAUSE_STOP = /^(?:\.{2,3}|…|؛)$/u;
/** Words before a number subject: "ما مجموعه 54%", "نحو 40%". */
const NUMBER_SUBJECT_LEADS: ReadonlySet<string> = new Set(['ما', 'مجموعه', 'نحو', 'حوالي', 'قرابة', 'زهاء'].map(fold));
/** A number subject and what follows it up to the content: "35% من الأمريكيين". */
const MAX_NUMBER_SUBJECT_TOKENS = 6;
const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%', '٪']);
/** "43 في المائة", "في المئة". */
const PER_HUNDRED: ReadonlySet<string> = new Set(['المائة', 'المئة', 'المائه', 'المئه'].map(fold));
/** Words in -ون/-ين after a number that count no people: "25 مليون", months. */
const NOT_PEOPLE: ReadonlySet<string> = new Set(['مليون', 'ملايين', 'قانون', 'كانون', 'تشرين', 'بليون', 'تريليون', 'دولارين', 'عامين', 'شهرين', 'يومين', 'ساعتين', 'سنتين', 'أسبوعين'].map(fold));

/** The word after a number counts people: a role ("3 مسؤولين", "5 وزراء") or a sound masculine plural. */
function countsPeople(toks: readonly Tok[], i: number): boolean {
  const norm = toks[i]!.norm;
  return roleHeadAt(toks, i) !== null || findIn(PLURAL_ROLE_HEADS, norm) !== null || (norm.length >= 5 && /(?:ين|ون)$/u.test(norm) && !NOT_PEOPLE.has(norm));
}
/** Prepositions before an amount: "إلى 12%", "بنسبة 5%". */
const AMOUNT_PREPOSITIONS: ReadonlySet<string> = new Set(['إلى', 'الى', 'بنسبة', 'نسبة', 'من', 'عن', 'بـ', 'حتى', 'نحو', 'بلغ', 'بلغت'].map(fold));
/** Prepositions that end a number subject: "أعرب 19.5% منهن عن رضاهن". */
const SHARE_ENDS: ReadonlySet<string> = new Set(['عن', 'على', 'في', 'إلى', 'الى', 'بأن', 'بان'].map(fold));
/** Words after a number subject that say whose share or count it is. */
const MAX_SHARE_OF_WORDS = 3;
/** Words between a share and its verb: "38% منهم قالوا". */
const SHARE_OF: ReadonlySet<string> = new Set(['منهم', 'منهن', 'من'].map(fold));

/** A role in apposition read backwards has at most this many words. */
const MAX_APPOSITION_BACK_WORDS = 8;
/** A subject found after an opener has at most this many words. */
export const MAX_OPENER_SUBJECT_WORDS = 5;
/** How far before a cue (in tokens) an opener of a longer subject is looked for. */
export const MAX_OPENER_LOOKBACK = 14;
/** Words after في/إلى that may lead to a role holder's name (place, body, rank, name). */
const MAX_HOLDER_RUN = 10;
/** A subject between كان and its verb has at most this many words. */
const MAX_KANA_SUBJECT_WORDS = 8;
const F_AWWAL = fold('أول');
/** A relative clause between a كان-subject and its verb has at most this many words. */
const MAX_RELATIVE_WORDS = 6;
/** After a known name, a relative clause (brackets included) has at most this many tokens. */
const MAX_KNOWN_RELATIVE_TOKENS = 12;
const BRACKETS: ReadonlySet<string> = new Set(['(', ')']);
/**
 * Time words and adverbs between a subject and a noun-phrase proposition ("أعلن الجيش أمس مقتل…",
 * "أعلن لافروف كذلك بدء…"), folded.
 */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(
  ['أمس', 'اليوم', 'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'كذلك', 'أيضا', 'أيضاً', 'مجددا', 'مجدداً', 'الماضي', 'خلاله', 'خلالها'].map((w) => fold(w)),
);
/** At most this many of them. */
const MAX_SUBJECT_ADVERBS = 3;
/** A noun of speaking with its pronoun, after في ("في تصريحه", "في كلمتها", "في بيان"), folded. */
const SPEECH_OCCASION = /^(?:تصريح|تصريحات|بيان|حديث|كلمت|كلمه|مقابلت|مقابله)(?:ه|ها|هم|ات)?$/u;
/** Punctuation that may set those time words off: "، اليوم ( الاثنين )". */
const ADVERB_PUNCT: ReadonlySet<string> = new Set([',', '،', '(', ')']);
/** A one-word title and a name of at most three words: "الرئيس دونالد ترامب". */
const MAX_TITLED_SUBJECT_WORDS = 4;
/** Imperfect forms of كان (folded) after which أن is the verbal-noun particle. */
const KANA_IMPERFECT: ReadonlySet<string> = new Set(['يكون', 'تكون', 'يكونوا', 'يكونا', 'تكونا', 'يكونان', 'تكونان'].map((w) => fold(w)));
/** Relative pronouns (folded) that open a clause describing the noun before them. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين'].map((w) => fold(w)));
/** Prepositions with a pronoun that refer back to a relative clause's antecedent ("التي أكد فيها"), folded. */
const RESUMPTIVE: ReadonlySet<string> = new Set(['فيها', 'فيه', 'فيهم', 'عنها', 'عنه', 'بها', 'به', 'منها', 'منه'].map((w) => fold(w)));
/** Time prepositions and adverbs that open a fronted adjunct before a sentence's verb, folded. */
const TIME_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(
  ['بعد', 'قبل', 'عند', 'خلال', 'منذ', 'إثر', 'عقب', 'قبيل', 'بعيد', 'إبان', 'عشية', 'غداة', 'حتى', 'فور', 'رغم'].map((w) => fold(w)),
);
/** Time nouns that a relative clause may follow ("في الوقت الذي…"), folded: never a speaker. */
const TIME_NOUNS: ReadonlySet<string> = new Set(['الوقت', 'اليوم', 'الحين', 'اللحظة', 'الأسبوع', 'الشهر', 'العام'].map((w) => fold(w)));

/** Verbs of going on that take a present cue after their subject ("ومضى الوزير يقول"), folded. */
const GOING_ON_VERBS: ReadonlySet<string> = new Set(['مضى', 'مضت', 'راح', 'راحت', 'عاد', 'عادت', 'ظل', 'ظلت', 'أخذ', 'أخذت', 'استطرد', 'استطردت'].map((w) => fold(w)));

/** The verb gender each relative pronoun takes (التي also for non-human plurals, which agree in the feminine). */
const RELATIVE_GENDER: ReadonlyMap<string, CueGender> = new Map([
  [fold('الذي'), 'masc'],
  [fold('التي'), 'fem'],
  [fold('الذين'), 'plural'],
]);

const PREPOSITIONS: ReadonlySet<string> = new Set([F.an_prep, F.ila, F.ala, 'الي', 'من']);
const BA_ADAM = fold('بعدم');
/** Words after a description's head ('في الشؤون الروسية') before the comma that closes it. */
const MAX_APPOSITION_TAIL = 6;
/** Words that may stand before a subordinator at a clause's start ("خاصة وأن", "لا سيما أن"), folded. */
const SUBORDINATOR_LEADS: ReadonlySet<string> = new Set(['خاصة', 'خصوصا', 'سيما', 'لاسيما'].map((w) => fold(w)));

/** The subject words without the particles that open their clause ("لأن الجيش" → "الجيش"); all of them when nothing would be left. */
function withoutOpeners(words: readonly Tok[]): Tok[] {
  let k = 0;
  const opener = (t: Tok): boolean => isOpeningParticle(t.norm) || SUBORDINATOR_LEADS.has(t.norm);
  while (k < words.length - 1 && opener(words[k]!)) k++;
  return words.slice(k);
}
/** An administration, a government, a reign: the name after it employs the official before it, folded. */
const EMPLOYER_WORDS: ReadonlySet<string> = new Set(['إدارة', 'ادارة', 'حكومة', 'عهد', 'نظام'].map((w) => fold(w)));

/** The words before a name end with an employer word and at most titles after it ("إدارة الرئيس"). */
function employedBy(toks: readonly Tok[], before: readonly number[]): boolean {
  let k = before.length - 1;
  while (k >= 0 && roleHeadAt(toks, before[k]!) !== null) k--;
  return k >= 0 && EMPLOYER_WORDS.has(toks[before[k]!]!.norm);
}
/**
 * بـ glued to a noun that carries a possessive pronoun, as written: "بأعضائها", "بزملائه", "بجهودهم".
 * The ending is the pronoun's spelling (ها، هم، هما، ئه), never ة, so "بشارة" is not one.
 */
const BI_POSSESSED = /^ب(?!عض|قي|يان)[\u0621-\u064A]{2,}(?:ها|هم|هما|ئه)$/u;
/**
 * بـ glued to a definite noun or to one that opens with a hamza ("بالوفد", "بأعضاء اللجنة"): the
 * object of a verb like رحب, as written; a subject never opens with a preposition.
 */
const BI_OBJECT = /^ب(?:ال|[أإآ])[\u0621-\u064A]{2,}$/u;
/** "للأمم" → "الأمم": a لـ glued on a definite word, dropped so the entity analysis knows the name. */
function withArticle(text: string): string {
  return text.replace(/^لل/u, 'ال');
}
/** Adverbs written as بـ + a definite noun, which a cue may be followed by ("أشار بالمقابل إلى", "وأوضح بالقول"), folded. */
const BI_ADVERBS: ReadonlySet<string> = new Set(['بالقول', 'بالمقابل', 'بالفعل', 'بالمجمل', 'بالتوازي', 'بالتالي', 'بالاسم', 'بالإضافة', 'بالأمس', 'بالمثل', 'بالطبع', 'بالتحديد', 'بالذات'].map((w) => fold(w)));
/** Particles that open a clause before its subject or verb ("وحتى", "ثم", "بل", "ولكن", "لأن"). */
const OPENING_PARTICLES: ReadonlySet<string> = new Set(['حتى', 'ثم', 'بل', 'لكن', 'ولكن', ...SUBJECT_SUBORDINATORS].map((w) => fold(w)));
/** An opening particle as written ("ولأن") or behind its conjunction ("وحتى"). */
function isOpeningParticle(norm: string): boolean {
  return OPENING_PARTICLES.has(norm) || OPENING_PARTICLES.has(withoutConjunction(norm));
}
/** Tokens after an adjacent marker within which a complementizer shows the marker heads a short phrase. */
const MARKER_PHRASE_REACH = 5;
/** A ب-phrase of two words or more is never a subject: بالـ or a تفعّل masdar ("بتأخر قارب"); not "بلدية", "بشار", "بترورابغ" alone. */
const BA_PHRASE = /^ب(?:ال|ت[^\s]{3,})/u;
/** Complementizers a possessed noun takes itself ("ثقته بأن", "رفضه لأن"). */
const NOUN_COMPLEMENTIZERS: ReadonlySet<string> = new Set(['بأن', 'لأن', 'بان', 'لان'].map((w) => fold(w)));
/** Words after a possessed noun within which the verb's own marker shows the noun is the subject. */
const POSSESSED_MARKER_REACH = 3;
/** Words a judgement after a demonstrative needs ("ذلك عملا عدائيا"). */
const MIN_JUDGED_WORDS = 2;
/** Demonstratives a verb of judging takes as its object ("معتبراً ذلك عملاً عدائياً"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(DEMONSTRATIVE_OBJECTS.map((w) => fold(w)));
/** Words of a name set off by commas after a quoted outlet ("…شبكة " فرات بوست " , أحمد العسكر ,"). */
const MAX_APPOSED_NAME_WORDS = 4;
/** Words a quoted subject right after its cue may have ("" العسكر "", "« سانا »"). */
const MAX_QUOTED_SUBJECT_WORDS = 3;
/** Tokens after the quote within which the content must start for it to be the subject. */
const QUOTED_SUBJECT_REACH = 8;
/**
 * A sentence's first word read as a past verb without و (folded): three or four letters, no article,
 * no ة (folded to ه) ending, no و/ي/ا as the third of four letters (the shapes فعول، فعيل، فعال of
 * plurals, adjectives and nouns: "ردود", "رئيس", "سياق"), except after أ ("أقام", "أعاد").
 */
const BARE_PAST_VERB = /^(?!ال)(?:[\u0621-\u064A]{2}|أ[\u0621-\u064A]ا|[\u0621-\u064A]{2}[\u0621-\u0626\u0628-\u0647\u0649])[\u0621-\u0646\u0648-\u064A]$/u;
/** Words a possessed verbal noun's proposition needs ("حرصه على الحضور"). */
const MIN_POSSESSED_WORDS = 3;
/** "صادر عن": the participle between a document and its issuer. */
const ISSUED: ReadonlySet<string> = new Set(['صادر', 'صادرة', 'الصادر', 'الصادرة'].map((w) => fold(w)));

/** The token opens a cue's content: a colon or a complementizer. */
function opensContent(t: Tok | undefined): boolean {
  return t !== undefined && (isColon(t) || (t.kind === 'word' && isComplementizer(t.norm)));
}
const LIMIT_STOPS_BA: ReadonlySet<string> = new Set(['باسم', 'بن', 'بنت', 'بعد', 'بين', 'بشكل', 'بصوره', 'بدوره', 'بدورها', 'بيان', 'بلاده', 'بلادها']);

/** The accused of اتهم between its subject and its ب-content has at most this many tokens. */
const MAX_ACCUSED_TOKENS = 10;
/** Subject words between a narration cue and its colon or complementizer ("وأضاف الرئيس الروسي :"). */
const MAX_NARRATION_SUBJECT = 4;
/** "وقال لي إن…": a first- or second-person audience inside a quotation (folded). */
const SPEAKER_PRONOUN_AUDIENCE: ReadonlySet<string> = new Set(['لي', 'لنا', 'لك', 'لكم', 'لكما', 'لكن'].map((w) => fold(w)));

class SentenceParser {
  private readonly pairs: QuotePairs;
  /** wordsBefore[i]: number of word tokens before token i (counts inside quotes in O(1)). */
  private readonly wordsBefore: Int32Array;
  private readonly quoted: Uint8Array;
  private readonly hitAt: Int32Array;
  private readonly hits: CueHit[];
  private readonly absorbed = new Set<number>();
  /** Hits that reported nothing ("ورحبت الحكومة بالاتفاق": رحب takes only a clause). */
  private readonly silent = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly toks: readonly Tok[],
    private readonly from: number,
    private readonly lookup: EntityLookup | null,
  ) {
    this.pairs = pairQuotes(toks, from, { beforeColon: (c) => this.reportingClauseBefore(c), after: (i) => this.narrationAfter(i) });
    this.wordsBefore = new Int32Array(toks.length + 1);
    for (let i = 0; i < toks.length; i++) this.wordsBefore[i + 1] = this.wordsBefore[i]! + (toks[i]!.kind === 'word' ? 1 : 0);
    this.quoted = this.markQuoted();
    this.hits = findCueHits(toks, from, this.quoted);
    this.hitAt = new Int32Array(toks.length).fill(-1);
    this.hits.forEach((h, k) => {
      this.hitAt[h.start] = k;
    });
  }

  /**
   * The cue word of a reporting clause that ends at the colon `colon` ("وأضاف بوتين :", "مضيفاً :"):
   * a و/ف verb cue or a participle followed only by speaker words; -1 when there is none.
   */
  private reportingClauseBefore(colon: number): number {
    for (let i = colon - 1; i >= this.from && i >= colon - 1 - MAX_NARRATION_SUBJECT; i--) {
      const t = this.toks[i]!;
      if (t.kind !== 'word') return -1;
      const verb = lookupVerb(t.norm, t.text);
      if (verb && ((verb.proclitic && verb.form.kind === 'verb') || verb.form.kind === 'participle')) return i;
    }
    return -1;
  }

  /**
   * The first و/ف verb cue at or after `from` whose content follows at once, past at most a few
   * subject words: a complementizer or a colon ("وأكد بوتين أنه…"). A first- or second-person
   * audience ("وقال لي إن…") is the quoted speaker's own story and does not count. -1 when none.
   */
  private narrationAfter(from: number): number {
    for (let i = from; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (t.kind !== 'word') continue;
      const verb = lookupVerb(t.norm, t.text);
      if (!verb || !verb.proclitic || verb.form.kind !== 'verb') continue;
      for (let j = i + 1; j < this.toks.length && j <= i + 1 + MAX_NARRATION_SUBJECT; j++) {
        const u = this.toks[j]!;
        if (opensContent(u)) return i;
        if (u.kind !== 'word' || SPEAKER_PRONOUN_AUDIENCE.has(u.norm)) break;
      }
    }
    return -1;
  }

  /** A quote ends at token `i` because the reporter's narration resumes there: that cue is not the quote's. */
  private narrationClosed(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.kind === 'word' && this.pairs.openOf[i]! >= 0;
  }

  /** 1 for tokens inside a quote (difference array: linear even with deeply nested marks). */
  private markQuoted(): Uint8Array {
    const n = this.toks.length;
    const diff = new Int32Array(n + 1);
    for (let i = this.from; i < n; i++) {
      const c = this.pairs.closeOf[i]!;
      if (c === -2) continue;
      if (this.isNameQuote(i)) continue;
      diff[i + 1]! += 1;
      diff[c >= 0 ? c : n]! -= 1;
    }
    const out = new Uint8Array(n);
    let depth = 0;
    for (let i = 0; i < n; i++) {
      depth += diff[i]!;
      out[i] = depth > 0 ? 1 : 0;
    }
    return out;
  }

  /** A quoted outlet or party name ("لـ«الصباح»", "صحيفة «الشرق الأوسط»"): part of the words around it. */
  private isNameQuote(open: number): boolean {
    const close = this.pairs.closeOf[open]!;
    if (close < 0) return false;
    const words = this.quoteWords(open, close);
    if (words > MAX_NAME_QUOTE_WORDS) return false;
    const prev = this.wordBeforeQuote(open);
    if (prev && OUTLET_INTRODUCERS.has(prev.norm)) return true;
    const next = this.toks[close + 1];
    if (words <= MAX_SHORT_NAME_WORDS && prev) {
      // "في مقابلة خاصة مع «العربية»، على أن…": a one- or two-word quote after a preposition is a name.
      if (NAME_QUOTE_PREPOSITIONS.has(prev.norm)) return true;
      // "في شركة "مياموتو انترناشونال"، …": an indefinite body noun awaits its name.
      if (!isDefinite(prev.norm) && (findIn(ORG_HEADS, prev.norm) !== null || findIn(ROLE_LINKS, prev.norm) !== null)) return true;
      // "وذكرت وكالة أنباء النظام " سانا " أن…": after a definite noun and before the complementizer, the
      // quote names the subject; the content is the clause that follows.
      if (isDefinite(prev.norm) && next !== undefined && next.kind === 'word' && isComplementizer(next.norm)) return true;
    }
    // A short quote with running text after it is a name inside the sentence ("أجرته معه «الشرق الأوسط» غداة…").
    return next !== undefined && next.kind === 'word' && !isComplementizer(next.norm);
  }

  /** The word before a quote mark, over a scraped hyphen ("ل - " سبوتنيك "" is لـ«سبوتنيك»). */
  private wordBeforeQuote(open: number): Tok | null {
    let prev = this.toks[open - 1];
    if (prev && prev.kind === 'punct' && (prev.text === '-' || prev.text === 'ـ') && open >= 2) prev = this.toks[open - 2];
    return prev && prev.kind === 'word' ? prev : null;
  }

  parse(): RawStatement[] {
    const out: RawStatement[] = [];
    /** Reported speech inside an indirect content, kept after the sentence's own statements. */
    const nested: RawStatement[] = [];
    let consumedUntil = this.from - 1;
    let boundaryChar = this.toks[this.from]?.start ?? 0;
    let boundaryTok = this.from;
    for (let k = 0; k < this.hits.length; k++) {
      const hit = this.hits[k]!;
      if (this.absorbed.has(k)) continue;
      const previous = out[out.length - 1];
      if (hit.start <= consumedUntil) {
        if (!hit.newClause && previous && !previous.direct) {
          const inner = this.nestedStatement(k, previous, boundaryChar);
          if (inner) nested.push(inner);
        }
        // Verbs and participles after a comma ("…، مضيفاً أن…") start their own statement; nominal cues stay adjuncts.
        // A colon's unquoted content ("وقال الوزير : إن …، مؤكداً أنه…") is narration that a participle can end;
        // a quotation is the speaker's own words and is never cut.
        const quotation = previous !== undefined && previous.direct && this.toks[previous.contentTokStart - 1]?.kind === 'quote';
        if (!hit.newClause || !previous || quotation || (previous.direct && hit.kind !== 'participle') || hit.kind === 'nominal') continue;
        if (hit.kind === 'verb' && !this.mayReport(hit)) continue;
        // A new clause inside the previous indirect content ends that content here.
        const cut = this.toks[hit.clauseStart]!.start;
        if (cut <= previous.contentStart) continue;
        previous.contentEnd = Math.min(previous.contentEnd, cut);
        previous.contentTokEnd = Math.min(previous.contentTokEnd, hit.clauseStart);
        boundaryChar = cut;
        boundaryTok = hit.clauseStart;
      }
      const absorbedBefore = [...this.absorbed];
      const parsed = hit.kind === 'nominal' ? this.parseNominal(k, boundaryChar, boundaryTok) : this.parseVerbal(k, boundaryChar, boundaryTok, previous);
      // "وتشير الأرقام إلى…", "الدلائل العلمية تؤكد…": figures and evidence indicate, nobody speaks.
      const statement = parsed && parsed.speaker.mode === 'span' && evidenceSubject(parsed.speaker.tokens) ? null : parsed;
      if (!statement) {
        // A cue that reports nothing ("وتعتبر القرى شبه محاصرة، بحسب…": is considered) absorbs no
        // later cue: the hits its content scan took are free again.
        this.absorbed.clear();
        for (const h of absorbedBefore) this.absorbed.add(h);
        this.silent.add(k);
        continue;
      }
      out.push(statement);
      consumedUntil = statement.lastTok;
      boundaryChar = this.toks[Math.min(statement.lastTok, this.toks.length - 1)]!.end;
      boundaryTok = Math.min(statement.lastTok + 1, this.toks.length);
    }
    out.push(...nested);
    for (const s of out) {
      if (s.unquoted) s.direct = false;
      const contentNeg = contentNegated(this.toks, s.contentTokStart, s.contentTokEnd);
      // XOR: "نفى أن تكون الحكومة لم…" denies a negation, which affirms.
      s.negated = s.cueDenies !== contentNeg;
    }
    return out;
  }

  /**
   * Nested attribution: "وقال المتحدث إن الهند اتهمت عدداً من المواطنين بالتسلل" also reports what
   * India said. A finite cue without proclitic inside an indirect content, whose subject is a noun
   * phrase right after a complementizer (أن/إن/بأن) of that content, is a statement of its own by that
   * subject; its content ends with the outer one. A pronoun subject ("قال إنه أكد") gives none.
   */
  private nestedStatement(k: number, outer: RawStatement, boundaryChar: number): RawStatement | null {
    const hit = this.hits[k]!;
    if (hit.kind !== 'verb' || hit.proclitic || hit.start <= outer.contentTokStart || hit.end >= outer.contentTokEnd) return null;
    // "أثبتت للعالم أجمع أن…": the verb's other sense here, as for any statement (parseVerbal).
    if (inOtherSense(this.toks, hit.start, hit.form!)) return null;
    const subject = this.subjectAfterOpener(hit, outer.contentTokStart - 1);
    if (subject.mode !== 'span' || !this.followsComplementizer(subject.tokens[0]!, hit.start)) return null;
    const row = hit.form!.row;
    // The inner content ends at the first comma: what follows ("، ولكنها لم تقدم دليلا") is the outer speaker's again.
    const limit = this.firstCommaIn(hit.end, outer.contentTokEnd);
    const acc: ContentAcc = { denies: (row.denies ?? false) !== cueNegatedBefore(this.toks, hit.start) };
    // "اتهمت عدداً من المواطنين بالتسلل": the accused is part of what was said. Otherwise only a
    // clause or a quote: "أن أوغلو دعا إلى اجتماع" reports an act more often than words.
    // "أن الرئيس أكد أهمية دور الأزهر", "… أكد على ضرورة الحوار": an event or proposition noun (with
    // أكد على's marker before it) is what a verb of emphasis reports, as in the verb's own clause.
    // A short "في + place or occasion" may stand before ("أكد في اللقاء على أهمية…").
    let eventAt = hit.end;
    if (this.toks[eventAt]?.norm === F.fi) for (let n = 0; n < 2 && eventAt + 1 < limit && this.toks[eventAt + 1]!.kind === 'word' && this.toks[eventAt + 1]!.norm !== F.ala; n++) eventAt++;
    if (eventAt > hit.end) eventAt++;
    if (row.nounContent === true && this.toks[eventAt]?.norm === F.ala) eventAt++;
    const eventObject = row.nounContent === true && hit.form!.tense === 'past' && eventAt < limit && opensProposition(this.toks[eventAt]!);
    const content = row.objectBeforeContent ? this.clauseContent(hit.end, limit, false) : (this.scanContent(hit.end, limit, null, acc, true) ?? (eventObject ? this.clauseContent(eventAt, limit, false) : null));
    if (!content) return null;
    return {
      ...this.statementFields(hit, hit.lemma, hit.gender, subject, content, acc.denies, boundaryChar),
      regionEnd: content.start,
      lastTok: content.endTok - 1,
      nested: true,
    };
  }

  /**
   * "السلطات الأفغانية التي قالت إنه…": a cue right after a relative pronoun that agrees with it
   * (الذي masc, التي fem, الذين plural) has the antecedent as its subject, read back over a comma;
   * 'disagrees' when the verb cannot agree with the pronoun; null when no pronoun or no antecedent.
   */
  private relativeAntecedent(hit: CueHit, start: number): SpeakerSource | 'disagrees' | null {
    const rel = this.toks[hit.start - 1];
    if (!rel || rel.kind !== 'word' || hit.start - 1 <= start) return null;
    // "…، والذي أكد": journalists often join the relative with و. Only right after a person the
    // article knows is that surely the antecedent: elsewhere "والذي" may open a clause of its own.
    const joined = rel.norm[0] === 'و' && RELATIVE_PRONOUNS.has(rel.norm.slice(1));
    const pronoun = joined ? rel.norm.slice(1) : rel.norm;
    if (!RELATIVE_PRONOUNS.has(pronoun)) return null;
    const wanted = RELATIVE_GENDER.get(pronoun);
    // "تصريحات خامنئي التي أكد فيها أن…": a resumptive pronoun after the verb means its subject is
    // a pronoun ("he stated in them"): the speaker continues.
    let k = hit.start - 2;
    if (isComma(this.toks[k])) k--;
    const indices = this.wordsBack(k, start, MAX_OPENER_SUBJECT_WORDS, false);
    if (joined && (this.knownPersonSuffix(indices) === null || (hit.gender !== 'unknown' && wanted !== hit.gender) || RESUMPTIVE.has(this.toks[hit.end]?.norm ?? ''))) return null;
    if (hit.gender !== 'unknown' && wanted !== hit.gender) {
      if (!RESUMPTIVE.has(this.toks[hit.end]?.norm ?? '')) return 'disagrees';
      // The antecedent is what was said; a person named in it ("تصريحات … علي خامنئي الأخيرة") said it.
      const person = this.knownPersonPrefix(indices);
      return person ? { mode: 'span', tokens: person.map((i) => this.toks[i]!) } : { mode: 'continuation' };
    }
    // "ففي الوقت الذي دعا فيه خطيب المسجد إلى…": with a resumptive pronoun the antecedent is the
    // pronoun's ("the time in which"), not the verb's subject; nor is a time noun ever a speaker.
    if (RESUMPTIVE.has(this.toks[hit.end]?.norm ?? '')) return null;
    const antecedent = this.antecedentPhrase(indices);
    if (antecedent.length > 0 && TIME_NOUNS.has(this.toks[antecedent[0]!]!.norm)) return null;
    return antecedent.length > 0 ? { mode: 'span', tokens: antecedent.map((i) => this.toks[i]!) } : null;
  }

  /**
   * The noun phrase that ends right before a relative pronoun: from its first role or body head
   * ("وزار المنطقة الوزير" → "الوزير"), else the whole run when it starts with a definite word or a
   * known name ("السلطات الأفغانية"); else nothing.
   */
  private antecedentPhrase(indices: readonly number[]): readonly number[] {
    // "وزير الخارجية التركي مولود تشاووش أوغلو، الذي قال…", "رئيس الهيئة الفريق مهاب مميش، الذي…":
    // the phrase ends in a person the entity analysis knows, who is the antecedent; the window may
    // have cut his office in half, and its first head may be a body he heads.
    const person = this.knownPersonSuffix(indices);
    const isRoleHead = (i: number): boolean => findIn(ROLE_HEADS, this.toks[i]!.norm) !== null;
    const head = indices.findIndex((i) => isRoleHead(i) || findIn(ORG_HEADS, this.toks[i]!.norm) !== null);
    if (person !== null && (head < 0 || !isRoleHead(indices[head]!))) {
      // A title between the body and the name stays with the name ("الفريق مهاب مميش").
      const title = indices.findIndex((i, n) => n > head && i < person[0]! && isRoleHead(i));
      return title >= 0 ? indices.slice(title) : person;
    }
    if (head >= 0) return indices.slice(head);
    if (indices.length === 0) return indices;
    const first = this.toks[indices[0]!]!;
    // "رجال الأمن الذين قالوا": an indefinite noun in construct with a definite one is a full noun phrase.
    const construct = indices.length >= 2 && isDefinite(this.toks[indices[1]!]!.norm);
    return isDefinite(first.norm) || construct || (this.lookup !== null && this.knownSubject(indices)) ? indices : [];
  }

  /** The tokens' text as written, joined by spaces: what the entity analysis is asked about. */
  private textOf(indices: readonly number[]): string {
    return tokenText(indices.map((i) => this.toks[i]!));
  }

  /** The words from `from` up to a punctuation mark, a cue or a complementizer (one more than an apposed name may have, at most). */
  private apposedWords(from: number, limit: number): number[] {
    const words: number[] = [];
    for (let j = from; j < limit && words.length <= MAX_APPOSED_NAME_WORDS && this.toks[j]!.kind === 'word' && this.hitAt[j]! < 0 && !isComplementizer(this.toks[j]!.norm); j++) words.push(j);
    return words;
  }

  /**
   * "قال قائد القوات الروسية في سوريا الفريق أول سيرغي …", "المبعوث الأممي إلى ليبيا غسان سلامة":
   * a role span that stopped at في/إلى goes on over the place or body and a rank to the holder's
   * name, when the run after the preposition ends in a name the entity analysis knows as a person,
   * or holds a full name followed by a definite description ("… ستافان دي ميستورا المشارك في …").
   * Not a name an administration or a government governs ("في إدارة الرئيس باراك أوباما"). Without
   * such a name the preposition opens an adjunct ("قال الوزير في المؤتمر") and the span stays.
   */
  private extendToNamedHolder(span: { indices: number[]; end: number }, limit: number): void {
    if (!this.lookup || span.indices.length === 0 || span.end + 2 >= limit) return;
    const prep = this.toks[span.end]!.norm;
    if (prep !== F.fi && prep !== F.ila) return;
    if (findIn(ROLE_HEADS, this.toks[span.indices[0]!]!.norm) === null) return;
    const run: number[] = [];
    // "الفريق أول": the rank's ordinal is no span stop here.
    const inRun = (j: number): boolean => isSpanWord(this.toks[j], this.isCueAt, j) || (this.toks[j]!.norm === F_AWWAL && run.length > 0);
    for (let j = span.end + 1; j < limit && run.length < MAX_HOLDER_RUN && inRun(j); j++) run.push(j);
    // "رئيس الاتحاد في الشمال السوري , عمار السعيد , إن…", "الباحث في الشؤون الإسلامية , الأستاذ منتصر
    // أوبترون ,": the holder's name set off by commas after the place. A person the article knows.
    const comma = run.length > 0 ? run[run.length - 1]! + 1 : -1;
    if (comma > 0 && isComma(this.toks[comma])) {
      const name = this.apposedWords(comma + 1, limit);
      const closed = name.length > 0 && name.length <= MAX_APPOSED_NAME_WORDS && isComma(this.toks[name[name.length - 1]! + 1]);
      // A title may open it ("الأستاذ"): the rest is the name.
      const start = closed && name.length > 1 && roleHeadAt(this.toks, name[0]!) !== null ? 1 : 0;
      const person = closed ? this.lookup.resolve(this.textOf(name.slice(start)), 'person') : null;
      if (person !== null && person.type === 'person' && !employedBy(this.toks, run)) {
        span.indices.push(span.end, ...run, ...name);
        span.end = name[name.length - 1]! + 2;
        return;
      }
    }
    // The name is two or three words of the run with something (the place) before it; a description
    // after the name ("ستافان دي ميستورا المشارك في المحادثات") is left out of the span. The latest end wins.
    for (let end = run.length; end >= 3; end--) {
      // Before the run's end only a full name followed by a definite description ("المشارك",
      // "السابق"): "الدكتور مالك الحباشنة" is not "الدكتور مالك" and a surname, nor is "الرئيس محمود
      // عباس جيسون غرينبلات" the president.
      const next = end < run.length ? this.toks[run[end]!]! : null;
      if (next !== null && !isDefinite(next.norm)) continue;
      for (const n of [3, 2]) {
        if (end <= n) continue;
        const nameToks = run.slice(end - n, end);
        const firstHead = roleHeadAt(this.toks, nameToks[0]!);
        if (next !== null && firstHead !== null) continue;
        // "حكومة الوفاق فايز السراج": a definite word before a two-word name is the body's, not the
        // name's first word (a two-word window may still start with a family name's ال: "المحسن أبانمي").
        if (n === 3 && firstHead === null && isDefinite(this.toks[nameToks[0]!]!.norm)) continue;
        const name = this.textOf(nameToks);
        const found = this.lookup.resolve(name, 'person');
        if (found === null || found.type !== 'person') continue;
        // "مسؤول كبير في إدارة الرئيس باراك أوباما": a name governed by an administration, a government
        // or a reign (with at most titles between) is the one the official works for, not the official.
        if (employedBy(this.toks, run.slice(0, end - n))) return;
        span.indices.push(span.end, ...run.slice(0, end));
        span.end = run[end - 1]! + 1;
        return;
      }
    }
  }

  /**
   * Token `i` (definite, no role head) opens the accused after the subject words `before`: the last
   * is a sound plural with its nun (ناشطون: a construct would have dropped it), or they are a name
   * the entity analysis knows as a person ("ترامب", "سامي العلي").
   */
  private accusedStartsAt(before: readonly number[], i: number): boolean {
    const t = this.toks[i]!;
    // "ووصف التقرير وضع الاقتصاد السعودي بالجيد": an event or state noun (OBJECT_NOUNS) after a
    // title, a document or a body opens what is described.
    if (opensProposition(t) && before.length > 0 && (roleHeadAt(this.toks, before[0]!) !== null || findIn(DOCUMENT_HEADS, this.toks[before[0]!]!.norm) !== null ||
      findIn(ORG_HEADS, this.toks[before[0]!]!.norm) !== null || this.knownSubject(before))) return true;
    // "واتهمت موسكو واشنطن بـ…", "اتهمت روسيا الولايات المتحدة بـ…": a state right after a subject
    // that is itself a state is the accused.
    // The subject is a state by its own name or capital (one or two words: "موسكو", "روسيا", "الولايات
    // المتحدة"), not a phrase with a nisba in it ("السلطات الأفغانية أجهزة"); and the two are not one
    // place's name ("روسيا البيضاء" is another state than روسيا).
    if (this.lookup && before.length <= 2) {
      const subjectText = this.textOf(before);
      const subject = this.lookup.resolve(subjectText);
      const isState = (e: { type: string } | null): boolean => e !== null && (e.type === 'country' || e.type === 'location');
      const joint = this.lookup.resolve(`${subjectText} ${t.text}`);
      const next = this.toks[i + 1];
      const accused = isState(this.lookup.resolve(t.text)) || (next !== undefined && next.kind === 'word' && isState(this.lookup.resolve(`${t.text} ${next.text}`)));
      if (isState(subject) && !(isState(joint) && joint !== subject) && accused) return true;
    }
    // "اتهم … الشيخ راشد آل خليفة إيران بالتورط": a state written bare after two subject words is
    // the accused (no name ends with one).
    if (!isDefinite(t.norm)) {
      // Only after a person's name ("وزير خارجية إيران محمد جواد ظريف" keeps إيران in the office).
      const named = before.some((k) => looksLikeNamePart(this.toks[k]!)) && roleHeadAt(this.toks, i - 1) === null;
      return named && before.length >= 2 && this.lookup !== null && this.lookup.governmentOf(t.text) !== null && this.lookup.resolve(t.text)?.type !== 'person';
    }
    // A title ("اللواء", "الفريق الركن", "المهندس") continues the subject: it opens the name.
    if (roleHeadAt(this.toks, i) !== null) return false;
    // "الناطق باسم « فيلق الرحمن » النظام السوري بـ…": a quoted name closes the subject.
    if (this.toks[i - 1]!.kind === 'quote') return true;
    const p = this.toks[before[before.length - 1]!]!.norm;
    // "واتهم الوزير المعارضة بـ…": a feminine definite noun cannot qualify a masculine definite
    // title (a feminine nisba could only follow a feminine one), so it starts the object.
    if (isDefinite(p) && !p.endsWith('ه') && roleHeadAt(this.toks, before[before.length - 1]!) !== null && /^ال[^\s]{3,}ه$/u.test(t.norm) && !t.norm.endsWith('يه')) return true;
    // "الإعلام الرسمي المجموعات المسلحة بـ…": a definite plural in -ات cannot agree with a definite
    // nisba before it (a non-human plural takes a feminine singular adjective), so it starts a phrase.
    if (isDefinite(p) && /(?:ي|يه)$/u.test(p) && /^[^\s]{4,}ات$/u.test(t.norm)) return true;
    // "وصنف الادعاء العام البلجيكي الاعتداء … بأنه": after a definite nisba only adjectives continue a
    // phrase; a definite word that is neither a nisba nor a title adjective (السابق، المستقيل) is a noun
    // that starts the object.
    if (isDefinite(p) && ((/ي$/u.test(p) && p.length > 4) || TITLE_ADJECTIVES.has(p)) && !/(?:ي|يه|يين|يون)$/u.test(t.norm) && !TITLE_ADJECTIVES.has(t.norm)) return true;
    if (!isDefinite(p) && /(?:ون|ين)$/u.test(p) && p.length > 4 && findIn(ORG_HEADS, p) === null) return true;
    if (!this.lookup) return false;
    // "ووصفت روسيا العقوبات بأنها…", "اتهمت الأمم المتحدة الحكومة بـ…": a definite noun after a body or
    // a state starts the object.
    if (this.nounAfterBody(before, i)) return true;
    const found = this.lookup.resolve(this.textOf(before), 'person');
    if (found === null || found.type !== 'person') return false;
    // The name must end where the accused begins: "وزير الخارجية سامي" resolves to "سامي العلي", whose
    // family name is still to come.
    return [found.name, ...found.aliases].some((name) => {
      const folded = fold(name);
      return folded === p || folded.endsWith(` ${p}`);
    });
  }

  /**
   * The span word at `i` opens the addressee: it is definite, not a singular nisba, title adjective
   * or role head, and the words before it name, as a whole, a person the entity analysis knows.
   */
  private addresseeAfterPerson(before: readonly number[], i: number): boolean {
    const t = this.toks[i]!;
    if (this.lookup === null || !isDefinite(t.norm) || t.norm.startsWith('لل') || /(?:ي|يه)$/u.test(t.norm) || TITLE_ADJECTIVES.has(t.norm) || findIn(ROLE_HEADS, t.norm) !== null) return false;
    const name = parseSpeaker(before.map((k) => this.toks[k]!), this.lookup)?.name ?? null;
    return name !== null && this.lookup.resolve(name, 'person')?.type === 'person' && this.lookup.resolve(t.text) === null;
  }

  /** Token i is a definite noun, not a nisba or a title's adjective, right after a body or a state (endsWithBody). */
  private nounAfterBody(before: readonly number[], i: number): boolean {
    const t = this.toks[i]!;
    return this.lookup !== null && isDefinite(t.norm) && !/(?:ي|يه|يين|يون)$/u.test(t.norm) && !TITLE_ADJECTIVES.has(t.norm) && this.endsWithBody(before, t.text);
  }

  /**
   * The last one or two words of `before` (a glued لـ dropped) name an organization, a state or a place the
   * entity analysis knows, which does not go on with `next` ("روسيا البيضاء", "الأمم المتحدة الإنمائي"),
   * and they are its name, not its nisba.
   */
  private endsWithBody(before: readonly number[], next: string): boolean {
    for (const n of [2, 1]) {
      if (before.length < n) continue;
      const words = before.slice(before.length - n);
      // A nisba stands for its state ("الروسية" → روسيا) but is an adjective: what follows may be one too ("الروسية العامة").
      if (/(?:ي|يه)$/u.test(this.toks[words[words.length - 1]!]!.norm)) return false;
      const text = withArticle(this.textOf(words));
      const body = this.lookup!.resolve(text);
      if (body === null || (body.type !== 'organization' && body.type !== 'country' && body.type !== 'location')) continue;
      // With the next word, the last one, two or three words must name nothing: "الإخوان المسلمين"
      // goes on with the name, "روسيا البيضاء" names another state.
      for (let k = 1; k <= Math.min(3, before.length); k++) {
        const tail = withArticle(this.textOf(before.slice(before.length - k)));
        if (this.lookup!.resolve(`${tail} ${next}`) !== null) return false;
      }
      return true;
    }
    return false;
  }

  /**
   * The span opens with a بـ-object ("بأعضاء اللجنة") that is no name the entity analysis knows.
   * Asked only of verbs whose content is no بـ-phrase ("وعد بإعادة التفاوض" is the promise itself).
   */
  private biObject(indices: readonly number[]): boolean {
    const first = this.toks[indices[0]!]!;
    if (!BI_OBJECT.test(first.text)) return false;
    // One بال-word alone may be a surname ("ويقول بالانش"), unless it is an adverb of this shape.
    if (indices.length === 1 && first.text.startsWith('بال') && !BI_ADVERBS.has(first.norm)) return false;
    return this.lookup === null || this.lookup.resolve(this.textOf(indices)) === null;
  }

  /**
   * The word at i is بـ glued to a noun: not a listed first name, not a name the article knows, and
   * not followed by another بـ-word, which would be the content after a subject ("وطالب بوتين بانسحاب…").
   */
  private biContent(i: number): boolean {
    const tok = this.toks[i]!;
    if (tok.kind !== 'word' || tok.norm.length < 4 || tok.norm[0] !== 'ب' || looksLikeNamePart(tok)) return false;
    const next = this.toks[i + 1];
    if (next?.kind === 'word' && next.norm.length > 3 && next.norm[0] === 'ب') return false;
    return this.lookup === null || (this.lookup.resolve(tok.text) === null && this.lookup.resolve(this.textOf([i, i + 1].filter((k) => this.toks[k]?.kind === 'word'))) === null);
  }

  /** The last two or three words of `indices` when they name a person the entity analysis knows. */
  private knownPersonSuffix(indices: readonly number[]): number[] | null {
    if (!this.lookup) return null;
    for (const n of [3, 2]) {
      if (indices.length < n) continue;
      const words = indices.slice(indices.length - n);
      const text = this.textOf(words);
      const found = this.lookup.resolve(text, 'person');
      if (found === null || found.type !== 'person') continue;
      // The lookup also finds a name inside a longer phrase ("الجيش غادي آيزنكوت"): three words
      // count only when they are the name itself, as the article writes it.
      if (n === 3 && fold(found.name) !== fold(text) && !found.aliases.some((a) => fold(a) === fold(text))) continue;
      return words;
    }
    return null;
  }

  /**
   * The longest start of `indices` (two words or more, at most `maxWords`) that the entity analysis
   * knows as a person; with `exact`, only a start that is the person's name or an alias as written
   * (the lookup also finds a name inside a longer phrase).
   */
  private knownPersonPrefix(indices: readonly number[], exact = false, maxWords = Infinity): number[] | null {
    if (!this.lookup) return null;
    for (let n = Math.min(indices.length, maxWords); n >= 2; n--) {
      const words = indices.slice(0, n);
      const text = this.textOf(words);
      const found = this.lookup.resolve(text, 'person');
      if (found === null || found.type !== 'person') continue;
      if (exact && fold(found.name) !== fold(text) && !found.aliases.some((a) => fold(a) === fold(text))) continue;
      return words;
    }
    return null;
  }

  /**
   * Where the words of a passer-by start when they follow his name directly: the span opens with a
   * person the article knows, written in full, and the next word opens speech (a negator, a praise
   * of God, a first-person verb of condolence or wish, a first-person pronoun); the content found
   * otherwise, if any, starts further on. Token index, or null.
   */
  private wordsRightAfterName(span: { indices: number[]; end: number }, limit: number, content: Content | null): number | null {
    const name = this.knownPersonPrefix(span.indices, true, MAX_VOX_NAME_WORDS);
    if (name === null) return null;
    const next = name[name.length - 1]! + 1;
    const t = this.toks[next];
    if (next >= limit || t === undefined || t.kind !== 'word' || !SPEECH_OPENERS.has(t.norm)) return null;
    return content !== null && content.startTok <= next + 1 ? null : next;
  }


  /** An apposition opened by the comma at `comma` is closed by another comma at `end`. */
  private closedApposition(comma: number, end: number): boolean {
    return end > comma && isComma(this.toks[end]);
  }

  /** The first comma in [from, to), or `to`. */
  private firstCommaIn(from: number, to: number): number {
    for (let i = from; i < to; i++) if (isComma(this.toks[i])) return i;
    return to;
  }

  /** True when the word before `first` (searched back from `before`) is a complementizer. */
  private followsComplementizer(first: Tok, before: number): boolean {
    for (let i = before - 1; i > this.from && i >= before - MAX_OPENER_LOOKBACK; i--) {
      if (this.toks[i] !== first) continue;
      const prev = this.toks[i - 1]!;
      return prev.kind === 'word' && isComplementizer(prev.norm);
    }
    return false;
  }

  /**
   * Token where the content of hit `k` must end: the clause start of the next hit that opens a new
   * clause and is not a participle. Computed for all hits in one right-to-left pass.
   */
  private limitAfter(k: number): number {
    if (!this.limits) {
      this.limits = new Int32Array(this.hits.length);
      let next = this.toks.length;
      const bars = this.nextSeparatorBar();
      for (let m = this.hits.length - 1; m >= 0; m--) {
        this.limits[m] = Math.min(next, bars[this.hits[m]!.end]!);
        const h = this.hits[m]!;
        // Only verbs bound content: nominal cues inside it ("…، بحسب الوكالة", "في تصريحات…") are adjuncts.
        if (h.newClause && h.kind === 'verb' && this.mayReport(h)) next = h.clauseStart;
      }
    }
    return this.limits[k]!;
  }

  private limits: Int32Array | null = null;

  /**
   * Whether a verb that opens a clause can start a statement of its own, and so end the content
   * before it. A verb set off by a comma alone ("قالت المفوضية إن موغيريني، تتوقع عودة الحريري")
   * reports only when what it says follows within a few words: a complementizer, a colon, a quote
   * or one of its object markers, or a row that takes a bare noun phrase. Otherwise the words after
   * the comma are still the content it stands in. A verb with و/ف, or after a clause word
   * (فيما، كما), starts the reporter's narration again and always ends the content.
   */
  private mayReport(h: CueHit): boolean {
    if (h.proclitic || h.clauseStart !== h.start || h.form === null || h.form.row.nounContent) return true;
    const markers = LEXICON.objectMarkers.get(h.form.row) ?? null;
    const stop = Math.min(this.toks.length, h.end + MAX_REPORT_REACH);
    for (let i = h.end; i < stop; i++) {
      const t = this.toks[i]!;
      if (t.kind === 'quote' || isColon(t)) return true;
      if (t.kind !== 'word') continue;
      if (isComplementizer(t.norm) || (markers !== null && this.isObjectMarker(t.norm, markers))) return true;
    }
    return false;
  }

  /**
   * For each token index, the first "|" at or after it (or the sentence end). A vertical bar joins a
   * headline, a site name and the lead on one scraped line ("… في بدايتها | رأي اليوم بيروت : كشف …"):
   * no content runs across it.
   */
  private nextSeparatorBar(): Int32Array {
    const n = this.toks.length;
    const out = new Int32Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) out[i] = this.toks[i]!.text === '|' ? i : out[i + 1]!;
    return out;
  }

  private isCueAt = (i: number): boolean => this.hitAt[i]! >= 0;

  /** The word at `i` names a place, state or organization the entity analysis knows. */
  private isKnownBodyAt = (i: number): boolean => {
    if (this.lookup === null) return false;
    const text = this.toks[i]!.text;
    if (this.lookup.isPlace(text)) return true;
    const entity = this.lookup.resolve(text);
    return entity !== null && (entity.type === 'organization' || entity.type === 'country' || entity.type === 'location');
  };

  /**
   * The span is a place named by one or two words whose verb is feminine (every city, most countries:
   * not those in MASCULINE_PLACES), or one definite body noun in ة (الحكومة، الوزارة).
   */
  private feminineOnly(indices: readonly number[]): boolean {
    if (indices.length === 0 || indices.length > 2) return false;
    const norms = indices.map((i) => this.toks[i]!.norm);
    if (indices.length === 1 && isDefinite(norms[0]!) && norms[0]!.endsWith('ه') && findIn(ORG_HEADS, norms[0]!) !== null) return true;
    if (!this.lookup) return false;
    const phrase = this.textOf(indices);
    // A building that stands for a government (الكرملين، البيت الأبيض) is a masculine body, not a place.
    const entity = this.lookup.resolve(phrase);
    return entity !== null && (entity.type === 'country' || entity.type === 'location') && !MASCULINE_PLACES.has(norms.join(' '));
  }

  /** The span without a plural object and what follows it (see pluralObjectAt). */
  private cutPluralObject(span: { indices: number[]; end: number }): void {
    const objectAt = span.indices.findIndex((i, n) => n >= 1 && span.indices[n - 1] === i - 1 && this.pluralObjectAt(i));
    if (objectAt > 0) {
      span.end = span.indices[objectAt]!;
      span.indices = span.indices.slice(0, objectAt);
    }
  }

  /** A definite plural in -ين after a definite word (not لل: "للمعلمين" belongs to an office), naming no place or person. */
  private pluralObjectAt(i: number): boolean {
    const t = this.toks[i]!;
    const before = this.toks[i - 1]!;
    if (!t.norm.startsWith('ال') || !this.isObliquePlural(i) || before.kind !== 'word' || !isDefinite(before.norm)) return false;
    // After a plural the word is its adjective ("السكان المحليين", "الأطباء النفسيين", "الطلاب
    // المقبولين"): only a singular before it, a role ("الوزير"), a nisba ("الأحدي", "المدني") or a
    // لل-complement ("للمديرية"), makes it a second noun phrase. A nisba plural is an adjective anyway.
    if (NISBA_PLURAL.test(t.norm)) return false;
    const head = roleHeadAt(this.toks, i - 1);
    const singular = (head !== null && !PLURAL_ROLE_HEADS.has(head)) || /(?:ي|ه)$/u.test(before.norm) || before.norm.startsWith('لل');
    if (!singular) return false;
    if (this.lookup && (this.lookup.isPlace(t.text) || this.lookup.resolve(t.text, 'person') !== null)) return false;
    return !NOT_PLURAL_IN.has(t.norm);
  }

  /** A definite oblique plural or dual that is not an organization's name ("السياسيين", not "الكرملين"). */
  private isObliquePlural(i: number): boolean {
    const norm = this.toks[i]!.norm;
    return OBLIQUE_PLURAL.test(norm) && findIn(ORG_HEADS, norm) === null;
  }

  private prevWord(i: number): string | null {
    const t = this.toks[i - 1];
    return t && t.kind === 'word' ? t.norm : null;
  }

  /** Content starting with the quote that opens at `open`. */
  private quoteContent(open: number): Content {
    const close = this.pairs.closeOf[open]!;
    const n = this.toks.length;
    return {
      startTok: open + 1,
      endTok: close >= 0 ? close : n,
      start: this.toks[open]!.end,
      end: close >= 0 ? this.toks[close]!.start : this.text.length,
      direct: true,
      openStyle: close >= 0 ? -1 : quoteStyle(this.toks[open]!.text),
    };
  }

  /**
   * The content after a complementizer or the cue's preposition. It is direct when it starts with a
   * quotation that holds the whole clause ("وقال إن « الوضع تحت السيطرة »", "مؤكدا أن "الرد سيكون
   * خلال 48 ساعة""): the speaker's own words follow the particle, and the content is the quoted words
   * (a quote left open is direct to the sentence's end). A quote that opens later ("أن الوزارة « لن
   * تتهاون »"), names something ("إن « حماس » هي…", "من «داعش»") or closes before the clause ends
   * leaves it indirect.
   */
  private complementContent(startTok: number, limit: number, afterPreposition = false): Content | null {
    const t = this.toks[startTok];
    if (startTok >= limit || t === undefined || t.kind !== 'quote') return this.clauseContent(startTok, limit, false);
    const close = this.pairs.closeOf[startTok]!;
    if (close === -2 || this.isNameQuote(startTok)) return this.clauseContent(startTok, limit, false);
    // "وحذر الوزير من «داعش»": a short quote after a preposition that the entities know is a name
    // ("دعا إلى « إسقاط النظام »" stays direct).
    if (afterPreposition && close >= 0 && this.quoteWords(startTok, close) <= MAX_SHORT_NAME_WORDS && this.knownQuoted(startTok, close)) return this.clauseContent(startTok, limit, false);
    // A quote left open after أن does not run on over the next sentences (as after a colon): a lost
    // closing mark would swallow the statements after it. It is direct up to the sentence's end.
    if (close < 0) return this.clauseContent(startTok + 1, limit, true);
    let after = close + 1;
    while (after < limit && (this.toks[after]!.kind === 'punct' || isComma(this.toks[after]))) after++;
    // A quote that closes with the clause running on ("كشفت عن "واقع الطب البديل" وجود فجوة…") is
    // a quoted title or phrase inside indirect content, and cues after it are not inside a quotation.
    // The clause also ends where the next cue begins ("إن "…"، مضيفا: …").
    return after >= limit || this.hitAt[after]! >= 0 ? this.quoteContent(startTok) : this.clauseContent(startTok, limit, false);
  }

  /**
   * "وأضاف " العسكر " في حديثه للموقع، أن…", "وقالت « سانا » إن…": a short quote right after the
   * cue is its subject when the content is still to come (a complementizer or a colon within a few
   * words); a short quote that ends the clause ("وقال: « لا »") stays the content.
   */
  private quotedSubject(j: number, limit: number): { indices: number[]; end: number } | null {
    const open = this.toks[j];
    if (!open || open.kind !== 'quote') return null;
    const close = this.pairs.closeOf[j]!;
    if (close < 0 || close >= limit) return null;
    const inside: number[] = [];
    for (let i = j + 1; i < close; i++) {
      if (this.toks[i]!.kind !== 'word' || this.hitAt[i]! >= 0) return null;
      inside.push(i);
    }
    if (inside.length === 0 || inside.length > MAX_QUOTED_SUBJECT_WORDS) return null;
    // Only a name the entities know, and no place ("وذكرت « الرياض »" is the newspaper, not the
    // state): "وقال « سنرد بقوة » إن تعرضنا…" quotes words.
    if (!this.knownQuoted(j, close)) return this.quotedSurname(inside, close, limit);
    const quoted = this.textOf(inside);
    if (this.lookup!.isPlace(quoted)) return null;
    // "وكشف «ولد الشيخ أحمد» النقاب عن…", "وقال «…» في مؤتمر صحافي عقده أمس مع… «إن…»": a person the
    // article names, in quotes right after the cue, is its subject however far the content starts.
    // The quote ends with the person's name and opens with it or a first name: «فرقة السلطان مراد»
    // holds a person but names a brigade; «يان إيغلاند» is the man the article knows as إيغلاند.
    const person = this.lookup!.resolve(quoted, 'person');
    if (person?.type === 'person') {
      const known = entityWords(person);
      const first = this.toks[inside[0]!]!;
      if (known.has(this.toks[inside[inside.length - 1]!]!.norm) && (known.has(first.norm) || looksLikeNamePart(first))) return { indices: inside, end: close + 1 };
    }
    for (let i = close + 1; i < limit && i <= close + QUOTED_SUBJECT_REACH; i++) {
      const t = this.toks[i]!;
      if (opensContent(t)) return { indices: inside, end: close + 1 };
      if (t.kind === 'quote' || this.hitAt[i]! >= 0 || (t.kind === 'word' && SUBORDINATORS.has(t.norm))) return null;
    }
    return null;
  }

  /**
   * "وأكد «الحارثي» لـ«عكاظ» أن…", "وقال "الزهراني" إن…": the newspapers' way of writing a surname
   * in quotes right after the cue. One or two words opening with a first name or ال, then the
   * complementizer at once or after the outlet spoken to (لـ, a quoted name); a quote of words
   * ("وقال « سنرد » إن…") has no such shape. The span, or null.
   */
  private quotedSurname(inside: number[], close: number, limit: number): { indices: number[]; end: number } | null {
    const first = this.toks[inside[0]!]!;
    if (inside.length > 2 || !(isDefinite(first.norm) || looksLikeNamePart(first)) || (this.lookup !== null && this.lookup.isPlace(first.text))) return null;
    let i = close + 1;
    const t = this.toks[i];
    if (t && t.kind === 'word' && t.norm.startsWith('ل') && !isComplementizer(t.norm)) {
      i++;
      // "لـ«عكاظ»", "لصحيفة «الرياض»": the outlet's name in quotes.
      while (i < limit && this.toks[i]!.kind === 'word' && i <= close + 3) i++;
      if (this.toks[i]?.kind === 'quote') {
        const shut = this.pairs.closeOf[i]!;
        if (shut < 0 || shut >= limit || shut - i > MAX_QUOTED_SUBJECT_WORDS + 1) return null;
        i = shut + 1;
      }
    }
    return i < limit && opensContent(this.toks[i]) ? { indices: inside, end: close + 1 } : null;
  }

  /**
   * "قال الناشط في شبكة " فرات بوست " , أحمد العسكر , إن…": after a role that ends with an outlet
   * named in quotes, a name set off by commas before the content is the speaker's. The span takes
   * the name (the outlet's name stays out of it: a name is not read inside quotes).
   */
  private nameAfterQuotedOutlet(span: { indices: number[]; end: number }, limit: number): void {
    const last = span.indices[span.indices.length - 1];
    const open = span.end;
    if (last === undefined || this.toks[open]?.kind !== 'quote' || !OUTLET_INTRODUCERS.has(this.toks[last]!.norm)) return;
    const close = this.pairs.closeOf[open]!;
    if (close < 0 || close >= limit || !this.isNameQuote(open)) return;
    let i = close + 1;
    if (!isComma(this.toks[i])) return;
    i++;
    const name = this.apposedWords(i, limit);
    i += name.length;
    if (name.length === 0 || name.length > MAX_APPOSED_NAME_WORDS || !isComma(this.toks[i])) return;
    // A person's name: a listed first name or one the entities know ("، ومقرها حلب ،", "، اليوم الأحد ،" are not).
    const nameText = this.textOf(name);
    if (!looksLikeNamePart(this.toks[name[0]!]!) && this.lookup?.resolve(nameText, 'person')?.type !== 'person') return;
    if (!opensContent(this.toks[i + 1])) return;
    span.indices = [...span.indices, ...name];
    span.end = i;
  }

  /** The tokens at i and i + 1 are "صادر عن" (a document's issuer follows). */
  private issuedAt(i: number): boolean {
    return ISSUED.has(this.toks[i]?.norm ?? '') && this.toks[i + 1]?.norm === F.an_prep;
  }

  /** Words between the quote marks at `open` and `close`. */
  private quoteWords(open: number, close: number): number {
    return this.wordsBefore[close]! - this.wordsBefore[open + 1]!;
  }

  /** The words between the marks at `open` and `close` name an entity of the article. */
  private knownQuoted(open: number, close: number): boolean {
    if (!this.lookup) return false;
    const text = tokenText(this.toks.slice(open + 1, close).filter((t) => t.kind === 'word'));
    return text !== '' && this.lookup.resolve(text) !== null;
  }

  /** The token is written right after a full stop, with no space: a piece of "سي.إن.إن". */
  private gluedToDot(j: number): boolean {
    const prev = this.toks[j - 1];
    return prev !== undefined && prev.kind === 'punct' && prev.text === '.' && prev.end === this.toks[j]!.start;
  }

  /**
   * The verb's content still follows the possessed noun at `from - 1`: a complementizer that is not
   * the noun's own ("رفضه أن", "ثقته بأن", "حرصه على أن" are the noun's complements), a colon, or one
   * of the verb's object markers within a few words ("ونفى تقريره الأخير وجود…"; not the first word:
   * "حرصه على الحضور"). Then the noun is the subject ("وأكد تحليله للوضع أن…").
   */
  private contentFollows(from: number, limit: number, markers: ReadonlySet<string> | null): boolean {
    for (let k = from; k < limit; k++) {
      const u = this.toks[k]!;
      if (isColon(u)) return true;
      if (u.kind !== 'word') continue;
      if (isComplementizer(u.norm)) {
        const prev = this.toks[k - 1]!;
        const own = k === from || NOUN_COMPLEMENTIZERS.has(u.norm) || (prev.kind === 'word' && (PREPOSITIONS.has(prev.norm) || prev.norm === F.fi));
        if (!own) return true;
        continue;
      }
      if (k > from && k <= from + POSSESSED_MARKER_REACH && markers !== null && markers.has(u.norm)) return true;
      if (this.hitAt[k]! >= 0) return false;
    }
    return false;
  }

  /** Where the content begins in the sentence: its opening quote mark when it has one. */
  private contentOpening(content: Content): number {
    return this.toks[content.startTok - 1]?.kind === 'quote' ? content.startTok - 1 : content.startTok;
  }

  /**
   * "وأعلنت حركة حسم مسؤوليتها عن الهجوم", "وأكد الوزير حرصه على الحضور": the verbal noun with the
   * subject's pronoun after the subject opens the proposition, which reads with it ("مسؤوليتها عن
   * الهجوم", not "الهجوم"). Its token, or -1. The verb's own marker may follow it ("دعمه لوحدة
   * البلاد وسيادتها على…"): with the subject already written, the noun cannot be the subject.
   */
  private possessedAfterSubject(nounContent: boolean, span: { indices: number[]; end: number }, limit: number): number {
    if (!nounContent || span.indices.length === 0) return -1;
    const n = possessedObjectIn(span.indices.map((i) => this.toks[i]!));
    // "وأكد المجلس الوطني أمس دعمه…": time words and adverbs may stand between them.
    const object = n > 0 ? span.indices[n]! : this.afterSubjectAdverbs(span.end, limit);
    if (object < 0 || (n <= 0 && !isPropositionNoun(this.toks[object]!))) return -1;
    // What stands before it must be a noun phrase that can be a subject: "أعلن تغيير موقفه" is one
    // phrase (changing his position), with the subject elsewhere.
    const subject = span.indices.filter((i) => i < object);
    if (this.antecedentPhrase(subject).length === 0) return -1;
    if (this.wordsBefore[limit]! - this.wordsBefore[object]! < MIN_POSSESSED_WORDS) return -1;
    return object;
  }

  /** After "في" + a place the entity analysis knows (one or two words) at `k`: the token that follows, or -1. */
  private placeAfter(k: number): number {
    const fi = this.toks[k];
    if (this.lookup === null || fi?.kind !== 'word' || fi.norm !== F.fi) return -1;
    const one = this.toks[k + 1];
    if (one?.kind !== 'word') return -1;
    if (this.lookup.isPlace(one.text)) return k + 2;
    const two = this.toks[k + 2];
    return two?.kind === 'word' && this.lookup.isPlace(`${one.text} ${two.text}`) ? k + 3 : -1;
  }

  /**
   * "وأكد القيادي في حزب المؤتمر علي البخيتي أن…": written with its final ي and followed by a family
   * nisba ("البخيتي"), علي is the first name, not the preposition على that أكد may take (folded,
   * the two are one word; Egyptian sites also write the preposition with ي, but a nisba adjective
   * never follows the preposition directly).
   */
  private nameAli(j: number): boolean {
    const t = this.toks[j]!;
    const next = this.toks[j + 1];
    return t.norm === F.ala && t.text.endsWith('ي') && next?.kind === 'word' && isDefinite(next.norm) && /ي$/u.test(next.norm) && next.norm.length >= 5;
  }

  /** Token `k` closes an adjunct: a comma or bracket, or a time word. */
  private closesAdjunct(k: number): boolean {
    const after = this.toks[k];
    return after !== undefined && ((after.kind === 'punct' && ADVERB_PUNCT.has(after.text)) || (after.kind === 'word' && SUBJECT_ADVERBS.has(after.norm)));
  }

  /** The token after the time words and adverbs that follow a subject ending at `j` ("أمس", "مجدداً", "، اليوم ( الاثنين )"), or -1 when none follows. */
  private afterSubjectAdverbs(j: number, limit: number): number {
    let adverbs = 0;
    while (j < limit && adverbs < MAX_SUBJECT_ADVERBS) {
      const t = this.toks[j]!;
      // "في تصريحه الأربعاء", "في بيان": the channel of the words, as a nominal cue read them or as
      // في with a noun of speaking and its pronoun.
      // Only when the phrase ends there (a comma or a time word after it): "في مؤتمر صحافي عقده…",
      // "في تصريحات صحفية عقب…" run on.
      const h = this.hitAt[j]!;
      if (h >= 0 && this.hits[h]!.kind === 'nominal' && this.hits[h]!.nominal!.speaker === 'before' && this.closesAdjunct(this.hits[h]!.end)) {
        adverbs++;
        j = this.hits[h]!.end;
        continue;
      }
      const next = this.toks[j + 1];
      if (t.kind === 'word' && t.norm === F.fi && next?.kind === 'word' && SPEECH_OCCASION.test(next.norm) && this.closesAdjunct(j + 2)) {
        adverbs++;
        j += 2;
        continue;
      }
      if (t.kind === 'word' && SUBJECT_ADVERBS.has(t.norm)) adverbs++;
      else if (!(t.kind === 'punct' && ADVERB_PUNCT.has(t.text))) break;
      j++;
    }
    return adverbs > 0 && j < limit ? j : -1;
  }

  private clauseContent(startTok: number, limit: number, direct: boolean): Content | null {
    if (startTok >= limit) return null;
    return {
      startTok,
      endTok: limit,
      start: this.toks[startTok]!.start,
      end: limit < this.toks.length ? this.toks[limit]!.start : this.text.length,
      direct,
      openStyle: -1,
    };
  }

  /**
   * Scan from `j` for the start of the content: a quote, a colon, a complementizer, or an object
   * marker of the cue's verb. Participles on the way are absorbed into the cue; nominal cues
   * ("في بيان") are passed over; another verbal cue ends the search.
   */
  private scanContent(j: number, limit: number, objectMarkers: ReadonlySet<string> | null, acc: ContentAcc, speakerSeen: boolean): Content | null {
    const stop = Math.min(limit, j + MAX_CONTENT_DISTANCE);
    const scanFrom = j;
    for (; j < stop; j++) {
      const t = this.toks[j]!;
      if (t.kind === 'quote') {
        const c = this.pairs.closeOf[j]!;
        if (c === -2) continue;
        if (this.isNameQuote(j)) {
          j = c;
          continue;
        }
        return this.quoteContent(j);
      }
      if (isColon(t)) {
        const next = this.toks[j + 1];
        if (next && next.kind === 'quote' && this.pairs.closeOf[j + 1]! !== -2) return this.quoteContent(j + 1);
        const afterColon = this.clauseContent(j + 1, limit, true);
        return afterColon && { ...afterColon, unquoted: true };
      }
      if (t.kind !== 'word') continue;
      // "لشبكة سي.إن.إن إن الوضع…": a piece of a dotted acronym is no complementizer.
      if (isComplementizer(t.norm) && this.gluedToDot(j)) continue;
      if (isComplementizer(t.norm)) {
        const before = this.prevWord(j);
        // "وقالت تركيا من قبل إنها…": إنّ written with its kasra hamza is the complementizer after any
        // word; only أن may be the conjunction of "قبل أن"/"بعد أن".
        if (before === null || !NON_COMPLEMENTIZER_BEFORE.has(before) || t.text.startsWith('إ')) return this.masdarAn(j) ? this.clauseContent(j, limit, false) : this.complementContent(j + 1, limit);
        continue;
      }
      const h = this.hitAt[j]!;
      if (h >= 0) {
        const hit = this.hits[h]!;
        if (hit.kind === 'participle') {
          this.absorbed.add(h);
          acc.participles?.push(h);
          if (hit.form?.row.denies) acc.denies = !acc.denies;
          j = hit.end - 1;
          continue;
        }
        // "…، وبحسب دراسة للمنظمة، فإن…": a nominal cue with its own و opens another attribution;
        // the complementizer after it is its content, not this cue's.
        // A masdar cue ("وإعلان الوزير…") is a noun inside the content, not a new attribution.
        if (hit.kind === 'nominal' && hit.proclitic && hit.nominal!.speaker !== 'masdar') return null;
        if (hit.kind === 'nominal') {
          this.absorbed.add(h);
          j = hit.end - 1;
          // "وقال الوزير، بحسب ما نقل عدد من الحاضرين: …": the channel's own verb is part of it.
          let m = hit.end;
          if (this.toks[m]?.norm === F.ma) m++;
          const inner = m < stop ? this.hitAt[m]! : -1;
          if (inner >= 0 && this.hits[inner]!.kind !== 'nominal') {
            this.absorbed.add(inner);
            j = this.hits[inner]!.end - 1;
          }
          continue;
        }
        return null;
      }
      // "يقر عقوبات على برنامج…": a ب-initial word after a preposition is that preposition's object,
      // not a glued ب marker of the cue.
      const afterPreposition = j > 0 && this.toks[j - 1]!.kind === 'word' && PREPOSITIONS.has(this.toks[j - 1]!.norm) && !objectMarkers?.has(t.norm);
      // A participle has no subject of its own to pass: its governed preposition may follow it at once
      // ("مشيراً إلى إجراء المؤسسة اختبارات…"); a glued ب there is as often a manner ("مؤكداً بقوة").
      if (objectMarkers && (speakerSeen || (j === scanFrom && PREPOSITIONS.has(t.norm))) && !afterPreposition && this.isObjectMarker(t.norm, objectMarkers) && !this.nameAli(j)) {
        const next = this.toks[j + 1];
        if (next && next.kind === 'word' && isComplementizer(next.norm)) return this.complementContent(j + 2, limit);
        // A bare preposition ("أعرب عن", "دعا إلى") belongs to the cue, not to what was said.
        return PREPOSITIONS.has(t.norm) ? this.complementContent(j + 1, limit, true) : this.clauseContent(j, limit, false);
      }
    }
    return null;
  }

  /**
   * "نفى أن يكون…", "استبعد أن تكون…": أنْ before the verb كان makes a verbal noun ("being"), not the
   * complementizer أنّ; the particle is part of what was denied and stays in the content.
   */
  private masdarAn(j: number): boolean {
    const next = this.toks[j + 1];
    return this.toks[j]!.norm === F.an && next !== undefined && next.kind === 'word' && KANA_IMPERFECT.has(next.norm);
  }

  /**
   * A country or city starts at span word n ("اتهم رئيس هيئة الأركان الروسية العامة الولايات
   * المتحدة بـ…"): after a definite phrase a place is a new noun phrase, the accused.
   */
  private placeStartsAt(indices: readonly number[], n: number): boolean {
    if (!this.lookup) return false;
    // "النظام السوري": a definite nisba after a definite noun agrees with it; it is no new phrase.
    const norm = this.toks[indices[n]!]!.norm;
    if (n > 0 && isDefinite(norm) && norm.endsWith('ي') && isDefinite(this.toks[indices[n - 1]!]!.norm)) return false;
    const one = this.toks[indices[n]!]!.text;
    const two = n + 1 < indices.length ? `${one} ${this.toks[indices[n + 1]!]!.text}` : null;
    return this.lookup.isPlace(one) || (two !== null && this.lookup.isPlace(two));
  }

  /**
   * A word glued to ب that starts the object inside a speaker span: before a definite noun
   * ("بالإفراج"), or a masdar after a definite subject ("تعهدت الحكومة بدفع الرواتب") when the entity
   * analysis knows no name there ("الوزير بشار…" stays a name).
   */
  private baObjectAt(i: number, before: number): boolean {
    const norm = this.toks[i]!.norm;
    if (norm[0] !== 'ب' || LIMIT_STOPS_BA.has(norm)) return false;
    // "بعدم الضغط": the negation masdar names nobody, after any subject ("واتهمت موسكو واشنطن بعدم…").
    if (norm.startsWith('بال') || norm === BA_ADAM) return true;
    if (!this.lookup || norm.length < 4 || !isDefinite(this.toks[before]!.norm)) return false;
    const word = this.toks[i]!.text;
    return this.lookup.resolve(word) === null && this.lookup.resolve(word.slice(1)) === null && !this.lookup.isPlace(word.slice(1));
  }

  /**
   * A ب-word opening the span that no known name or place explains ("بإعادة", "بالإفراج"; not
   * "بشار الأسد", "ببغداد"). Without entities only the بالـ form is sure.
   */
  private baObjectFirst(i: number): boolean {
    const norm = this.toks[i]!.norm;
    if (norm[0] !== 'ب' || norm.length < 5 || LIMIT_STOPS_BA.has(norm)) return false;
    if (norm.startsWith('بال')) return true;
    if (!this.lookup) return false;
    const word = this.toks[i]!.text;
    const next = this.toks[i + 1];
    const pair = next && next.kind === 'word' ? `${word} ${next.text}` : word;
    return this.lookup.resolve(word) === null && this.lookup.resolve(pair) === null && this.lookup.resolve(word.slice(1)) === null && !this.lookup.isPlace(word.slice(1));
  }

  /** "أعلنت الغرفة عن انطلاق…": a marker of the verb right at `j` (after the verb or its subject) opens the content. */
  private adjacentObject(row: CueVerbRow, j: number, limit: number, subjectOrParticiple: boolean, span: readonly number[]): Content | null {
    const markers = LEXICON.adjacentMarkers.get(row);
    // "وأعلن الجيش أمس عن مقتل…", "أعلنت القوات ، اليوم الثلاثاء ، عن فك الحصار": time words
    // between the subject and the marker.
    if (markers && span.length > 0 && !markers.has(this.toks[j]?.norm ?? '')) {
      const past = this.afterSubjectAdverbs(j, limit);
      if (past >= 0) j = past;
    }
    const t = this.toks[j];
    if (!markers || !t || t.kind !== 'word' || !markers.has(t.norm)) return null;
    // "ويعتبر هذا النوع من الأنواع…", "الوزارة تعتبر اللبنة الأولى لبناء هذا…" read as the passive
    // (is considered): a demonstrative object needs a past verb with its subject before it
    // ("واعتبر الوزير هذا…") or a participle ("معتبراً ذلك…").
    if (DEMONSTRATIVES.has(t.norm)) {
      if (!subjectOrParticiple) return null;
      // "واعتبر المجلس هذا « انتهاكا صارخا »": a quote after the object is the content, found as before.
      for (let k = j + 1; k < limit; k++) if (this.toks[k]!.kind === 'quote') return null;
      // The judgement runs to the next comma or cue: "واعتبر الوزير ذلك ، مشيرا إلى…" judges nothing.
      let end = j + 1;
      while (end < limit && !isComma(this.toks[end]) && this.hitAt[end]! < 0) end++;
      if (this.wordsBefore[end]! - this.wordsBefore[j + 1]! < MIN_JUDGED_WORDS) return null;
    }
    // "وأفاد مسؤول عن الملف أن…", "الصادر عن الدائرة، إنه…": عن in a short phrase before the
    // complementizer (or after "صادر") is not the verb's object (a long one is what was announced:
    // "أعلنت الأمانة عن فتح باب الترشح … على أن تعقد"); nor is anything after a ب-phrase read as a subject
    // ("يفيد بتأخر قارب نزهة عن العودة").
    if (j > 0 && ISSUED.has(this.toks[j - 1]!.norm)) return null;
    if (span.length >= 2 && BA_PHRASE.test(this.toks[span[0]!]!.norm)) return null;
    for (let k = j + 1; k < limit && k <= j + MARKER_PHRASE_REACH; k++) {
      const u = this.toks[k]!;
      // "عن رغبتها في أن تخضع…": a complementizer after a preposition belongs to that phrase.
      const afterPreposition = this.toks[k - 1]!.kind === 'word' && (PREPOSITIONS.has(this.toks[k - 1]!.norm) || this.toks[k - 1]!.norm === F.fi);
      if (isColon(u) || (opensContent(u) && !afterPreposition)) return null;
      if (this.hitAt[k]! >= 0) break;
    }
    return this.clauseContent(j + 1, limit, false);
  }

  private isObjectMarker(norm: string, markers: ReadonlySet<string>): boolean {
    if (markers.has(norm)) return true;
    // "ب" is a clitic: "طالب الوزير بوقف…", "اتهم … بالتقصير".
    return markers.has('ب') && norm.length >= 4 && norm[0] === 'ب' && !LIMIT_STOPS_BA.has(norm);
  }

  /**
   * Content placed before the cue: «…»، قال الوزير. / الحكومة لن ترفع الدعم، قال الوزير.
   * Only when the cue follows a comma and nothing but its speaker comes after it.
   */
  private preposedContent(hit: CueHit, spanEnd: number, limit: number, boundaryTok: number): Content | null {
    const comma = hit.start - 1;
    if (comma <= boundaryTok || !isComma(this.toks[comma])) return null;
    const after = this.toks[spanEnd];
    if (spanEnd < limit && after && !(after.kind === 'punct' && !isComma(after))) return null;
    const before = this.toks[comma - 1]!;
    if (before.kind === 'quote' && this.pairs.openOf[comma - 1]! >= boundaryTok) {
      const open = this.pairs.openOf[comma - 1]!;
      return { ...this.quoteContent(open), startTok: open + 1 };
    }
    let words = 0;
    for (let i = boundaryTok; i < comma && words < MIN_PREPOSED_WORDS; i++) if (this.toks[i]!.kind === 'word') words++;
    if (words < MIN_PREPOSED_WORDS) return null;
    return { startTok: boundaryTok, endTok: comma, start: this.toks[boundaryTok]!.start, end: this.toks[comma]!.start, direct: false, openStyle: -1 };
  }

  private parseVerbal(k: number, boundaryChar: number, boundaryTok: number, previous: RawStatement | undefined): RawStatement | null {
    const hit = this.hits[k]!;
    const row = hit.form!.row;
    // "هل ترى أن…؟": a ت- present in a question addresses the interviewee (you), it reports nothing.
    if (hit.form!.tense === 'present' && hit.gender === 'fem' && /[؟?]\s*$/u.test(this.text.slice(-3))) return null;
    // "زاد من…" (increased), "إقرأ أيضاً" (read), "تابعاً لـ" (belonging to): the lexicon's other senses.
    if (inOtherSense(this.toks, hit.start, hit.form!)) return null;
    const negatedCue = cueNegatedBefore(this.toks, hit.start);
    // "لا تعترف أنقرة بهذه الدولة", "لم يعترف بالخطأ": not recognising or admitting is no speech.
    if (negatedCue && NOT_SPEECH_WHEN_NEGATED.has(row.lemma)) return null;
    const limit = this.limitAfter(k);
    const acc: ContentAcc = { denies: (row.denies ?? false) !== negatedCue, participles: [] };

    // نقل عن: the speaker follows "عن" ("نقلت الوكالة عن الوزير قوله").
    let speakerFrom = hit.end;
    if (row.speakerAfterAn) {
      for (let j = hit.end; j < Math.min(limit, hit.end + 10); j++) {
        if (this.toks[j]!.norm === F.an_prep) {
          speakerFrom = j + 1;
          break;
        }
      }
    }
    // "واتهم وفقا لها الحكومة الإيرانية بالإخلال…": a nominal cue whose source is a pronoun ("وفقاً لها")
    // names no one; it is an adjunct of the verb, and the object or subject follows it.
    if (speakerFrom === hit.end) {
      const h = this.hitAt[speakerFrom]!;
      const after = h >= 0 ? this.toks[this.hits[h]!.end] : undefined;
      if (h >= 0 && this.hits[h]!.kind === 'nominal' && this.hits[h]!.nominal!.attachedLam && after !== undefined && LAM_PRONOUNS.has(after.norm)) {
        this.absorbed.add(h);
        speakerFrom = this.hits[h]!.end + 1;
      }
    }
    const span = hit.kind === 'participle' ? { indices: [] as number[], end: speakerFrom } : this.quotedSubject(speakerFrom, limit) ?? scanSpeakerSpan(this.toks, speakerFrom, limit, this.isCueAt, this.isKnownBodyAt);
    // "ونقلت عنه الوكالة قوله إن…": the source is the pronoun on عن, someone already quoted; the
    // phrase after it is the channel. The speaker continues the pronoun's referent.
    // Not in a relative clause on the phrase before it ("مصادر مطلعة نقلت عنها الوكالة"): there the
    // pronoun is that phrase's, and the span reading finds it as before.
    const opensClause = hit.proclitic || hit.start === this.from || isComma(this.toks[hit.start - 1]);
    const sourcePronoun = row.speakerAfterAn === true && hit.kind === 'verb' && opensClause ? AN_PRONOUN_GENDERS.get(this.toks[hit.end]?.norm ?? '') : undefined;
    if (sourcePronoun !== undefined) {
      span.indices = [];
      span.end = hit.end + 1;
    }
    // "ولم تعلن أي جهة مسؤوليتها…": nobody said it; a later cue of the sentence may still report.
    if (span.indices.length > 0 && this.toks[span.indices[0]!]!.norm === F_AYY && cueNegatedBefore(this.toks, hit.start)) return null;
    // "ما وصفه بـ« … »": after a verb with an object pronoun a ب word is the content's marker, never a subject.
    if (hit.form!.objectPronoun && span.indices.length > 0 && this.toks[span.indices[0]!]!.norm[0] === 'ب') {
      span.indices = [];
      span.end = speakerFrom;
    }
    // "وطالب بدمج الحشد في أجهزة الأمن": after a verb whose content is a بـ-phrase, a بـ-word right after
    // it opens that content, unless it is a name ("طالب بشار الأسد", "وقال بوتين").
    if (row.objectMarkers?.includes('ب') && span.indices[0] === hit.end && this.biContent(hit.end)) {
      span.indices = [];
      span.end = speakerFrom;
    }
    // "الذي رحب بأعضائها …، مؤكدا أن…": بـ glued to a noun with a possessive pronoun is the verb's
    // object; no name is written so. The speaker is found as if none was written (here the relative's antecedent).
    const biPossessed = span.indices.length > 0 && BI_POSSESSED.test(this.toks[span.indices[0]!]!.text);
    if (biPossessed || (span.indices.length > 0 && !row.objectMarkers?.includes('ب') && this.biObject(span.indices))) {
      // A subject may follow the object ("ورحب بأعضائها رئيس الهيئة"): only the ب-word goes, when
      // what follows can open a subject (an office or a definite noun; not "وبشكل عاجل"). After a
      // definite object a definite word is its adjective ("رحب بالجسر الثالث"): only an office then.
      span.indices.shift();
      const next = span.indices[0];
      if (next === undefined || (roleHeadAt(this.toks, next) === null && (!biPossessed || !isDefinite(this.toks[next]!.norm)))) {
        span.indices = [];
        span.end = speakerFrom;
      }
    }
    // "وطالبوا الدول الضامنة بالتدخل", "يقولون للناس إن…": a verb before its subject stays singular, so
    // a plural or dual verb carries its subject and the phrase after it is its object. The speaker
    // is found as if none was written.
    // Only the plural endings -وا/-ون: a dual in -ا is also an adverb ("نقلاً عن").
    if (hit.kind === 'verb' && hit.form!.gender === 'plural' && /(?:وا|ون)$/u.test(hit.form!.form) && span.indices.length > 0) {
      span.indices = [];
      span.end = speakerFrom;
    }
    this.extendToNamedHolder(span, limit);
    if (hit.kind !== 'participle') this.nameAfterQuotedOutlet(span, limit);
    // "ودعا الوزير المواطنين إلى…", "وطالب المدرب الأحدي اللاعبين بـ…": a definite plural in -ين right
    // after a definite word cannot be in iḍāfa with it; it is the verb's object, and the subject ends before it.
    this.cutPluralObject(span);
    // "ولفت الانتباه إلى…", "لفت الوزير النظر إلى…": drawing attention is the verb's idiom; the
    // attention is its object, not its subject, which stands before it or is the last speaker.
    if (row.lemma === F_LAFAT) {
      const attention = span.indices.findIndex((i) => ATTENTION_NOUNS.has(this.toks[i]!.norm));
      if (attention >= 0) {
        span.end = span.indices[attention]! + 1;
        span.indices = span.indices.slice(0, attention);
      }
    }
    const markers = LEXICON.objectMarkers.get(row) ?? null;
    // "ورفض المتحدث التعليق": a nominal object marker inside the span ends the speaker there.
    if (markers) {
      // A glued ب before a definite noun ("بالإفراج") is the object marker too; "بشار" is not.
      const cut = span.indices.findIndex((i, n) => n > 0 && (markers.has(this.toks[i]!.norm) || (markers.has('ب') && this.baObjectAt(i, span.indices[n - 1]!))));
      if (cut > 0) {
        span.end = span.indices[cut]!;
        span.indices = span.indices.slice(0, cut);
      }
      // "وكان كاميرون قد وعد بإعادة التفاوض…": a ب-masdar right after the verb is its object, not a subject.
      if (span.indices.length > 0 && markers.has('ب') && this.baObjectFirst(span.indices[0]!)) {
        span.end = span.indices[0]!;
        span.indices = [];
      }
    }
    // "ودعا السياسيين إلى العمل معاً": one definite word in the oblique plural or dual (-ين) cannot be
    // a subject (that would be -ون/-ان); it is the object, and the speaker is found as if none was written.
    // An organization whose name merely ends in -ين ("الكرملين") is a subject like any other body.
    if (hit.kind === 'verb' && span.indices.length === 1 && this.isObliquePlural(span.indices[0]!)) span.indices = [];
    // "ودعا الهند إلى…", "ودعا الحكومة إلى…": a masculine verb does not agree with a feminine place or
    // body, so the phrase after it is its object; the speaker is found as if none was written.
    // Verbs that take the accused before the content (اتهم) read their object further on.
    if (hit.kind === 'verb' && hit.gender === 'masc' && row.objectBeforeContent !== true && this.feminineOnly(span.indices)) span.indices = [];
    const deniesBefore = acc.denies;
    // "وأكد حرصه على الحضور…": a verbal noun with the subject's pronoun right after the verb is the
    // proposition; the verb's subject is the pronoun, so the speaker is the one before.
    // At least MIN_POSSESSED_WORDS words: "رفض استقالته" (refused his resignation) reports no proposition.
    // Not when a complementizer or the verb's own marker follows ("وأكد تحليله للوضع أن…", "ونفى
    // تقريره وجود…": the noun is the subject), nor in a relative clause ("الذي أعلن استقالته من منصبه").
    const possessed = row.nounContent === true && hit.kind === 'verb' && span.indices.length > 0 && span.indices[0] === hit.end && isPossessedObject(this.toks[hit.end]!) &&
      this.wordsBefore[limit]! - this.wordsBefore[hit.end]! >= MIN_POSSESSED_WORDS && !RELATIVE_PRONOUNS.has(this.toks[hit.start - 1]?.norm ?? '') &&
      !this.contentFollows(hit.end + 1, limit, markers) ? hit.end : this.possessedAfterSubject(row.nounContent === true && hit.kind === 'verb', span, limit);
    // "كما أكد سقوط قذائف على المدينة", "والذي أكد وضع اللمسات الأخيرة…": an indefinite event or
    // proposition noun right after the verb is its object (the subject is the one before), whatever
    // marker comes later ("على المدينة" is no content of أكد على); not when a complementizer or a
    // colon follows, which would make it the subject.
    const eventObject = possessed < 0 && row.nounContent === true && hit.kind === 'verb' && hit.form!.tense === 'past' && span.indices[0] === hit.end &&
      opensProposition(this.toks[hit.end]!) && this.wordsBefore[limit]! - this.wordsBefore[hit.end]! >= MIN_POSSESSED_WORDS && !this.contentFollows(hit.end + 1, limit, null);
    if (eventObject) {
      span.indices = [];
      span.end = hit.end;
    }
    if (possessed >= 0) {
      span.indices = span.indices.filter((i) => i < possessed);
      span.end = possessed;
    }
    let content = possessed >= 0 ? this.clauseContent(possessed, limit, false) : eventObject ? this.clauseContent(hit.end, limit, false) : this.adjacentObject(row, span.end, limit, hit.kind === 'participle' || (span.indices.length > 0 && hit.form!.tense === 'past'), span.indices) ?? this.scanContent(span.end, limit, markers, acc, span.indices.length > 0 || hit.kind !== 'participle');
    // "وقال محمد معشي لن يزدنا هذا التفجير إلا صلابة", "قال خالد الشهري أعزي نفسي…": interviews of
    // passers-by print the words right after the name, with no colon, quote or أن.
    const voxPop = row.lemma === F_QAAL && hit.kind === 'verb' ? this.wordsRightAfterName(span, limit, content) : null;
    if (voxPop !== null) {
      span.indices = span.indices.filter((i) => i < voxPop);
      span.end = voxPop;
      content = this.clauseContent(voxPop, limit, false);
    }
    // "وأكد البيان نجاح العملية، مشيرا إلى أن…": the proposition is the noun phrase after the known
    // subject; the participle's clause is a statement of its own, not this cue's content.
    // A noun-phrase proposition only after a past verb: "وتعلن اللجنة الأسعار كل شهر" is a habit, not a statement.
    const reportsNounPhrase = row.nounContent === true && hit.kind === 'verb' && hit.form!.tense === 'past';
    // So is a content found only further on ("شدد ترامب أهمية تعاون بلاده مع بوتين … التي وصفها بأنها"):
    // the span ran past the known subject into the proposition.
    // "وأكد البيان الصادر عن الوزارة أن…": the issuer after the document is no proposition.
    const issued = this.issuedAt(span.end);
    if (content && reportsNounPhrase && !issued && (acc.participles!.length > 0 || this.contentOpening(content) > span.end + 1) && !this.closesApposition(span, this.contentOpening(content))) {
      const nominal = this.nounContent({ indices: [...span.indices], end: span.end }, limit, true);
      if (nominal) {
        for (const h of acc.participles!) this.absorbed.delete(h);
        acc.denies = deniesBefore;
        content = this.nounContent(span, limit, true);
      }
    }
    if (!content && hit.kind === 'verb') content = this.preposedContent(hit, span.end, limit, boundaryTok);
    // "وكان التحالف الدولي قد أعلن النصر على التنظيم": with a known subject between كان and the verb,
    // the noun phrase right after the past verb is what was announced, not a second subject.
    let kanaBefore: SpeakerSource | null = null;
    if (!content && reportsNounPhrase && !hit.proclitic && span.indices[0] === hit.end && this.wordsBefore[limit]! - this.wordsBefore[hit.end]! >= MIN_POSSESSED_WORDS) {
      kanaBefore = this.knownKanaSubject(hit, Math.max(boundaryTok, this.from));
      if (kanaBefore) {
        content = this.clauseContent(hit.end, limit, false);
        span.indices = [];
        span.end = hit.end;
      }
    }
    if (!content && reportsNounPhrase) content = this.nounContent(span, limit, false);
    if (!content) return null;
    // "قد تحدث بسبب عدم وجود برامج … حتى يستطيعوا أن يخدموا": unvowelled, تحدث is also "happens";
    // the verb of speaking takes what it spoke of after عن ("تحدث عن أن…"), never a bare أنّ-clause.
    if (row.lemma === SPOKE_OF && this.toks[content.startTok - 1]?.kind === 'word' && isComplementizer(this.toks[content.startTok - 1]!.norm) &&
      this.toks[content.startTok - 2]?.norm !== F.an_prep) return null;

    // "واتهم ناشطون الوحدات بتعمد…", "اتهم ترامب الحكومة الإيرانية بالإخلال…": a definite phrase after
    // a name or after a plural in -ون/-ين (neither can head an iḍāfa) is a second noun phrase, the
    // accused; the accusation reads with it.
    let accusedFound = false;
    // "واتهمه الوزير بالكذب": the object is the pronoun on the verb; the phrase after it is the subject.
    const objectBefore = row.objectBeforeContent === true && hit.form!.objectPronoun !== true;
    // The content may also start further on past an adjunct ("… المجموعات المسلحة في الغوطة بقصف…").
    // …or past a relative clause on the object ("الاعتداء الذي استهدف المحطة بأنه…").
    if (objectBefore && span.indices.length >= 2 && (this.contentOpening(content) <= span.end + 1 || this.withAccused(span.end, content) !== content || RELATIVE_PRONOUNS.has(this.toks[span.end]?.norm ?? ''))) {
      const cut = span.indices.findIndex((i, n) => n >= 1 && this.accusedStartsAt(span.indices.slice(0, n), i));
      if (cut > 0) {
        const object = span.indices[cut]!;
        span.indices = span.indices.slice(0, cut);
        span.end = object;
        accusedFound = true;
        if (content.startTok > object) content = { ...content, startTok: object, start: this.toks[object]!.start };
      }
    }
    // "واتهم حزب الله بزج لبنان…": one short phrase running into the ب-content is the accused.
    // So is one running into a short في-adjunct before the content ("ووصفت الوضع في الوقت الراهن بأنه…").
    if (objectBefore && !accusedFound && hit.proclitic && span.indices.length > 0 && span.indices.length <= 3 && (this.contentOpening(content) <= span.end + 1 || this.shortAdjunct(span.end, content.startTok)) &&
      !span.indices.some((i) => findIn(ROLE_HEADS, this.toks[i]!.norm) !== null)) {
      const object = span.indices[0]!;
      span.indices = [];
      // The accusation reads with its object ("الحكومة الإيرانية بالإخلال بالاتفاق").
      if (content.startTok > object) content = { ...content, startTok: object, start: this.toks[object]!.start };
    }
    // "دعا الأمين العام للأمم المتحدة الأطراف إلى…": a verb of calling on someone takes the addressee
    // between its subject and its إلى/بـ-content. It starts at a definite noun (written with its
    // article: a لـ-genitive, "للأمم", continues the subject) right after a body or a state the
    // entity analysis knows, when that noun is neither its adjective nor part of its name.
    if (!objectBefore && ADDRESSEE_VERBS.has(row.lemma) && span.indices.length >= 3 && this.contentOpening(content) <= span.end + 1) {
      const cut = span.indices.findIndex((i, n) => n >= 2 && this.toks[i]!.text.startsWith('ال') && this.nounAfterBody(span.indices.slice(0, n), i));
      if (cut > 0) {
        span.end = span.indices[cut]!;
        span.indices = span.indices.slice(0, cut);
      }
    }
    // "وحذر القصبي المصريين من الوقوع…", "طالب … فائز السراج، الدول الأوروبية ببذل…": after a person
    // the article knows, a definite noun (no singular nisba of his: "السراج الليبي") is whom he
    // called on or warned; it reads with what he asked ("المصريين من الوقوع في الفتنة").
    if (!objectBefore && (ADDRESSEE_VERBS.has(row.lemma) || row.lemma === WARNED) && span.indices.length >= 2 && this.contentOpening(content) <= span.end + 1) {
      const cut = span.indices.findIndex((i, n) => n >= 1 && this.addresseeAfterPerson(span.indices.slice(0, n), i));
      if (cut > 0) {
        const object = span.indices[cut]!;
        span.end = object;
        span.indices = span.indices.slice(0, cut);
        if (content.startTok > object) content = { ...content, startTok: object, start: this.toks[object]!.start };
      }
    }
    // "ويتهم المجتمع الدولي قوات النظام بـ…": an indefinite body or role right after a definite phrase
    // starts a new noun phrase (iḍāfa cannot continue a definite adjective): that is the accused.
    if (objectBefore && span.indices.length >= 3) {
      const cut = span.indices.findIndex((i, n) => n >= 2 && isDefinite(this.toks[span.indices[n - 1]!]!.norm) && isDefinite(this.toks[span.indices[n - 2]!]!.norm) &&
        ((!isDefinite(this.toks[i]!.norm) && (findIn(ORG_HEADS, this.toks[i]!.norm) !== null || findIn(ROLE_HEADS, this.toks[i]!.norm) !== null)) || this.placeStartsAt(span.indices, n)));
      if (cut > 0) {
        const object = span.indices[cut]!;
        span.indices = span.indices.slice(0, cut);
        // The accusation reads with its object ("قوات النظام بالمسؤولية عن…").
        if (content.startTok > object) content = { ...content, startTok: object, start: this.toks[object]!.start };
      }
    }
    // "اتهم الناطق باسم الوحدات ؛ فصائل في الجيش الحر باستهداف…": the ب-content found past the subject
    // has the accused before it, which is part of what was said; the content starts after the subject.
    if (objectBefore && !content.direct && span.indices.length > 0) content = this.withAccused(span.end, content);
    if (span.indices.length > 0 && findIn(DOCUMENT_HEADS, this.toks[span.indices[0]!]!.norm) !== null) span.indices = this.documentIssuer(span.indices, limit, LEXICON.adjacentMarkers.get(row)?.has(F.an_prep) === true);

    let speaker: SpeakerSource;
    // "وكان قائد ميداني … أفاد الصحيفة إنه…": the subject stands between كان and the verb; the noun
    // phrase after the verb is its object or audience.
    const kanaSubject = span.indices.length > 0 && hit.kind === 'verb' && !hit.proclitic && hit.clauseStart === hit.start ? this.kanaSubject(hit, Math.max(boundaryTok, this.from)) : null;
    // "الرائد سامي العلي، الناطق باسم الجبهة، قال لعنب بلدي إن…": after a verb whose known subject
    // stands before it, a ل-word the entity analysis does not know is the outlet or audience.
    const subjectFirst = kanaSubject === null && span.indices.length > 0 && hit.kind === 'verb' && !hit.proclitic ? this.knownSubjectBeforeAudience(hit, span.indices, boundaryTok) : null;
    // "أوباما يطالب الأسد بالاستقالة", "روسيا تتهم الولايات المتحدة بتعطيل…": a known subject opening the
    // clause right before its verb (a headline's word order); the phrase after the verb is its object,
    // and what was said reads with it.
    // Only a present verb (headlines: "يطالب", "تتهم"; a past verb is mostly VSO in the body), and not
    // when a title opens the phrase after it, which is then its subject ("… أكد الرئيس الفرنسي ماكرون").
    const fronted = kanaSubject === null && subjectFirst === null && sourcePronoun === undefined && span.indices.length > 0 && hit.kind === 'verb' && hit.form!.tense === 'present' &&
      !hit.proclitic && hit.clauseStart === hit.start && findIn(ROLE_HEADS, this.toks[span.indices[0]!]!.norm) === null
      ? this.frontedKnownSubject(hit, Math.max(boundaryTok, this.from)) : null;
    if (fronted) {
      const object = span.indices[0]!;
      span.indices = [];
      if (content.startTok > object) content = { ...content, startTok: object, start: this.toks[object]!.start };
    }
    if (kanaBefore) {
      speaker = kanaBefore;
    } else if (sourcePronoun !== undefined) {
      speaker = { mode: 'continuation' };
    } else if (fronted) {
      speaker = fronted;
    } else if (kanaSubject) {
      speaker = kanaSubject;
    } else if (subjectFirst) {
      speaker = subjectFirst;
    } else if (span.indices.length > 0) {
      speaker = { mode: 'span', tokens: span.indices.map((i) => (this.lamStripped.has(i) ? stripLam(this.toks[i]!) : this.toks[i]!)) };
    } else if (hit.kind === 'participle') {
      // "واستنكر الأمين العام … خميس الخنجر هذه التصريحات، واصفاً إياها…": with no statement before it,
      // a participle describes the subject of the sentence's first verb.
      if (previous) speaker = { mode: 'previous' };
      else {
        // The words before it, unless they are no known subject and the first verb's is known
        // ("واستهل بوتين اللقاء بتهنئة الأسد…، مضيفاً").
        const before = this.subjectBefore(hit, boundaryTok, true);
        const known = before.mode === 'span' && this.knownName(before.tokens);
        speaker = (!known && k === 0 ? this.firstVerbSubject(hit, true) : null) ?? before;
      }
    } else {
      // "وكانت الوزارة قد أعلنت": قد marks a clause start only when no subject stands before it.
      const afterQad = !hit.proclitic && hit.clauseStart === hit.start - 1 && PERFECTIVE_PARTICLES.has(this.toks[hit.clauseStart]!.norm);
      const topic = this.ammaTopic(hit, Math.max(boundaryTok, this.from));
      const relative = hit.proclitic ? null : this.relativeAntecedent(hit, Math.max(boundaryTok, this.from));
      const share = this.numberSubject(speakerFrom, limit);
      // "تحالف مجاهدون، الذي أعلنت 8 فصائل …": the verb does not agree with the relative pronoun, so
      // its subject is another phrase, not the antecedent, and no speaker can be named.
      if (relative === 'disagrees') return null;
      const occasion = relative || topic ? null : this.occasionSubject(hit, Math.max(boundaryTok, this.from));
      const beforeKana = relative || topic || occasion ? null : this.subjectBeforeKana(hit, Math.max(boundaryTok, this.from));
      if (relative) speaker = relative;
      else if (topic) speaker = topic;
      else if (occasion) speaker = occasion;
      else if (beforeKana) speaker = beforeKana;
      else if (afterQad) speaker = this.subjectAfterOpener(hit, Math.max(boundaryTok, this.from));
      else if (share) speaker = { mode: 'span', tokens: share };
      // "…، وكالة بلومبرج أشارت إلى أن…": the words between the comma and the verb are its subject.
      // A subordinator opening that clause is nobody's name ("…، لأن الجيش أكد", "…، خاصة وأن الجيش أكد").
      else if (hit.subjectFrom !== undefined) speaker = { mode: 'span', tokens: withoutOpeners(this.toks.slice(hit.subjectFrom, hit.start).filter((t) => t.kind === 'word')) };
      // "وانتقد X ما وصفه بـ…": the relative ما makes the verb's subject the first verb's too.
      // Participles before it ("هاجم الرئيس نظيره، واصفاً إياه…، وقال إن…") share that subject too.
      // So does "حيث قال" ("ويتفق ناصر آل مغرم مع ما ذهب إليه السنيدي، حيث قال إن…").
      // So does a cue verb that reported nothing ("ورحبت الحكومة الألمانية بالاتفاق وقالت إن…").
      // Not past a fronted phrase after ما: "…، قصفت قوات النظام …، بحسب ما أفاد به «مركز…»" names its source after it.
      else speaker = ((hit.proclitic || this.toks[hit.start - 1]?.norm === F.ma || this.toks[hit.start - 1]?.norm === F_HAYTHU) && this.hits.slice(0, k).every((h, j) => h.kind === 'participle' || this.silent.has(j)) ? this.firstVerbSubject(hit, false, this.toks[hit.start - 1]?.norm !== F.ma) : null) ??
        (hit.proclitic ? this.qadClauseSubject(hit, k, boundaryTok) : null) ??
        (hit.proclitic || hit.clauseStart !== hit.start ? { mode: 'continuation' } : this.subjectBefore(hit, boundaryTok, false));
    }
    const preposed = content.endTok <= hit.start;
    return {
      // "نقلت الوكالة عن مصدر عسكري قوله…": the verb agrees with the channel, not with the source
      // after عن, so it says nothing of the speaker's gender ("وأشار إلى أن…" continues the source).
      ...this.statementFields(hit, hit.lemma, sourcePronoun ?? (speakerFrom !== hit.end ? 'unknown' : hit.gender), speaker, content, acc.denies, boundaryChar),
      regionEnd: preposed ? this.toks[Math.max(span.end, hit.end) - 1]!.end : content.start,
      lastTok: preposed ? Math.max(span.end, hit.end) - 1 : Math.max(content.endTok - (content.openStyle >= 0 || this.narrationClosed(content.endTok) ? 1 : 0), hit.end - 1),
    };
  }

  /**
   * "وانتقد ترامب الاتفاق مراراً ووصفه بأنه…": a و-cue with no subject of its own, coordinated with the
   * sentence's first verb, shares that verb's subject when the sentence opens with a و/ف word that is
   * no preposition or cue, right followed by a noun phrase the entity analysis knows (VSO; a person
   * with or without his title, a body, a place); so does a cue after the relative ما ("ما وصفه بـ"). The reporting
   * cue then continues him, not the last speaker of an earlier sentence. Only for the sentence's first
   * cue; null otherwise.
   */
  private firstVerbSubject(hit: CueHit, knownOnly = false, pastTopic = true, openingAt?: number): SpeakerSource | null {
    if (!this.lookup || hit.gender === 'plural') return null;
    // "من جانبه، رحب العبادي بتصريحات السيستاني، وقال…": the first verb may follow a fronted
    // "on his part" phrase and its comma.
    const opening = openingAt ?? (pastTopic ? this.afterFrontedTopic() : this.from);
    const first = this.toks[opening];
    if (!first || first.kind !== 'word') return null;
    // The sentence may open with the verb itself ("هاجم الرئيس التركي نظيره…"): a past verb of
    // three or four letters with no article; not a first name ("عبد الحكيم … يحرر"), a title or a
    // known name, and a noun there would not be followed by a known subject.
    const withWa = first.norm[0] === 'و' || first.norm[0] === 'ف';
    // "ورد رئيس الحكومة سعد الحريري فأشار…" is a verb of two letters after و ("وفي ردود الفعل دان…",
    // a preposition, is one of NOT_VERBS_AFTER_WA below).
    if (withWa && first.norm.length < 3) return null;
    if (!withWa && (!BARE_PAST_VERB.test(first.norm) || looksLikeNamePart(first) || roleHeadAt(this.toks, opening) !== null || this.lookup.resolve(first.text) !== null)) return null;
    const bare = withWa ? first.norm.slice(1) : first.norm;
    const opener = this.hitAt[opening]!;
    // After قد the word is a verb whatever else it spells ("وقد عبر": expressed, not "via").
    const afterQad = openingAt !== undefined && PERFECTIVE_PARTICLES.has(this.toks[openingAt - 1]!.norm.replace(/^[وف]/u, ''));
    if ((opener >= 0 && !this.silent.has(opener)) || (!afterQad && (NOT_VERBS_AFTER_WA.has(bare) || CLAUSE_SEPARATORS.has(bare))) || KANA.has(first.norm) || bare.startsWith('ال')) return null;
    const span = scanSpeakerSpan(this.toks, opening + 1, hit.start, this.isCueAt);
    // The verb's object after its subject ("نظيره السوري", "أهمية…") ends the subject.
    const object = cueObjectIndex(span.indices.map((i) => this.toks[i]!));
    if (object > 0) span.indices = span.indices.slice(0, object);
    // "… الشيخ خميس الخنجر هذه التصريحات": a demonstrative opens the verb's object.
    const demonstrative = span.indices.findIndex((i, n) => n > 0 && OBJECT_DEMONSTRATIVES.has(this.toks[i]!.norm));
    if (demonstrative > 0) span.indices = span.indices.slice(0, demonstrative);
    // "ورحب وزير الخارجية بالقرار": a بال-word after the subject is the first verb's object, unless
    // it is the body the subject belongs to ("المسؤولة بالأمم المتحدة") or "بالوكالة"/"بالإنابة".
    // A name after it shows it was a place in the subject ("رئيس جمعية حي الشهداء بالقليعة رشيد عمراني").
    let biObject = span.indices.findIndex((i, n) => n > 0 && this.isBiObject(i));
    if (biObject > 0 && span.indices.slice(biObject + 1).some((i) => looksLikeNamePart(this.toks[i]!))) biObject = -1;
    if (biObject > 0) span.indices = span.indices.slice(0, biObject);
    // A first verb that is a cue which reported nothing shares its subject only in that shape
    // ("ورحب الوزير بالقرار وقال…"); after others ("ونشر حساب المرصد صورة…") the words are its object.
    const silentOpener = opener >= 0;
    if (span.indices.length === 0 || (silentOpener && biObject <= 0)) return null;
    // The longest known start: "الرئيس سامي العلي الخطة مراراً" ran on into the verb's object. A
    // person first: "الرئيس الروسي فلاديمير بوتين قاعدة حميميم" ends with a place, which the lookup
    // would take for the whole phrase.
    const person = this.knownPersonPrefix(span.indices);
    if (person !== null && person.length < span.indices.length && this.startsKnown(person)) return { mode: 'span', tokens: person.map((i) => this.toks[i]!) };
    for (let n = span.indices.length; n >= 1; n--) {
      const run = span.indices.slice(0, n);
      if (this.knownSubject(run) && this.startsKnown(run)) return { mode: 'span', tokens: run.map((i) => this.toks[i]!) };
    }
    // "وانتقد رئيس جمعية الحي سامي العلي": a role head right after the verb opens its subject, named
    // or not (the span is split into role and name like any other). A participle asks only for a
    // known subject: the words before it are read more carefully by subjectBefore.
    // So does a body's head after such a cue ("ورحبت الحكومة الألمانية بالاتفاق وقالت إن…").
    const head = this.toks[span.indices[0]!]!.norm;
    if (knownOnly || (findIn(ROLE_HEADS, head) === null && !(silentOpener && findIn(ORG_HEADS, head) !== null))) return null;
    return { mode: 'span', tokens: span.indices.map((i) => this.toks[i]!) };
  }

  /**
   * "احتفى رئيس البعثة … وقد عبر مدير المنتخب خالد مطر عن سعادته بالاحتفال وقال: …": a "وقد"/"فقد"
   * clause inside the sentence, with no statement between it and the cue, gives the cue its subject
   * as a sentence's first verb does (`firstVerbSubject`, same tests on the verb and its subject).
   */
  private qadClauseSubject(hit: CueHit, k: number, boundaryTok: number): SpeakerSource | null {
    const start = Math.max(boundaryTok, this.from + 1);
    for (let j = hit.start - 2; j >= start; j--) {
      const t = this.toks[j]!;
      const h = this.hitAt[j]!;
      if (h >= 0 && h < k && !this.silent.has(h) && this.hits[h]!.kind !== 'participle') return null;
      if (t.kind === 'word' && QAD_OPENERS.has(t.norm)) return this.firstVerbSubject(hit, false, false, j + 1);
    }
    return null;
  }

  /**
   * Where the sentence's clause starts after a fronted discourse phrase of at most
   * MAX_FRONTED_TOPIC_WORDS words and its comma ("من جانبه،", "بدوره،", "في المقابل،", "وفي
   * السياق ذاته،"), or the sentence's start when it has none.
   */
  private afterFrontedTopic(): number {
    const first = this.toks[this.from];
    if (!first || first.kind !== 'word' || !TOPIC_OPENERS.test(first.norm)) return this.from;
    for (let i = this.from + 1; i < this.toks.length && i <= this.from + MAX_FRONTED_TOPIC_WORDS; i++) {
      const t = this.toks[i]!;
      if (isComma(t)) return i + 1 < this.toks.length ? i + 1 : this.from;
      if (t.kind !== 'word' || this.hitAt[i]! >= 0) return this.from;
    }
    return this.from;
  }

  /** A بال-word that is a verb's object, not a body or office (see firstVerbSubject). */
  private isBiObject(i: number): boolean {
    const tok = this.toks[i]!;
    const norm = tok.norm;
    // "ورحب العبادي بسرعة بتصريحات السيستاني": an indefinite ب-word is the verb's complement too,
    // when it is no name, body or place ("بوتين", "بشار", "ببغداد") and no office word ("باسم", "بن").
    if (!norm.startsWith('بال') && norm[0] === 'ب' && norm.length >= 5 && !LIMIT_STOPS_BA.has(norm) && !looksLikeNamePart(tok) && !looksLikeNamePart({ ...tok, norm: norm.slice(1) })) {
      const rest = tok.text.slice(1);
      return this.lookup?.resolve(tok.text) == null && this.lookup?.resolve(rest) == null && !(this.lookup?.isPlace(rest) ?? false) && findIn(ORG_HEADS, norm.slice(1)) === null;
    }
    if (!norm.startsWith('بال') || norm.length < 5 || ACTING.has(norm)) return false;
    const noun = norm.slice(1);
    return findIn(ORG_HEADS, noun) === null && !(this.lookup?.isPlace(this.toks[i]!.text.slice(1)) ?? false) && this.lookup?.resolve(this.toks[i]!.text.slice(1)) == null;
  }

  /**
   * A subject-less cue whose speaker the sentence names in another frame, or null:
   * - "وأصدر الديوان الملكي بياناً قال فيه…", "وتقدم المرشد علي خامنئي برسالة قال فيها…": the one who
   *   issued the document the cue speaks in (the clause's verb, its subject, the document);
   * - "وفي كلمة ألقاها الرئيس بوتين أمام البرلمان، قال…": the one who gave the speech;
   * - "وسبق للرئيس محمد ولد عبد العزيز أن صرح…": the one after سبق لـ.
   */
  private occasionSubject(hit: CueHit, start: number): SpeakerSource | null {
    const after = this.toks[hit.end];
    const inIt = after?.kind === 'word' && IN_IT.has(after.norm);
    // "وأصدر السيستاني فتوى تحث العراقيين على…", "وأصدر المجلس بيانا يدعو إلى…": a present verb right
    // after the document, with no فيه, agrees with it as its subject; the document's issuer speaks.
    const documentSays = !inIt && hit.kind === 'verb' && hit.form!.tense === 'present' && !hit.proclitic;
    const issuer = inIt || documentSays ? this.issuerOfDocumentBefore(hit, start) : null;
    return issuer ?? (inIt ? this.issuerAfterLam(hit) : null) ?? this.speechGiverOrPreceded(hit);
  }

  /** "وأصدر الديوان بياناً قال فيه", "كما أصدر الجيش بياناً…": the subject of the clause's verb before the document. */
  private issuerOfDocumentBefore(hit: CueHit, start: number): SpeakerSource | null {
    const toks = this.toks;
    // "ووجهت فدوى رسالة للفنانين قالت فيها…": whom the document was addressed to may follow it.
    const audience = toks[hit.start - 1]?.kind === 'word' && toks[hit.start - 1]!.norm.length > 3 && toks[hit.start - 1]!.norm[0] === 'ل' && SPEECH_DOCUMENTS.has(toks[hit.start - 2]?.norm ?? '');
    const at = audience ? hit.start - 2 : hit.start - 1;
    const before = toks[at];
    if (before?.kind !== 'word' || !SPEECH_DOCUMENTS.has(before.norm) || at <= start + 1) return null;
    // "كما أصدر", "وقد أصدرت": particles before the clause's verb.
    let verb = start;
    while (verb < at - 1 && toks[verb]!.kind === 'word' && VERB_PARTICLES.has(toks[verb]!.norm)) verb++;
    const first = toks[verb]!;
    // The article as written: "ألقى" folds to a word that opens with ال.
    if (first.kind !== 'word' || /^[وف]?ال/u.test(first.text)) return null;
    const span = scanSpeakerSpan(toks, verb + 1, at, this.isCueAt);
    // "وكانت فدوى وجهت رسالة…": after كان the subject stands before the issuing verb, which ends the span.
    if (KANA.has(first.norm) && span.indices.length >= 2) {
      const last = toks[span.indices[span.indices.length - 1]!]!;
      if (BARE_PAST_VERB.test(last.norm) || (last.norm.endsWith('ت') && BARE_PAST_VERB.test(last.norm.slice(0, -1)))) span.indices.pop();
    }
    return span.indices.length > 0 && span.end === at ? { mode: 'span', tokens: span.indices.map((i) => toks[i]!) } : null;
  }

  /** "حسمه بيان للديوان الملكي الأردني ، قال فيه…": the document's issuer after its لـ. */
  private issuerAfterLam(hit: CueHit): SpeakerSource | null {
    const toks = this.toks;
    let end = hit.start;
    if (isComma(toks[end - 1])) end--;
    for (let j = end - 1; j > this.from && j >= end - MAX_OCCASION_REACH; j--) {
      const t = toks[j]!;
      if (t.kind !== 'word' || this.hitAt[j]! >= 0) return null;
      if (t.norm.length > 2 && t.norm[0] === 'ل' && SPEECH_DOCUMENTS.has(toks[j - 1]?.norm ?? '')) return { mode: 'span', tokens: [stripLam(t), ...toks.slice(j + 1, end)] };
    }
    return null;
  }

  /** "في كلمة ألقاها الرئيس بوتين …، قال", "في تصريح أدلى به…", "وسبق للرئيس … أن صرح": who gave the speech, or who follows سبق لـ. */
  private speechGiverOrPreceded(hit: CueHit): SpeakerSource | null {
    const toks = this.toks;
    const before = toks[hit.start - 1];
    for (let j = hit.start - 1; j > this.from && j >= hit.start - MAX_OCCASION_REACH; j--) {
      if (this.hitAt[j]! >= 0) return null;
      const t = toks[j]!;
      if (t.kind !== 'word') continue;
      // The verb's pronoun is ه/ها: "نشرة", "عقدة", "وجهة" (ة folds to ه) are nouns.
      if (OCCASION_VERBS.has(t.norm) && !t.text.endsWith('ة')) {
        // أدلى names its subject after به; "أدلى بحديث…" is the clause's own verb.
        const from = t.norm === F_ADLA ? (/^بها?$/u.test(toks[j + 1]?.norm ?? '') ? j + 2 : -1) : j + 1;
        if (from < 0) return null;
        const span = scanSpeakerSpan(toks, from, hit.start, this.isCueAt);
        return span.indices.length > 0 ? { mode: 'span', tokens: span.indices.map((i) => toks[i]!) } : null;
      }
      // "سبق لـ<subject> أن <cue>": the subject's first word carries the لـ.
      if (before?.kind === 'word' && isComplementizer(before.norm) && j < hit.start - 1 && t.norm.length > 2 && t.norm[0] === 'ل' && PRECEDED.has(toks[j - 1]?.norm ?? '')) {
        const words = toks.slice(j + 1, hit.start - 1);
        return words.some((w) => w.kind !== 'word') ? null : { mode: 'span', tokens: [stripLam(t), ...words] };
      }
    }
    return null;
  }

  /** Tokens [from, to) are a short في/خلال adjunct: at most MAX_OBJECT_ADJUNCT words, no comma, no cue. */
  private shortAdjunct(from: number, to: number): boolean {
    const first = this.toks[from];
    if (!first || first.kind !== 'word' || !OBJECT_ADJUNCT_OPENERS.has(first.norm) || to - from > MAX_OBJECT_ADJUNCT) return false;
    for (let i = from; i < to; i++) if (this.toks[i]!.kind !== 'word' || this.hitAt[i]! >= 0) return false;
    return true;
  }

  /**
   * The content of اتهم extended back over the accused: from the first word after the subject (past
   * commas) when only words, no cue, stand between it and the ب-content, at most MAX_ACCUSED_TOKENS.
   */
  private withAccused(spanEnd: number, content: Content): Content {
    let s = spanEnd;
    while (s < content.startTok && isComma(this.toks[s])) s++;
    if (s >= content.startTok || content.startTok - s > MAX_ACCUSED_TOKENS) return content;
    for (let i = s; i < content.startTok; i++) {
      const t = this.toks[i]!;
      // A quoted accused ("الإعلام الرسمي « المجموعات المسلحة » في الغوطة بقصف…") keeps its marks.
      if (t.kind === 'quote') continue;
      if (t.kind !== 'word' || this.hitAt[i]! >= 0 || isComplementizer(t.norm)) return content;
    }
    return { ...content, startTok: s, start: this.toks[s]!.start };
  }

  /** What every parsed statement records about its cue, speaker and content; callers add where it ends. */
  private statementFields(
    hit: CueHit,
    cue: string,
    cueGender: RawStatement['cueGender'],
    speaker: SpeakerSource,
    content: Content,
    cueDenies: boolean,
    boundaryChar: number,
  ): Omit<RawStatement, 'regionEnd' | 'lastTok'> {
    const preposed = content.endTok <= hit.start;
    return {
      cue,
      cueGender,
      cueStart: this.toks[hit.start]!.start,
      cueEnd: this.toks[hit.end - 1]!.end,
      speaker,
      contentStart: content.start,
      contentEnd: content.end,
      contentTokStart: content.startTok,
      contentTokEnd: content.endTok,
      direct: content.direct,
      cueDenies,
      negated: false,
      regionStart: preposed ? this.toks[hit.start]!.start : boundaryChar,
      clauseStart: preposed ? this.toks[hit.start]!.start : this.toks[hit.clauseStart]!.start,
      openQuoteStyle: content.openStyle,
      ...(content.unquoted === true ? { unquoted: true } : {}),
    };
  }

  /**
   * SVO subject: the words from the clause start up to the cue ("الوزير أكد أن", "أنقرة تقول إن").
   * For a participle, the subject of the clause's verb ("واختتم الوزير كلمته مؤكداً أن").
   */
  private subjectBefore(hit: CueHit, boundaryTok: number, participle: boolean): SpeakerSource {
    let start = Math.max(boundaryTok, this.from);
    // "روحاني يمتدح اتفاق فيينا.. ونتنياهو يؤكد: …": an ellipsis or a semicolon inside the sentence
    // (headlines join two clauses so) ends the clause before; the subject stands after it.
    for (let j = hit.start - 1; j > start; j--) {
      if (this.toks[j]!.kind === 'punct' && CLAUSE_STOP.test(this.toks[j]!.text)) {
        start = j + 1;
        break;
      }
    }
    if (!participle) {
      const share = this.shareBefore(hit.start, start);
      if (share) return share;
    }
    while (start < hit.start && (isComma(this.toks[start]) || this.toks[start]!.norm === 'و')) start++;
    // "وحتى أعلنت أنه…", "ولكن جيف رو … يقول إن": a particle opening the clause is nobody's name, when
    // what follows it is the subject up to the cue ("ثم عزز مدرب … فرضية ضم اللاعب عندما قال" is not).
    if (!participle && start < hit.start && this.toks[start]!.kind === 'word' && isOpeningParticle(this.toks[start]!.norm)) {
      const after = start + 1;
      const span = after < hit.start ? scanSpeakerSpan(this.toks, after, hit.start, this.isCueAt) : null;
      // Only up to the cue and with no subordinator in it: after an adjunct ("ولكن جيف رو … في مؤسسة …
      // يقول") the particle stays, as a verb clause before the cue ("لكن حكومة بلير أغلقت أذنيها وفي
      // مناقشة … قال") would otherwise become a speaker.
      const reaches = span !== null && (span.end === hit.start || (span.end === hit.start - 1 && NEGATIONS_BEFORE_VERB.has(this.toks[span.end]!.norm)));
      if (span === null || (reaches && !span.indices.some((i) => SUBORDINATORS.has(this.toks[i]!.norm)))) start = after;
    }
    if (participle) start++; // skip the clause's own verb
    if (start >= hit.start) return { mode: 'continuation' };
    // "وأضاف الرئيس الفرنسي يقول…", "ومضى الوزير يقول…": a present cue right after another cue verb and
    // its subject is said by that subject.
    // So is one after a verb of going on ("ومضى/وراح/وعاد الوزير يقول").
    const opening = this.hitAt[start]!;
    const openingEnd = opening >= 0 && this.hits[opening]!.kind === 'verb' ? this.hits[opening]!.end : this.toks[start]!.kind === 'word' && GOING_ON_VERBS.has(withoutConjunction(this.toks[start]!.norm)) ? start + 1 : -1;
    if (!participle && hit.form?.tense === 'present' && openingEnd > 0 && openingEnd < hit.start) {
      const span = scanSpeakerSpan(this.toks, openingEnd, hit.start, this.isCueAt);
      if (span.indices.length > 0 && span.end === hit.start) return { mode: 'span', tokens: span.indices.map((i) => this.toks[i]!) };
    }
    const span = scanSpeakerSpan(this.toks, start, hit.start, this.isCueAt);
    // "وحث المتحدث المواطنين على الحذر، مشيرا إلى…": the first verb's object is not its subject.
    if (participle) this.cutPluralObject(span);
    // The subject must reach the cue, or be followed only by an adjunct ("الوزير في مؤتمر صحفي أكد").
    if (!participle && span.indices.length > 0 && span.end < hit.start) {
      const after = this.toks[span.end]!;
      // "الوزير قد أكد", "لكن شحادة لا يرى": a particle of the verb between them.
      const beforeVerb = (PERFECTIVE_PARTICLES.has(after.norm) || NEGATIONS_BEFORE_VERB.has(after.norm)) && span.end + 1 === hit.start;
      if (after.kind === 'word' && !beforeVerb && !/^(?:و|ف)?(?:في|خلال|امام|عقب|بعد|عبر)$/u.test(after.norm)) return this.subjectAfterOpener(hit, start);
    }
    if (span.indices.length === 0) return participle ? { mode: 'continuation' } : this.subjectAfterOpener(hit, start);
    // "وحتى الآن استخدمت روسيا حق النقض…، قائلة إنها…": the sentence opens with an adjunct, so the
    // skipped word was not its verb; the subject is the first phrase the entity analysis knows.
    if (participle && this.opensWithAdjunct()) return this.firstKnownSubject(span.indices) ?? { mode: 'continuation' };
    return { mode: 'span', tokens: span.indices.map((i) => this.toks[i]!) };
  }

  /**
   * "وقال 35% إنهم…", "وقال ما مجموعه 54% من المستطلعين إن…", "قال 3 مسؤولين إن…": a number (a share
   * of a poll's respondents, a count of people) right after the verb is its subject, a group nobody
   * names; never the previous speaker. The phrase's tokens, or null.
   */
  private numberSubject(from: number, limit: number): Tok[] | null {
    let i = from;
    while (i < limit && i - from < 2 && this.toks[i]!.kind === 'word' && NUMBER_SUBJECT_LEADS.has(this.toks[i]!.norm)) i++;
    if (i >= limit || this.toks[i]!.kind !== 'number') return null;
    const end = Math.min(limit, i + MAX_NUMBER_SUBJECT_TOKENS);
    i++;
    // A share ("35%", "43 في المائة") or a count of people ("3 مسؤولين"); not "30 دقيقة".
    if (i < end && PERCENT_SIGNS.has(this.toks[i]!.text)) i++;
    else if (i + 1 < end && this.toks[i]!.norm === F.fi && PER_HUNDRED.has(this.toks[i + 1]!.norm)) i += 2;
    else if (!(i < end && this.toks[i]!.kind === 'word' && countsPeople(this.toks, i))) return null;
    // What the share is of: "من الأمريكيين", "منهم", "مسؤولين أمريكيين"; up to the content.
    let words = 0;
    while (i < end && words < MAX_SHARE_OF_WORDS && this.toks[i]!.kind === 'word' && !isComplementizer(this.toks[i]!.norm) && this.hitAt[i]! < 0 && !SUBORDINATORS.has(this.toks[i]!.norm) && !SHARE_ENDS.has(this.toks[i]!.norm)) {
      i++;
      words++;
    }
    return this.toks.slice(from, i);
  }

  /**
   * "…المطلعين على الاتفاق 38% منهم قالوا إنهم…", "بين الديمقراطيين، 69% قالوا إن…": a share right
   * before the verb, followed at most by "منهم" or "من" and a definite word, is its subject.
   */
  private shareBefore(cueStart: number, start: number): SpeakerSource | null {
    for (let j = cueStart - 1; j >= Math.max(start, cueStart - 4); j--) {
      const t = this.toks[j]!;
      if (t.kind === 'number') {
        const tail = this.toks.slice(j + 1, cueStart);
        // "ارتفعت البطالة إلى 12% والخبراء يتوقعون": a number after a preposition is an amount, and a
        // و-word after it opens another phrase.
        const preposition = j > 0 && this.toks[j - 1]!.kind === 'word' && AMOUNT_PREPOSITIONS.has(this.toks[j - 1]!.norm);
        if (preposition || tail.some((x) => x.kind === 'word' && x.norm.startsWith('و'))) return null;
        const marked = tail.some((x) => PERCENT_SIGNS.has(x.text) || SHARE_OF.has(x.norm));
        const plain = marked && tail.every((x, n) => (n === 0 && PERCENT_SIGNS.has(x.text)) || (x.kind === 'word' && (SHARE_OF.has(x.norm) || isDefinite(x.norm))));
        return plain ? { mode: 'span', tokens: this.toks.slice(j, cueStart) } : null;
      }
      if (t.kind !== 'word' && !PERCENT_SIGNS.has(t.text)) return null;
    }
    return null;
  }

  /**
   * The subject before the verb when the span after it opens with an unknown ل-word (an audience:
   * "قال لعنب بلدي") and the words before the verb are a person or body the entity analysis knows.
   */
  private knownSubjectBeforeAudience(hit: CueHit, span: readonly number[], boundaryTok: number): SpeakerSource | null {
    if (!this.lookup) return null;
    const first = this.toks[span[0]!]!;
    if (first.norm.length < 4 || first.norm[0] !== 'ل' || this.lookup.resolve(this.textOf(span)) !== null) return null;
    const before = this.subjectBefore(hit, boundaryTok, false);
    if (before.mode !== 'span') return null;
    const parsed = parseSpeaker(before.tokens, this.lookup);
    const named = parsed?.name ?? null;
    return named !== null && this.lookup.resolve(named) !== null ? before : null;
  }

  /** The sentence's first word is a و/ف time preposition or adverb (وحتى، وقبيل، وبعد). */
  private opensWithAdjunct(): boolean {
    const first = this.toks[this.from];
    if (!first || first.kind !== 'word' || first.norm.length < 4 || (first.norm[0] !== 'و' && first.norm[0] !== 'ف')) return false;
    return TIME_ADJUNCT_OPENERS.has(first.norm.slice(1));
  }

  /** The first run of one to three span words that the entity analysis knows as a subject, or null. */
  private firstKnownSubject(indices: readonly number[]): SpeakerSource | null {
    if (!this.lookup) return null;
    for (let k = 0; k < indices.length; k++) {
      for (let m = Math.min(MAX_TITLED_SUBJECT_WORDS, indices.length - k); m >= 1; m--) {
        const run = indices.slice(k, k + m);
        if (this.knownSubject(run)) return { mode: 'span', tokens: run.map((i) => this.toks[i]!) };
      }
    }
    return null;
  }

  /**
   * "وكان التحالف الدولي قد أعلن…", "وكانت وزارة الدفاع أكدت…": the words between كان (and قد) and
   * the verb, when the entity analysis knows them as a whole or they open with a title or a body.
   */
  private knownKanaSubject(hit: CueHit, start: number): SpeakerSource | null {
    const indices = this.kanaSubjectWords(hit, start, true);
    if (indices === null) return null;
    const head = this.toks[indices[0]!]!.norm;
    const known = this.knownSubject(indices) || findIn(ROLE_HEADS, head) !== null || findIn(ORG_HEADS, head) !== null;
    return known ? { mode: 'span', tokens: indices.map((i) => this.toks[i]!) } : null;
  }

  /** The noun phrase (up to MAX_KANA_SUBJECT_WORDS words) between كان and the cue right after it, or null. */
  private kanaSubject(hit: CueHit, start: number): SpeakerSource | null {
    const indices = this.kanaSubjectWords(hit, start, false);
    return indices === null ? null : { mode: 'span', tokens: indices.map((i) => this.toks[i]!) };
  }

  /** The words between a كان form and the cue (past a قد before the cue when `pastQad`), or null when كان does not open them. */
  private kanaSubjectWords(hit: CueHit, start: number, pastQad: boolean): number[] | null {
    let k = hit.start - 1;
    if (pastQad && k >= start && this.toks[k]!.kind === 'word' && PERFECTIVE_PARTICLES.has(this.toks[k]!.norm)) k--;
    const indices = this.wordsBack(k, start, MAX_KANA_SUBJECT_WORDS, true);
    const opener = k - indices.length;
    if (indices.length === 0 || opener < start || this.toks[opener]!.kind !== 'word' || !KANA.has(this.toks[opener]!.norm)) return null;
    return indices;
  }

  /**
   * The subject of a clause opened inside the sentence by a contrast: "غير أن جيراسيموف قال إن…",
   * "لكن الوزير أكد أن…". Read right to left from the cue over at most MAX_OPENER_SUBJECT_WORDS
   * noun-phrase words with no subordinator among them ("…وجهة نظر مشابهة عندما قال" is not one); the
   * word before them must be أن/إن or لكن/بل. Other openers (a comma, فيما) are too often followed by
   * an adjunct rather than a subject.
   */
  private subjectAfterOpener(hit: CueHit, start: number): SpeakerSource {
    let k = hit.start - 1;
    // "وكان الوزير قد أعلن": قد sits between the subject and its verb.
    const skippedQad = k >= start && this.toks[k]!.kind === 'word' && PERFECTIVE_PARTICLES.has(this.toks[k]!.norm);
    if (skippedQad) k--;
    // "وكان وزير الدفاع التركي نور الدين جانيكلي ، صرح بأن…": a comma may set the subject off from its
    // verb, when the words before it run back to the opener.
    if (!skippedQad && k > start && isComma(this.toks[k]) && this.toks[k]!.text !== ';' && this.toks[k]!.text !== '؛') {
      const subject = this.wordsBack(k - 1, start, MAX_OPENER_SUBJECT_WORDS, false);
      const opener = k - 1 - subject.length;
      if (subject.length > 0 && opener >= start && KANA.has(this.toks[opener]!.norm)) return { mode: 'span', tokens: subject.map((i) => this.toks[i]!) };
    }
    const indices = this.wordsBack(k, start, MAX_OPENER_SUBJECT_WORDS, false);
    k -= indices.length;
    // "لكن ستيفان ماير، المتحدث باسم الحزب، قال" / "ولكن الزعيمة المشاركة في قيادة الحزب، سيمون بيتر قالت":
    // one apposition between commas, read back to the opener; exactly one part is a role.
    if (k > start && isComma(this.toks[k])) {
      const inner = indices.length === 0;
      const first = this.wordsBack(k - 1, start, MAX_APPOSITION_BACK_WORDS, true);
      let j = k - 1 - first.length;
      let name: number[] = [];
      if (inner && j > start && isComma(this.toks[j])) {
        name = this.wordsBack(j - 1, start, MAX_OPENER_SUBJECT_WORDS, false);
        j -= 1 + name.length;
      }
      const parts = inner ? [name, first] : [first, indices];
      const [a, b] = parts as [number[], number[]];
      const roleA = a.length > 0 && findIn(ROLE_HEADS, this.toks[a[0]!]!.norm) !== null;
      const roleB = b.length > 0 && findIn(ROLE_HEADS, this.toks[b[0]!]!.norm) !== null;
      if (a.length > 0 && b.length > 0 && roleA !== roleB && j >= start && this.opensClause(this.toks[j]!)) {
        // Name first, then the role: parseSpeaker reads "الاسم المنصب" as name + role.
        return { mode: 'span', tokens: (roleA ? [...b, ...a] : [...a, ...b]).map((i) => this.toks[i]!) };
      }
    }
    if (indices.length > 0 && k < start && skippedQad) return { mode: 'span', tokens: indices.map((i) => this.toks[i]!) };
    if (indices.length > 0 && k >= start && this.opensClause(this.toks[k]!)) return { mode: 'span', tokens: indices.map((i) => this.toks[i]!) };
    return this.subjectAfterNearOpener(hit, start);
  }

  /**
   * A subject longer than the backward read allows, scanned forward from the nearest opener within
   * MAX_OPENER_LOOKBACK tokens before the cue with the speaker-span rules: "وكان دميتري بيسكوف
   * السكرتير الصحفي للرئيس الروسي قد أعلن", "أن مبعوث الأمم المتحدة إلى سورية ستافان دي ميستورا
   * قال". The span must reach the cue (قد allowed before it), or end at a relative clause that does
   * ("وكان التحالف الذي تقوده الولايات المتحدة قال"), which describes the subject.
   */
  private subjectAfterNearOpener(hit: CueHit, start: number): SpeakerSource {
    const low = Math.max(start, hit.start - MAX_OPENER_LOOKBACK);
    for (let j = hit.start - 2; j >= low; j--) {
      const t = this.toks[j]!;
      if (t.kind !== 'word' && !isComma(t) && !BRACKETS.has(t.text)) return { mode: 'continuation' };
      if (!this.opensClause(t)) continue;
      let end = hit.start;
      if (PERFECTIVE_PARTICLES.has(this.toks[end - 1]!.norm)) end--;
      const span = scanSpeakerSpan(this.toks, j + 1, end, this.isCueAt);
      if (span.indices.length === 0) return { mode: 'continuation' };
      // After كان any subject may take a short relative clause; after أن/إن/لكن only a name the entity
      // analysis knows, whose clause may be longer and hold a bracketed gloss ("يذكر أن الحريري الذي
      // استقال في الرابع من نوفمبر ( تشرين الثاني ) أكد…").
      const known = this.lookup !== null && this.knownSubject(span.indices);
      const reaches = span.end >= end || (KANA.has(t.norm) && this.relativeClauseUpTo(span.end, end, MAX_RELATIVE_WORDS)) ||
        (known && this.relativeClauseUpTo(span.end, end, MAX_KNOWN_RELATIVE_TOKENS));
      return reaches ? { mode: 'span', tokens: span.indices.map((i) => this.toks[i]!) } : { mode: 'continuation' };
    }
    return { mode: 'continuation' };
  }

  /** Tokens [from, to) are a relative clause: a relative pronoun, then words only (no cue, no punctuation). */
  private relativeClauseUpTo(from: number, to: number, max: number): boolean {
    if (from >= to || !RELATIVE_PRONOUNS.has(this.toks[from]!.norm)) return false;
    const glosses = max > MAX_RELATIVE_WORDS;
    for (let i = from + 1; i < to; i++) if ((this.toks[i]!.kind !== 'word' && !(glosses && BRACKETS.has(this.toks[i]!.text))) || this.isCueAt(i)) return false;
    return to - from <= max;
  }

  /**
   * "أما رئيسة الجمعية ليلى عواد، فاعتبرت أن…": أما fronts the subject as a topic and the verb follows
   * with ف. The words between أما and the verb (a comma allowed before it) are the speaker, not a
   * continuation of the last one.
   */
  private ammaTopic(hit: CueHit, start: number): SpeakerSource | null {
    // The ف is on the verb ("فاعتبرت") or on قد before it ("أما أمين العلي فقد أكد…").
    const fa = hit.proclitic ? hit.start : FA_QAD.has(this.toks[hit.start - 1]?.norm ?? '') ? hit.start - 1 : -1;
    if (fa < 0 || this.toks[fa]!.norm[0] !== 'ف') return null;
    let k = fa - 1;
    if (k >= start && isComma(this.toks[k])) k--;
    // أما is not a stop word: it is read back with the span and must be its first word.
    // A headline glued before it ("سقطت شرعية السيسي أما الكاتب … فاعتبر") may be read back too: the topic follows the last أما.
    // "أما رئيس الوزراء التركي « بن علي يلدرم » فشدد…": a short quoted name ends the topic.
    const quoted = this.quotedWordsBack(k, start);
    if (quoted.length > 0) k = quoted[0]! - 2;
    const indices = [...this.wordsBack(k, start, MAX_APPOSITION_BACK_WORDS + 1, true), ...quoted];
    let amma = -1;
    indices.forEach((i, n) => { if (AMMA.has(this.toks[i]!.norm)) amma = n; });
    if (amma < 0) return this.ammaTopicBeforeRelative(fa, start);
    if (amma === indices.length - 1) return null;
    return { mode: 'span', tokens: indices.slice(amma + 1).map((i) => this.toks[i]!) };
  }

  /**
   * "فيما اكتفى المتحدث باسم الوفد يحيى العريضي، بالقول…": the verb's subject right before the cue,
   * found as the longest phrase read back from it (over one comma) that opens with an office or is a
   * person the entity analysis knows (not a place: "… الأوضاع في فلسطين بالقول"); the word before it
   * is the verb. Null when none.
   */
  private subjectRightBefore(hit: CueHit, start: number): SpeakerSource | null {
    if (!this.lookup) return null;
    let k = hit.start - 1;
    if (k > start && isComma(this.toks[k])) k--;
    const indices = this.wordsBack(k, start, MAX_SPAN_BACK_WORDS, false);
    for (let n = 1; n < indices.length; n++) {
      const run = indices.slice(n);
      // Not a phrase governed by a preposition ("العلاقة بين الرئيس السيسي والرئيس الأسد، بالقول").
      if (ADJUNCT_PREPOSITIONS.has(this.toks[indices[n - 1]!]!.norm)) continue;
      // Nor a second conjunct ("الرئيس السيسي والرئيس الأسد").
      const lead = this.toks[run[0]!]!.norm;
      if (lead[0] === 'و' && (lead.startsWith('وال') || findIn(ROLE_HEADS, lead.slice(1)) !== null)) continue;
      // One word: a person the article knows by it ("يعلق عطوان بالقول").
      if (run.length === 1) {
        const prev = this.toks[indices[n - 1]!]!.norm;
        if (isDefinite(prev) || findIn(ROLE_HEADS, prev) !== null) continue;
        const one = this.lookup.resolve(this.toks[run[0]!]!.text, 'person');
        if (one !== null && one.type === 'person') return { mode: 'span', tokens: [this.toks[run[0]!]!] };
        continue;
      }
      // A known person, with his title, ends the phrase ("… فلاديمير بوتين ليحسم الجدل بالقول").
      const person = this.knownPersonPrefix(run);
      const office = roleHeadAt(this.toks, run[0]!) !== null;
      // Without an office the phrase opens with a word of the person's own name.
      const entity = person === null || office ? null : this.lookup.resolve(this.textOf(person), 'person');
      const ownName = entity !== null && entityWords(entity).has(this.toks[run[0]!]!.norm);
      if (person !== null && (office || ownName)) return { mode: 'span', tokens: person.map((i) => this.toks[i]!) };
      if (office) return { mode: 'span', tokens: run.map((i) => this.toks[i]!) };
    }
    return null;
  }

  /**
   * "ففرنسا كانت ترى أن…", "لكن وزير الخارجية تيلرسون كان قد أكد…": a subject fronted before كان (no
   * و on كان, no subject after the verb): the whole noun phrase read back from كان, opening its
   * clause, when the entity analysis knows it or an office opens it.
   */
  private subjectBeforeKana(hit: CueHit, start: number): SpeakerSource | null {
    if (hit.proclitic || !this.lookup) return null;
    let k = hit.start - 1;
    if (k >= start && PERFECTIVE_PARTICLES.has(this.toks[k]!.norm)) k--;
    const kana = this.toks[k];
    if (k <= start || !kana || kana.kind !== 'word' || !BARE_KANA.has(kana.norm)) return null;
    const indices = this.wordsBack(k - 1, start, MAX_FRONTED_SUBJECT, false);
    if (indices.length === 0) return null;
    // The whole noun phrase before كان, opening the clause: not "المبعوث الدولي إلى سورية كان…",
    // where the words read back stop at a preposition inside the subject.
    const before = this.toks[indices[0]! - 1];
    if (indices[0]! > start && before && before.kind === 'word' && !this.opensClause(before) && !CLAUSE_SEPARATORS.has(before.norm)) return null;
    const tokens = indices.map((i) => this.toks[i]!);
    const first = tokens[0]!;
    // "ففرنسا": the conjunction is not the speaker's name.
    const bare = first.norm.length > 3 && withoutConjunction(first.norm) !== first.norm && this.lookup.resolve(first.text.slice(1)) !== null;
    if (bare) tokens[0] = { ...first, text: first.text.slice(1), norm: first.norm.slice(1) };
    const known = this.knownSubject(indices) || (bare && tokens.length === 1);
    // "لكن وزير الخارجية الأمريكي الحالي تيلرسون كان قد أكد": an office opening the phrase.
    return known || roleHeadAt(tokens, 0) !== null ? { mode: 'span', tokens } : null;
  }

  /** The words of a short quoted name that closes at `k` ("« بن علي يلدرم »"), in order; empty when none. */
  private quotedWordsBack(k: number, start: number): number[] {
    if (this.toks[k]?.kind !== 'quote') return [];
    const words: number[] = [];
    let j = k - 1;
    while (j > start && this.toks[j]!.kind === 'word' && words.length <= MAX_QUOTED_TOPIC_WORDS) words.unshift(j--);
    return words.length > 0 && words.length <= MAX_QUOTED_TOPIC_WORDS && this.toks[j]?.kind === 'quote' ? words : [];
  }

  /**
   * "أما روسيا التي تدعم النظام سياسيا وعسكريا، فترى أن…": a relative clause on the topic stands
   * between it and the ف-verb. The topic is the words after the nearest أما up to the relative
   * pronoun, within MAX_AMMA_REACH tokens.
   */
  private ammaTopicBeforeRelative(fa: number, clauseStart: number): SpeakerSource | null {
    // The previous statement's content may have run over أما up to the ف-verb: look back past it.
    const start = Math.min(clauseStart, this.from);
    let a = fa - 1;
    while (a >= Math.max(start, fa - MAX_AMMA_REACH) && !(this.toks[a]!.kind === 'word' && AMMA.has(this.toks[a]!.norm))) a--;
    if (a < Math.max(start, fa - MAX_AMMA_REACH)) return null;
    const topic: number[] = [];
    let j = a + 1;
    while (j < fa && topic.length <= MAX_APPOSITION_BACK_WORDS && isSpanWord(this.toks[j], this.isCueAt, j) && !RELATIVE_PRONOUNS.has(this.toks[j]!.norm)) topic.push(j++);
    if (topic.length === 0 || j >= fa || !RELATIVE_PRONOUNS.has(this.toks[j]!.norm)) return null;
    return { mode: 'span', tokens: topic.map((i) => this.toks[i]!) };
  }

  /** أن/إن, لكن/بل, or a form of كان ("وكانت الوزارة قالت"): a subject may follow. */
  private opensClause(before: Tok): boolean {
    return before.kind === 'word' && (isComplementizer(before.norm) || CLAUSE_OPENERS.has(before.norm) || KANA.has(before.norm));
  }

  /**
   * Noun-phrase words read right to left from `k` down to `start` (at most `max`), in text order;
   * no subordinator among them. `withFi` lets "في" pass inside a role ("المشاركة في قيادة الحزب").
   */
  private wordsBack(k: number, start: number, max: number, withFi: boolean): number[] {
    const out: number[] = [];
    while (k >= start && out.length < max) {
      const t = this.toks[k];
      const ok = (isSpanWord(t, this.isCueAt, k) && !SUBORDINATORS.has(t!.norm)) || (withFi && out.length > 0 && t!.kind === 'word' && t!.norm === F.fi);
      if (!ok) break;
      out.unshift(k--);
    }
    // A role may not start with في.
    while (out.length > 0 && this.toks[out[0]!]!.norm === F.fi) out.shift();
    return out;
  }

  /**
   * "أكد الدكتور محمد فراج أبو النور , الخبير في الشؤون الروسية , أن …": the span ran over a comma
   * into a description, and the content opens right after the comma that closes it. The subject is
   * the whole span with its description, not a shorter known name and a proposition.
   */
  private closesApposition(span: { indices: readonly number[]; end: number }, opening: number): boolean {
    // The content's first token follows its complementizer ("أن"), which follows the comma.
    const open = this.toks[opening - 1]?.kind === 'word' && isComplementizer(this.toks[opening - 1]!.norm) ? opening - 1 : opening;
    if (span.indices.length < 2 || !isComma(this.toks[open - 1]) || open - 1 - span.end > MAX_APPOSITION_TAIL) return false;
    const first = span.indices[0]!;
    const last = span.indices[span.indices.length - 1]!;
    let commaInside = false;
    for (let j = first; j < last; j++) if (isComma(this.toks[j])) commaInside = true;
    if (!commaInside) return false;
    for (let j = span.end; j < open - 1; j++) {
      const t = this.toks[j]!;
      if (t.kind !== 'word' || this.hitAt[j]! >= 0 || isComplementizer(t.norm)) return false;
    }
    return true;
  }

  /**
   * "أعلن التحالف الدولي النصر على التنظيم": the longest start of the span that the entity analysis
   * knows (or a place) is the subject, the rest of the clause is the reported proposition. Without
   * such a subject nothing is read: "وأكد نجاح العملية" cannot be told from a subject phrase.
   */
  private nounContent(span: { indices: number[]; end: number }, limit: number, insideOnly: boolean): Content | null {
    if (!this.lookup || span.indices.length === 0) return null;
    // A span that is one known name as a whole ("الوزير سامي العلي") is not cut inside the name.
    const wholeKnown = this.knownSubject(span.indices);
    // "وأكد المتحدث باسم إدارة الإطفاء في بروكسل وقوع انفجار…", "وأكد مصدر طبي … مقتل أربعة أطفال": a
    // span opening with a title or a source may also end where an event noun (OBJECT_NOUNS) starts.
    const titledSpan = roleHeadAt(this.toks, span.indices[0]!) !== null;
    for (let n = span.indices.length - 1; n >= 1 && !wholeKnown; n--) {
      // "المجلس الوطني": a definite nisba after a definite noun agrees with it; no proposition opens so.
      if (this.agreeingNisba(span.indices[n - 1]!, span.indices[n]!)) continue;
      // Not inside an iḍāfa chain: "تحالف دعم الشرعية" is a name; after a definite word the chain has ended.
      const eventAfterPhrase = titledSpan && opensProposition(this.toks[span.indices[n]!]!) && isDefinite(this.toks[span.indices[n - 1]!]!.norm);
      if (!this.knownSubject(span.indices.slice(0, n)) && !eventAfterPhrase) continue;
      const startTok = span.indices[n]!;
      span.indices = span.indices.slice(0, n);
      span.end = startTok;
      return this.clauseContent(startTok, limit, false);
    }
    // "وأكدت الحركة أمس وفاة زعيمها", "أعلن لافروف كذلك بدء جولة": the whole span is a known subject,
    // a time word or an adverb ends it, and the proposition follows them.
    // With a participle clause after it ("أعلن ترامب الجمعة سحب الإقرار…، معتبراً أن…") the adverb
    // still ends the subject: the proposition is the verb's, the participle's clause its own.
    // "ونفى الطبيب، في تصريحه الأربعاء، دخول مساعدات…": a role (the whole span) is subject enough when
    // an event noun (OBJECT_NOUNS) opens what follows the time words.
    const titled = !wholeKnown && roleHeadAt(this.toks, span.indices[0]!) !== null;
    if (!wholeKnown && !titled) return null;
    // "أكد لودريان ، اليوم ( الاثنين ) تمسك بلاده…": commas and brackets may set the time words off.
    // "وأكد المتحدث باسم إدارة الإطفاء في بروكسل وقوع…": so may the place the subject speaks for.
    const placeEnd = this.placeAfter(span.end);
    const atPlaceEnd = placeEnd >= 0 ? this.toks[placeEnd] : undefined;
    const j = atPlaceEnd !== undefined && titled && opensProposition(atPlaceEnd) ? placeEnd : this.afterSubjectAdverbs(span.end, limit);
    const next = this.toks[j];
    if (j < 0 || !next || next.kind !== 'word' || !isSpanWord(next, this.isCueAt, j) || isDefinite(next.norm) || (titled && !opensProposition(next))) return null;
    return this.clauseContent(j, limit, false);
  }

  /**
   * The word at `k` is a definite nisba adjective agreeing with the definite noun at `k - 1`
   * ("المجلس الوطني", "الحكومة التركية", "الحوثيون اليمنيون"). The ending must agree: a verbal noun
   * shaped like a nisba ("الحوثيون التخلي عن…") does not.
   */
  private agreeingNisba(prevTok: number, k: number): boolean {
    const prev = this.toks[prevTok]!.norm;
    const word = this.toks[k]!.norm;
    if (!isDefinite(prev) || !isDefinite(word)) return false;
    if (prev.endsWith('ون') || prev.endsWith('ين')) return word.endsWith('يون') || word.endsWith('يين');
    if (prev.endsWith('ه') || prev.endsWith('ة') || prev.endsWith('ات')) return word.endsWith('يه') || word.endsWith('ية');
    return word.endsWith('ي');
  }

  /**
   * One to five words from the clause's start right up to the verb that the entity analysis knows
   * as a whole, opening with a word of that entity or a title ("أوباما", "روسيا", "الجامعة العربية",
   * "وزير الخارجية عادل الجبير"); not after a preposition ("في بيروت قال…"). Null otherwise.
   */
  private frontedKnownSubject(hit: CueHit, start: number): SpeakerSource | null {
    if (this.lookup === null || hit.start - start < 1 || hit.start - start > MAX_FRONTED_SUBJECT) return null;
    const indices: number[] = [];
    for (let i = start; i < hit.start; i++) {
      if (this.toks[i]!.kind !== 'word' || this.hitAt[i]! >= 0) return null;
      indices.push(i);
    }
    if (FRONT_BLOCKERS.has(this.toks[start]!.norm)) return null;
    return this.knownSubject(indices) && this.startsKnown(indices) ? { mode: 'span', tokens: indices.map((i) => this.toks[i]!) } : null;
  }

  /**
   * The speaker the tokens parse to is named, and not by a known entity named only at its end
   * ("بوتين اللقاء بتهنئة الأسد" resolves to الأسد): a name the article does not know stands.
   */
  private knownName(tokens: readonly Tok[]): boolean {
    if (this.lookup === null) return false;
    const name = parseSpeaker(tokens, this.lookup)?.name ?? null;
    if (name === null) return false;
    const entity = this.lookup.resolve(name);
    // A name the article does not know counts only as a known one with a family nisba after it
    // ("أحمد الخازم الغامدي"); words run on from a known name ("لافروف النص الاميركي") do not.
    if (entity === null) {
      const words = name.split(/\s+/u);
      return words.length >= 3 && /^ال\S{2,}ي$/u.test(fold(words.at(-1)!)) && this.lookup.resolve(words.slice(0, -1).join(' '), 'person')?.type === 'person';
    }
    return entityWords(entity).has(fold(name.split(/\s+/u)[0] ?? ''));
  }

  /**
   * The run's first word (or its second, after the clause's own verb) is a title, a document, a body
   * or a word of the entity the run resolves to: "بوتين اللقاء بتهنئة الأسد" resolves to الأسد, named
   * only at its end, so it is no known subject; "بوتين" is.
   */
  private startsKnown(indices: readonly number[]): boolean {
    const entity = this.lookup!.resolve(this.textOf(indices));
    const words = entity === null ? null : entityWords(entity);
    // The first word, or the second after the clause's own verb ("فيما واصل الرئيس الإيراني حسن روحاني").
    return indices.slice(0, 2).some((i) => {
      const t = this.toks[i]!;
      // A title, a document or a body governs the name after it ("بيان تيلرسون", "وزارة الدفاع الروسية").
      if (findIn(ROLE_HEADS, t.norm) !== null || findIn(DOCUMENT_HEADS, t.norm) !== null || findIn(ORG_HEADS, t.norm) !== null) return true;
      return words === null || words.has(t.norm) || words.has(t.norm.replace(/^[وف]/u, ''));
    });
  }

  /**
   * Words the entity analysis knows (a person, body or place), or a definite document or
   * organization noun standing for one named before ("البيان", "الحركة"): a subject that cannot
   * be read as the start of the proposition.
   */
  private knownSubject(indices: readonly number[]): boolean {
    const subject = this.textOf(indices);
    if (this.lookup!.resolve(subject) !== null || this.lookup!.isPlace(subject)) return true;
    // "الرئيس دونالد ترامب": a title before a known person's name.
    if (indices.length >= 2 && indices.length <= MAX_TITLED_SUBJECT_WORDS && findIn(ROLE_HEADS, this.toks[indices[0]!]!.norm) !== null) {
      const rest = this.textOf(indices.slice(1));
      const person = this.lookup!.resolve(rest, 'person');
      if (person !== null && person.type === 'person') return true;
    }
    if (indices.length !== 1) return false;
    const word = this.toks[indices[0]!]!.norm;
    return isDefinite(word) && (findIn(DOCUMENT_HEADS, word) !== null || findIn(ANAPHORIC_ORG_HEADS, word) !== null);
  }

  /**
   * A document as subject ("وذكر البيان الصادر عن الحكومة التركية", "وقال تقرير للأمم المتحدة"):
   * its issuer when named after عن or glued لـ; else the document with its definite adjectives
   * only ("وأكد البيان نجاح…" → "البيان"), which resolution sends to the last organization.
   */
  private documentIssuer(indices: number[], limit: number, anOpensContent = false): number[] {
    const compiler = this.issuerAfterHead(indices);
    if (compiler) return compiler;
    let n = 1;
    while (n < indices.length && isDefinite(this.toks[indices[n]!]!.norm) && !this.toks[indices[n]!]!.norm.startsWith('لل')) n++;
    let next = n < indices.length ? indices[n]! : indices[indices.length - 1]! + 1;
    // "لبيان صادر عن قصر الإليزيه", "البيان الصادر عن الوزارة": the issuer follows the participle.
    const issued = this.issuedAt(next);
    if (issued) next++;
    const tok = this.toks[next];
    // "وأفاد البيان عن وقوع اشتباكات": after a verb that takes عن, a bare عن opens what was reported.
    if (tok && tok.norm === F.an_prep && (issued || !anOpensContent)) {
      const issuer = scanSpeakerSpan(this.toks, next + 1, limit, this.isCueAt);
      if (issuer.indices.length > 0) return issuer.indices;
    }
    if (n === 1 && n < indices.length && tok && tok.norm.length > 3 && tok.norm[0] === 'ل') {
      this.lamStripped.add(next);
      return indices.slice(1);
    }
    // "دراسة حديثة لمنظمة السياحة": one or two indefinite adjectives may stand before the لـ-issuer.
    if (n === 1) {
      let m = 1;
      while (m < indices.length && m <= 2 && !isDefinite(this.toks[indices[m]!]!.norm) && this.toks[indices[m]!]!.norm[0] !== 'ل') m++;
      const issuer = m < indices.length ? this.toks[indices[m]!]! : null;
      if (m > 1 && issuer && issuer.norm.length > 3 && issuer.norm[0] === 'ل') {
        this.lamStripped.add(indices[m]!);
        return indices.slice(m);
      }
      // No issuer named: the document keeps a country's adjective, which says whose it is ("كشفت
      // دراسة بريطانية"), as its definite adjectives are kept.
      while (n < indices.length && n <= 2 && isCountryAdjective(this.toks[indices[n]!]!, this.lookup)) n++;
    }
    return indices.slice(0, n);
  }

  /**
   * The issuer of an indefinite document or figure read with it: its genitive ("بيان وزارة الدفاع
   * الروسية", "تقديرات الأمم المتحدة", "تقرير اللجنة") or what follows a verb of issuing it ("حصيلة
   * جديدة أعلنها المرصد", "أرقام نشرتها الوزارة"). An indefinite noun is followed by a definite word
   * only in construct (a definite adjective would need a definite noun), so the word after it is the
   * issuer unless it is a time ("تقرير الأسبوع") or "الصادر عن" (documentIssuer reads that). Null
   * when neither holds: "بيان مشترك", "البيان الختامي".
   */
  private issuerAfterHead(indices: readonly number[]): number[] | null {
    if (indices.length < 2 || isDefinite(this.headNorm(indices[0]!))) return null;
    for (let m = 1; m < Math.min(indices.length - 1, 3); m++) {
      if (ISSUING_IT.test(this.toks[indices[m]!]!.norm)) return indices.slice(m + 1);
    }
    if (indices[1] !== indices[0]! + 1) return null;
    const next = this.toks[indices[1]!]!.norm;
    // A glued لـ ("تقرير للأمم المتحدة") is documentIssuer's own case.
    if (next[0] === 'ل') return null;
    // "تقديرات مفوضية الأمم المتحدة": an indefinite noun in construct with a definite one, itself
    // the genitive; an indefinite adjective ("بيان مشترك", "حصيلة أولية") is not followed by one.
    const after = this.toks[indices[2]!]?.norm ?? '';
    const chained = indices.length > 2 && indices[2] === indices[1]! + 1 && /^ال/u.test(after) && !DOCUMENT_ADJECTIVES.has(next);
    const genitive = (/^ال/u.test(next) && !TIME_NOUNS.has(next) && !ISSUED.has(next)) || findIn(ORG_HEADS, next) !== null || chained;
    return genitive ? indices.slice(1) : null;
  }

  /**
   * The words after a cue with other senses ("حسب", "وفق") name a source: anything the speaker
   * parser reads as a person, body, place, role or document, or a name that the entity analysis
   * knows or that starts with a listed first name. Not "حسب تعبيره", "وفق وقت محدد".
   */
  private readsAsSource(tokens: readonly Tok[]): boolean {
    if (!this.lookup || parseSpeaker(tokens, this.lookup) === null) return false;
    const first = tokens[0]!;
    const norm = first.norm;
    if (roleHeadAt(tokens, 0) !== null || findIn(ORG_HEADS, norm) !== null || findIn(QUANTIFIER_HEADS, norm) !== null || isIssuerHead(norm) || looksLikeNamePart(first)) return true;
    // "وفق رويترز", "حسب المرصد السوري": words from the first that the entity analysis knows, by a
    // name that has the first word ("حتميات مبدأ الرئيس نيكسون" resolves to the president, by his name).
    for (let m = Math.min(MAX_TITLED_SUBJECT_WORDS, tokens.length); m >= 1; m--) {
      const text = tokenText(tokens.slice(0, m));
      const known = this.lookup.resolve(text);
      if (known && [known.name, ...known.aliases].some((n) => n.includes(first.text))) return true;
      if (this.lookup.isPlace(text)) return true;
    }
    return false;
  }

  /** The folded word at i, without the glued لـ when that was found not to be the speaker's. */
  private headNorm(i: number): string {
    const tok = this.toks[i]!;
    return this.lamStripped.has(i) ? stripLam(tok).norm : tok.norm;
  }

  /**
   * A speaker a masdar may take: a role or body head ("وزير"، "كتلة"), a plural role ("قياديون"), or
   * words the entity analysis knows (a person, body or place). Anything else after a masdar is its
   * object ("إعلان النتائج"), not a speaker.
   */
  private masdarSpeaker(indices: readonly number[]): boolean {
    const head = this.toks[indices[0]!]!.norm;
    if (findIn(ROLE_HEADS, head) !== null || findIn(ORG_HEADS, head) !== null || findIn(PLURAL_ROLE_HEADS, head) !== null) return true;
    return this.lookup !== null && this.knownSubject(indices);
  }

  /**
   * "بعد إعلان وزير الدفاع التركي سامي العلي عن وجود خطر", "عقب دعوة الرئيس في مقابلة مع …، بريطانيا
   * إلى البقاء", "إعلان الكتلة، الانفصال عن…": a masdar cue, its speaker in iḍāfa right after it, and
   * what was said after that speaker: a complementizer, the masdar's marker (after at most two object
   * words), a definite noun phrase set off by a comma (for masdars that take one), or the same after a
   * short prepositional adjunct closed by a comma. A masdar inside another statement's content is
   * never read (the caller skips nominal hits there): it is reported speech of that speaker.
   */
  private parseMasdar(k: number, boundaryChar: number): RawStatement | null {
    const hit = this.hits[k]!;
    const masdar = hit.nominal!.masdar!;
    const limit = this.limitAfter(k);
    let s = hit.end;
    const tokens: Tok[] = [];
    const first = this.toks[s];
    if (!first || first.kind !== 'word') return null;
    // "وفي إعلان لوزير الخارجية أن…": the speaker glued to لـ.
    if (first.norm.length > 3 && first.norm[0] === 'ل' && !isDefinite(first.norm)) {
      const bare = stripLam(first);
      if (findIn(ROLE_HEADS, bare.norm) === null && findIn(ORG_HEADS, bare.norm) === null) return null;
      tokens.push(bare);
      s++;
    }
    const span = scanSpeakerSpan(this.toks, s, limit, this.isCueAt);
    if (tokens.length === 0) {
      if (span.indices.length === 0 || !this.masdarSpeaker(span.indices)) return null;
      // "إعلان روسيا انسحاب قواتها": the known start of the span speaks, the rest is the proposition.
      if (masdar.nounContent && this.lookup) {
        const probe = { indices: [...span.indices], end: span.end };
        const nominal = this.nounContent(probe, limit, true);
        const end = nominal ? this.firstCommaIn(nominal.startTok, nominal.endTok) : 0;
        // A proposition has a few words; two words after "إعلان الهيئة" are a caption or an advert's label.
        if (nominal && probe.indices.length < span.indices.length && this.wordsBefore[end]! - this.wordsBefore[nominal.startTok]! >= MIN_MASDAR_PROPOSITION) {
          return this.masdarStatement(hit, probe.indices.map((i) => this.toks[i]!), this.clauseContent(nominal.startTok, end, false), boundaryChar);
        }
      }
    }
    tokens.push(...span.indices.map((i) => this.toks[i]!));
    const markers = LEXICON.masdarMarkers.get(masdar)!;
    const content = this.masdarContent(span.end, limit, masdar.nounContent, markers) ?? this.masdarAfterAdjunct(span.end, limit, masdar.nounContent, markers);
    return content ? this.masdarStatement(hit, tokens, content, boundaryChar) : null;
  }

  /** The content right at `j`: a complementizer, a marker after at most two object words, or ", NP". */
  private masdarContent(j: number, limit: number, nounContent: boolean, markers: ReadonlySet<string>): Content | null {
    const t = this.toks[j];
    if (!t || j >= limit) return null;
    if (t.kind === 'word' && isComplementizer(t.norm)) return this.clauseContent(this.masdarAn(j) ? j : j + 1, limit, false);
    if (isColon(t)) return this.scanContent(j, limit, null, { denies: false }, true);
    for (let m = j; m < limit && m <= j + MAX_MASDAR_OBJECT_WORDS; m++) {
      const u = this.toks[m]!;
      if (u.kind !== 'word' || this.hitAt[m]! >= 0) break;
      if (this.isObjectMarker(u.norm, markers)) {
        const start = PREPOSITIONS.has(u.norm) ? m + 1 : m;
        return this.clauseContent(start, this.firstCommaIn(start, limit), false);
      }
    }
    // "إعلان الكتلة، الانفصال عن…": a definite noun phrase after the comma, up to the next comma.
    if (nounContent && isComma(t) && t.text !== ';' && t.text !== '؛') {
      const next = this.toks[j + 1];
      if (next && next.kind === 'word' && isDefinite(next.norm) && this.hitAt[j + 1]! < 0 && findIn(ROLE_HEADS, next.norm) === null) {
        return this.clauseContent(j + 1, this.firstCommaIn(j + 1, limit), false);
      }
    }
    return null;
  }

  /** "دعوة الرئيس في مقابلة مع الإذاعة، بريطانيا إلى…": the content after a short adjunct and its comma. */
  private masdarAfterAdjunct(j: number, limit: number, nounContent: boolean, markers: ReadonlySet<string>): Content | null {
    const t = this.toks[j];
    if (!t || t.kind !== 'word' || !MASDAR_ADJUNCT_OPENERS.has(t.norm)) return null;
    const stop = Math.min(limit, j + MAX_MASDAR_ADJUNCT);
    for (let m = j + 1; m < stop; m++) {
      const u = this.toks[m]!;
      if (u.kind === 'word' && (this.hitAt[m]! >= 0 || isComplementizer(u.norm))) return null;
      if (isComma(u)) {
        if (u.text === ';' || u.text === '؛') return null;
        return this.masdarContent(m + 1, limit, false, markers) ?? (nounContent ? this.masdarContent(m, limit, true, markers) : null);
      }
    }
    return null;
  }

  private masdarStatement(hit: CueHit, tokens: Tok[], content: Content | null, boundaryChar: number): RawStatement | null {
    if (!content || content.endTok <= content.startTok || tokens.length === 0) return null;
    return {
      ...this.statementFields(hit, hit.lemma, 'unknown', { mode: 'span', tokens }, content, false, boundaryChar),
      regionEnd: content.start,
      lastTok: content.endTok - 1,
    };
  }

  /** Tokens whose glued لـ is not part of the speaker ("تقرير للأمم المتحدة"). */
  readonly lamStripped = new Set<number>();

  private parseNominal(k: number, boundaryChar: number, boundaryTok: number): RawStatement | null {
    const hit = this.hits[k]!;
    const cue = hit.nominal!;
    if (cue.speaker === 'masdar') return this.parseMasdar(k, boundaryChar);
    const limit = this.limitAfter(k);
    const acc = { denies: false };
    let speaker: SpeakerSource = { mode: 'continuation' };
    let content: Content | null = null;
    let lastTok = hit.end - 1;
    if (cue.speaker === 'after') {
      let s = hit.end;
      const tokens: Tok[] = [];
      // "بحسب ما ذكرته الوكالة", "حسبما أفاد به", "وفقاً لما أورده موقع…": skip ما (with the cue's
      // own لـ), the verb and به.
      if (this.toks[s]?.norm === F.ma || (cue.attachedLam && this.toks[s]?.norm === F.lima)) s++;
      if (s < limit && this.hitAt[s]! >= 0 && this.hits[this.hitAt[s]!]!.kind !== 'nominal') {
        this.absorbed.add(this.hitAt[s]!);
        s = this.hits[this.hitAt[s]!]!.end;
      } else if ((s > hit.end || this.toks[s - 1]?.norm === F.ma || CUE_WITH_MA.test(this.toks[hit.end - 1]?.norm ?? '')) && REPORTED_IT.test(this.toks[s]?.norm ?? '')) s++;
      if (/^(?:به|بها|بهم)$/u.test(this.toks[s]?.norm ?? '')) s++;
      let first = this.toks[s];
      // "بحسب آخر حصيلة للمرصد", "وفقاً لأحدث تقديرات…": the latest figures speak for their compiler.
      // "بحسب قول سكان", "وفقاً لرواية شهود": the saying is not the sayer.
      const bare = first && cue.attachedLam && first.norm[0] === 'ل' ? first.norm.slice(1) : (first?.norm ?? '');
      const skipped = first !== undefined && this.toks[s + 1]?.kind === 'word' && ((LATEST.has(first.norm) && isIssuerHead(this.toks[s + 1]!.norm)) || SAYING_NOUNS.has(bare));
      if (skipped) first = this.toks[++s];
      let lamHead = -1;
      if (cue.attachedLam && !skipped && first && first.kind === 'word') {
        if (first.norm === F.li) {
          s++;
          first = this.toks[s];
        } else if (first.norm[0] === 'ل') {
          tokens.push(stripLam(first));
          lamHead = s;
          s++;
        }
      }
      const span = scanSpeakerSpan(this.toks, s, limit, this.isCueAt);
      // "وبحسب المنظمة، يبلغ متوسط…": what follows the source's comma is the content, not an
      // apposition, unless it is a role ("بحسب سامي العلي، المتحدث باسم الوزارة،").
      const comma = span.indices.length > 0 ? this.firstCommaIn(span.indices[0]!, span.end) : span.end;
      if (comma < span.end && comma + 1 < limit && findIn(ROLE_HEADS, this.toks[comma + 1]!.norm) === null && !this.closedApposition(comma, span.end)) {
        span.indices = span.indices.filter((i) => i < comma);
        span.end = comma;
      }
      let indices = span.indices;
      let end = span.end;
      // "وفقا لبيان صادر عن قصر الإليزيه": a document that carried the cue's ل speaks for its issuer.
      const lamDocument = tokens.length === 1 && indices.length === 0 && isIssuerHead(tokens[0]!.norm);
      if (lamDocument && this.issuedAt(end)) end++;
      // "ما نقلته وكالة الأنباء عن الوزير": the speaker is after عن; "وفقاً لبيانات من وزارة
      // العمل": figures or a document come from the body after من.
      const headWord = tokens[0] ?? (indices.length > 0 ? this.toks[indices[0]!] : undefined);
      const fromBody = this.toks[end]?.norm === F.min && headWord !== undefined && tokens.length + indices.length === 1 && isIssuerHead(headWord.norm);
      if (this.toks[end]?.norm === F.an_prep || fromBody) {
        const inner = scanSpeakerSpan(this.toks, end + 1, limit, this.isCueAt);
        if (inner.indices.length > 0) {
          tokens.length = 0;
          indices = inner.indices;
          end = inner.end;
        }
      }
      // "وفقاً لتقديرات الأمم المتحدة", "وفقاً لبيان وزارة الخارجية": the document that carried the
      // cue's لـ heads the span, so that its issuer is read as below.
      if (lamHead >= 0 && tokens.length === 1 && indices[0] === lamHead + 1 && isIssuerHead(tokens[0]!.norm)) {
        this.lamStripped.add(lamHead);
        indices = [lamHead, ...indices];
        tokens.length = 0;
      }
      // "بحسب بيان للجيش الإسرائيلي": a document speaks for its issuer, as after a verb.
      if (tokens.length === 0 && indices.length > 0 && isIssuerHead(this.headNorm(indices[0]!))) {
        indices = this.documentIssuer(indices, limit);
        tokens.push(...indices.map((i) => (this.lamStripped.has(i) ? stripLam(this.toks[i]!) : this.toks[i]!)));
      } else tokens.push(...indices.map((i) => this.toks[i]!));
      if (tokens.length === 0) return null;
      // "وفقاً لأحكام الشريعة", "بحسب القانون", "وفق القرار 2254": in accordance with a norm, not a source.
      if (NORMS.has(tokens[0]!.norm.replace(/^ال/u, ''))) return null;
      if (cue.knownSourceOnly && !this.readsAsSource(tokens)) return null;
      speaker = { mode: 'span', tokens };
      lastTok = Math.max(end - 1, lastTok);
      // Content after: "وبحسب الوزارة، فإن…" / "…: «…»"; else the clause before the cue.
      let j = end;
      while (j < limit && (isComma(this.toks[j]) || this.toks[j]!.kind === 'punct' && !isColon(this.toks[j]))) j++;
      if (j < limit && (isComplementizer(this.toks[j]!.norm) || isColon(this.toks[j]) || this.toks[j]!.kind === 'quote')) {
        content = this.scanContent(j, limit, null, acc, true);
      }
      if (!content) {
        let endTok = hit.start;
        while (endTok > boundaryTok && (isComma(this.toks[endTok - 1]) || this.toks[endTok - 1]!.kind === 'punct')) endTok--;
        let startTok = Math.max(boundaryTok, this.from);
        while (startTok < endTok && this.toks[startTok]!.kind !== 'word' && this.toks[startTok]!.kind !== 'number' && this.toks[startTok]!.kind !== 'quote') startTok++;
        // "من جانبه، طالب المعلم - وفق وكالة إنترفاكس - بحل التحالف": right after a clause's cue verb
        // and its subject, the source names that verb's channel; they are not what it said.
        const verbBefore = this.hits.find((h) => h.kind !== 'nominal' && h.start >= startTok && h.start < endTok);
        if (verbBefore && this.wordsBefore[verbBefore.start]! - this.wordsBefore[startTok]! <= 2 && this.wordsBefore[endTok]! - this.wordsBefore[verbBefore.start]! <= MAX_CHANNEL_SUBJECT_WORDS + 1) return null;
        if (endTok > startTok) {
          content = { startTok, endTok, start: this.toks[startTok]!.start, end: this.toks[endTok - 1]!.end, direct: false, openStyle: -1 };
          if (this.toks[startTok]!.kind === 'quote' && this.pairs.closeOf[startTok]! === endTok - 1) {
            content = { ...this.quoteContent(startTok) };
          }
        } else {
          // "وبحسب المنظمة، يبلغ متوسط…": the clause after the source's comma, not the comma itself.
          // "وبحسب العلي، وهو خبير، فإن…": a complementizer further on still opens the content.
          content = this.scanContent(j, limit, null, acc, true) ?? this.clauseContent(j, limit, false);
          if (content && content.endTok <= content.startTok) content = null;
          if (content) lastTok = content.endTok - 1;
        }
      } else {
        lastTok = content.endTok - 1;
      }
    } else {
      content = this.scanContent(hit.end, limit, null, acc, true);
      if (!content) return null;
      lastTok = content.endTok - (content.openStyle >= 0 ? 1 : 0);
      if (cue.afterVerbSubject) {
        // Right after a cue verb ("وأوضح بالقول") it is that verb's adverb, not a statement.
        if (this.hitAt[hit.start - 1]! >= 0) return null;
        // With no subject found, "وردّ بالقول", "وختم بالقول" (the verb, with its و, right before: a
        // pronoun subject) continue the last speaker; elsewhere the subject may have been missed, and
        // a continued name was as often wrong as right (6 of 8 wrong in the session-21 reading, 18 of
        // 34 on all Baly pages, mostly unknown words read as names), so only a known one is continued.
        const found = this.firstVerbSubject(hit) ?? this.subjectRightBefore(hit, Math.max(boundaryTok, this.from));
        const before = this.toks[hit.start - 1];
        const bareVerb = before !== undefined && before.kind === 'word' && (before.norm[0] === 'و' || before.norm[0] === 'ف') && hit.start - 1 === Math.max(boundaryTok, this.from);
        speaker = found ?? (bareVerb ? { mode: 'continuation' } : { mode: 'unknown' });
      } else if (cue.speaker === 'before') {
        const subject = this.subjectBefore(hit, boundaryTok, false);
        speaker = subject;
      }
    }
    if (!content) return null;
    return {
      ...this.statementFields(hit, cue.lemma, 'unknown', speaker, content, acc.denies, boundaryChar),
      regionEnd: content.endTok <= hit.start ? this.toks[Math.max(lastTok, hit.end - 1)]!.end : content.start,
      lastTok,
      // Figures with no compiler named ("بحسب حصيلة جديدة") say nothing more: a subject-less cue after
      // them continues whoever spoke before.
      ...(speaker.mode === 'span' && speaker.tokens.length > 0 && findIn(FIGURE_HEADS, speaker.tokens[0]!.norm) !== null ? { nested: true } : {}),
    };
  }
}

/** Adjectives that follow a title's nisba ("الرئيس الأمريكي السابق"): they continue the phrase. */
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(
  ['السابق', 'الأسبق', 'الجديد', 'العام', 'الأعلى', 'الأول', 'الثاني', 'الأكبر', 'المستقيل', 'المكلف', 'المنتخب', 'المقبل', 'الدائم', 'الخاص', 'المساعد', 'المشترك', 'الرسمي'].map((w) => fold(w)),
);
/** Words after و that open a sentence without being its verb (prepositions, adverbs, particles). */
const F_AYY = fold('أي');
/** عن with the source's pronoun after نقل ("نقلت عنه الوكالة"), and the gender it gives the source. */
const AN_PRONOUN_GENDERS: ReadonlyMap<string, CueGender> = new Map([['عنه', 'masc'], ['عنها', 'fem'], ['عنهم', 'plural'], ['عنهما', 'plural']].map(([w, g]) => [fold(w!), g as CueGender]));
/** "قال فيه/فيها": the cue speaks inside a document just named. */
const IN_IT: ReadonlySet<string> = new Set(['فيه', 'فيها'].map((w) => fold(w)));
/** Documents and speeches one issues or gives, right before "قال فيه" ("أصدر بياناً قال فيه"). */
const SPEECH_DOCUMENTS: ReadonlySet<string> = new Set(
  // Folded, so "بياناً" is "بيانا".
  ['بيان', 'بيانا', 'رسالة', 'برسالة', 'كلمة', 'بكلمة', 'خطابا', 'بخطاب', 'تصريحا', 'بتصريح', 'بتصريحات', 'تغريدة', 'بتغريدة', 'مقالا', 'بيانه', 'رسالته', 'كلمته', 'خطابه',
    // A cleric's ruling speaks for him ("أصدر السيستاني فتوى تحث…").
    'فتوى', 'بفتوى'].map((w) => fold(w)),
);
/** Verbs whose subject gave the speech or interview the sentence opens with ("في كلمة ألقاها…"). */
const OCCASION_VERBS: ReadonlySet<string> = new Set(['ألقاها', 'ألقاه', 'أجراها', 'أجراه', 'عقده', 'عقدها', 'نشرها', 'نشره', 'وجهها', 'وجهه', 'أدلى'].map((w) => fold(w)));
const F_ADLA = fold('أدلى');
/** Particles that may stand before a clause's verb ("كما أصدر", "وقد أصدرت"), folded. */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['كما', 'ثم', 'قد', 'وقد', 'فقد', 'لقد', 'كذلك'].map((w) => fold(w)));
/** How far back from the cue an occasion verb or "سبق لـ" is looked for, in tokens. */
const MAX_OCCASION_REACH = 16;
/** "حيث" (whereby) before a cue: "…، حيث قال إن…". */
const F_HAYTHU = fold('حيث');
/** Words a fronted subject may have ("وزير الخارجية السعودي عادل الجبير"). */
const MAX_FRONTED_SUBJECT = 5;
/** Prepositions and particles that cannot open a subject before its verb (folded). */
const FRONT_BLOCKERS: ReadonlySet<string> = new Set(['في', 'من', 'على', 'إلى', 'عن', 'مع', 'بعد', 'قبل', 'منذ', 'خلال', 'لدى', 'عند', 'حول', 'أن', 'إن', 'لكن', 'ثم', 'كما', 'بينما', 'فيما', 'حين', 'عندما', 'لما', 'إذا', 'لو', 'هل'].map((w) => fold(w)));
/** Demonstratives, which open a noun phrase of their own: those a judging verb takes, and the plural ones (folded). */
const OBJECT_DEMONSTRATIVES: ReadonlySet<string> = new Set([...DEMONSTRATIVES, ...['هؤلاء', 'أولئك'].map((w) => fold(w))]);
/** "سبق" (it happened before that), bare or with و/ف. */
const PRECEDED: ReadonlySet<string> = new Set(['سبق', 'وسبق', 'فسبق'].map((w) => fold(w)));
/** Negations written between a subject and its verb ("لا يرى", "لم يستبعد", "لن يقبل"), folded. */
const NEGATIONS_BEFORE_VERB: ReadonlySet<string> = new Set(['لا', 'لم', 'لن'].map((w) => fold(w)));
/**
 * Figures and evidence that "indicate" or "confirm" (folded, without ال): as the subject of a cue
 * they make no statement. The gold has none as a speaker; a fresh reading found 15 such statements.
 */
const EVIDENCE: ReadonlySet<string> = new Set(
  ['أرقام', 'إحصاءات', 'إحصائيات', 'مؤشرات', 'دلائل', 'دلالات', 'عوامل', 'حقائق', 'معطيات', 'شواهد', 'وقائع', 'أدلة', 'تقديرات', 'ظروف', 'تطورات'].map((w) => fold(w)),
);
/** Words before the head of such a subject: "بعض الأرقام", "هذه المعطيات", "ثلاثة عوامل". */
const EVIDENCE_DETERMINERS: ReadonlySet<string> = new Set(
  ['بعض', 'كل', 'جميع', 'هذه', 'تلك', 'ثلاثة', 'أربعة', 'خمسة', 'عدة', 'عدد'].map((w) => fold(w)),
);

/** The folded words of an entity's name and aliases (cached: asked for the same entities again and again). */
const ENTITY_WORDS = new WeakMap<Entity, ReadonlySet<string>>();
function entityWords(entity: Entity): ReadonlySet<string> {
  let words = ENTITY_WORDS.get(entity);
  if (words === undefined) {
    words = new Set([entity.name, ...entity.aliases].flatMap((n) => fold(n).split(/\s+/u)));
    ENTITY_WORDS.set(entity, words);
  }
  return words;
}

/** The subject is figures or evidence, with a determiner or a number before it at most. */
function evidenceSubject(tokens: readonly Tok[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  let k = 0;
  while (k < words.length - 1 && (words[k]!.kind === 'number' || findIn(EVIDENCE_DETERMINERS, words[k]!.norm) !== null)) k++;
  const head = words[k];
  if (head === undefined || head.kind !== 'word' || findIn(EVIDENCE, head.norm) === null) return false;
  // "تقديرات المصادر التركية", "إحصاءات الأمم المتحدة", "تقديرات السلطات التركية": someone's figures
  // speak for their owner. A non-human plural takes feminine adjectives ("الرسمية", "غربية"), so a
  // word in -ات/-ين/-ون after the head is an owner, as is a body or an office; not more evidence
  // joined to it ("الأرقام والإحصاءات").
  return !words.slice(k + 1).some((t, n) => t.kind === 'word' && findIn(EVIDENCE, t.norm) === null &&
    (findIn(ORG_HEADS, t.norm) !== null || roleHeadAt(words, k + 1 + n) !== null || /(?:ات|ين|ون)$/u.test(t.norm)));
}

/** Rules and texts one acts in accordance with (folded, without ال): after بحسب/وفقاً لـ they are no source. */
const NORMS: ReadonlySet<string> = new Set(
  ['أحكام', 'حكم', 'قانون', 'قوانين', 'دستور', 'قرار', 'قرارات', 'مرجعية', 'مرجعيات', 'شريعة', 'قواعد', 'قاعدة', 'شروط', 'معايير', 'مبادئ', 'نظام', 'أنظمة', 'لوائح', 'لائحة', 'خطة', 'جدول', 'برنامج', 'توقيت', 'اتفاق', 'اتفاقية', 'بنود', 'نص', 'مقتضيات',
    // Plurals and kin found by the session-19 reading ("وفقاً للاتفاقيات والبرامج", "لمعاهدة حظر الانتشار",
    // "للخطط الإستراتيجية"), and "بحسب ما تراه الجهات" (at their discretion).
    'اتفاقيات', 'اتفاقات', 'معاهدة', 'معاهدات', 'خطط', 'برامج', 'تعليمات', 'توجيهات', 'إجراءات', 'ضوابط', 'تراه', 'يراه', 'تقتضيه', 'يقتضيه',
    // As needed, as circumstances allow, on request, by priority: "حسب الحاجة" is no pilgrim (الحاجة).
    'حاجة', 'ظروف', 'طلب', 'أصول', 'أولوية', 'أولويات', 'إمكانيات', 'إمكانات', 'مقتضى'].map((w) => fold(w)),
);

const NOT_VERBS_AFTER_WA: ReadonlySet<string> = new Set([
  // Time prepositions and adverbs that open a fronted adjunct ("وقبيل تصويت المجلس حث…", "وحتى الآن استخدمت…").
  ...TIME_ADJUNCT_OPENERS,
  // Prepositions, particles and pronouns of two or three letters ("وفي ردود الفعل دان…", "ولها…").
  ...['في', 'من', 'عن', 'مع', 'إن', 'أن', 'ما', 'لا', 'قد', 'لن', 'لو', 'هو', 'هي', 'له', 'لها', 'كل', 'أي', 'إذ'].map((w) => fold(w)),
  ...['لدى', 'حول', 'بين', 'أمام', 'وراء', 'عبر', 'مثل', 'حسب', 'وفق', 'أيضا', 'كذلك', 'هذا', 'هذه', 'ذلك', 'يذكر', 'يشار'].map((w) => fold(w)),
]);
/**
 * A verb of reporting with its object pronoun after "بحسب ما" that is no cue of its own ("بحسب ما
 * نقلته وكالة رويترز", "حسبما نشرته الصحيفة"): the source follows it.
 */
const REPORTED_IT = new RegExp(`^(?:${['نقل', 'نشر', 'بث', 'أورد', 'أظهر', 'تناقل', 'رصد', 'روى', 'أذاع', 'أوضح', 'كشف', 'ذكر', 'أعلن', 'قال', 'أكد', 'أفاد', 'أشار'].map((w) => fold(w)).join('|')})(?:ت|ته|تها|ه|ها|وه)?$`, 'u');

/** Cues that report nothing once negated: recognising and admitting (lemmas as in the lexicon). */
const NOT_SPEECH_WHEN_NEGATED: ReadonlySet<string> = new Set(['اعترف', 'أقر']);

/** A nominal cue written with its ما ("حسبما", "بحسبما", "وفقما"), folded: a verb of reporting may follow. */
const CUE_WITH_MA = /^(?:ب?حسب|وفق)ما$/u;

/** "آخر"/"أحدث" before a document or figure after بحسب/وفق, with or without the cue's glued لـ (folded). */
const LATEST: ReadonlySet<string> = new Set(['آخر', 'أحدث', 'لآخر', 'لأحدث'].map((w) => fold(w)));

/** "بالوكالة", "بالإنابة" (acting), folded: part of an office, never an object. */
const ACTING: ReadonlySet<string> = new Set(['بالوكالة', 'بالإنابة', 'بالنيابة'].map((w) => fold(w)));

/** Prepositions (folded) after which a noun phrase is an adjunct, never a verb's subject. */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['بين', 'مع', 'عن', 'على', 'إلى', 'الى', 'من', 'في', 'حول', 'بعد', 'قبل', 'ضد', 'لدى', 'عند'].map((w) => fold(w)));

/** Words read back from "بالقول" for its verb's subject (the verb is the first of them). */
const MAX_SPAN_BACK_WORDS = 9;

/** Tokens back from a ف-verb to the أما whose topic carries a relative clause. */
const MAX_AMMA_REACH = 30;

/** Words of a subject between a cue verb and a nominal cue naming its channel ("طالب المعلم - وفق…"). */
const MAX_CHANNEL_SUBJECT_WORDS = 3;

/** Nouns of saying before the sayer after بحسب/وفق ("بحسب قول مصدر", "حسب تعبير الوزير"), folded. */
const SAYING_NOUNS: ReadonlySet<string> = new Set(['قول', 'رواية', 'شهادة', 'تعبير', 'كلام', 'وصف', 'ادعاء', 'زعم', 'مزاعم', 'رأي', 'تأكيد', 'تأكيدات', 'تقدير'].map((w) => fold(w)));

/** Participles and adjectives that describe a document or figure ("بيان مشترك", "حصيلة جديدة"), folded. */
const DOCUMENT_ADJECTIVES: ReadonlySet<string> = new Set(['جديد', 'جديدة', 'أولية', 'مشترك', 'مشتركة', 'صادر', 'صادرة', 'حديث', 'حديثة', 'سابق', 'سابقة', 'أخير', 'أخيرة', 'مفصل', 'مفصلة', 'مكتوب', 'مطول'].map((w) => fold(w)));

/** A document or a figure: what speaks for its issuer after بحسب/وفق (see FIGURE_HEADS). */
function isIssuerHead(folded: string): boolean {
  return findIn(DOCUMENT_HEADS, folded) !== null || findIn(FIGURE_HEADS, folded) !== null;
}

/**
 * A verb of issuing with the document as its object pronoun ("أعلنها", "نشرتها", "أصدرته", "أجراها"):
 * its subject, right after it, issued the document before it.
 */
const ISSUING_IT = new RegExp(`^(?:${['نشر', 'أعلن', 'أصدر', 'أورد', 'ذكر', 'وثق', 'أجرا', 'أعد', 'رصد', 'جمع', 'قدم'].map((w) => fold(w)).join('|')})(?:ت)?(?:ه|ها|هما|وه|وها)$`, 'u');

/** "وفقاً لها", "طبقاً له": a nominal cue whose source is a pronoun. */
const LAM_PRONOUNS: ReadonlySet<string> = new Set(['له', 'لها', 'لهم', 'لهما'].map((w) => fold(w)));
/** A time or place adjunct between a verb's object and its content ("الوضع في الوقت الراهن بأنه"). */
const OBJECT_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['في', 'خلال'].map((w) => fold(w)));
const MAX_OBJECT_ADJUNCT = 4;
/** Words a noun-phrase proposition after a masdar's speaker needs at least ("إعلان روسيا انسحاب قواتها"). */
const MIN_MASDAR_PROPOSITION = 3;
/** A masdar's speaker may be followed by a prepositional adjunct before its comma ("دعوة الرئيس في مقابلة مع …، …"). */
const MASDAR_ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['في', 'خلال', 'أمام', 'عبر', 'لدى'].map((w) => fold(w)));
/** The adjunct of a masdar's speaker is short: a longer run is another clause. */
const MAX_MASDAR_ADJUNCT = 10;
/** Words (the addressee: "دعوة الرئيس بريطانيا إلى…") that may stand between a masdar's speaker and its marker. */
const MAX_MASDAR_OBJECT_WORDS = 2;

/** "للوزير" → "الوزير", "لوزارة" → "وزارة": the speaker word without the preposition لـ. */
function stripLam(tok: Tok): Tok {
  const doubled = tok.norm.startsWith('لل');
  const text = doubled ? 'ال' + tok.text.replace(/^ل\u0640*ل/u, '') : tok.text.replace(/^ل\u0640*/u, '');
  return { ...tok, text, norm: doubled ? 'ال' + tok.norm.slice(2) : tok.norm.slice(1) };
}

/**
 * Statements of one sentence. `from` skips tokens that belong to a quote opened in an earlier
 * sentence (they were already reported with it).
 */
export function parseSentence(text: string, toks: readonly Tok[], from = 0, lookup: EntityLookup | null = null): RawStatement[] {
  if (from >= toks.length) return [];
  return new SentenceParser(text, toks, from, lookup).parse();
}
