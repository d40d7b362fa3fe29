/**
 * Arabic text normalization as small named rules that compose.
 *
 * Each rule is data: the characters it rewrites and what to (`''` deletes). Two rules also look at
 * their neighbours: `whitespace` collapses runs, and `bidi` drops joiners only inside Arabic script.
 * A set of rules is compiled once into a table indexed by UTF-16 code unit, so `normalize` is one
 * pass with one array read per character and no regex in the loop (it runs on every article).
 *
 * Rules always apply in the fixed order of `RULE_ORDER`, whatever order the caller lists them in;
 * every character a rule writes is left alone by itself and by the rules after it, which is what
 * makes `normalize` idempotent for any subset (checked by a property test).
 */

import { isLetterCode } from './chars.js';

export type RuleName =
  | 'bidi'
  | 'presentationForms'
  | 'harakat'
  | 'tatweel'
  | 'alef'
  | 'alefMaqsura'
  | 'taaMarbuta'
  | 'hamzaCarriers'
  | 'digits'
  | 'quotes'
  | 'whitespace';

export interface NormalizationRule {
  readonly name: RuleName;
  /** What the rule does and why, for documentation and error messages. */
  readonly description: string;
  /** Characters (UTF-16 code units) the rule rewrites, and their replacement; `''` deletes. */
  readonly replacements: ReadonlyMap<number, string>;
  /** Apply this rule alone. */
  apply(text: string): string;
}

/** Fixed application order: format controls and compatibility forms first, whitespace last. */
export const RULE_ORDER: readonly RuleName[] = [
  'bidi',
  'presentationForms',
  'harakat',
  'tatweel',
  'alef',
  'alefMaqsura',
  'taaMarbuta',
  'hamzaCarriers',
  'digits',
  'quotes',
  'whitespace',
];

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const HAMZA_CODE = 0x0621;
/**
 * ي ى ی right before a hamza that ends the word: its seat, written several ways (الطوارئ,
 * الطوارىء, الطواريء; شيء, Egyptian شىء, and the misspelling شئ), so dropped. Inside a word the ي
 * is the word's own letter (بيئة, هيئة) and stays.
 */
const SEATS: readonly number[] = [0x064a, 0x0649, 0x06cc];

// ---------------------------------------------------------------------------------------------
// The rules, one builder each.
// ---------------------------------------------------------------------------------------------

function mapOf(entries: Iterable<readonly [number, string]>): Map<number, string> {
  return new Map(entries);
}

function deleteAll(codes: Iterable<number>): Map<number, string> {
  const map = new Map<number, string>();
  for (const c of codes) map.set(c, '');
  return map;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

/**
 * Invisible direction controls (LRM, RLM, ALM, embeddings, overrides, isolates) and the soft
 * hyphen. Scraped Arabic pages are full of them; they split words for search and carry no meaning
 * once the text is stored as logical-order Unicode. ZWJ/ZWNJ are handled in context (see
 * `isArabicScript`): inside Arabic they are typing noise, next to emoji they build one glyph.
 */
function bidiRule(): Map<number, string> {
  return deleteAll([0x00ad, 0x061c, 0x200e, 0x200f, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)]);
}

/**
 * Presentation forms (U+FB50–FDFF, U+FE70–FEFF) are glyph shapes that old PDF exports and some
 * CMSs store instead of letters: ﻻ is لا, ﺍﻟﻌﺮﺏ is العرب. NFKC knows their letters; we take its
 * answer per character and drop the leading space NFKC gives isolated harakat (ﹰ → " ً"), since in
 * running text those marks follow a letter.
 */
function presentationFormsRule(): Map<number, string> {
  const map = new Map<number, string>();
  for (const [from, to] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const original = String.fromCharCode(c);
      const letters = original.normalize('NFKC').trim();
      if (letters !== original && letters.length > 0) map.set(c, letters);
    }
  }
  return map;
}

/**
 * Short vowels, tanween, shadda, sukun, dagger alef, Quranic annotation marks, and the combining
 * hamza above/below (U+0654/0655: decomposed أ إ are alef plus one of these, so deleting them lands
 * on the letter the alef rule produces; decomposed ؤ ئ land on و ي, not on the ء their composed
 * forms become: NFD Arabic is rare in news, and folding it would need one more context rule).
 * Readers rarely type harakat, and writers use them inconsistently.
 */
function harakatRule(): Map<number, string> {
  return deleteAll([
    ...range(0x0610, 0x061a),
    ...range(0x064b, 0x065f),
    0x0670,
    ...range(0x06d6, 0x06dc),
    ...range(0x06df, 0x06e4),
    0x06e7,
    0x06e8,
    ...range(0x06ea, 0x06ed),
    ...range(0x08d3, 0x08e1),
    ...range(0x08e3, 0x08ff),
  ]);
}

/** Tatweel (kashida) only stretches a glyph for justification: "الـــعرب" is "العرب". */
function tatweelRule(): Map<number, string> {
  return deleteAll([0x0640]);
}

/** Hamza and madda alef forms (أ إ آ ٱ, and the wavy-hamza alefs ٲ ٳ ٵ) → bare alef: readers type ا. */
function alefRule(): Map<number, string> {
  return mapOf([0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675].map((c) => [c, '\u0627'] as const));
}

/**
 * Alef maqsura ى → ya ي: final ى and ي are swapped constantly (Egyptian usage writes ى for both).
 * Farsi yeh ی (U+06CC), which Persian keyboards produce for both, folds the same way.
 */
function alefMaqsuraRule(): Map<number, string> {
  return mapOf([
    [0x0649, '\u064a'],
    [0x06cc, '\u064a'],
  ]);
}

/** Taa marbuta ة → ha ه: the dots are often left off in informal and scraped text. */
function taaMarbutaRule(): Map<number, string> {
  return mapOf([[0x0629, '\u0647']]);
}

/**
 * A hamza's seat is a spelling choice that varies by region and keyboard: مسؤول/مسئول,
 * شؤون/شئون, تفاؤل/تفاءل, الطوارئ/الطوارىء, شيء/شىء/شئ. So ؤ and ئ become the bare hamza ء, and (in
 * context, see `run`) a ي ى or ی right before a word-final hamza is dropped as its seat. They used
 * to become و and ي, which kept مسؤول (مسوول) and مسئول (مسيول) apart in search.
 */
function hamzaCarriersRule(): Map<number, string> {
  return mapOf([
    [0x0624, '\u0621'],
    [0x0626, '\u0621'],
  ]);
}

/**
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII, plus the Arabic decimal separator ٫ → ".",
 * thousands separator ٬ → "," and percent ٪ → "%", so "١٬٥٠٠" and "1,500" meet in the index.
 */
function digitsRule(): Map<number, string> {
  const map = new Map<number, string>();
  for (let d = 0; d < 10; d++) {
    map.set(0x0660 + d, String(d));
    map.set(0x06f0 + d, String(d));
  }
  map.set(0x066b, '.');
  map.set(0x066c, ',');
  map.set(0x066a, '%');
  return map;
}

/**
 * Double-quote styles (« » “ ” „ ‟ ″ 〝 〞 ＂) → ASCII ". Single-quote styles (‘ ’ ‚ ‛ ′ ‹ ›) → ASCII ',
 * not ": ’ is also the apostrophe of Latin names (O’Brien) and transliterations (Qur’an), and
 * turning it into " would invent a quotation in the middle of a word.
 */
function quotesRule(): Map<number, string> {
  const map = new Map<number, string>();
  for (const c of [0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x301d, 0x301e, 0xff02]) map.set(c, '"');
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a]) map.set(c, "'");
  return map;
}

/**
 * Every horizontal space (tab, NBSP, en/em/thin spaces, narrow NBSP, ideographic space…) → " ",
 * every line break (CR, LF, NEL, U+2028/2029) → "\n", zero-width spaces and BOM deleted; then each
 * run of whitespace becomes one character: "\n" if the run holds a line break (paragraphs survive),
 * else " ". Text is not trimmed: normalizing two halves and joining them gives the same words as
 * normalizing the whole.
 */
function whitespaceRule(): Map<number, string> {
  const map = new Map<number, string>();
  for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000]) map.set(c, ' ');
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) map.set(c, '\n');
  for (const c of [0x180e, 0x200b, 0x2060, 0xfeff]) map.set(c, '');
  return map;
}

const RULE_DEFINITIONS: Record<RuleName, { description: string; build: () => Map<number, string> }> = {
  bidi: { description: 'delete direction controls and soft hyphens; ZWJ/ZWNJ inside Arabic words', build: bidiRule },
  presentationForms: { description: 'Arabic presentation forms (ﻻ ﺍﻟﻌﺮﺏ) → letters', build: presentationFormsRule },
  harakat: { description: 'delete short vowels, tanween, shadda, sukun, dagger alef, Quranic marks', build: harakatRule },
  tatweel: { description: 'delete tatweel (ـ)', build: tatweelRule },
  alef: { description: 'أ إ آ ٱ → ا', build: alefRule },
  alefMaqsura: { description: 'ى (and Farsi ی) → ي', build: alefMaqsuraRule },
  taaMarbuta: { description: 'ة → ه', build: taaMarbutaRule },
  hamzaCarriers: { description: 'ؤ ئ → ء; ي ى ی right before a word-final hamza dropped (ىء, يء → ء)', build: hamzaCarriersRule },
  digits: { description: 'Arabic-Indic and Persian digits → ASCII (with ٫ ٬ ٪)', build: digitsRule },
  quotes: { description: 'double-quote styles → ", single-quote styles → \'', build: quotesRule },
  whitespace: { description: 'unify spaces and line breaks, collapse runs, delete zero-width spaces', build: whitespaceRule },
};

function makeRules(): Record<RuleName, NormalizationRule> {
  const rules = {} as Record<RuleName, NormalizationRule>;
  for (const name of RULE_ORDER) {
    const definition = RULE_DEFINITIONS[name];
    const only: readonly RuleName[] = [name];
    rules[name] = {
      name,
      description: definition.description,
      replacements: definition.build(),
      apply: (text: string) => normalize(text, only),
    };
  }
  return rules;
}

export const RULES: Record<RuleName, NormalizationRule> = makeRules();

/**
 * Cleaning for display and storage: remove what is invisible or purely typographic and keep what
 * the writer chose. Harakat stay (مُدرِّسة vs مدرسة is a real distinction when written), hamza and
 * alef forms stay (they are correct spelling), digits stay as written (the outlet's convention;
 * dates and search fold them themselves), quotes stay (« » is standard Arabic typography and the
 * sentence splitter knows every style).
 */
export const DISPLAY_RULES: RuleName[] = ['bidi', 'presentationForms', 'tatweel', 'whitespace'];

/** Everything needed to match what readers type against what writers wrote. */
export const SEARCH_RULES: RuleName[] = [...RULE_ORDER];

// ---------------------------------------------------------------------------------------------
// Compilation: a rule set → one action per UTF-16 code unit.
// ---------------------------------------------------------------------------------------------

/** Action codes in the compiled table. */
const KEEP = 0;
const DELETE = 1;
/** Horizontal whitespace: joins the current run (only when the whitespace rule is on). */
const SPACE = 2;
/** Line break: joins the current run and makes it a "\n" (only when the whitespace rule is on). */
const NEWLINE = 3;
/** ZWJ/ZWNJ: dropped after Arabic script, kept elsewhere (only when the bidi rule is on). */
const JOINER = 4;
/**
 * ي ى ی (only when the hamzaCarriers rule is on): deleted when the next character that survives
 * is a hamza (ء, or what becomes ء) that ends the word, else what `seatFallback` says.
 */
const SEAT = 5;
/** Actions ≥ FIRST_REPLACEMENT index `replacements[action - FIRST_REPLACEMENT]`. */
const FIRST_REPLACEMENT = 8;

interface CompiledRules {
  readonly actions: Uint16Array;
  /** What a SEAT character does when no hamza follows it: its action without the seat rule. */
  readonly seatFallback: ReadonlyMap<number, number>;
  readonly replacements: readonly string[];
  /** Per replacement: true when it ends with ي ى or ی and the seat rule is on. */
  readonly endsWithSeat: readonly boolean[];
  /** Per replacement: true when it is seats only (a presentation form of ي or ى) and the seat rule is on. */
  readonly seatOnly: readonly boolean[];
  /** Per replacement: true when none of its characters needs the whitespace or joiner logic. */
  readonly plain: readonly boolean[];
}

function ruleMask(rules: readonly RuleName[]): number {
  let mask = 0;
  for (const name of rules) {
    const bit = RULE_BIT[name];
    if (bit === undefined) {
      throw new TypeError(`unknown normalization rule ${JSON.stringify(name)}; expected one of ${RULE_ORDER.join(', ')}`);
    }
    mask |= bit;
  }
  return mask;
}

const RULE_BIT = Object.fromEntries(RULE_ORDER.map((name, i) => [name, 1 << i])) as Record<string, number | undefined>;

function applyRuleToString(map: ReadonlyMap<number, string>, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = map.get(code);
    out += replacement ?? text[i];
  }
  return out;
}

function compile(mask: number): CompiledRules {
  const actions = new Uint16Array(0x10000);
  const replacements: string[] = [];
  const plain: boolean[] = [];
  const enabled = RULE_ORDER.filter((name) => (mask & (1 << RULE_ORDER.indexOf(name))) !== 0).map((name) => RULES[name]);
  const whitespaceOn = enabled.some((rule) => rule.name === 'whitespace');
  const bidiOn = enabled.some((rule) => rule.name === 'bidi');

  const touched = new Set<number>();
  for (const rule of enabled) for (const code of rule.replacements.keys()) touched.add(code);

  const indexOf = new Map<string, number>();
  for (const code of touched) {
    let result = String.fromCharCode(code);
    for (const rule of enabled) result = applyRuleToString(rule.replacements, result);
    if (result === String.fromCharCode(code)) continue;
    if (result === '') {
      actions[code] = DELETE;
      continue;
    }
    let index = indexOf.get(result);
    if (index === undefined) {
      index = replacements.length;
      indexOf.set(result, index);
      replacements.push(result);
    }
    actions[code] = FIRST_REPLACEMENT + index;
  }
  // The contextual parts go last so that they win over the plain mapping of the same character.
  if (whitespaceOn) {
    for (const [code, to] of RULES.whitespace.replacements) {
      if (to === ' ') actions[code] = SPACE;
      else if (to === '\n') actions[code] = NEWLINE;
    }
  }
  if (bidiOn) {
    actions[ZWNJ] = JOINER;
    actions[ZWJ] = JOINER;
  }
  const seatFallback = new Map<number, number>();
  const seatsOn = enabled.some((rule) => rule.name === 'hamzaCarriers');
  if (seatsOn) {
    for (const seat of SEATS) {
      seatFallback.set(seat, actions[seat] as number);
      actions[seat] = SEAT;
    }
  }
  const endsWithSeat = replacements.map((r) => seatsOn && SEATS.includes(r.charCodeAt(r.length - 1)));
  const seatOnly = replacements.map((r) => seatsOn && [...r].every((ch) => SEATS.includes(ch.charCodeAt(0))));
  for (const replacement of replacements) {
    let isPlain = true;
    for (let i = 0; i < replacement.length; i++) {
      const action = actions[replacement.charCodeAt(i)];
      if (action === SPACE || action === NEWLINE || action === JOINER) isPlain = false;
    }
    plain.push(isPlain);
  }
  return { actions, seatFallback, replacements, endsWithSeat, seatOnly, plain };
}

/** A few rule sets are in use at once; keep them without letting random subsets pile up. */
const MAX_CACHED_RULE_SETS = 32;
const compiledCache = new Map<number, CompiledRules>();

function compiled(rules: readonly RuleName[]): CompiledRules {
  const mask = ruleMask(rules);
  let entry = compiledCache.get(mask);
  if (entry === undefined) {
    if (compiledCache.size >= MAX_CACHED_RULE_SETS) {
      const oldest = compiledCache.keys().next().value;
      if (oldest !== undefined && oldest !== SEARCH_MASK) compiledCache.delete(oldest);
    }
    entry = compile(mask);
    compiledCache.set(mask, entry);
  }
  return entry;
}

const SEARCH_MASK = ruleMask(SEARCH_RULES);
const SEARCH_COMPILED = compiled(SEARCH_RULES);

/** Arabic script blocks, used to decide whether a ZWJ/ZWNJ sits inside an Arabic word. */
function isArabicScript(code: number): boolean {
  return (
    (code >= 0x0600 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfeff)
  );
}

// ---------------------------------------------------------------------------------------------
// The single pass.
// ---------------------------------------------------------------------------------------------

/** Growable offset buffer, only allocated when offsets are asked for. */
class OffsetSink {
  buffer: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.buffer = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.length++] = value;
  }
  pushRange(from: number, to: number): void {
    for (let k = from; k < to; k++) this.push(k);
  }
}

const NO_PENDING = 0;
const PENDING_SPACE = 1;
const PENDING_NEWLINE = 2;

/**
 * Unchanged characters are copied as slices of the input (a "run"); only changed ones are built.
 * Whitespace is held back as "pending" until the next visible character, so a run of spaces,
 * deleted characters and line breaks comes out as one " " or "\n".
 */
function run(text: string, rules: CompiledRules, sink: OffsetSink | null): string {
  const { actions, seatFallback, replacements, endsWithSeat, seatOnly, plain } = rules;
  const n = text.length;
  let out = '';
  let runStart = 0;
  let pending = NO_PENDING;
  let pendingAt = 0;
  /** Last code unit written to `out` outside the current run (-1: none yet). */
  let lastEmitted = -1;

  const flushRun = (end: number): void => {
    if (end > runStart) {
      out += text.slice(runStart, end);
      if (sink !== null) sink.pushRange(runStart, end);
      lastEmitted = text.charCodeAt(end - 1);
    }
  };
  const flushPending = (): void => {
    if (pending !== NO_PENDING) {
      out += pending === PENDING_NEWLINE ? '\n' : ' ';
      if (sink !== null) sink.push(pendingAt);
      lastEmitted = pending === PENDING_NEWLINE ? 10 : 32;
      pending = NO_PENDING;
    }
  };
  const addWhitespace = (kind: number, at: number): void => {
    if (pending === NO_PENDING) {
      pending = kind;
      pendingAt = at;
    } else if (kind === PENDING_NEWLINE) {
      pending = PENDING_NEWLINE;
    }
  };
  /** One already-normalized character from a multi-character replacement. */
  const emitNormalized = (code: number, at: number): void => {
    const action = actions[code];
    if (action === SPACE) addWhitespace(PENDING_SPACE, at);
    else if (action === NEWLINE) addWhitespace(PENDING_NEWLINE, at);
    else if (action === JOINER && pending === NO_PENDING && isArabicScript(lastEmitted)) return;
    else {
      flushPending();
      out += String.fromCharCode(code);
      if (sink !== null) sink.push(at);
      lastEmitted = code;
    }
  };

  /**
   * Whether the first character from `from` on that survives (deleted characters, joiners and
   * other seats are looked through: ىىء loses both) is a hamza, and the word ends after it. The
   * answer holds for every start up to where the scan stopped, so it is remembered: a long run of
   * seats is scanned once, not once per seat.
   */
  let scannedTo = -1;
  let scannedHamza = false;
  /** The output's first character for `code`, or -1 when nothing of it survives the scan's skips. */
  const surviving = (code: number): number => {
    const action = actions[code] as number;
    if (action === DELETE || action === JOINER) return -1;
    if (action >= FIRST_REPLACEMENT) return (replacements[action - FIRST_REPLACEMENT] as string).charCodeAt(0);
    return code;
  };
  const seatBeforeHamza = (from: number): boolean => {
    if (from <= scannedTo) return scannedHamza;
    let k = from;
    let hamza = false;
    for (; k < n; k++) {
      const next = actions[text.charCodeAt(k)] as number;
      if (next === DELETE || next === JOINER || next === SEAT) continue;
      if (next >= FIRST_REPLACEMENT && seatOnly[next - FIRST_REPLACEMENT]) continue;
      hamza = surviving(text.charCodeAt(k)) === HAMZA_CODE;
      break;
    }
    scannedTo = k;
    if (hamza) {
      // The hamza must end the word: "شيئا", "بيئة" keep their ي.
      let after = k + 1;
      while (after < n && surviving(text.charCodeAt(after)) === -1) after++;
      hamza = after >= n || !isLetterCode(surviving(text.charCodeAt(after)));
    }
    scannedHamza = hamza;
    return hamza;
  };

  for (let i = 0; i < n; i++) {
    let action = actions[text.charCodeAt(i)] as number;
    if (action === SEAT) action = seatBeforeHamza(i + 1) ? DELETE : (seatFallback.get(text.charCodeAt(i)) as number);
    if (action === KEEP) {
      if (pending !== NO_PENDING) {
        flushPending();
        runStart = i;
      }
      continue;
    }
    if (action === SPACE || action === NEWLINE) {
      // Fast path: a lone " " or "\n" followed by an unchanged character stays in the run.
      const code = text.charCodeAt(i);
      if (
        pending === NO_PENDING &&
        (code === 32 || code === 10) &&
        i + 1 < n &&
        (actions[text.charCodeAt(i + 1)] === KEEP || actions[text.charCodeAt(i + 1)] === SEAT)
      ) {
        continue;
      }
      flushRun(i);
      runStart = i + 1;
      addWhitespace(action === NEWLINE ? PENDING_NEWLINE : PENDING_SPACE, i);
      continue;
    }
    if (action === JOINER) {
      const previous = i > runStart ? text.charCodeAt(i - 1) : lastEmitted;
      if (pending === NO_PENDING && isArabicScript(previous)) {
        flushRun(i);
        runStart = i + 1;
      } else if (pending !== NO_PENDING) {
        flushPending();
        runStart = i;
      }
      continue;
    }
    flushRun(i);
    runStart = i + 1;
    if (action === DELETE) continue;
    const index = action - FIRST_REPLACEMENT;
    let replacement = replacements[index] as string;
    if (endsWithSeat[index] && seatBeforeHamza(i + 1)) {
      replacement = replacement.slice(0, -1);
      if (replacement === '') continue;
    }
    if (plain[index]) {
      flushPending();
      out += replacement;
      if (sink !== null) for (let k = 0; k < replacement.length; k++) sink.push(i);
      lastEmitted = replacement.charCodeAt(replacement.length - 1);
    } else {
      for (let k = 0; k < replacement.length; k++) emitNormalized(replacement.charCodeAt(k), i);
    }
  }
  flushRun(n);
  flushPending();
  return out;
}

/**
 * Normalize `text` with the given rules (default: SEARCH_RULES). Order in `rules` does not matter;
 * an unknown rule name is a programming error and throws a TypeError.
 */
export function normalize(text: string, rules?: readonly RuleName[]): string {
  const table = rules === undefined || rules === SEARCH_RULES ? SEARCH_COMPILED : compiled(rules);
  return run(text, table, null);
}

export interface NormalizedText {
  text: string;
  /** index in the original string of each char of text; length text.length + 1 (last = original.length) */
  offsets: Int32Array;
  /** Original index of position `index` in `text` (clamped to [0, text.length]). */
  toOriginal(index: number): number;
}

/**
 * Normalize and keep, for every output character, the index of the input character it came from
 * (an expansion such as ﻻ → لا maps both letters to the same index). Used to turn spans found in
 * normalized text back into spans of the original.
 */
export function normalizeWithOffsets(text: string, rules?: readonly RuleName[]): NormalizedText {
  const table = rules === undefined || rules === SEARCH_RULES ? SEARCH_COMPILED : compiled(rules);
  const sink = new OffsetSink(text.length + 1);
  const normalized = run(text, table, sink);
  sink.push(text.length);
  const offsets = sink.buffer.slice(0, sink.length);
  return {
    text: normalized,
    offsets,
    toOriginal(index: number): number {
      const clamped = index <= 0 ? 0 : index >= normalized.length ? normalized.length : Math.floor(index);
      return offsets[clamped] as number;
    },
  };
}
