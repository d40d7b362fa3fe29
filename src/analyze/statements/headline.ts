/**
 * Headline attributions. Headlines attribute with a colon more than with a verb:
 * "وزير الطاقة: لا رفع للدعم هذا العام", "الخطيب لـ«الصباح»: …". A verbal headline
 * ("أردوغان يؤكد أن…") goes through the sentence parser like body text; the colon form is tried
 * when that finds nothing. Their `sentence` is -1 (they are not part of the body).
 *
 * The colon form's `cue` is ":"; its content is `direct` only when it is in quotation marks
 * (a colon headline is often a paraphrase).
 */
import { HEADLINE_LABELS, findIn } from './lexicon.js';
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
