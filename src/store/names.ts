/**
 * Keys for matching names typed by a reader against names found in articles: SEARCH_RULES
 * normalization (hamza forms, ة/ه, ى/ي, harakat, tatweel) and words, without stemming — a name is
 * not inflected, and stemming would merge different names (سامي → سام).
 */
import { normalize } from '../arabic/normalize.js';
import { words } from '../arabic/tokenize.js';
import { DEFINITE_TITLES, ORGANIZATION_HEADS, TITLE_ADJECTIVES } from '../lexicons/gazetteer/titles.js';

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

/**
 * Words a name may open with that a reader leaves out: titles and their qualifiers, and the head
 * nouns of bodies ("وزارة الخارجية الكينية" is found as "الخارجية الكينية"). Normalized.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([...DEFINITE_TITLES, ...TITLE_ADJECTIVES, ...ORGANIZATION_HEADS].map((w) => normalize(w).toLowerCase()));

/** Words that link the parts of a name rather than open it: a query starting with one may match inside a name. */
const NAME_LINKS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ال', 'ام'].map((w) => normalize(w)));

/**
 * Whether a speaker's name fits a query of two or more words read in order: the query's first word
 * is the name's first word (its given name) and its other words follow in order ("أحمد عسيري" fits
 * "أحمد حسن عسيري", not "موسى أحمد عسيري", a son of an Ahmad); a query that starts with a linking
 * word ("بن سلمان", "آل الشيخ") fits wherever its words stand together. A one-word query fits any
 * name holding it. A name without every query word matched through an alias of its entity, which
 * this cannot see, and fits.
 */
export function speakerNameFits(query: readonly string[], name: string | null): boolean {
  if (query.length < 2 || name === null) return true;
  const have = words(normalize(name)).map((w) => w.toLowerCase());
  if (!query.every((term) => have.includes(term))) return true;
  if (NAME_LINKS.has(query[0]!)) {
    for (let start = 0; start + query.length <= have.length; start++) {
      if (query.every((term, k) => have[start + k] === term)) return true;
    }
    return false;
  }
  // Titles a name may still carry in a store built by older rules ("ركن أحمد عسيري", "الدكتور …"),
  // and a body's head noun.
  let first = 0;
  while (first < have.length - 1 && TITLE_WORDS.has(have[first]!) && have[first] !== query[0]) first++;
  if (have[first] !== query[0]) return false;
  let at = first + 1;
  for (const term of query.slice(1)) {
    while (at < have.length && have[at] !== term) at++;
    if (at === have.length) return false;
    at++;
  }
  return true;
}

/** The words of a name typed by a reader, normalized and in order (repeats kept: "محمد بن محمد"). */
export function queryNameWords(query: string): string[] {
  return words(normalize(query)).map((w) => w.toLowerCase());
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
