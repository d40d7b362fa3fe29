/**
 * The site's name in its copyright line. Footers write it in many orders, often glued into one long
 * line with the rest of the footer:
 *   "جميع الحقوق محفوظة لـ <name> 2018", "جميع الحقوق محفوظة لموقع " <name> " - 2016",
 *   "جميع حقوق النشر محفوظة لدى <name> , ويحظر …", "جميع الحقوق محفوظة 2018 | <name> | …",
 *   "<name> 2018 , جميع الحقوق محفوظة", "… | <name> | جميع الحقوق محفوظة 2014", "© 2017 <name>".
 *   In English: "Copyright - <name>", "Copyrights 2010 - 2018 <name> , All rights reserved".
 * The name is read after the phrase first (with its "ل", "لدى", "لصالح", a year or a separator
 * in between), else before it. Where it ends is read from hard stops: a year, a separator, a
 * sentence mark, a change of script, a function word. All patterns are Arabic: `u` flag.
 */
import { normalize } from '../../arabic/normalize.js';
import { STOPWORDS } from '../../arabic/lexicons/stopwords.js';
import { type Script, scriptOf } from './site-name.js';

/** "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "جميع حقوق التأليف والنشر محفوظة", "كافة الحقوق محفوظة", "©", "Copyright(s)". */
// The phrase must end its word: "محفوظةملاحظة" is the phrase glued to the next notice, whose words are not a name.
/** "Copyright", "COPYRIGHTS" …: the English word, in any case. */
const COPYRIGHT_WORD = '[Cc][Oo][Pp][Yy][Rr][Ii][Gg][Hh][Tt][Ss]?';
const PHRASE = new RegExp(
  String.raw`(?:(?:جميع|كافة|كل)\s+)?(?:ال)?حقوق(?:\s+(?!محفوظ)\S+){0,3}?\s+(?:محفوظة|محفوظه)(?![\p{L}])|©|\(\s*c\s*\)|(?<![\p{L}])${COPYRIGHT_WORD}(?![\p{L}])`,
  'u',
);
/** "©" and the English word state the owner right after them, as "لـ" does after the Arabic phrase. */
const SIGN = new RegExp(`^(?:©|${COPYRIGHT_WORD})$`, 'u');
/** Site names run to five words ("شبكة تلفزيون الشرق الأوسط", "المجموعة للأنترنات و التصرف"). */
const MAX_WORDS = 5;
/** A run of up to this many words read backwards without a hard stop is taken whole; longer needs a head noun. */
const MAX_BOUNDED_WORDS = 4;
/** Tokens skipped between the phrase and the name: a year, a range of years, separators, a comma. */
const FILLER = /^(?:(?:19|20)\d{2}|[-–—|｜,،:：©]|\(\s*c\s*\))$/u;
/** A year, or any number longer than a name's ("قناة 218", "عرب 48" keep theirs): ends the name. */
const YEAR = /^(?:\d{4,}|[\u0660-\u0669]{4,})$/u;
const SHORT_NUMBER = /^\d{1,3}$/u;
/** Separators, brackets, sentence marks: end the name. Quotes are handled apart. */
const HARD_STOP = /^[|｜\-–—<>:：/\\()[\]{}!?؟،,;.]+$/u;
const QUOTE = /^["«»“”']+$/u;
/** "لـ", "ل -", "لدى", "لصالح": the preposition that introduces the owner. */
const OWNER_PREPOSITION = /^(?:لـ|ل|لدى|لصالح)$/u;
/** What a footer names after "©" or the phrase when it credits the builder or a licence, not the site. */
const NOT_A_SITE_NAME = /(?:powered|designed|developed|\bby\b|\brights\b|\breserved\b|بواسطة|رخصة|تطوير|تصميم|برمجة|مواضيع|محفوظ|جميع|^(?:ل|لل|ال)?موقع$)/iu;
/** Nouns that head a site's name ("صحيفة العرب", "شبكة تلفزيون الشرق الأوسط"): where a name read backwards starts. */
const HEAD_NOUNS = new Set(['صحيفة', 'جريدة', 'موقع', 'قناة', 'مجلة', 'وكالة', 'شبكة', 'مركز', 'مؤسسة', 'تلفزيون', 'إذاعة', 'راديو', 'مجموعة', 'دار', 'بوابة'].map((noun) => normalize(noun)));


export interface CopyrightName {
  name: string;
  /**
   * The line itself says this is the owner: "لـ <name>", "لدى <name>", or a name headed by
   * "صحيفة", "شبكة", "مركز" …. Otherwise ("جميع الحقوق محفوظة 2018 <words>", "<word> 2018 - جميع
   * الحقوق محفوظة") the words may be the next widget's ("حمل تطبيقاتنا", "اتبعنا"), and the caller
   * takes them only when the page names them elsewhere too.
   */
  owner: boolean;
}

/** The site's name in a copyright line of `text`, or null. Cheap for lines without one. */
export function copyrightName(text: string): CopyrightName | null {
  // Cheap test first: this runs on every line of the page.
  if (!text.includes('محفوظ') && !text.includes('©') && !text.includes('(c)') && !text.includes('( c )') && !/opyright|OPYRIGHT/u.test(text)) return null;
  const m = PHRASE.exec(text);
  if (!m) return null;
  // "© <name>" states the owner as plainly as "لـ <name>".
  const after = nameAfter(tokensOf(text.slice(m.index + m[0].length)), SIGN.test(m[0]));
  if (after?.owner) return after;
  // English footers put the name after "Copyright"; the word before it ends some other widget ("… 9 ساعات ago Copyright 2013").
  const englishWord = m[0] !== '©' && SIGN.test(m[0]);
  if (englishWord) return after;
  const before = nameBefore(tokensOf(text.slice(0, m.index)));
  return before?.owner ? before : (after ?? before);
}

/** Words and marks: "© 2021 الساحل. جميع …" glues a full stop to the name it ends. */
function tokensOf(text: string): string[] {
  return text.replace(/([.،,:|؛;!?؟()«»"“”])/gu, ' $1 ').split(/\s+/u).filter(Boolean);
}

function nameAfter(tokens: string[], afterSign: boolean): CopyrightName | null {
  let i = 0;
  let owner = afterSign;
  // "محفوظة لـ", "محفوظة ل - ", "محفوظة لدى", "محفوظة 2015 | ", "محفوظة , ".
  while (i < tokens.length && i < 4 && (FILLER.test(tokens[i]!) || OWNER_PREPOSITION.test(tokens[i]!))) {
    if (OWNER_PREPOSITION.test(tokens[i]!) || tokens[i] === '©') owner = true;
    i++;
  }
  if (i >= tokens.length) return null;
  let first = tokens[i]!;
  if (/^ل(?=\p{L}{3})/u.test(first)) owner = true;
  // "لموقع", "لصحيفة", "لقناة", "لمصراوي": the preposition glued to the owner's name.
  // "للشبكة السورية" is "ل" + "الشبكة السورية".
  if (/^لل(?=\p{L}{3})/u.test(first)) first = 'ا' + first.slice(1);
  else if (/^ل(?=\p{L}{3})/u.test(first)) first = first.slice(1);
  let rest = [first, ...tokens.slice(i + 1)];
  // "لموقع " عربي 21 "": the head noun before a quoted name is not part of it.
  if (HEAD_NOUNS.has(normalize(rest[0]!)) && QUOTE.test(rest[1] ?? '')) rest = rest.slice(1);
  const name = QUOTE.test(rest[0]!) ? quoted(rest.slice(1)) : clean(readForward(rest));
  // Right after the phrase with neither preposition nor a head noun ("محفوظة بموجب القانون",
  // "محفوظة المقر الإجتماعي : …", "محفوظة 2018 حمل تطبيقاتنا"), the words are not marked as the owner's.
  if (name === null) return null;
  return { name, owner: owner || headed(name) };
}

function headed(name: string): boolean {
  return HEAD_NOUNS.has(normalize(name.split(' ')[0]!));
}

/** Words up to the closing quote (' " عربي 21 " '): the quotes bound the name exactly. */
function quoted(tokens: string[]): string | null {
  const name: string[] = [];
  for (const t of tokens) {
    if (QUOTE.test(t)) return clean(name);
    if (name.length >= MAX_WORDS) return null;
    name.push(t);
  }
  return null;
}

function readForward(tokens: string[]): string[] {
  const name: string[] = [];
  let script: Script | null = null;
  for (let i = 0; i < tokens.length && name.length < MAX_WORDS; i++) {
    const t = tokens[i]!;
    // ". نت", ". com" after a name are part of it ("أورينت . نت").
    if (t === '.' && name.length > 0 && /^(?:نت|net|com|org|info)$/iu.test(tokens[i + 1] ?? '')) {
      name.push(t, tokens[i + 1]!);
      i++;
      continue;
    }
    if (HARD_STOP.test(t) || QUOTE.test(t) || YEAR.test(t) || /^www$/iu.test(t)) break;
    // "قناة 218", "عرب 48": a short number closes the name it follows.
    if (SHORT_NUMBER.test(t)) {
      if (name.length > 0) name.push(t);
      break;
    }
    const norm = normalize(t);
    if (name.length > 0 && STOPWORDS.has(norm)) break;
    const s = scriptOf(t);
    if (s === 'other' || (script !== null && s !== script)) break;
    script = s;
    name.push(t);
  }
  return name;
}

/**
 * "… تابعونا كافة الأقسام صحيفة العرب , جميع الحقوق محفوظة": read backwards from the phrase. A run
 * that a hard stop (line start, year, separator, change of script) bounds within four words is the
 * name; a longer run is the name only from its head noun ("صحيفة", "شبكة", "مركز" …) on.
 */
function nameBefore(tokens: string[]): CopyrightName | null {
  let end = tokens.length;
  while (end > 0 && FILLER.test(tokens[end - 1]!)) end--;
  const name: string[] = [];
  let script: Script | null = null;
  let bounded = false;
  for (let i = end - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (HARD_STOP.test(t) || QUOTE.test(t) || YEAR.test(t)) {
      bounded = true;
      break;
    }
    if (SHORT_NUMBER.test(t)) {
      if (name.length > 0) break;
      name.unshift(t);
      continue;
    }
    const s = scriptOf(t);
    if (s === 'other' || (script !== null && s !== script)) {
      bounded = true;
      break;
    }
    script = s;
    if (name.length >= MAX_WORDS) break;
    name.unshift(t);
    if (i === 0) bounded = true;
  }
  if (name.length === 0) return null;
  const head = findLastIndex(name, (t) => HEAD_NOUNS.has(normalize(t)));
  const cleaned = head >= 0 && head < name.length - 1 ? clean(name.slice(head)) : bounded && name.length <= MAX_BOUNDED_WORDS ? clean(name) : null;
  // "<name> 2018 , جميع الحقوق محفوظة": two words or more between hard stops are a name; one word
  // ("اتبعنا 2018 - جميع …") may be the last of a widget's.
  return cleaned === null ? null : { name: cleaned, owner: (head >= 0 && head < name.length - 1) || cleaned.includes(' ') };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

function clean(tokens: readonly string[]): string | null {
  // A name never ends with a function word or a bare number ("… الوطن 2" is not read as one).
  const words = [...tokens];
  while (words.length > 0 && (STOPWORDS.has(normalize(words[words.length - 1]!)) || words[words.length - 1] === '.')) words.pop();
  if (words.length === 0 || words.every((w) => SHORT_NUMBER.test(w))) return null;
  // "في نفس الفئة جميع الحقوق …": a name never opens with a function word.
  if (STOPWORDS.has(normalize(words[0]!))) return null;
  const name = words.join(' ');
  if (name.length < 2 || NOT_A_SITE_NAME.test(name)) return null;
  return name;
}
