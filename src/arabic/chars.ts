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

/** True when at least `minShare` of the letters in `text` are Arabic (used to reject non-Arabic input). */
export function arabicLetterShare(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (ARABIC_LETTER.test(ch)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}
