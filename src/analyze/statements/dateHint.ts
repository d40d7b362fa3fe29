/**
 * Can the cue region hold a full-day date at all? Most cannot ("وقال الوزير إن…"), and the date
 * parser tokenizes its input again, so a look at the tokens already folded decides first: a number,
 * or a weekday, "أمس"/"اليوم", "الأسبوع" or a month name, with or without a proclitic.
 */
import { DATE_HINT_WORDS } from './lexicon.js';
import type { Tok } from './text.js';

function isHint(norm: string): boolean {
  if (DATE_HINT_WORDS.has(norm)) return true;
  // و، ف، ب، ل, and لل for ال ("للأسبوع"), up to two proclitics ("وبالأمس").
  for (let k = 1; k <= 2 && k < norm.length - 1; k++) {
    const c = norm[k - 1]!;
    if (c !== 'و' && c !== 'ف' && c !== 'ب' && c !== 'ل' && c !== 'ك') break;
    const rest = norm.slice(k);
    if (DATE_HINT_WORDS.has(rest) || (rest.startsWith('ل') && DATE_HINT_WORDS.has('ا' + rest))) return true;
  }
  return false;
}

/** True when the tokens overlapping [from, to) include a number or a date word. */
export function mayHoldDate(toks: readonly Tok[], from: number, to: number): boolean {
  // Binary search for the first token ending after `from`: a sentence with many statements stays linear.
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start >= to) break;
    if (t.kind === 'number') return true;
    if (t.kind === 'word' && isHint(t.norm)) return true;
  }
  return false;
}
