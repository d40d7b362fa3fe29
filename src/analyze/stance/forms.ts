/**
 * The forms of a word that stance matching compares. The search stemmer is deliberately light (it
 * keeps verb prefixes: "سترفع", "يغادروا" stay whole), which is right for an index but makes
 * "الحكومة سترفع" miss "برفع". Here a word yields every form left after peeling, in order,
 * و/ف, a preposition or the article (ب ل ك ال لل بال …) or the future س, an imperfect prefix
 * (ي ت ن أ) and one suffix (ون وا ين ات ها هم ة …), keeping at least three letters. Two words
 * match when their forms share one. Over-generation is bounded by the three-letter floor.
 */

const LEADING = ['و', 'ف'];
const PREFIXES = ['بال', 'كال', 'فال', 'وال', 'لل', 'ال', 'ب', 'ل', 'ك', 'س'];
const IMPERFECT = ['ي', 'ت', 'ن', 'ا'];
const SUFFIXES = ['هما', 'كما', 'تان', 'تين', 'ون', 'وا', 'ين', 'ان', 'ات', 'ها', 'هم', 'نا', 'كم', 'ية', 'ي', 'ة', 'ه', 'ا', 'ت'];
const MIN_FORM = 3;

const cache = new Map<string, readonly string[]>();
/** Distinct words kept in the cache (a long article has a few thousand). */
const CACHE_LIMIT = 50_000;

export function wordForms(norm: string, stem: string): readonly string[] {
  const cached = cache.get(norm);
  if (cached) return cached;
  const out = new Set<string>([norm, stem]);
  const starts = new Set<string>([norm]);
  for (const lead of LEADING) if (norm.startsWith(lead) && norm.length - lead.length >= MIN_FORM) starts.add(norm.slice(lead.length));
  for (const start of [...starts]) {
    for (const prefix of PREFIXES) if (start.startsWith(prefix) && start.length - prefix.length >= MIN_FORM) starts.add(start.slice(prefix.length));
  }
  for (const start of [...starts]) {
    for (const prefix of IMPERFECT) if (start.startsWith(prefix) && start.length - 1 >= MIN_FORM) starts.add(start.slice(1));
  }
  for (const start of starts) {
    out.add(start);
    for (const suffix of SUFFIXES) if (start.endsWith(suffix) && start.length - suffix.length >= MIN_FORM) out.add(start.slice(0, -suffix.length));
  }
  const forms = [...out];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, forms);
  return forms;
}

/** Whether two words share a form. */
export function shareForm(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}
