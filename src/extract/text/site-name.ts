/**
 * The site's name in a document title glued to the page: "<headline> | رأي اليوم دبي - ( د ب أ ) …",
 * "<headline> - النهار هل تريد الاشتراك …", "<headline> - بوابة الأهرام بوابة الأهرام آخر الأخبار".
 * The name starts right after the title separator; where it ends is read from several signals:
 * the next separator, a digit, a date word, a change of script, a function word, the name repeated
 * at once (a logo after the title), and the name recurring elsewhere on the page (copyright lines,
 * "support <site>" appeals, share texts).
 */
import { normalize } from '../../arabic/normalize.js';
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { WEEKDAYS } from '../../arabic/dates/index.js';
import { GREGORIAN_MONTH_NAMES } from '../../arabic/dates/months.js';

/** Site names run to five words at most ("مركز كارنيغي للشرق الأوسط", "صحيفة المواطن الإلكترونية"). */
const MAX_NAME_WORDS = 5;
/** Without any confirmation, a stretch this short after the separator is taken as the name. */
const MAX_UNCONFIRMED_WORDS = 3;
/** Tokens that end a name: separators, brackets, quotes, markup. */
const STOP_TOKEN = /^[|｜\-–—<>:：/\\()[\]{}"«»“”'!?؟،,;>]+$|[0-9\u0660-\u0669\u06F0-\u06F9]/u;
/** ". نت", ". net", ". com" after a name are part of it ("الجمهورية . نت"). */
const DOMAIN_SUFFIX = /^(?:نت|net|com|org|info|ae|sa|tv)$/iu;

const DATE_WORDS: ReadonlySet<string> = new Set(
  [...WEEKDAYS.flatMap((d) => [d, d.replace(/^ال/u, '')]), ...GREGORIAN_MONTH_NAMES.flat().map((m) => m.split(' ')[0]!)].map((w) => normalize(w)),
);

/** After a number, a month or weekday, another number, or a date separator before a number ("21 - 2 - 2016"). */
function datesOn(next: string | undefined, after: string | undefined): boolean {
  if (next === undefined) return false;
  return DATE_WORDS.has(normalize(next)) || /^\d/u.test(next) || (/^[/:.\-–]$/u.test(next) && /^\d/u.test(after ?? ''));
}

export type Script = 'arabic' | 'latin' | 'other';
/** The script of a token's first character: a site name does not change script mid-way. */
export function scriptOf(token: string): Script {
  const c = token.charCodeAt(0);
  if (c >= 0x0600 && c <= 0x06ff) return 'arabic';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'latin';
  return 'other';
}

/** "title | section | site": at most this many segments are read after the headline. */
const MAX_SEGMENTS = 3;
const SEGMENT_SEPARATOR = /^[|｜\-–—]$/u;

/**
 * The name after the separator that ends at `from` in `text`, or null. `page` is the whole page's
 * text, searched for the name elsewhere. Titles often chain "headline | section | site": the last
 * segment is the site, unless it is a Latin transcription of an Arabic segment before it
 * ("| السورية نت | Alsouria . net").
 */
export function siteNameAfter(text: string, from: number, page: string): string | null {
  const segments: string[] = [];
  let at = from;
  for (let k = 0; k < MAX_SEGMENTS; k++) {
    const segment = nameAt(text, at, page);
    if (!segment) break;
    segments.push(segment.name);
    // Another separator right after the name opens the next segment.
    const next = /^\s*(\S+)\s+/u.exec(text.slice(segment.end));
    if (!next || !SEGMENT_SEPARATOR.test(next[1]!)) break;
    at = segment.end + next[0].length;
  }
  if (segments.length === 0) return null;
  const last = segments[segments.length - 1]!;
  if (scriptOf(last) === 'latin') {
    const arabic = segments.filter((s) => scriptOf(s) === 'arabic');
    if (arabic.length > 0) return arabic[arabic.length - 1]!;
  }
  return last;
}

function nameAt(text: string, from: number, page: string): { name: string; end: number; confirmed: boolean } | null {
  const tokens: { token: string; end: number }[] = [];
  for (const m of text.slice(from).matchAll(/\S+/gu)) {
    tokens.push({ token: m[0], end: from + m.index! + m[0].length });
    if (tokens.length >= MAX_NAME_WORDS * 2 + 2) break;
  }
  const name: string[] = [];
  let script: Script | null = null;
  for (let i = 0; i < tokens.length && name.length < MAX_NAME_WORDS; i++) {
    const token = tokens[i]!.token;
    if (token === '.' && DOMAIN_SUFFIX.test(tokens[i + 1]?.token ?? '') && name.length > 0) {
      name.push(token, tokens[i + 1]!.token);
      i++;
      continue;
    }
    // "عربي 21", "فرانس 24", "عرب 48": a short number right after a one-word name closes it, unless a
    // date goes on ("Sputnik 21 يناير"). After a longer name it opens what follows ("… المتحدة 40 ألف شخص").
    if (name.length === 1 && /^\d{1,3}$/u.test(token) && !datesOn(tokens[i + 1]?.token, tokens[i + 2]?.token)) {
      name.push(token);
      break;
    }
    if (STOP_TOKEN.test(token)) break;
    const norm = normalize(token);
    if (DATE_WORDS.has(norm) || (name.length > 0 && STOPWORDS.has(norm))) break;
    const s = scriptOf(token);
    if (script !== null && s !== script) break;
    script = s;
    name.push(token);
  }
  const words = name.filter((t) => t !== '.');
  if (words.length === 0 || (words.length === 1 && words[0]!.length < 2)) return null;
  const endOf = (n: number): number => tokens[n - 1]!.end;
  const repeated = repeatedUnit(tokens.map((t) => t.token));
  if (repeated) return { name: repeated.join(' '), end: endOf(repeated.length * 2), confirmed: true };
  // The longest beginning of the stretch that the page repeats elsewhere is the name.
  const elsewhere = page.slice(0, Math.max(0, from - 1)) + '\n' + page.slice(endOf(name.length));
  for (let n = name.length; n >= 1; n--) {
    const candidate = name.slice(0, n);
    if (candidate[candidate.length - 1] === '.') continue;
    const phrase = candidate.join(' ');
    if (phrase.length >= 3 && elsewhere.includes(phrase) && (n > 1 || words.length <= MAX_UNCONFIRMED_WORDS)) return { name: phrase, end: endOf(n), confirmed: true };
  }
  return words.length <= MAX_UNCONFIRMED_WORDS ? { name: name.join(' '), end: endOf(name.length), confirmed: false } : null;
}

/** "بوابة الأهرام بوابة الأهرام": the unit that repeats at once (made of name tokens only). */
function repeatedUnit(tokens: readonly string[]): string[] | null {
  for (let k = 1; k <= MAX_NAME_WORDS && k * 2 <= tokens.length; k++) {
    if (tokens.slice(0, k).some((t) => STOP_TOKEN.test(t))) return null;
    let same = true;
    for (let j = 0; j < k && same; j++) same = tokens[j] === tokens[k + j];
    if (same) return tokens.slice(0, k);
  }
  return null;
}

const LEADING_NAME = /^\S+(?:\s\S+){0,6}\s[|｜\-–—]\s/u;

/**
 * "الميادين | ترامب وبوتين …", "FilGoal | أخبار | …": a title that puts the site first. Only a name
 * the page repeats elsewhere counts, since a section label stands in the same place.
 */
export function siteNameBefore(text: string, page: () => string): string | null {
  // Cheap test first: most pages do not open with "<name> | ", and joining the page costs.
  if (!LEADING_NAME.test(text)) return null;
  const found = nameAt(text, 0, page());
  if (!found || !found.confirmed) return null;
  const next = /^\s*(\S+)/u.exec(text.slice(found.end));
  return next && SEGMENT_SEPARATOR.test(next[1]!) ? found.name : null;
}
