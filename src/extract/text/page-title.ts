/**
 * The page's <title> at the head of a scraped dump. Scrapers often write the document title first
 * and glue the rest of the page to it: "<headline> | <site> <menu…> <lead…>" or
 * "<headline> - <site> هل تريد الاشتراك …". The headline is the text before the first title
 * separator, when that text is shaped like a headline on its own.
 */
import { findDates } from '../../arabic/dates/index.js';
import { describe, type Block } from './blocks.js';
import { normalize } from '../../arabic/normalize.js';

/** A <title> separator: a bar or a dash with spaces around it ("headline | site", "headline - site"). */
const SEPARATOR = /\s(?:\||｜|-|–|—|::)\s/gu;
/** The headline must end within this many characters of the page's start. */
const TITLE_REACH = 260;
const MIN_WORDS = 3;
const MAX_WORDS = 32;

export interface PageTitle {
  title: string;
  /** Where the headline ends in the first block's text. */
  end: number;
  /** Words after the separator: a plain "headline | site" line has only a few. */
  restWords: number;
  /** Where the text after the separator (the site's name, then the page) starts. */
  siteFrom: number;
}

/**
 * The headline before the first separator of the first block, or null. A dash between digits is
 * part of a date ("25 - 2 - 2016"), and "ل - " is a tokenized "لـ": neither separates. A prefix too
 * short to be a headline ("بيورينكس - BURINEX | …", "اجتماع تركي - روسي …") extends to the next
 * separator. A date glued to the end of the headline ("… أراضيهم الثلاثاء 13 ذو القعدة 1432 ه") is
 * the page's date line, not part of it.
 */
export function pageTitlePrefix(first: Block | undefined, isTitleShaped: (b: Block) => boolean): PageTitle | null {
  if (!first) return null;
  const text = first.text;
  for (const m of text.slice(0, TITLE_REACH).matchAll(SEPARATOR)) {
    const at = m.index!;
    const before = text.slice(0, at);
    const after = text.slice(at + m[0].length);
    if (/\d\s*$/u.test(before) && /^\s*\d/u.test(after)) continue;
    if (endsWithClitic(before)) continue;
    if (m[0].trim() !== '|' && isCompoundAdjective(before, after)) continue;
    // "… بسبب " تي - شيرت " | site": a dash inside quotes is part of the quoted name.
    if (m[0].trim() !== '|' && insideQuotes(before)) continue;
    const title = withoutEcho(withoutTrailingDate(beforeDateLabel(withoutClockedDate(withoutLeadingLabel(before.trim())))));
    const words = title.split(/\s+/u).filter(Boolean).length;
    if (words < MIN_WORDS) continue;
    if (words > MAX_WORDS) return null;
    const shape = describe(first.index, title);
    // A sentence end inside means running text, not a headline ("… ? | site" is still a headline).
    if (!isTitleShaped(shape) || shape.arabicWords < 1 || /[.!](?:\s|$)(?!\s*\.)/u.test(title.replace(/(?:\s?\.){2,}/gu, ' '))) return null;
    return { title, end: at, restWords: after.split(/\s+/u).filter(Boolean).length, siteFrom: at + m[0].length };
  }
  return null;
}

/**
 * "بوتين ل - «الأسد»": a lone letter left by the tokenizer ("لـ", "بـ") is glued to the next word,
 * so a dash after it is no separator. The era letter of a year ("1432 ه", "2011 م") is not such a
 * letter: it ends a date, and the separator after it is real.
 */
export function endsWithClitic(before: string): boolean {
  return /(?:^|\s)\p{L}$/u.test(before) && !/[0-9\u0660-\u0669]\s*[هم]$/u.test(before);
}

/** An odd number of straight quotes, or more opening guillemets than closing ones, before the point. */
function insideQuotes(before: string): boolean {
  let straight = 0;
  let open = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0xab || c === 0x201c) open++;
    else if (c === 0xbb || c === 0x201d) open--;
  }
  return straight % 2 === 1 || open > 0;
}

/**
 * "<headline> اعلانات جديد الاخبار <headline>": the document title, then the menu, then the page's
 * heading, all before the first separator. When the text ends with its own beginning (at least a
 * headline's worth of words), the headline is that part alone.
 */
export function withoutEcho(title: string): string {
  let tokens = title.split(' ');
  // "… للحرب باليمن ? خروج خروج": a word twice in a row at the end is a button printed twice (icon
  // label and text), never the headline's last words.
  while (tokens.length > MIN_WORDS + 1 && /\p{L}/u.test(tokens[tokens.length - 1]!) && tokens[tokens.length - 1] === tokens[tokens.length - 2]) tokens = tokens.slice(0, -2);
  title = tokens.join(' ');
  const n = tokens.length;
  for (let len = Math.floor(n / 2); len >= MIN_WORDS; len--) {
    let same = true;
    for (let k = 0; k < len && same; k++) same = tokens[k] === tokens[n - len + k];
    if (same) return tokens.slice(0, len).join(' ');
  }
  return title;
}

/**
 * "رسائل جوية سورية - إسرائيلية", "اجتماع تركي - روسي": a dash between two indefinite relative
 * adjectives (nisba, -ي / -ية) joins them into one ("Syrian-Israeli"). A site's name after a
 * separator is a name or carries the article ("- العربية"), never a bare adjective.
 */
export function isCompoundAdjective(before: string, after: string): boolean {
  return NISBA_LAST.test(before) && NISBA_FIRST.test(after);
}
const NISBA_LAST = /(?:^|\s)(?!ال)\p{L}{2,}(?:ي|ية|يه)$/u;
const NISBA_FIRST = /^\s*(?!ال)\p{L}{2,}(?:ي|ية|يه)(?=\s|$)/u;

/**
 * "ملف الأسبوع | أسرار دولة قطر …": a bar after one or two words leaves a section or site label
 * in front of the headline. (A dash does not: "اجتماع تركي - روسي" is one headline.)
 */
function withoutLeadingLabel(title: string): string {
  const m = /^(\S+(?:\s\S+)?)\s[|｜]\s(.+)$/u.exec(title);
  return m && m[2]!.split(/\s+/u).length >= MIN_WORDS ? m[2]! : title;
}

/**
 * "… اخر تحديثالسبت", "… تم نشره في السبت", "… العدد 5829": a date label or an issue number glued
 * after the headline starts the page's date line.
 */
const DATE_LABEL = /(?:آخر|اخر|أخر)\s*تحديث|تاريخ\s+النشر|(?:^|\s)(?:تم\s+نشره|نشر)\s+في|(?:^|\s)العدد\s*[:：]?\s*[0-9\u0660-\u0669]/u;

/** How far after a label its date may start ("تم نشره في السبت 2 كانون الأول 2017"). */
const LABEL_TO_DATE_CHARS = 40;

export function beforeDateLabel(title: string, needDate = false): string {
  const m = DATE_LABEL.exec(title);
  if (!m) return title;
  // In running text a label may be prose ("تم نشره في الصحيفة"): there only a dated one counts.
  if (needDate && !findDates(title.slice(m.index, m.index + m[0].length + LABEL_TO_DATE_CHARS)).some((d) => d.iso !== null && d.kind !== 'relative')) return title;
  const rest = title.slice(0, m.index).trim();
  return rest.split(/\s+/u).length >= MIN_WORDS ? rest : title;
}

/**
 * A headline may name a day ("أحداث الأربعاء 06 كانون الأول 2017") but never a clock time: a date
 * with a time after the headline is the page's date line, and everything from it on is not headline.
 */
function withoutClockedDate(title: string): string {
  const clocked = findDates(title).find((d) => d.iso !== null && d.parts.hour !== undefined);
  if (!clocked) return title;
  const rest = title.slice(0, clocked.start).trim();
  return rest.split(/\s+/u).length >= MIN_WORDS ? rest : title;
}

function withoutTrailingDate(title: string): string {
  const dates = findDates(title).filter((d) => d.iso !== null && d.kind !== 'relative');
  const last = dates[dates.length - 1];
  if (!last || title.slice(last.end).replace(/[\s|:\-–—,،()هـم]+/gu, '') !== '') return title;
  // A site clock or date line names the weekday or the Hijri date; a headline's own date
  // ("سوريا في الصحافة العالمية 13 / 12 / 2017") is plain.
  if (last.weekday === null && last.kind !== 'hijri') return title;
  const rest = title.slice(0, last.start).trim();
  // "… من 22 - 10 إلى 6 - 11 - 2014": after a preposition the date is what the headline is about.
  if (PREPOSITION_END.test(rest)) return title;
  return rest.split(/\s+/u).length >= MIN_WORDS ? rest : title;
}

const PREPOSITION_END = /(?:^|\s)(?:في|من|إلى|الى|حتى|منذ|بعد|قبل|خلال|ليوم|يوم)$/u;

/** Letters and digits of a token, normalized: what a document title keeps of the headline's words. */
function wordKey(token: string): string {
  return normalize(token).replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/** Closing marks a headline may end with after its last word. */
const CLOSING_TOKEN = /^[«»"“”'?!؟]+$/u;

/**
 * Document titles often drop the headline's punctuation ("دي ميستورا جنيف 9 بشأن …") that the
 * on-page headline keeps ("دي ميستورا : " جنيف 9 " بشأن …"). The first later stretch of `text`
 * (from `from`) with the same words, ignoring tokens that are only punctuation, is the headline as
 * the page prints it; null when there is none or it reads the same.
 */
export function onPageForm(title: string, text: string, from: number): string | null {
  const want = title.split(' ').map(wordKey).filter(Boolean);
  if (want.length < MIN_WORDS || !text.includes(title.slice(0, title.indexOf(' ')), from)) return null;
  const tokens = text.slice(from).split(' ');
  for (let start = 0; start + want.length <= tokens.length; start++) {
    if (wordKey(tokens[start]!) !== want[0]) continue;
    let k = 1;
    let end = start + 1;
    for (; end < tokens.length && k < want.length; end++) {
      const key = wordKey(tokens[end]!);
      if (key === '') continue;
      if (key !== want[k]) break;
      k++;
    }
    if (k < want.length) continue;
    // A closing quote or mark right after the last word still belongs to the headline.
    const quotes = (s: string): number => (s.match(/["«»“”]/gu) ?? []).length;
    // …and so does an opening quote right before its first word.
    while (start > 0 && /^["«“]+$/u.test(tokens[start - 1]!) && quotes(tokens.slice(start, end).join(' ')) % 2 === 1) start--;
    while (end < tokens.length && CLOSING_TOKEN.test(tokens[end]!) && (quotes(tokens.slice(start, end).join(' ')) % 2 === 1 || !/["«»“”]/u.test(tokens[end]!))) end++;
    const shown = tokens.slice(start, end).join(' ');
    return shown === title ? null : shown;
  }
  return null;
}
