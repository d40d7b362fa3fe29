/**
 * The headline an article's address spells. Most Arabic news sites build the address from the
 * headline ("/2017/12/27/سوريا-إسقاط-طائرة-عسكرية-ومقتل-قائدها/"): its words in order, without the
 * punctuation, quotes and sometimes the numbers. A scraped text dump glues the headline to menus,
 * site names and the lead ("البرامج الحلقات <headline> هل ستسحب …", "<headline> قال برنامج
 * الأغذية …"), and the address says where it starts and, unless the address was cut short, where it
 * ends.
 *
 * Content management systems cut long addresses: WordPress at 200 bytes of the percent-encoded
 * slug (about 35 Arabic letters, often inside a word), others after ten words or so. A slug that
 * long may end before the headline does; then a headline the page repeats is extended over the words
 * both copies share, and otherwise the headline found by the other rules is kept when it starts
 * where the slug does and runs on only a little further.
 *
 * Measured on the Baly 2018 pages of the held-out sets 1–20 (session 23): 190 of the 419 gold
 * titles have an Arabic slug; on 105 of those the slug's words are exactly the headline's, on 52
 * they are its beginning (35 cut inside a word), on 22 the page does not hold them.
 */
import { normalize } from '../../arabic/normalize.js';
import type { Block } from './blocks.js';

export interface AddressSlug {
  /** The slug's words as look-up keys (normalized letters and digits only). */
  words: string[];
  /** Numbers before the first Arabic word ("10-تصريحات-24-ساعة"): the headline's or the site's id. */
  leadNumbers: string[];
  /** Numbers after the last Arabic word ("…-18-ديسمبر-2017"): the headline's, or an id. */
  tailNumbers: string[];
  /** The words of the path segments after it that have Arabic words: a wiki page's sub-page title ("/تاريخ_الشرق_الأوسط/تاريخ_سوريا"). */
  nextSegments: string[][];
  /** Long enough that the site may have cut it: its end need not be the headline's. */
  mayBeCut: boolean;
}

/** Percent-encoded length from which a slug may have been cut (WordPress cuts at 200). */
const CUT_SLUG_BYTES = 170;
/** Sites that cut by words keep about ten. */
const CUT_SLUG_WORDS = 10;
/** A slug of fewer Arabic words does not say where a headline is. */
const MIN_SLUG_WORDS = 2;
/** A slug this short may be a few words out of the headline's middle: it only trims another pick. */
const SHORT_SLUG_WORDS = 2;
/** Only the top of the page is searched (a headline is near it; the slug's words recur in the story). */
const SCAN_TOKENS = 2000;
/** A headline has at most this many tokens. */
const MAX_HEADLINE_TOKENS = 40;
/** A word one copy glues to the next text must keep this many letters to end the headline. */
const MIN_GLUED_WORD = 3;
/** How many words another pick may run on past a slug that may have been cut. */
const MAX_TAIL_PAST_CUT = 6;

const ARABIC = /\p{Script=Arabic}/u;
const DIGITS = /^\p{N}+$/u;
const BOUNDARY = '\u0000';

/** The letters and digits of a token, normalized: how slug words and page words are compared. */
export function tokenKey(token: string): string {
  return normalize(token).replace(/\u06A9/gu, '\u0643').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The slug of `url`: the path segment or query value with the most Arabic words (the last of
 * equals), split at dashes, underscores and pluses. Null when no part has two Arabic words or the
 * address cannot be decoded.
 */
export function addressSlug(url: string | null | undefined): AddressSlug | null {
  if (!url) return null;
  const parts = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu, '').split(/[/?&=#]/u).map(slugPart);
  let best = -1;
  parts.forEach((p, i) => {
    if (p && p.arabic >= MIN_SLUG_WORDS && (best < 0 || p.arabic >= parts[best]!.arabic)) best = i;
  });
  const part = parts[best];
  if (!part) return null;
  let words = part.words;
  const leadNumbers: string[] = [];
  const tailNumbers: string[] = [];
  while (words.length > 0 && !ARABIC.test(words[0]!)) {
    if (DIGITS.test(words[0]!)) leadNumbers.push(words[0]!);
    words = words.slice(1);
  }
  while (words.length > 0 && !ARABIC.test(words[words.length - 1]!)) {
    if (DIGITS.test(words[words.length - 1]!)) tailNumbers.unshift(words[words.length - 1]!);
    words = words.slice(0, -1);
  }
  const nextSegments: string[][] = [];
  for (let i = best + 1; parts[i] && parts[i]!.arabic > 0; i++) nextSegments.push(parts[i]!.words);
  return {
    words,
    leadNumbers,
    tailNumbers,
    nextSegments,
    mayBeCut: part.bytes >= CUT_SLUG_BYTES || part.arabic >= CUT_SLUG_WORDS,
  };
}

interface SlugPart {
  words: string[];
  arabic: number;
  /** Percent-encoded length, what content management systems count when they cut a slug. */
  bytes: number;
}

function slugPart(raw: string): SlugPart | null {
  let part: string;
  try {
    part = decodeURIComponent(raw.replace(/\+/gu, ' '));
  } catch {
    return null;
  }
  const words = part
    .replace(/\.(?:html?|aspx?|php\d?|jsp|cfm)$/iu, '')
    .split(/[-_\s|،,]+/u)
    .map(tokenKey)
    .filter(Boolean);
  return { words, arabic: words.filter((w) => ARABIC.test(w)).length, bytes: encodeURIComponent(part).length };
}

interface PageTokens {
  /** The tokens as printed, blocks separated by BOUNDARY. */
  shown: string[];
  keys: string[];
}

/**
 * The tokens of the first blocks. A headline lies within one block, so only blocks whose folded
 * text holds the slug's first word are split (most pages hold it in two or three); the others stand
 * as a boundary alone.
 */
function pageTokens(blocks: readonly Block[], firstWord: string): PageTokens {
  const shown: string[] = [];
  const keys: string[] = [];
  let read = 0;
  for (const b of blocks) {
    if (read >= SCAN_TOKENS) break;
    read += b.words;
    // Search normalization leaves the Persian kaf as it is; keys fold it.
    const folded = b.norm.includes('\u06A9') ? b.norm.replace(/\u06A9/gu, '\u0643') : b.norm;
    if (folded.includes(firstWord)) {
      const tokens = b.text.split(' ');
      const words = folded.split(' ');
      // Normalization keeps spaces where they were, so the two lists align; if not, fold token by token.
      const aligned = words.length === tokens.length;
      tokens.forEach((t, i) => {
        shown.push(t);
        keys.push(aligned ? words[i]!.replace(/[^\p{L}\p{N}]+/gu, '') : tokenKey(t));
      });
    }
    shown.push(BOUNDARY);
    keys.push(BOUNDARY);
  }
  return { shown, keys };
}

interface SlugMatch {
  start: number;
  end: number;
  /** The slug's last word is the beginning of a page word: the site cut the slug there. */
  cutInWord: boolean;
}

/**
 * The slug's words from `start` on, in order and within one block. Punctuation tokens are skipped,
 * and so are numbers the slug left out; a slug word may be two page tokens a scrape split ("الد ولة").
 */
function matchAt(keys: readonly string[], start: number, slug: readonly string[]): SlugMatch | null {
  let i = start + 1;
  let k = 1;
  while (k < slug.length) {
    const key = keys[i];
    if (key === undefined || key === BOUNDARY) return null;
    const want = slug[k]!;
    if (key === '' || (key !== want && DIGITS.test(key))) {
      i++;
      continue;
    }
    if (key === want) i++;
    else if (want.startsWith(key)) {
      // A word the page prints in two parts: cut at a diacritic ("الد ولة") or a tokenized article
      // ("ال - توغل" for "الـتوغل"), punctuation between them.
      let j = i + 1;
      while (keys[j] === '' && j - i <= 2) j++;
      const rest = keys[j];
      if (rest === undefined || rest === BOUNDARY || key + rest !== want) {
        if (k === slug.length - 1 && key.startsWith(want)) return { start, end: i + 1, cutInWord: true };
        return null;
      }
      i = j + 1;
    } else if (k === slug.length - 1 && key.startsWith(want)) return { start, end: i + 1, cutInWord: true };
    else return null;
    k++;
  }
  return { start, end: i, cutInWord: false };
}

function allMatches(keys: readonly string[], slug: readonly string[]): SlugMatch[] {
  const found: SlugMatch[] = [];
  for (let s = 0; s < keys.length; s++) {
    if (keys[s] !== slug[0]) continue;
    const m = matchAt(keys, s, slug);
    if (m) {
      found.push(m);
      s = m.end - 1;
    }
  }
  return found;
}

/** A token that separates a headline from what a page glues to it ("|", "/", a dash, a bracket). */
const SEPARATOR_TOKEN = /^[|｜/\\–—~()[\]{}<>-]+$/u;
const QUOTE = /["«»“”]/gu;
/** Marks that may close a headline after its last word: question and exclamation marks, closing quotes. */
const CLOSING_TOKEN = /^[?!؟"»”]+$/u;
const OPENING_QUOTE = /^["«“]+$/u;

function quoteCount(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) n += (t.match(QUOTE) ?? []).length;
  return n;
}

/** Past `end`, the page's tokens that are `words` in order (punctuation and separators between them skipped), or `end`. */
function runsOn(keys: readonly string[], end: number, words: readonly string[]): number {
  let i = end;
  for (const want of words) {
    while (keys[i] === '') i++;
    if (keys[i] !== want) return end;
    i++;
  }
  return i;
}

/**
 * The headline the slug of the page's address spells, found in the first blocks, or null when the
 * page does not hold the slug's words. `current` is the headline the other rules found: it is kept
 * where the slug cannot say more (a slug maybe cut short, a two-word slug).
 */
export function headlineAtAddress(blocks: readonly Block[], slug: AddressSlug, current: string | null): string | null {
  if (slug.words.length < MIN_SLUG_WORDS) return null;
  const { shown, keys } = pageTokens(blocks, slug.words[0]!);
  const found = allMatches(keys, slug.words);
  if (found.length === 0) return null;
  // A copy whose last word runs into the next text ("… وجديدة عالمياتم نشره") matches as a cut
  // slug; a copy the page prints whole ("… وجديدة عالميا عمان") says the slug was not cut there.
  const first = found[0]!.cutInWord ? (found.find((m) => !m.cutInWord) ?? found[0]!) : found[0]!;
  const other = found.find((m) => m !== first);
  let { start, end } = first;
  let cutShort = first.cutInWord || slug.mayBeCut;
  // "10 تصريحات × 24 ساعة" at "/10-تصريحات-24-ساعة": a number before the first word may open the
  // headline, and numbers after the last may end it ("مرصد الإعلام المصري 18 ديسمبر 2017").
  if (start > 0 && slug.leadNumbers.includes(keys[start - 1]!)) start--;
  if (!first.cutInWord) end = runsOn(keys, end, slug.tailNumbers);
  // "تاريخ الشرق الأوسط / تاريخ سوريا" at "/wiki/تاريخ_الشرق_الأوسط/تاريخ_سوريا".
  for (const segment of first.cutInWord ? [] : slug.nextSegments) {
    if (!SEPARATOR_TOKEN.test(shown[end] ?? '')) break;
    const after = runsOn(keys, end, segment);
    if (after === end) break;
    end = after;
  }
  const spanKeys = keys.slice(start, end).filter((k) => k !== '');
  const currentKeys = current === null ? [] : current.split(/\s+/u).map(tokenKey).filter(Boolean);
  const currentStartsHere = spanKeys.every((k, i) => currentKeys[i] === k);
  if (slug.words.length <= SHORT_SLUG_WORDS) {
    // Two words may be the middle of a headline, or its beginning: they only cut another pick where
    // the page's text breaks off after them ("إسلام وإسلام / / إسلام وإسلام قطع …").
    const next = shown[end];
    if (!currentStartsHere || (next !== undefined && next !== BOUNDARY && !SEPARATOR_TOKEN.test(next))) return null;
  }
  const shownTokens = shown.slice();
  // The page's copies of the headline (the document title, the heading) go on together as far as it does.
  if (other && cutShort) {
    let a = end;
    let b = other.end;
    while (a - start < MAX_HEADLINE_TOKENS && a !== other.start && b !== first.start && keys[a] !== BOUNDARY && keys[a] === keys[b] && !SEPARATOR_TOKEN.test(shown[a]!)) {
      a++;
      b++;
    }
    // "… في سوريا " الحر " …" against "… في سورياتم النشر": the word one copy glues to the next text ends both.
    const x = keys[a];
    const y = keys[b];
    if (x && y && x !== BOUNDARY && y !== BOUNDARY && x !== y && a !== other.start && Math.min(x.length, y.length) >= MIN_GLUED_WORD && (x.startsWith(y) || y.startsWith(x))) {
      if (x.length > y.length) shownTokens[a] = prefixSpelling(shown[a]!, y);
      a++;
    }
    if (a > end) {
      end = a;
      cutShort = false;
    }
  }
  if (cutShort && currentStartsHere && currentKeys.length > spanKeys.length && currentKeys.length - spanKeys.length <= MAX_TAIL_PAST_CUT) return current;
  // A last word glued to what follows it ("… حي الوعر بحمصالمواقع الاجتماعية") ends where the slug's
  // does, unless the slug itself may have been cut there.
  if (first.cutInWord && !slug.mayBeCut && end === first.end) shownTokens[end - 1] = prefixSpelling(shown[end - 1]!, slug.words[slug.words.length - 1]!);
  return withClosingMarks(shownTokens, start, end);
}

/** The shortest beginning of `token` whose key is `key` (the token itself when none is). */
function prefixSpelling(token: string, key: string): string {
  for (let n = 1; n < token.length; n++) if (tokenKey(token.slice(0, n)) === key) return token.slice(0, n);
  return token;
}

/**
 * The headline from `start` to `end` with its quotes balanced: the opening quote before its first
 * word when that balances them (preferred: headlines open with the quoted name), and the closing marks
 * right after its last word — question and exclamation marks, closing quotes ("… من سوريا ? !",
 * "… " سهيل الحسن " !") — as far as the quotes stay balanced.
 */
function withClosingMarks(shown: readonly string[], start: number, end: number): string {
  let run = end;
  while (run < shown.length && CLOSING_TOKEN.test(shown[run]!)) run++;
  const starts = start > 0 && OPENING_QUOTE.test(shown[start - 1]!) ? [start - 1, start] : [start];
  for (const from of starts) {
    for (let to = run; to >= end; to--) {
      if (quoteCount(shown.slice(from, to)) % 2 === 0) return shown.slice(from, to).join(' ');
    }
  }
  return shown.slice(start, end).join(' ');
}
