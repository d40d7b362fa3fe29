/**
 * Character facts shared by the Arabic modules. Kept tiny and dependency-free so that
 * normalization, dates and tokenization agree on what a digit or a harakah is.
 */

/** Arabic-Indic (U+0660–0669) and Extended/Persian (U+06F0–06F9) digits → ASCII, one char for one char. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(48 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
  });
}

/** Arabic letters (base block + supplement + extended-A), without harakat, tatweel or digits. */
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9]/u;

/**
 * Per-code-unit facts for `arabicLetterShare`, filled on first sight: 0 unknown, 1 not a letter,
 * 2 a non-Arabic letter, 3 an Arabic letter. The function runs on every analyzed article, and two
 * regex tests per character were its whole cost; the table gives the same answers from one read.
 */
const SHARE_CLASS = new Uint8Array(0x10000);

function shareClass(ch: string): number {
  if (!/\p{L}/u.test(ch)) return 1;
  return ARABIC_LETTER.test(ch) ? 3 : 2;
}

/** Class of one UTF-16 code unit in SHARE_CLASS terms (1 not a letter, 2 other letter, 3 Arabic letter), cached. */
function classOfCode(code: number): number {
  let k = SHARE_CLASS[code] as number;
  if (k === 0) {
    k = shareClass(String.fromCharCode(code));
    SHARE_CLASS[code] = k;
  }
  return k;
}

/** A letter of any script (\p{L}), by its UTF-16 code unit; a surrogate half is not one. */
export function isLetterCode(code: number): boolean {
  return code < 0xd800 || code > 0xdfff ? classOfCode(code) >= 2 : false;
}

/** True when at least `minShare` of the letters in `text` are Arabic (used to reject non-Arabic input). */
export function arabicLetterShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let k: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is one code point (as `for…of` reads it): classify it without the table.
        k = shareClass(text.slice(i, i + 2));
        i++;
      } else {
        k = 1; // a lone high surrogate is not a letter
      }
    } else {
      k = classOfCode(code);
    }
    if (k >= 2) {
      letters++;
      if (k === 3) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** Harakat (U+064B–065F), the superscript alef and tatweel: marks written on or after a letter. */
export function isMarkOrTatweel(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

/** Spaces inside a line (not line breaks): space, tab, no-break space. */
export function isInlineGap(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}
