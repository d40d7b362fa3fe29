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

/** A name_terms row of one article: `idx` is the entity's or the statement's index in it. */
export interface NameTermRow {
  term: string;
  kind: 'entity' | 'speaker' | 'role';
  idx: number;
}

/**
 * The name terms an article's analysis indexes: every name and alias of each entity; for each
 * statement, its speaker's name and every name the entity of that name goes by (so that a
 * statement attributed to "الخطيب" is found under "سامي الخطيب" too), and its speaker's role.
 */
export function analysisNameTerms(
  entities: readonly { name: string; aliases: readonly string[] }[],
  speakers: readonly { name: string | null; role: string | null }[],
): NameTermRow[] {
  const rows: NameTermRow[] = [];
  const namesByKey = new Map<string, string[]>();
  entities.forEach((entity, idx) => {
    const all = [entity.name, ...entity.aliases];
    for (const name of all) if (!namesByKey.has(nameKey(name))) namesByKey.set(nameKey(name), all);
    for (const name of all) for (const term of nameTerms(name)) rows.push({ term, kind: 'entity', idx });
  });
  speakers.forEach((speaker, idx) => {
    if (speaker.name) {
      const names = [speaker.name, ...(namesByKey.get(nameKey(speaker.name)) ?? [])];
      for (const name of names) for (const term of nameTerms(name)) rows.push({ term, kind: 'speaker', idx });
    }
    if (speaker.role) for (const term of nameTerms(speaker.role)) rows.push({ term, kind: 'role', idx });
  });
  return rows;
}
