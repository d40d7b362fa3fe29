/**
 * The person a narrative sentence is about: "والتقى وزير الدفاع الإسرائيلي أفيغدور ليبرمان عددا من
 * الضباط" reports no speech, but a careful reader takes its subject for a "وقال" right after it
 * (index.ts offers him to the next sentence's subject-less cue, resolve.ts SpeakerMemory.narrative).
 * The sentence must open with a verb followed by a person the entity analysis knows, directly or
 * after one of that person's titles.
 */
import type { CueGender } from '../../lexicons/cues.js';
import type { EntityLookup } from './context.js';
import { fold } from './lexicon.js';

/**
 * Verbs whose person after them is, as news uses them, the one acted upon: written without vowels,
 * "وقتل X" is "X was killed", "وأوقف X" "X was arrested", "وعين X" "X was appointed". Such a person
 * is no subject a following "وقال" continues. Folded, without و/ف.
 */
const PATIENT_VERBS: ReadonlySet<string> = new Set(
  ['قتل', 'اغتيل', 'اعتقل', 'أصيب', 'أوقف', 'أعدم', 'توفي', 'عين', 'نقل', 'استشهد', 'جرح', 'أسر', 'خطف', 'اختطف', 'احتجز', 'سجن', 'أطلق', 'أفرج', 'انتخب', 'كلف', 'طرد', 'أقيل', 'مات', 'دفن', 'حكم', 'اتهم', 'أدين', 'استدعي', 'منح', 'كرم', 'هنئ', 'استقبل', 'ودع'].map((w) => fold(w)),
);

/**
 * First words that open no verb clause with a subject after them: particles, prepositions and
 * adverbs (with their و/ف), and كان, whose sentences give background ("وكان ليبرمان قد زار…"), not
 * the next speaker. Folded.
 */
const NOT_NARRATIVE_VERBS: ReadonlySet<string> = new Set(
  ['في', 'من', 'على', 'إلى', 'عن', 'مع', 'بعد', 'قبل', 'منذ', 'حتى', 'خلال', 'بين', 'ثم', 'لكن', 'ولكن', 'إن', 'أن', 'كما', 'أما', 'بينما', 'حيث', 'إذ', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'يذكر', 'يشار', 'بحسب', 'وفق', 'وفقا', 'عند', 'لدى', 'أمام', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'وهو', 'وهي']
    .flatMap((w) => [w, `و${w}`, `ف${w}`])
    .map((w) => fold(w)),
);

/** Characters before a narrative sentence's subject: one verb and a long title ("المتحدث باسم وزارة الخارجية الروسية"). */
const MAX_LEAD_CHARS = 100;

export interface NarratedSubject {
  name: string;
  /** The title the sentence gave him before his name, if any. */
  title: string | null;
  /** The verb's gender: a past verb in ـت, or a present one in تـ, is feminine. */
  gender: CueGender;
}

/**
 * The subject the sentence [start, end) of body paragraph `paragraph` narrates about, or null. Only a
 * person named with a title there or mentioned more than once: a name met once and bare is too often
 * a misread phrase ("وأصيب منصور بطلقتين").
 */
export function narratedSubject(lookup: EntityLookup, paragraph: number, start: number, end: number, text: string): NarratedSubject | null {
  const first = lookup.firstMentionIn(paragraph, start, end);
  // A verb and a title at most stand before the person: a mention further in is no subject.
  if (first === null || first.start - start > MAX_LEAD_CHARS) return null;
  const entity = first.entity;
  if (entity.type !== 'person') return null;
  const words = text.slice(0, first.start - start).trim().split(/\s+/u).filter((w) => w.length > 0);
  const verb = words[0];
  if (verb === undefined || !/^[\u0621-\u064A]{3,}$/u.test(verb)) return null;
  const folded = fold(verb);
  if (NOT_NARRATIVE_VERBS.has(folded) || folded.startsWith('ال')) return null;
  const bare = folded.replace(/^[وف](?=...)/u, '');
  // Both readings: "ودع" (bid farewell) has و as its first letter, not as a conjunction.
  if (PATIENT_VERBS.has(bare) || PATIENT_VERBS.has(folded)) return null;
  let title: string | null = null;
  if (words.length > 1) {
    const between = fold(words.slice(1).join(' '));
    title = entity.aliases.find((a) => fold(a) === between) ?? null;
    if (title === null) return null;
  }
  if (title === null && entity.mentions < 2) return null;
  const gender: CueGender = bare.endsWith('ت') || (bare.startsWith('ت') && bare.length >= 4) ? 'fem' : 'masc';
  return { name: entity.name, title, gender };
}
