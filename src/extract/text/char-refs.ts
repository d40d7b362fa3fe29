/**
 * HTML character references left in scraped text ("&quot;", "&#8220;", "&amp;"): feeds and JSON
 * dumps often carry a page's escaped text (SaudiNewsNet: 232 of 31k titles, most from two outlets),
 * and a reader, the search index and the quote parser all need the characters themselves. Only a
 * complete reference (ending in ";") is decoded; a bare "&" stays as it is.
 */

/** The named references that occur in news text; anything else is left alone. */
const NAMED: ReadonlyMap<string, string> = new Map(Object.entries({
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  zwnj: '\u200c',
  zwj: '\u200d',
  rlm: '\u200f',
  lrm: '\u200e',
}));

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/gu;

/** The code point a numeric reference names, or null when it is no text character (controls, surrogates, beyond Unicode). */
function fromCodePoint(code: number): string | null {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** `text` with its HTML character references decoded once ("&amp;quot;" becomes "&quot;", as a browser shows it). */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10)) ?? whole;
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16)) ?? whole;
    // Named references are case-sensitive (&Amp; is no reference).
    return NAMED.get(name!) ?? whole;
  });
}
