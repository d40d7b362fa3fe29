/**
 * Words a scraper cut before their final letter. Some scrapers replaced a tanween or a shadda by a
 * space, so "مشيرًا" became "مشير ا", "أيضًا" "أيض ا", "إلّا" "إل ا", "ممّا" "مم ا", and "الدوليّة"
 * "الدولي ة", "الضجّة" "الضج ة", "مسمّى" "مسم ى"; about one Baly 2018 page in six has three such
 * cuts or more. A lone ا, ة or ى after an Arabic word is then that word's end, and the space (or
 * spaces, or no-break space) between them is removed: ة and ى never start a word, and ا alone is
 * none.
 *
 * Only these three are rejoined here. The same scrapers also cut other letters off ("منس ق" for
 * منسّق), but there the lone letter may as well open the next word ("لا ي مكننا" for لا يُمكننا), and
 * nothing tells which (./doubled-cuts.ts rejoins listed words only).
 * Left alone too: a lone letter after ة or ى (no word ends "ةا" or "ةة"), an ا followed by another
 * lone letter (an abbreviation: "ا ف ب", "ا ش ا"), and an ا followed at once by a full stop,
 * bracket, comma, colon or slash, or by a hyphen (a list label: "ا) ب)", "ا - ب"). Scraped text
 * spaces its commas ("مباغت ا ,"), so a comma after a space does not stop the repair.
 */

import { isInlineGap, isMarkOrTatweel } from './chars.js';

const ALIF = 0x0627;
const TAA_MARBUTA = 0x0629;
const ALEF_MAQSURA = 0x0649;

/** The final letters a cut may leave alone after the word they end. */
function isCutEnding(c: number): boolean {
  return c === ALIF || c === TAA_MARBUTA || c === ALEF_MAQSURA;
}

/** Arabic letter or harakat: what the word before a cut ends with. */
function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x0652);
}


/** Letters no Arabic word ends with before a final ا, ة or ى. */
const NEVER_BEFORE_FINAL_LETTER: ReadonlySet<number> = new Set([TAA_MARBUTA, ALEF_MAQSURA]);
/** Marks that, right after a lone ا, make it a list label rather than a word's end. */
const LABEL_FOLLOWERS: ReadonlySet<string> = new Set(['.', '-', ')', '(', '،', ',', ':', '/']);

/**
 * Where the gap before a cut-off final letter at `i` starts (the word before it ends there), or -1
 * when the letter at `i` is no cut-off ending.
 */
function cutGapStart(text: string, i: number): number {
  const letter = text.charCodeAt(i);
  if (!isCutEnding(letter)) return -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  // A mark after it (hamza above or below, madda, in decomposed text: "أحمد" as ا + U+0654) makes
  // the letter a word's start, not a lone ending.
  if (isWordChar(next) || isMarkOrTatweel(next)) return -1;
  let g = i;
  while (g > 0 && isInlineGap(text.charCodeAt(g - 1))) g--;
  if (g === i || g < 2) return -1;
  const last = text.charCodeAt(g - 1);
  if (!isWordChar(last) || !isWordChar(text.charCodeAt(g - 2)) || NEVER_BEFORE_FINAL_LETTER.has(last)) return -1;
  let k = i + 1;
  while (k < text.length && isInlineGap(text.charCodeAt(k))) k++;
  // A label's mark follows it at once ("ا)", "ا.", "ا،"); a hyphen may stand apart ("ا - ب"). Only
  // ا labels lists; a cut ة ends sentences ("المحتل ة.").
  if (letter === ALIF && (LABEL_FOLLOWERS.has(text[i + 1] ?? '') || text[k] === '-')) return -1;
  // Another lone letter next: an abbreviation spelt letter by letter ("ا ف ب"). No abbreviation
  // holds ة or ى, so after those the next lone letter is another cut word ("الحكومي ة و الفصائل").
  if (letter === ALIF && k < text.length && isWordChar(text.charCodeAt(k)) && (k + 1 >= text.length || !isWordChar(text.charCodeAt(k + 1)))) return -1;
  return g;
}

/** Where the next candidate is: an ا, ة or ى right after a gap and before no letter (cutGapStart decides). */
const AFTER_GAP = /[ \t\u00a0][اةى](?![\u0621-\u065F\u0670])/gu;

/** The text with every cut word rejoined (the gap before its final letter removed). Linear time. */
export function rejoinCutWords(text: string): string {
  let out = '';
  let from = 0;
  AFTER_GAP.lastIndex = 0;
  for (let m = AFTER_GAP.exec(text); m; m = AFTER_GAP.exec(text)) {
    const i = m.index + 1;
    const g = cutGapStart(text, i);
    if (g < 0) continue;
    out += text.slice(from, g);
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}
