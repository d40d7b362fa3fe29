/**
 * Headline attributions. Headlines attribute with a colon more than with a verb:
 * "وزير الطاقة: لا رفع للدعم هذا العام", "الخطيب لـ«الصباح»: …". A verbal headline
 * ("أردوغان يؤكد أن…") goes through the sentence parser like body text; the colon form is tried
 * when that finds nothing. Their `sentence` is -1 (they are not part of the body).
 *
 * The colon form's `cue` is ":"; its content is `direct` only when it is in quotation marks
 * (a colon headline is often a paraphrase).
 */
import type { Statement } from '../../core/types.js';
import { HEADLINE_LABELS, findIn, fold } from './lexicon.js';
import { pairQuotes, quoteStyle } from './quotes.js';
import type { RawStatement } from './sentence.js';
import { scanSpeakerSpan } from './speaker.js';
import { isColon, type Tok } from './text.js';

/** A speaker before a headline colon has at most this many words. */
export const MAX_HEADLINE_SPEAKER_WORDS = 7;

const noCue = (): boolean => false;

export function headlineColonStatement(text: string, toks: readonly Tok[]): RawStatement | null {
  let colon = -1;
  let words = 0;
  for (let i = 0; i < toks.length; i++) {
    if (isColon(toks[i])) {
      colon = i;
      break;
    }
    if (toks[i]!.kind === 'word') words++;
    if (words > MAX_HEADLINE_SPEAKER_WORDS) return null;
  }
  if (colon <= 0 || colon + 1 >= toks.length) return null;
  const first = toks[0]!;
  if (first.kind !== 'word' || findIn(HEADLINE_LABELS, first.norm) !== null) return null;
  const span = scanSpeakerSpan(toks, 0, colon, noCue);
  if (span.indices.length === 0) return null;
  // Whatever follows the speaker before the colon must be an outlet or a time ("لـ«الصباح»", "أمس").
  const pairs = pairQuotes(toks, colon + 1);
  let startTok = colon + 1;
  let endTok = toks.length;
  let direct = false;
  let start = toks[startTok]!.start;
  let end = text.length;
  const open = toks[startTok]!;
  if (open.kind === 'quote' && pairs.closeOf[startTok]! >= 0) {
    const close = pairs.closeOf[startTok]!;
    direct = true;
    endTok = close;
    start = open.end;
    end = toks[close]!.start;
    startTok++;
  } else if (open.kind === 'quote' && quoteStyle(open.text) >= 0) {
    startTok++;
    if (startTok >= toks.length) return null;
    start = toks[startTok]!.start;
  }
  return {
    cue: ':',
    cueGender: 'unknown',
    cueStart: toks[colon]!.start,
    cueEnd: toks[colon]!.end,
    speaker: { mode: 'span', tokens: span.indices.map((i) => toks[i]!) },
    contentStart: start,
    contentEnd: end,
    contentTokStart: startTok,
    contentTokEnd: endTok,
    direct,
    cueDenies: false,
    negated: false,
    regionStart: 0,
    clauseStart: 0,
    regionEnd: toks[colon]!.start,
    lastTok: toks.length - 1,
    openQuoteStyle: -1,
  };
}

/** Share of a headline's content words that a body statement must hold to be the same utterance. */
export const HEADLINE_REPEAT_SHARE = 0.75;
/** A headline content shorter than this (in words) is too short to call a repeat. */
const MIN_REPEAT_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/** Folded content words without a و proclitic or the article, so "الدعم" meets "دعم". */
function bareWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of fold(text).matchAll(WORD)) {
    let w = m[0];
    if (w.length > 3 && w[0] === 'و') w = w.slice(1);
    if (w.length > 4 && w.startsWith('ال')) w = w.slice(2);
    if (w.length >= 2) out.add(w);
  }
  return out;
}

const speakerLabel = (s: Statement): string | null => s.speaker.name ?? s.speaker.role;

/**
 * A headline attribution that repeats a body statement ("وزير الطاقة: لا رفع للدعم هذا العام" over
 * the lead's quote, a title that is the first sentence cut short with "…"): the body statement is the
 * same utterance with its context (cue, date), so the headline copy is dropped. Same when the body
 * holds every word of the headline, or HEADLINE_REPEAT_SHARE of them from the same speaker.
 */
export function repeatsBodyStatement(head: Statement, body: readonly Statement[], wordsOf: (s: Statement) => Set<string>): boolean {
  const words = bareWords(head.text);
  if (words.size < MIN_REPEAT_WORDS) return false;
  const label = speakerLabel(head);
  for (const b of body) {
    const bw = wordsOf(b);
    let held = 0;
    for (const w of words) if (bw.has(w)) held++;
    if (held === words.size || (held >= HEADLINE_REPEAT_SHARE * words.size && speakerLabel(b) === label)) return true;
  }
  return false;
}

/** Memoized bareWords of body statements, built only when a headline statement is compared. */
export function statementWords(): (s: Statement) => Set<string> {
  const cache = new Map<Statement, Set<string>>();
  return (s) => {
    let w = cache.get(s);
    if (!w) cache.set(s, (w = bareWords(s.text)));
    return w;
  };
}
