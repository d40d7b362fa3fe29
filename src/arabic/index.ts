/**
 * The Arabic text toolkit: normalization with offsets, tokenization, sentence splitting, light
 * stemming and search tokens. Dates live in ./dates/ and are exported from there.
 */
export {
  normalize,
  normalizeWithOffsets,
  RULES,
  RULE_ORDER,
  DISPLAY_RULES,
  SEARCH_RULES,
  type RuleName,
  type NormalizationRule,
  type NormalizedText,
} from './normalize.js';
export { tokenize, words, scanTokens, type Token, type TokenKind, type TokenSink } from './tokenize.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export { lightStem, searchTokens, stemNormalized } from './stem.js';
export { STOPWORDS } from './lexicons/stopwords.js';
export { foldDigits, arabicLetterShare, ARABIC_LETTER } from './chars.js';
