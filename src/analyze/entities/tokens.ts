/**
 * Tokens of one paragraph as the recognizer sees them: stand-off spans from `scanTokens`, each word
 * with its normalized form and the forms left after stripping proclitics (و، ف، ب، ل، ك، لل→ال),
 * so "وبالعراق" can match the gazetteer entry "العراق". Word analyses are memoized across calls:
 * news vocabulary repeats, and the cache turns most tokens into one Map read.
 */
import { normalize } from '../../arabic/normalize.js';
import { scanTokens, type TokenKind } from '../../arabic/tokenize.js';

/** One way to read a word: `key` after removing `strip` leading letters of its normalized form. */
export interface WordForm {
  key: string;
  /** Letters of the normalized form removed in front (proclitics). */
  strip: number;
  /** "لل" read as ل + ال: the surface keeps both lams; display it as "ال…". */
  fusedLam: boolean;
}

export interface WordInfo {
  /** The word as written (one shared string per distinct surface form). */
  surface: string;
  norm: string;
  /** The whole word first, then proclitic-stripped readings (longest first). */
  forms: readonly WordForm[];
  /** Lexicon facts about the word, filled once by the recognizer (see recognize.ts `wordLex`). */
  lex?: unknown;
  /** Cache hits since the word was (re)kept: decides which words survive a full cache. */
  hits: number;
}

export interface Tok {
  start: number;
  end: number;
  kind: TokenKind;
  text: string;
  /** Present for word tokens. */
  word: WordInfo | null;
}

/**
 * Distinct words memoized at most. Each entry holds the word's forms and lexicon facts (about 500
 * bytes): at 200,000 the cache alone reached ~100 MB of heap on SaudiNewsNet and pushed ingest's
 * peak RSS past 500 MB; 50,000 keeps the frequent words (news vocabulary is Zipfian) for about 5 %
 * more CPU per article.
 */
const CACHE_LIMIT = 50_000;
/**
 * When the cache is full it keeps at most this many of its most-hit words and forgets the rest.
 * Clearing it outright (as before) made about 16 % of word tokens miss on SaudiNewsNet, and a miss
 * (normalize, proclitic forms, lexicon lookups) costs dozens of hits; keeping the 40,000 most used
 * brings misses to about 10 % (SaudiNewsNet, 4.9 M tokens; two generations of 25,000 gave 14 %).
 */
const CACHE_KEEP = 40_000;
/** Hit counts saturate here: only their order matters, and the histogram below stays small. */
const MAX_HITS = 1023;
/**
 * Word analyses keyed by a hash of the surface letters, so a token is looked up without slicing it
 * out of the paragraph (slicing and hashing a fresh string per token cost more than the rest).
 */
const cache = new Map<number, WordInfo | WordInfo[]>();
let cached = 0;

/** Minimum letters left after stripping a proclitic: "بن" must not become "ن". */
const MIN_STEM = 2;

/**
 * FNV-1a of the span, cut to 30 bits: V8 keeps such numbers as small integers (Smis), while a full
 * 32-bit hash is a heap number that made every `cache.get` allocate and hash a double (the lookup
 * was the hottest line of the recognizer). Collisions are resolved by `sameSpan` either way.
 */
function hashSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

function sameSpan(w: WordInfo, text: string, start: number, end: number): boolean {
  return w.surface.length === end - start && text.startsWith(w.surface, start);
}

function hit(w: WordInfo): WordInfo {
  if (w.hits < MAX_HITS) w.hits++;
  return w;
}

/** The cached analysis of text[start, end), computed on first sight. */
function wordAt(text: string, start: number, end: number): WordInfo {
  const h = hashSpan(text, start, end);
  const found = cache.get(h);
  if (found !== undefined) {
    if (!Array.isArray(found)) {
      if (sameSpan(found, text, start, end)) return hit(found);
    } else {
      for (const w of found) if (sameSpan(w, text, start, end)) return hit(w);
    }
  }
  const info = computeWord(text.slice(start, end));
  if (cached >= CACHE_LIMIT) evict();
  insert(h, info);
  return info;
}

function insert(h: number, w: WordInfo): void {
  const other = cache.get(h);
  if (other === undefined) cache.set(h, w);
  else if (Array.isArray(other)) other.push(w);
  else cache.set(h, [other, w]);
  cached++;
}

/**
 * Keep the CACHE_KEEP most-hit words (found with a histogram of hit counts: no sort), with their
 * counts reset, so a word must earn its place again. Analyses are pure functions of the surface,
 * so which words stay changes speed only, never a result.
 */
function evict(): void {
  const histogram = new Uint32Array(MAX_HITS + 1);
  for (const v of cache.values()) {
    if (Array.isArray(v)) for (const w of v) histogram[w.hits]!++;
    else histogram[v.hits]!++;
  }
  // Words hit more than `threshold` times all fit in CACHE_KEEP; of those hit exactly `threshold`
  // times, the first `quota` met in the Map's (insertion) order fill the rest.
  let threshold = MAX_HITS;
  let kept = 0;
  while (threshold > 0 && kept + histogram[threshold]! <= CACHE_KEEP) kept += histogram[threshold--]!;
  let quota = Math.min(CACHE_KEEP - kept, histogram[threshold]!);
  const keeps = (w: WordInfo): boolean => w.hits > threshold || (w.hits === threshold && quota-- > 0);
  // Pruned in place (deleting during Map iteration is safe): rebuilding a Map of 40,000 entries
  // cost more than the deletions.
  cached = 0;
  for (const [h, v] of cache) {
    if (!Array.isArray(v)) {
      if (!keeps(v)) cache.delete(h);
      else {
        v.hits = 0;
        cached++;
      }
      continue;
    }
    const keep = v.filter(keeps);
    for (const w of keep) w.hits = 0;
    cached += keep.length;
    if (keep.length === 0) cache.delete(h);
    else cache.set(h, keep.length === 1 ? (keep[0] as WordInfo) : keep);
  }
}

/** Analysis of one word given as a string. */
export function analyzeWord(text: string): WordInfo {
  return wordAt(text, 0, text.length);
}

function computeWord(surface: string): WordInfo {
  const norm = normalize(surface);
  const forms: WordForm[] = [{ key: norm, strip: 0, fusedLam: false }];
  const bases: WordForm[] = [forms[0] as WordForm];
  const c0 = norm.charCodeAt(0);
  // و / ف conjunction.
  if ((c0 === 0x0648 || c0 === 0x0641) && norm.length - 1 >= MIN_STEM + 1) {
    const f = { key: norm.slice(1), strip: 1, fusedLam: false };
    forms.push(f);
    bases.push(f);
  }
  for (const b of bases) {
    const c = b.key.charCodeAt(0);
    if (c === 0x0644 && b.key.charCodeAt(1) === 0x0644 && b.key.length >= 4) {
      // لل + noun: ل + ال with the alef dropped (للأمم = ل + الأمم).
      forms.push({ key: 'ا' + b.key.slice(1), strip: b.strip, fusedLam: true });
    } else if ((c === 0x0628 || c === 0x0644 || c === 0x0643) && b.key.length - 1 >= MIN_STEM + 1) {
      forms.push({ key: b.key.slice(1), strip: b.strip + 1, fusedLam: false });
    }
  }
  // `lex` starts present (undefined) so every WordInfo keeps one hidden class when it is filled.
  return { surface, norm, forms, lex: undefined, hits: 0 };
}

export function tokenizeParagraph(text: string): Tok[] {
  const toks: Tok[] = [];
  scanTokens(text, (start, end, kind) => {
    if (kind === 'word') {
      const word = wordAt(text, start, end);
      toks.push({ start, end, kind, text: word.surface, word });
    } else {
      toks.push({ start, end, kind, text: text.slice(start, end), word: null });
    }
  });
  return toks;
}

/** Harakat, Quranic marks, tatweel and joiners: deleted by normalize(), so skipped when counting. */
function isDeletedMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x0610 && code <= 0x061a) ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x200e ||
    code === 0x200f
  );
}

/** Offset in `surface` after its first `letters` normalized letters (and any marks on them). */
export function surfaceOffset(surface: string, letters: number): number {
  if (letters <= 0) return 0;
  let counted = 0;
  let i = 0;
  while (i < surface.length) {
    if (!isDeletedMark(surface.charCodeAt(i))) {
      if (counted === letters) return i;
      counted++;
    }
    i++;
  }
  return surface.length;
}
