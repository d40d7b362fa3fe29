/**
 * The site's notices about itself, printed under the article: the rules of its comments and
 * contributions ("يحق لإدارة الموقع إلغاء أي مشاركة تخالف قواعد النشر"), and its disclaimers of what
 * it hosts ("المساهمات تعبر عن رأي أصحابها", "لا يتحمل الموقع أي مسؤولية عن …"). They read as clean
 * prose, but they speak of the site, its readers and their posts, and they close the article: what
 * follows them (terms of use, "about us", cookie notices) is the site's too.
 *
 * All patterns run on search-normalized text (hamza folded, ة→ه, ى→ي); the `u` flag because they
 * are Arabic.
 */
import type { Block } from './blocks.js';

/**
 * "تعبر عن رأي أصحابها", "يعبر فقط عن وجهات نظر كتابها": the opinion belongs to the writers, said of
 * the texts the site hosts. News prose says whose opinion a statement is, but not of "its writers".
 */
const WRITERS_OPINION = /(?:^|\s)[وف]?[تي]عبر\s+(?:فقط\s+|حصرا\s+|بالضروره\s+)?عن\s+(?:راي|اراء|وجهات\s+نظر|وجهه\s+نظر)\s+(?:كاتب|كتاب|اصحاب|اصاحب|صاحب|مرسلي|مرسل|مساهمي|كاتبي|محرري)\S*/u;
/**
 * "ولا يتحمل موقع … أي مسؤولية عن": the site (a site, paper or forum named within a few words)
 * declines responsibility. A government declining it in the news names no site.
 */
const NO_RESPONSIBILITY = /(?:^|\s)و?لا\s+[يت]تحمل\s+(?:\S+\s+){0,6}?(?:اي\s+)?مس(?:ءو|وو|و)ليه/u;
const SITE_SUBJECT = /(?:^|\s)(?:ال)?(?:موقع|صحيفه|جريده|مجله|منتدي|اداره|معهد|ناشر)(?=\s|$)/u;

/** Words a site's rules are made of: posts, comments, registration, membership, ads, cookies. */
const POLICY_TERMS = new Set([
  'مشاركه', 'مشاركات', 'مساهمه', 'مساهمات', 'تعليق', 'تعليقات', 'تسجيل', 'عضويه', 'اعلان', 'اعلانات', 'مشترك', 'مشتركين',
  'قارئ', 'قراء', 'زوار', 'مستخدم', 'مستخدمين', 'خصوصيه', 'ارتباط', 'منتدي', 'موقع', 'نشر', 'نشره', 'شروط', 'قواعد',
  // Reuse notices: "لا يسمح بنسخ مواد الموقع إلا بإذن", "لا مانع من الاقتباس شريطة ذكر المصدر".
  'نسخ', 'اقتباس', 'مواد', 'اذن', 'مقال', 'مقالات',
]);
/** Of these, the ones that news prose uses every day ("موقع عسكري", "نشر قوات"): they count only beside another term. */
const COMMON_TERMS = new Set(['موقع', 'نشر', 'نشره', 'شروط', 'قواعد', 'تعليق', 'اعلان', 'مواد', 'اذن', 'مقال', 'مقالات']);
/** What a rule says: a right, a ban, a duty, a request. */
const RULE_WORDS = new Set(['يحق', 'يسمح', 'يمنع', 'يحظر', 'ممنوع', 'يجب', 'يرجي', 'يلتزم', 'يوافق', 'نحتفظ', 'تحتفظ', 'يمكنكم', 'يمكنك']);
/** Clitics a term may carry: the conjunctions و/ف, the prepositions ل/ب, the article. */
const CLITICS = /^(?:[وف]?(?:[لب]|لل)?(?:ال)?)/u;
/** Two of the site's own terms, or one among three terms in all: a rule of the site, not a sentence on visas or the press. */
const POLICY_MIN_OWN_TERMS = 2;
const POLICY_MIN_TERMS = 3;
/** A disclaimer opens its line; one glued after a story's last sentence leaves that line to the story. */
const NOTICE_MAX_LEAD_WORDS = 12;
const NOTICE_MIN_WORDS = 5;
/** A notice is a few sentences; the long paragraphs, most of a page's text, are not read for one. */
const NOTICE_MAX_WORDS = 80;
/**
 * Cheap pre-filter, one scan of the line: a rule word, or the verb of a hosting disclaimer ("تعبر",
 * "يتحمل"). Most lines hold none and cost nothing more.
 */
const NOTICE_ANCHOR = /يحق|يسمح|يمنع|يحظر|ممنوع|يجب|يرجي|يلتزم|يوافق|تحتفظ|نحتفظ|يمكنك|[تي]عبر|[تي]تحمل/u;
const MAY_DISCLAIM = /[تي]عبر|[تي]تحمل/u;

/** A rule of the site's: a rule word with two of the site's own terms, or with one of them among three terms in all. */
export function isPolicyLine(block: Block): boolean {
  let rule = false;
  const terms = new Set<string>();
  for (const w of block.key.split(' ')) {
    if (RULE_WORDS.has(w) || RULE_WORDS.has(w.replace(/^[وف]/u, ''))) {
      rule = true;
      continue;
    }
    const stem = termOf(w);
    if (stem !== null) terms.add(stem);
  }
  if (!rule) return false;
  let own = 0;
  for (const t of terms) if (!COMMON_TERMS.has(t)) own++;
  return own >= POLICY_MIN_OWN_TERMS || (own >= 1 && terms.size >= POLICY_MIN_TERMS);
}

/** The policy term a word is, behind its clitics ("والمشاركة" → "مشاركه"), or null. */
function termOf(word: string): string | null {
  if (POLICY_TERMS.has(word)) return word;
  const bare = word.replace(CLITICS, '');
  return bare !== word && POLICY_TERMS.has(bare) ? bare : null;
}

/** The site disclaiming what it hosts, in the wordings the phrase list of line-kinds.ts (`isDisclaimerLine`) does not cover. */
export function isHostingDisclaimer(block: Block): boolean {
  const norm = block.norm;
  const opinion = WRITERS_OPINION.exec(norm);
  if (opinion !== null && opensLine(norm, opinion.index)) return true;
  const m = NO_RESPONSIBILITY.exec(norm);
  return m !== null && SITE_SUBJECT.test(m[0]) && opensLine(norm, m.index);
}

/** The notice opens the line: few words before it, and no sentence of a story ended there. */
function opensLine(norm: string, at: number): boolean {
  return wordsBefore(norm, at) <= NOTICE_MAX_LEAD_WORDS && !/[.!؟?](?:\s|$)/u.test(norm.slice(0, at));
}

/** Space-separated tokens before `at` (punctuation tokens count too: the bound is loose on purpose). */
function wordsBefore(norm: string, at: number): number {
  let n = 0;
  for (let i = norm.indexOf(' '); i >= 0 && i < at; i = norm.indexOf(' ', i + 1)) n++;
  return n;
}

/** A notice of the site about itself: its rules or its disclaimers of what it hosts (the classifier adds `isDisclaimerLine`). */
export function isSiteNoticeLine(block: Block): boolean {
  if (block.words < NOTICE_MIN_WORDS || block.words > NOTICE_MAX_WORDS) return false;
  if (!NOTICE_ANCHOR.test(block.norm)) return false;
  return isPolicyLine(block) || (MAY_DISCLAIM.test(block.norm) && isHostingDisclaimer(block));
}

/** A line about the site names it among its first words ("يعتبر موقع …", "الموقع يحتوي على …"). */
const SELF_SUBJECT_WORDS = 3;
const SELF_MAX_WORDS = 40;

/**
 * The site describing itself ("يتميز موقع … بالنشر الفوري", "يحرص الموقع على …"): the site is the
 * subject, named among the first words. A story may name a site so too; only a page's closing run
 * of such lines is the site's "about us" (see the classifier's zones).
 */
export function speaksOfTheSite(block: Block): boolean {
  if (block.words < NOTICE_MIN_WORDS || block.words > SELF_MAX_WORDS) return false;
  const key = block.key;
  // Cheap test first: the word within the first few dozen characters.
  if (!key.slice(0, 48).includes('موقع')) return false;
  let from = 0;
  for (let k = 0; k < SELF_SUBJECT_WORDS && from >= 0; k++) {
    const end = key.indexOf(' ', from);
    const word = key.slice(from, end < 0 ? key.length : end);
    if (word.replace(CLITICS, '') === 'موقع') return true;
    from = end < 0 ? -1 : end + 1;
  }
  return false;
}
