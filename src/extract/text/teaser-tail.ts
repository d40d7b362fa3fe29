/**
 * Related stories printed after the article as "headline + lead" lines: "الأحمد ينفي تصريحات هاجم
 * فيها حماس نفى عضو اللجنة المركزية لحركة فتح …". The scrape glued each teaser's headline to its
 * first sentence, so the line reads as prose; what gives it away is the headline itself: a short
 * phrase with no punctuation, then a news lead opening on its verb ("نفى عضو…", "كشف حازم…",
 * "أعلن الدفاع المدني…"). A sentence whose subject comes first ("مصدر ميداني لتلفزيون الخبر أكد…")
 * has the same shape, so a teaser must also be about something else: few of its words are in the
 * article's headline and first paragraphs, and about something else than the teaser after it.
 * Three or more such lines at the end of the page (with at most one other line between two of
 * them, or after the last: a teaser's second paragraph) are the related stories.
 */
import type { ClassifiedBlock } from './classify.js';
import { normalize } from '../../arabic/normalize.js';
import { expandCueForms } from '../../lexicons/cues.js';

/** Teaser lines that make a tail of related stories. */
export const MIN_TEASERS = 3;
/** Words a glued headline may have before its lead's verb. */
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_WORDS = 14;
/** What follows the verb must be a lead sentence, not a phrase. */
const LEAD_MIN_WORDS = 8;

/**
 * Past verbs news leads open with: the reporting verbs (masculine and feminine) and the verbs of
 * events that leads use most ("بدأ", "وصل", "ظهرت", "أثار", "لقي", "أصيب"…; not "شهد", which opens a chronology's days). Folded.
 */
const LEAD_VERBS: ReadonlySet<string> = new Set(
  [
    // The reporting verbs' singular past forms, as the cue table generates them: not بيّن, whose
    // unvowelled past is the preposition بين, nor جدد, also the adjective "new" (plural).
    ...expandCueForms()
      .filter((f) => f.tense === 'past' && (f.gender === 'masc' || f.gender === 'fem') && !f.objectPronoun && !f.row.adjectiveHomograph)
      .map((f) => f.form),
    // Event verbs; the masculine forms that are also everyday nouns (عقد، وقع، قتل) only feminine.
    'بدأ', 'بدأت', 'وصل', 'وصلت', 'ظهر', 'ظهرت', 'أثار', 'أثارت', 'لقي', 'لقيت', 'أصيب', 'أصيبت', 'قتلت', 'أصدر',
    'أصدرت', 'تمكن', 'تمكنت', 'أدان', 'أدانت', 'شنت', 'استقبل', 'استقبلت', 'تسلم', 'تسلمت', 'اعتقل', 'اعتقلت', 'وقعت',
    'انطلق', 'انطلقت', 'عقدت', 'التقى', 'التقت', 'قرر', 'قررت',
  ].map((w) => normalize(w)),
);

/** A teaser shares at most this share of its words with the article's head; the story's own lines share more. */
const MAX_HEAD_OVERLAP = 0.15;
/** …and at most this share with the teaser after it: related stories may share a name ("عنان"), not a story. */
const MAX_NEXT_OVERLAP = 0.3;
/** Body lines read as the article's head, with everything above them (the headline). */
const HEAD_LINES = 3;
/** Words this short are particles and pronouns, shared by any two Arabic texts. */
const MIN_TOPIC_WORD = 4;

function topicWords(key: string): string[] {
  return key.split(' ').filter((w) => w.length >= MIN_TOPIC_WORD);
}

/** Words that open a clause inside a sentence: no headline has one before its lead. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['أن', 'إن', 'أنه', 'أنها', 'الذي', 'التي', 'الذين', 'كما', 'حيث'].map((w) => normalize(w)));

/** Punctuation that ends or splits a sentence: a headline has none before its lead. */
const SENTENCE_MARK = /[.!?؟،,;؛]/u;

/** The line is a teaser: a short unpunctuated headline, then a lead opening on a listed verb. */
export function isGluedTeaser(c: ClassifiedBlock): boolean {
  const words = c.block.key.split(' ');
  if (words.length < HEADLINE_MIN_WORDS + 1 + LEAD_MIN_WORDS) return false;
  // ". ." is a headline's own separator ("نائب ترامب يصل الأردن . . وفعالية رافضة"), not a full stop.
  const raw = c.block.text.replace(/ \. \. /gu, ' ').split(' ');
  // A sentence's own opening: "وأوضح الناشطون أن …" continues the story, and a headline holds no
  // complementizer or relative ("… أن الوحدات الكردية زادت …").
  const first = normalize(raw[0] ?? '');
  if ((first.startsWith('و') || first.startsWith('ف')) && LEAD_VERBS.has(first.slice(1))) return false;
  let seen = 0;
  for (const token of raw) {
    if (SENTENCE_MARK.test(token)) return false;
    // A date before the verb opens an entry of a chronology ("12 - 1 - 2014 : …"), not a headline.
    if (/\p{Nd}/u.test(token)) return false;
    if (!/\p{L}/u.test(token)) continue;
    if (CLAUSE_WORDS.has(normalize(token))) return false;
    if (seen >= HEADLINE_MIN_WORDS && LEAD_VERBS.has(normalize(token))) return words.length - seen - 1 >= LEAD_MIN_WORDS;
    seen++;
    if (seen > HEADLINE_MAX_WORDS) return false;
  }
  return false;
}

/**
 * Marks the tail of related stories: from the first of at least MIN_TEASERS teaser lines at the
 * end of the body (other body lines between them are the teasers' own second paragraphs) to the
 * end. The article itself must keep some body before it.
 */
export function markTeaserTail(out: ClassifiedBlock[], reason: string): void {
  const body = out.flatMap((c, i) => (c.cls === 'good' ? [i] : []));
  if (body.length <= MIN_TEASERS) return;
  // The head: every line down to the third body line, the headline and the page's top included;
  // built only when a line has a teaser's shape, which most pages never have.
  let head: ReadonlySet<string> | null = null;
  const headWords = (): ReadonlySet<string> => {
    const headEnd = body[Math.min(HEAD_LINES, body.length) - 1]!;
    head ??= new Set(out.slice(0, headEnd + 1).flatMap((c) => topicWords(c.block.key)));
    return head;
  };
  const share = (c: ClassifiedBlock, other: ReadonlySet<string>): number => {
    const own = [...new Set(topicWords(c.block.key))];
    return own.length === 0 ? 1 : own.filter((w) => other.has(w)).length / own.length;
  };
  let teasers = 0;
  let start = -1;
  let next: ReadonlySet<string> | null = null;
  // From the end back: teasers keep coming, with at most one other line between two of them (or
  // after the last): a teaser's own second paragraph. Each is about something else than the
  // article's head and than the teaser after it: a list of related stories is of several stories.
  for (let k = body.length - 1, gap = 0; k >= 0; k--) {
    const c = out[body[k]!]!;
    if (isGluedTeaser(c) && share(c, headWords()) <= MAX_HEAD_OVERLAP && (next === null || share(c, next) <= MAX_NEXT_OVERLAP)) {
      teasers++;
      start = k;
      gap = 0;
      next = new Set(topicWords(c.block.key));
    } else if (++gap > 1) break;
  }
  // A line of the head shares all its words with it, so the tail never reaches into the head.
  if (teasers < MIN_TEASERS) return;
  for (const i of body.slice(start)) {
    out[i]!.cls = 'bad';
    out[i]!.reason = reason;
  }
}

/**
 * Teasers glued into one line, each cut short: "فقد أعلن مصدر عسكري أمس سيطرة الجيش . . . خرج
 * اجتماع خاص برئاسة …", "وقالت قوات سوريا الديمقراطية , وهي . . . أعلنت قوات سوريا الديمقراطية ,
 * اليوم …". A site's list of related stories prints each lead's first words and an ellipsis; the
 * next lead opens on its bare verb (news leads do; narration going on after an ellipsis in a quote
 * takes و: "… وأضاف"). Such a line is a list of other stories, whatever prose it holds.
 */
export function isTruncatedTeaserRun(c: ClassifiedBlock): boolean {
  const text = c.block.text;
  if (!text.includes('. . .') && !text.includes('…')) return false;
  let from = 0;
  for (const m of text.matchAll(TRUNCATION_THEN_WORD)) {
    // The cut lead before the ellipsis is a sentence's beginning, not a headline ("كوريا الشمالية
    // تهدد . . . أعلن متحدث…" is the story's own headline glued to its lead).
    const before = text.slice(from, m.index).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
    from = m.index + m[0].length;
    if (before >= MIN_CUT_LEAD_WORDS && REPORTING_PAST.has(normalize(m[1]!))) return true;
  }
  return false;
}

/** Words of a cut lead before its ellipsis, at least. */
const MIN_CUT_LEAD_WORDS = 6;
/**
 * Reporting verbs in the past, as leads open ("أعلن", "أكدت", "كشف"); not the event verbs of
 * LEAD_VERBS, which a columnist's "… . . . ظهر ذلك واضحا" also continues with.
 */
const REPORTING_PAST: ReadonlySet<string> = new Set(
  expandCueForms()
    .filter((f) => f.tense === 'past' && (f.gender === 'masc' || f.gender === 'fem') && !f.objectPronoun && !f.row.adjectiveHomograph)
    .map((f) => normalize(f.form)),
);

/** An ellipsis (spaced dots or the character) and the word after it. */
const TRUNCATION_THEN_WORD = /(?:\. \. \.|…)[\s.]*([\p{L}]+)/gu;
