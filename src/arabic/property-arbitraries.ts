/**
 * fast-check generators shared by the Arabic property tests: text that is mostly Arabic and full of
 * the characters the rules touch, so that random cases exercise them instead of plain ASCII.
 */
import fc from 'fast-check';

/** Characters every rule cares about, plus ordinary letters and punctuation around them. */
const INTERESTING = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱؤئىة',
  ...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0654\u0655\u0670\u0640',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪',
  ...'«»“”„‟″‘’‹›"\'',
  ...' \t\n\r\u00A0\u2009\u202F\u3000\u200B\uFEFF\u200C\u200D\u200E\u200F\u061C\u202B\u202C\u2067\u2069\u00AD',
  ...'\uFEFB\uFEF5\uFE8D\uFEDF\uFECC\uFEAE\uFE70\uFE72\uFC5E\uFDF2\uFDFA',
  ...'.!?؟…،؛:()[]-',
  ...'abcXYZ019@#_/',
  '😀',
  '\uD83D', // a lone high surrogate
];

/** A string made of the interesting characters. */
export const arabicText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength });

/** Either Arabic-heavy text or any UTF-16 string (lone surrogates included). */
export const anyText = (): fc.Arbitrary<string> => fc.oneof(arabicText(), fc.string({ unit: 'binary', maxLength: 40 }));
