/**
 * Recognisers for the kinds of short line that surround an article: date lines, captions,
 * credits, bylines, tag lines, section labels, breadcrumbs, counters. Each is a small pure
 * function over a Block; the classifier treats a match as chrome, the metadata pickers read them.
 */
import { normalize } from '../../arabic/normalize.js';
import { findDates, type DateMatch } from '../../arabic/dates/index.js';
import { stripPunctuation, type Block } from './blocks.js';
import {
  AGENCIES,
  BREADCRUMB_SEPARATOR,
  CAPTION_OPENERS,
  DISCLAIMER_PHRASES,
  PUBLISHED_LABELS,
  READER_FORMS,
  SECTION_LABELS,
  SITE_FIRST_PERSON_FORMS,
  SITE_TERMS,
  UPDATED_LABELS,
} from './lexicon.js';

const sectionSet = new Set(SECTION_LABELS.map((s) => normalize(s)));
const captionOpeners = CAPTION_OPENERS.map((s) => normalize(s)).sort((a, b) => b.length - a.length);
/** Each opener with what may follow it ("صوره:", "صوره :", "صوره "), built once: this runs on every line. */
const captionOpenerForms = captionOpeners.map((o) => ({ o, colon: o + ':', spacedColon: o + ' :', space: o + ' ' }));
const agencyNorms = AGENCIES.map((a) => stripPunctuation(normalize(a))).filter((a) => a.length > 0);
const dateLabelWords = new Set(
  [...PUBLISHED_LABELS, ...UPDATED_LABELS, 'في', 'يوم', 'الساعه', 'م', 'ص', 'مساء', 'صباحا', 'هـ', 'ه', 'الموافق', 'بتوقيت', 'غرينتش', 'جرينتش', 'مكه', 'المكرمه', 'القاهره', 'بيروت', 'دمشق', 'gmt', 'اخر', 'تاريخ']
    .flatMap((l) => normalize(l).split(' ')),
);

/** Dates found in a block, cached: several recognisers and the date picker need them. */
const dateCache = new WeakMap<Block, DateMatch[]>();
export function datesIn(block: Block): DateMatch[] {
  const cached = dateCache.get(block);
  if (cached) return cached;
  const found = datesInText(block.text);
  dateCache.set(block, found);
  return found;
}

/** The dates of a piece of text, uncached: a text without a digit is read as holding none. */
export function datesInText(text: string): DateMatch[] {
  // Cheap pre-filter: an article's own date always carries digits (a year or a day number).
  return /[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(text) ? findDates(text) : [];
}

/** A line that is a date (with labels, times, separators) and nearly nothing else. */
export function isDateLine(block: Block): boolean {
  if (block.words > 16) return false;
  const dates = datesIn(block).filter((d) => d.kind !== 'relative');
  if (dates.length === 0) return false;
  let rest = block.text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const leftover = stripPunctuation(normalize(rest))
    .split(' ')
    .filter((w) => w !== '' && !dateLabelWords.has(w) && !/^\d+$/u.test(w));
  return leftover.length <= 2;
}

export function isCaptionLine(block: Block): boolean {
  if (block.words > 40) return false;
  const t = block.text.trim();
  const n = block.norm.replace(/^[\s(\[«"“]+/u, '');
  if (block.words <= 25 && captionOpenerForms.some((f) => n.startsWith(f.colon) || n.startsWith(f.spacedColon) || n === f.o || n.startsWith(f.space))) {
    return !block.endsSentence || block.words <= 12;
  }
  // "… خلال لقائه … (أ ف ب)" — a photo credit in parentheses closes the line, no sentence before it.
  const tail = /\(\s*([^()]{1,40})\s*\)\s*$/u.exec(t);
  if (tail && block.sentencePunct === 0) {
    const inner = stripPunctuation(normalize(tail[1]!));
    if (agencyNorms.includes(inner) || /^(?:صوره|ارشيف|ارشيفيه|تصوير|الصوره)/u.test(inner)) return true;
  }
  return false;
}

const CREDIT_OPENER = /^[(\[]?\s*(?:إعداد|اعداد|تحرير|ترجمة|كتب|كتبت|بقلم|المصدر|مراسل|مراسلة|متابعة|تقرير)\s*[:：]?/u;
export function isCreditLine(block: Block): boolean {
  if (block.words > 16) return false;
  if (CREDIT_OPENER.test(block.text.trim())) return true;
  const stripped = block.key;
  return agencyNorms.includes(stripped);
}

const TAG_OPENER = /^(?:كلمات البحث|الوسوم|وسوم|الكلمات الدلاليه|كلمات دلاليه|كلمات مفتاحيه|الكلمات المفتاحيه|مواضيع|تاغ|تاغات|هاشتاغ|الموضوعات|tags)\s*[:：]?/u;
export function isTagLine(block: Block): boolean {
  if (TAG_OPENER.test(block.norm)) return true;
  if (!block.text.startsWith('#')) return false;
  const tokens = block.text.split(/\s+/u).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => t.startsWith('#'));
}

export function isSectionLine(block: Block): boolean {
  if (block.words > 4) return false;
  return sectionSet.has(block.key);
}

/** "الرئيسية > أخبار > سياسة" and the like. */
export function breadcrumbItems(block: Block): string[] | null {
  if (block.words > 14 || !BREADCRUMB_SEPARATOR.test(block.text)) return null;
  const items = block.text.split(BREADCRUMB_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (items.length < 2) return null;
  const first = stripPunctuation(normalize(items[0]!));
  return first === 'الرئيسيه' || first === 'الرئيسيه' || first === 'home' ? items : null;
}

/** "عدد المشاهدات: 1234", "5 دقائق قراءة", stray ids: lines of numbers and a few words. */
export function isCounterLine(block: Block): boolean {
  if (block.words > 5) return false;
  const digits = (block.text.match(/[0-9\u0660-\u0669]/gu) ?? []).length;
  return digits > 0 && (block.words <= 3 || block.interfaceHits > 0);
}

/**
 * Unrendered template markup ("{ * welcomeName * }", "{ { mmonth } }"): a login widget or a clock
 * whose script never ran. Two placeholders on a line make it the widget's.
 */
const TEMPLATE_PLACEHOLDER = /\{\s*[*{]\s*[#/]?\s*[A-Za-z_][\w.]*\s*[*}]?\s*\}/gu;
export function isTemplateLine(block: Block): boolean {
  if (!block.text.includes('{')) return false;
  let n = 0;
  let inside = 0;
  for (const m of block.text.matchAll(TEMPLATE_PLACEHOLDER)) {
    n++;
    inside += m[0].length;
  }
  if (n < 2) return false;
  // A clock widget glued to the headline and lead ("{ { hday } } بتوقيت بيروت … <lead>") still
  // carries the story: only a line that is mostly markup, or short, is the widget's.
  return block.words <= TEMPLATE_LINE_MAX_WORDS || inside * 2 >= block.text.length;
}
const TEMPLATE_LINE_MAX_WORDS = 40;

/**
 * "قبل 17 ساعات", "منذ 3 أيام": the age a teaser list prints under each item. Only stamps with a
 * number count: a sentence says "قبل يومين", a list says "قبل 8 ساعات" again and again.
 */
/** "قبل|منذ <number> <unit>": the stamp itself, shared by the two patterns below. */
const AGE_UNIT = String.raw`(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام|أسبوع|اسبوع|أسابيع|شهر|أشهر|شهور)`;
/**
 * "<number> <unit> منذ" is the same stamp scraped out of order: the widget prints the number in its
 * own element, and the text dump puts it first ("16 ساعات منذ"). Only منذ: "3 أيام قبل الانتخابات"
 * is prose.
 */
const STAMP = String.raw`(?:(?:قبل|منذ)\s+[0-9\u0660-\u0669]+\s+${AGE_UNIT}|[0-9\u0660-\u0669]+\s+${AGE_UNIT}\s+منذ)(?=\s|$)`;
const AGE_STAMP = new RegExp(String.raw`(?:^|\s)` + STAMP, 'gu');
/** A cut teaser followed by the next item's age: "… بحيث يتم . . . قبل 8 ساعات أعلن والي …". */
const CUT_THEN_AGE = new RegExp(String.raw`(?:(?:\.\s){2,}\.|…)\s+` + STAMP, 'u');
/** Where a stamp can start: the pre-filter that keeps the two scans below off most lines. */
const AGE_STAMP_START = /(?:قبل|منذ)\s+[0-9\u0660-\u0669]/u;
/** The same for a stamp scraped out of order ("16 ساعات منذ"), tried only on lines holding "منذ". */
const REVERSED_STAMP_START = /[0-9\u0660-\u0669]\s+\S+\s+منذ/u;
/** Two age stamps on one line make it a list of teasers (or the list's row of stamps). */
const AGE_STAMPS_PER_LIST_LINE = 2;

/**
 * At most this many words may follow the last stamp: a teaser is a sentence, while a run of stamps
 * glued before the story's lead ("منذ 11 ساعة منذ 11 ساعة <headline> <lead> …") leaves a long
 * body line that must be kept.
 */
const AGE_STAMP_TAIL_WORDS = 20;

/** A line of a teaser list that prints each item's age: "… . . . قبل 8 ساعات <next teaser> …". */
export function isAgeStampedTeaserLine(block: Block): boolean {
  // Cheap pre-filter, one scan: every stamp is "قبل"/"منذ" then a number.
  // Literal-led patterns first: they are scanned fast on the many lines that hold no stamp.
  if (!AGE_STAMP_START.test(block.text) && !(block.text.includes('منذ') && REVERSED_STAMP_START.test(block.text))) return false;
  let stamps = 0;
  let lastEnd = 0;
  for (const m of block.text.matchAll(AGE_STAMP)) {
    stamps++;
    lastEnd = m.index! + m[0].length;
  }
  if (stamps < AGE_STAMPS_PER_LIST_LINE) {
    // One stamp counts only after a cut teaser ("… . . . قبل 8 ساعات"); "منذ 2011" in prose is no stamp.
    const cut = CUT_THEN_AGE.exec(block.text);
    if (!cut) return false;
    lastEnd = Math.max(lastEnd, cut.index + cut[0].length);
  }
  // Words with a letter: the spaced punctuation of scraped text (" , ", " . ") is no word.
  return block.text.slice(lastEnd).split(' ').filter((w) => /\p{L}/u.test(w)).length <= AGE_STAMP_TAIL_WORDS;
}

const siteWe: ReadonlySet<string> = new Set(SITE_FIRST_PERSON_FORMS.map((w) => normalize(w)));
const siteTerms: ReadonlySet<string> = new Set(SITE_TERMS.map((w) => normalize(w)));
const readerYou: ReadonlySet<string> = new Set(READER_FORMS.map((w) => normalize(w)));
/** "نشكركم", "ونعدكم", "ندعوكم": a verb of "we" with "you" (plural) as its object. */
const WE_VERB_YOU = /^و?ن[\u0621-\u064A]{2,}كم$/u;
/** "تعليقك", "لتواصلكم", "بريدك": the reader's own comment, message, mail or account. */
const READER_THING = /^(?:ل|ب|و)?(?:تعليق|تواصل|بريد|حساب|تسجيل|اشتراك|متابعت|زيارت|تجربت)كم?$/u;
/** Cheap scans of the key before the word loop: a "you" form (all end in "ك" or "كم", or are "أنت", "أنتم", or a vocative "عزيزي …") … */
const MAY_SAY_YOU = /كم?(?= |$)|انت|عزيز/u;
/**
 * "عزيزي المستخدم", "أعزاءنا القراء": the site calling its reader by the role it gives them (user,
 * visitor, reader, follower). Only that role after the vocative counts: "عزيزي" alone opens letters
 * and quoted speech. On normalized keys (hamza folded, ة→ه, ى→ي).
 */
const READER_VOCATIVE = /(?:^| )(?:عزيزي|عزيزتي|اعزاءي|اعزاءنا)(?: ال(?:مستخدم|زاءر|قارء|متابع|مشترك)(?:ين|ون)?| ال(?:زوار|قراء))(?= |$)/u;
/** … and a "we" form (all end in "نا" but "نحن", "سنرسل", "نرجو"; the "we … you" verbs end in "كم"). */
const MAY_SAY_WE = /نا(?= |$)|نحن|سنرسل|نرجو|كم(?= |$)/u;
/** Quotation marks: a speaker quoted in the story may say "we" and "you"; the site's own voice is unquoted. */
const QUOTE_MARK = /["«»“”]/u;
const ADDRESS_MIN_WORDS = 5;

/**
 * The site speaking to its reader about itself: "we" and "you" in one unquoted line that names the
 * site or its service ("نشكر كل متابعينا ونعدكم …", "شكرا على تواصلكم معنا …", "سنرسل لك أفضل
 * المواضيع المنشورة على موقعنا"). News prose reports in the third person; an interview printed
 * without quotes says "we" and "you" too, but not about the site, its pages, mail or followers.
 */
export function isReaderAddressLine(block: Block): boolean {
  if (block.words < ADDRESS_MIN_WORDS || !MAY_SAY_YOU.test(block.key) || !MAY_SAY_WE.test(block.key) || QUOTE_MARK.test(block.text)) return false;
  let we = false;
  // The vocative is the reader as a second person, even when no pronoun follows ("عزيزي المستخدم العائد من الإعلانات …").
  let you = READER_VOCATIVE.test(block.key);
  let site = false;
  for (const w of block.key.split(' ')) {
    if (siteWe.has(w)) we = true;
    else if (READER_THING.test(w)) you = site = true;
    else if (readerYou.has(w)) you = true;
    else if (WE_VERB_YOU.test(w)) we = you = true;
    if (siteTerms.has(w)) site = true;
    if (we && you && site) return true;
  }
  return false;
}

/** The form's words: its fields, which are required ("مطلوبة", "إلزامية"). On normalized keys. */
const FORM_WORD = /^(?:ال)?(?:حقول|حقل|مطلوب|مطلوبه|الزامي|الزاميه|اجباري|اجباريه)$/u;
/** The reader's mail ("بريدك", "وبريدكم"), on normalized keys. */
const READER_MAIL = /^(?:ل|ب|و)?بريدكم?$/u;
const FORM_NOTICE_MAX_WORDS = 30;

/**
 * A comment form's notice: the reader's own mail and the form's required fields, or a field marked
 * with an asterisk, in one short line ("لن يتم نشر بريدك الإلكتروني , الحقول المشار إليها ب - *
 * مطلوبة"). Sites word it in many ways; what they share is "your mail" beside "fields", "required"
 * or "*". Not any "your …" beside "required": "تسجيلكم في المنصة إلزامي" is a ministry's headline.
 */
export function isCommentFormLine(block: Block): boolean {
  if (block.words > FORM_NOTICE_MAX_WORDS || !MAY_SAY_YOU.test(block.key)) return false;
  const asterisk = block.text.includes('*');
  let mail = false;
  let yours = false;
  let form = false;
  for (const w of block.key.split(' ')) {
    if (READER_MAIL.test(w)) mail = yours = true;
    else if (READER_THING.test(w)) yours = true;
    else if (FORM_WORD.test(w)) form = true;
    if ((mail && (form || asterisk)) || (yours && asterisk && form)) return true;
  }
  return false;
}

/**
 * What the browser or the account widget says, not the story: cookies, JavaScript, the ad blocker,
 * passwords and signing in ("يستخدم هذا الموقع الكوكيز لتحسين تجربتك", "Please enable JavaScript",
 * "نرجو إلغاء تفعيل مانع الإعلانات", "سيتم إرسال رابط إلى بريدك … كلمة مرور جديدة", "تسجيل الدخول
 * تذكرني"). News names these too ("البنك المركزي يحذر : لا تشارك كلمة المرور", "هيئة الاتصالات تحظر
 * ملفات تعريف الارتباط"), so the phrase counts only with the widget's own voice in the line: the
 * reader addressed ("تجربتك", "حسابك", "لك"), a request or a button ("يرجى", "الرجاء", "فضلا", "قم",
 * "تذكرني", "نسيت"), the browser, or "هذا الموقع". The `u` flag: Arabic; `i`: "JavaScript".
 */
const BROWSER_NOTICE_LATIN = /javascript|\bad\s?block\b|\bcookies\b/iu;
const BROWSER_NOTICE_ARABIC = /جافا\s?سكري?بت|مانع\s+(?:ال)?إعلانات|(?:^|\s)(?:ال)?كوكيز|ملفات\s+تعريف\s+(?:ال)?ارتباط/u;
const LATIN_LETTER = /[A-Za-z]/u;
/** Words one of the Arabic notices holds: a plain substring test keeps the pattern off most lines. */
const BROWSER_NOTICE_ANCHORS = ['جافا', 'مانع', 'كوكيز', 'تعريف'];
/** The account widget: passwords ("كلمة المرور", "كلمة مرور": not the idiom "كلمة السر") and signing in. */
const ACCOUNT_NOTICE = /كلمة\s+(?:ال)?مرور(?:\s|$)|كلمة\s+سر\s+(?:جديد|قوي)|تسجيل\s+(?:ال)?دخول|سجل\s+دخولك/u;
/**
 * The widget's voice, on the normalized key: a request or a button, the browser, the site itself;
 * the reader addressed is tested with READER_THING and MAY_SAY_YOU.
 */
const WIDGET_VOICE = /(?:^| )(?:يرجي|الرجاء|برجاء|رجاء|نرجو|فضلا|قم|اضغط|تذكرني|نسيت|please|enable|disable|browser|المتصفح|المستعرض|متصفحك)(?= |$)|هذا الموقع|اسم المستخدم/u;
const BROWSER_NOTICE_MAX_WORDS = 40;

/**
 * A sentence glued after the notice ("Please enable JavaScript to view the جاء استقبال أمير …
 * رائعة .") makes the line a mixed one, which keeps the story.
 */
const STORY_AFTER_NOTICE_WORDS = 15;

export function isBrowserNoticeLine(block: Block): boolean {
  if (block.words > BROWSER_NOTICE_MAX_WORDS || QUOTE_MARK.test(block.text)) return false;
  const text = block.text;
  const m =
    // Any Latin letter, not only Latin words: scrapes glue them to Arabic ("برجاء تفعيل الJavaScript").
    (LATIN_LETTER.test(text) ? BROWSER_NOTICE_LATIN.exec(text) : null) ??
    (BROWSER_NOTICE_ANCHORS.some((a) => text.includes(a)) ? BROWSER_NOTICE_ARABIC.exec(text) : null) ??
    (text.includes('كلمة') || text.includes('دخول') ? ACCOUNT_NOTICE.exec(text) : null);
  if (!m || !widgetVoice(block)) return false;
  const after = text.slice(m.index + m[0].length);
  return !(block.endsSentence && after.split(' ').filter((w) => /\p{L}/u.test(w)).length >= STORY_AFTER_NOTICE_WORDS);
}

/** The widget speaks: a request, a button, the browser or the site, or the reader addressed ("تجربتك"). */
function widgetVoice(block: Block): boolean {
  const key = block.key.toLowerCase();
  if (WIDGET_VOICE.test(key)) return true;
  return MAY_SAY_YOU.test(block.key) && block.key.split(' ').some((w) => READER_THING.test(w) || readerYou.has(w));
}

const disclaimers = DISCLAIMER_PHRASES.map((p) => normalize(p));
/** Every disclaimer names responsibility or opinion ("مسؤول", "يتحمل", "تعبر", "يعكس"): one scan keeps the phrase search off most lines. */
const DISCLAIMER_ANCHOR = /مس(?:ءو|وو|و)ل|يتحمل|[تي]عبر|[تي]عكس/u;
/**
 * The site disclaiming what it republishes or hosts ("الموقع غير مسؤول عن صحة الخبر", "التعليقات
 * تعبر عن رأي كتابها", "لا يعكس بالضرورة وجهة نظر …"): an editorial notice, never the story.
 */
export function isDisclaimerLine(block: Block): boolean {
  if (!DISCLAIMER_ANCHOR.test(block.norm) || QUOTE_MARK.test(block.text)) return false;
  return disclaimers.some((p) => block.norm.includes(p));
}


export function isChromeLine(block: Block): boolean {
  return (
    isTemplateLine(block) ||
    isDateLine(block) ||
    isCaptionLine(block) ||
    isCreditLine(block) ||
    isTagLine(block) ||
    isSectionLine(block) ||
    breadcrumbItems(block) !== null ||
    isCounterLine(block) ||
    isAgeStampedTeaserLine(block)
  );
}
