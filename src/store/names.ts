/**
 * Keys for matching names typed by a reader against names found in articles: SEARCH_RULES
 * normalization (hamza forms, ة/ه, ى/ي, harakat, tatweel) and words, without stemming — a name is
 * not inflected, and stemming would merge different names (سامي → سام).
 */
import { normalize } from '../arabic/normalize.js';
import { words } from '../arabic/tokenize.js';

/** The distinct normalized words of a name, in order. */
export function nameTerms(name: string): string[] {
  const seen = new Set<string>();
  for (const word of words(normalize(name))) {
    const term = word.toLowerCase();
    if (term.length > 0) seen.add(term);
  }
  return [...seen];
}

/** One comparable key for a whole name ("سامي الخطيب" and "سامى الخطيب" give the same key). */
export function nameKey(name: string): string {
  return words(normalize(name)).join(' ').toLowerCase();
}

/** True when every word of `query` is a word of `name` (both normalized): "الخطيب" ⊂ "سامي الخطيب". */
export function nameMatches(query: string, name: string): boolean {
  const have = new Set(nameTerms(name));
  const want = nameTerms(query);
  return want.length > 0 && want.every((term) => have.has(term));
}
