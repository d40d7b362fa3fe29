/** Checks on a claim typed by a user, shared by `claim`, `stance` and `positions --about`. */
import { arabicLetterShare } from '../arabic/chars.js';
import { InputError } from '../core/errors.js';

/** Below this share of Arabic letters a claim is not Arabic (the same bar as for articles). */
const MIN_CLAIM_ARABIC_SHARE = 0.3;

/** The claim trimmed, or an InputError saying what is wrong with it. */
export function checkedClaim(claim: string | undefined, what = 'claim'): string {
  const text = (claim ?? '').trim();
  if (!text) throw new InputError(what, 'empty claim: give one Arabic sentence', 'usage');
  if (arabicLetterShare(text) < MIN_CLAIM_ARABIC_SHARE) {
    throw new InputError(what, `not an Arabic claim (${Math.round(arabicLetterShare(text) * 100)}% Arabic letters); Marsad reads Arabic news`, 'not-arabic');
  }
  return text;
}
