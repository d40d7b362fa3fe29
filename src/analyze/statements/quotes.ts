/**
 * Quotation marks paired in one left-to-right pass (linear in the number of tokens, whatever the
 * input: thousands of marks or none closed).
 *
 * Styles: «…» (nested «« »» counted), “…” and ‘…’ (also reversed, as right-to-left typing often
 * stores ”…“), and the symmetric ASCII "…" and '…' (and ＂). Each style pairs only with itself, so
 * an ASCII " inside «…» does not close the guillemet.
 */
import { isColon, type Tok } from './text.js';

type Style = 0 | 1 | 2 | 3 | 4;
const GUILLEMET: Style = 0;
const DOUBLE_CURLY: Style = 1;
const SINGLE_CURLY: Style = 2;
const DOUBLE_ASCII: Style = 3;
const SINGLE_ASCII: Style = 4;

interface QuoteChar {
  style: Style;
  /** 1: opens only, -1: closes only, 0: either (toggles). */
  role: 1 | -1 | 0;
}

const QUOTE_CHARS: ReadonlyMap<string, QuoteChar> = new Map<string, QuoteChar>([
  ['«', { style: GUILLEMET, role: 1 }],
  ['»', { style: GUILLEMET, role: -1 }],
  ['‹', { style: GUILLEMET, role: 1 }],
  ['›', { style: GUILLEMET, role: -1 }],
  ['“', { style: DOUBLE_CURLY, role: 0 }],
  ['”', { style: DOUBLE_CURLY, role: 0 }],
  ['„', { style: DOUBLE_CURLY, role: 1 }],
  ['‟', { style: DOUBLE_CURLY, role: 0 }],
  ['〝', { style: DOUBLE_CURLY, role: 1 }],
  ['〞', { style: DOUBLE_CURLY, role: -1 }],
  ['‘', { style: SINGLE_CURLY, role: 0 }],
  ['’', { style: SINGLE_CURLY, role: 0 }],
  ['‚', { style: SINGLE_CURLY, role: 1 }],
  ['‛', { style: SINGLE_CURLY, role: 0 }],
  ['"', { style: DOUBLE_ASCII, role: 0 }],
  ['＂', { style: DOUBLE_ASCII, role: 0 }],
  ['″', { style: DOUBLE_ASCII, role: 0 }],
  ["'", { style: SINGLE_ASCII, role: 0 }],
  ['′', { style: SINGLE_ASCII, role: 0 }],
]);

/** A closing-shaped curly mark → the opening-shaped one that, right after it, shows it is stray. */
const STRAY_BEFORE_OPENER: ReadonlyMap<string, string> = new Map([
  ['”', '“'],
  ['’', '‘'],
]);

export function quoteStyle(mark: string): number {
  return QUOTE_CHARS.get(mark)?.style ?? -1;
}

export interface QuotePairs {
  /** For an opening mark: index of its closing mark, or -1 when it does not close in these tokens. -2 for other tokens. */
  closeOf: Int32Array;
  /** For a closing mark: index of its opening mark; -1 otherwise. */
  openOf: Int32Array;
}

/**
 * Pair the quote tokens of `tokens`, starting at `from`. A closing-only mark with nothing open is
 * ignored (it closes a quote opened in an earlier sentence, which the caller tracks).
 */
export function pairQuotes(tokens: readonly Tok[], from = 0, narration?: NarrationCue): QuotePairs {
  const n = tokens.length;
  const closeOf = new Int32Array(n).fill(-2);
  const openOf = new Int32Array(n).fill(-1);
  // Open guillemets form a stack (they nest); the other styles toggle, so one open index each.
  const guillemets: number[] = [];
  const open: number[] = [-1, -1, -1, -1, -1];
  for (let i = from; i < n; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'quote') continue;
    const q = QUOTE_CHARS.get(tok.text);
    if (!q) continue;
    if (q.style === GUILLEMET) {
      if (q.role === 1) {
        guillemets.push(i);
        closeOf[i] = -1;
      } else if (guillemets.length > 0) {
        const o = guillemets.pop()!;
        closeOf[o] = i;
        openOf[i] = o;
      }
      continue;
    }
    const current = open[q.style]!;
    // "وقال بوتين : " آمر … الدائمة وأضاف بوتين : " خلال …": a mark right after a colon opens a
    // quotation (a closing mark never follows a colon). When a reporting clause stands before the
    // colon, the scrape lost the earlier quote's closing mark: that quote ends where the clause starts.
    if (current >= 0 && q.role !== -1 && narration && isColon(tokens[i - 1])) {
      const cue = narration.beforeColon(i - 1);
      if (cue > current) {
        closeOf[current] = cue;
        openOf[cue] = current;
        open[q.style] = i;
        closeOf[i] = -1;
        continue;
      }
    }
    if (current >= 0 && q.role !== 1) {
      closeOf[current] = i;
      openOf[i] = current;
      open[q.style] = -1;
    } else if (current < 0 && q.role !== -1) {
      // "… فيسبوك” “مهمتنا هي …”": a closing-shaped curly mark right before the opening one of its
      // style closes a quote the scrape never opened; reading it as an opener would pair it with
      // the real opener and leave an empty quotation. Only the real opener counts.
      if (STRAY_BEFORE_OPENER.get(tok.text) === tokens[i + 1]?.text) continue;
      open[q.style] = i;
      closeOf[i] = -1;
    }
  }
  if (narration) {
    // "… نحن لن ننسى أبدا الضحايا وأكد بوتين أنه تمت …": a quote left open in the sentence ends at a
    // reporting clause of the reporter's (a و/ف cue with its content). Only the quotes still open at
    // the end are searched, each once (at most one per style and the outermost guillemet): linear.
    for (const o of [guillemets[0] ?? -1, ...open]) {
      if (o < 0) continue;
      const cue = narration.after(o + 1);
      if (cue < 0) continue;
      closeOf[o] = cue;
      openOf[cue] = o;
    }
  }
  return { closeOf, openOf };
}

/**
 * Where the reporter's narration resumes inside quoted text, told by the caller (which knows the
 * cues): `beforeColon(c)` is the cue word of a reporting clause ending at colon `c` ("وأضاف بوتين
 * :"), `after(i)` the first such clause at or after `i` followed by its content; -1 when none.
 */
export interface NarrationCue {
  beforeColon(colon: number): number;
  after(from: number): number;
}

/**
 * Index of the first token at or after `from` that closes a quote of `style` opened before the
 * tokens (a quote running on from an earlier sentence), or -1. Guillemets opened and closed inside
 * are skipped by depth.
 */
export function findClosing(tokens: readonly Tok[], style: number, from = 0): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'quote') continue;
    const q = QUOTE_CHARS.get(tok.text);
    if (!q || q.style !== style) continue;
    if (style === GUILLEMET) {
      if (q.role === 1) depth++;
      else if (depth === 0) return i;
      else depth--;
    } else if (q.role !== 1) {
      return i;
    }
  }
  return -1;
}
