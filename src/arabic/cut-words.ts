/**
 * Words a scraper cut before their final alif. Some scrapers replaced a tanween or a shadda by a
 * space, so "مشيرًا" became "مشير ا", "أيضًا" "أيض ا", "إلّا" "إل ا" and "ممّا" "مم ا"; about one Baly
 * 2018 page in six has three such cuts or more. A lone ا after an Arabic word is then that word's
 * end, and the space (or spaces, or no-break space) between them is removed.
 *
 * Only ا is rejoined. The same scrapers also cut other letters off ("منس ق" for منسّق), but there the
 * lone letter may as well open the next word ("لا ي مكننا" for لا يُمكننا), and nothing tells which.
 * Left alone too: a lone ا after ة or ى (no word ends "ةا"), one followed by another lone letter (an
 * abbreviation: "ا ف ب", "ا ش ا"), and one followed at once by a full stop, bracket, comma, colon or
 * slash, or by a hyphen (a list label: "ا) ب)", "ا - ب"). Scraped text spaces its commas ("مباغت ا ,"),
 * so a comma after a space does not stop the repair.
 */

const ALIF = 0x0627;

/** Arabic letter or harakat: what the word before a cut ends with. */
function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x0652);
}

/** Spaces inside a line (not line breaks): space, tab, no-break space. */
function isGap(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** Letters no Arabic word ends with before a final alif. */
const NEVER_BEFORE_FINAL_ALIF: ReadonlySet<number> = new Set([0x0629, 0x0649]);
/** Marks that, right after a lone ا, make it a list label rather than a word's end. */
const LABEL_FOLLOWERS: ReadonlySet<string> = new Set(['.', '-', ')', '(', '،', ',', ':', '/']);

/**
 * Where the gap before a cut-off ا at `i` starts (the word before it ends there), or -1 when the ا
 * at `i` is no cut-off ending.
 */
function cutGapStart(text: string, i: number): number {
  if (text.charCodeAt(i) !== ALIF) return -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  if (isWordChar(next) || next === 0x0640) return -1;
  let g = i;
  while (g > 0 && isGap(text.charCodeAt(g - 1))) g--;
  if (g === i || g < 2) return -1;
  const last = text.charCodeAt(g - 1);
  if (!isWordChar(last) || !isWordChar(text.charCodeAt(g - 2)) || NEVER_BEFORE_FINAL_ALIF.has(last)) return -1;
  // A label's mark follows it at once ("ا)", "ا.", "ا،"); a hyphen may stand apart ("ا - ب").
  if (LABEL_FOLLOWERS.has(text[i + 1] ?? '')) return -1;
  let k = i + 1;
  while (k < text.length && isGap(text.charCodeAt(k))) k++;
  if (text[k] === '-') return -1;
  // Another lone letter next: an abbreviation spelt letter by letter ("ا ف ب").
  if (k < text.length && isWordChar(text.charCodeAt(k)) && (k + 1 >= text.length || !isWordChar(text.charCodeAt(k + 1)))) return -1;
  return g;
}

/** The text with every cut word rejoined (the gap before its final ا removed). Linear time. */
export function rejoinCutWords(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('ا'); i >= 0; i = text.indexOf('ا', i + 1)) {
    const g = cutGapStart(text, i);
    if (g < 0) continue;
    out += text.slice(from, g);
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}
