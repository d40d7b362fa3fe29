/**
 * Words a scraper cut before their final alif. Some scrapers replaced a tanween or a shadda by a
 * space, so "مشيرًا" became "مشير ا", "أيضًا" "أيض ا", "إلّا" "إل ا" and "ممّا" "مم ا"; about one Baly
 * 2018 page in six has three such cuts or more. A lone ا is no word of Arabic, so one that stands a
 * space after an Arabic word is that word's end, and the space is removed.
 *
 * Only ا is rejoined. The same scrapers also cut other letters off ("منس ق" for منسّق), but there the
 * lone letter may as well open the next word ("لا ي مكننا" for لا يُمكننا), and nothing tells which.
 * A lone ا before a full stop or a hyphen (a list label: "ا - ب - ج") is left alone.
 */

const ALIF = 0x0627;
const SPACE = 0x20;

/** Arabic letter or harakat: what the word before a cut ends with. */
function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x0652);
}

/** The ا at `i` ends a cut word: a space before it, two word characters before that, no word character or tatweel after it. */
function isCutAlifAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== ALIF || i < 3 || text.charCodeAt(i - 1) !== SPACE) return false;
  if (!isWordChar(text.charCodeAt(i - 2)) || !isWordChar(text.charCodeAt(i - 3))) return false;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : SPACE;
  if (isWordChar(next) || next === 0x0640) return false;
  let k = i + 1;
  while (k < text.length && text.charCodeAt(k) === SPACE) k++;
  return text[k] !== '.' && text[k] !== '-';
}

/** How many cut words the text shows. */
export function cutWordCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' ا'); i >= 0; i = text.indexOf(' ا', i + 1)) if (isCutAlifAt(text, i + 1)) n++;
  return n;
}

/** The text with every cut word rejoined (the space before its final ا removed). Linear time. */
export function rejoinCutWords(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf(' ا'); i >= 0; i = text.indexOf(' ا', i + 1)) {
    if (!isCutAlifAt(text, i + 1)) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
