/** Checks on a claim typed by a user, shared by `claim`, `stance` and `positions --about`. */
import { arabicLetterShare } from '../arabic/chars.js';
import { searchTokens } from '../arabic/stem.js';
import { InputError } from '../core/errors.js';

/** Below this share of Arabic letters a claim is not Arabic (the same bar as for articles). */
const MIN_CLAIM_ARABIC_SHARE = 0.3;

/**
 * The claim trimmed, or an InputError saying what is wrong with it. A claim needs `minWords`
 * content words (stopwords do not count): "ال" or "الكويت" alone says nothing that can be
 * supported or contradicted, and judging it gave confident verdicts from unrelated articles. A
 * topic (`positions --about`) may be one word.
 */
export function checkedClaim(claim: string | undefined, what = 'claim', minWords = 2): string {
  const text = (claim ?? '').trim();
  if (!text) throw new InputError(what, 'empty claim: give one Arabic sentence', 'usage');
  if (arabicLetterShare(text) < MIN_CLAIM_ARABIC_SHARE) {
    throw new InputError(what, `not an Arabic claim (${Math.round(arabicLetterShare(text) * 100)}% Arabic letters); Marsad reads Arabic news`, 'not-arabic');
  }
  const words = new Set(searchTokens(text)).size;
  if (words < minWords) {
    throw new InputError(what, `too short to judge (${words} content word${words === 1 ? '' : 's'}): say who did or said what, e.g. "الحكومة ترفع الدعم عن الوقود"`, 'usage');
  }
  return text;
}
