/**
 * Folding of one word for lexicon look-up. Scraped Arabic spells the same month or weekday in many
 * ways (آذار/اذار, أبريل/إبريل/ابريل, الجمعة/الجمعه, جمادى/جمادي, نوڤمبر), so both the lexicons and
 * the tokens are reduced to one spelling before comparison. The folding is lossy on purpose and is
 * never shown to the user: spans always point into the original text.
 */

const FOLD = new Map<number, string>([
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'],
  ['ى', 'ي'], ['ی', 'ي'], ['ئ', 'ي'],
  ['ة', 'ه'],
  ['ک', 'ك'], ['ڤ', 'ف'], ['پ', 'ب'], ['گ', 'ك'],
].map(([from, to]) => [(from as string).charCodeAt(0), to as string]));

/** Harakat, Quranic marks, superscript alef and tatweel carry no identity for look-up. */
function isDropped(code: number): boolean {
  return (
    (code >= 0x0610 && code <= 0x061a) || (code >= 0x064b && code <= 0x065f) || code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) || code === 0x0640
  );
}

// Called once per word token, so it avoids regexes and per-character allocation.
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const dropped = isDropped(code);
    const replacement = dropped ? '' : FOLD.get(code);
    if (replacement === undefined) continue;
    out += lower.slice(copiedUpTo, i) + replacement;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? lower : out + lower.slice(copiedUpTo);
}

/**
 * The word itself and the forms left after removing a conjunction (و، ف) and/or a preposition
 * (ب، ل، ك): "وبالأمس" → "بالامس", "الامس"; "للعام" → "العام" (ل + ال is written لل).
 * Callers look each variant up in a closed lexicon, so over-stripping cannot invent a match
 * outside the lexicon.
 */
export function procliticVariants(folded: string): string[] {
  const out = [folded];
  const afterConj = folded.length > 3 && (folded[0] === 'و' || folded[0] === 'ف') ? folded.slice(1) : null;
  if (afterConj) out.push(afterConj);
  for (const w of afterConj ? [folded, afterConj] : [folded]) {
    if (w.length <= 3) continue;
    if (w.startsWith('لل')) out.push('ال' + w.slice(2));
    else if (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') out.push(w.slice(1));
  }
  return out;
}
