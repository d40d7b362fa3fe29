/**
 * Candidate articles for a claim. The store's search is conjunctive (every word must match), which
 * finds nothing for a long claim, so each content word is searched on its own and the articles are
 * ranked by how many of the claim's words they hold (then by the BM25 scores summed): a bounded
 * number of indexed queries, never a scan.
 */
import { searchTokens } from '../arabic/stem.js';
import type { Store } from '../store/store.js';
import type { SearchFilters } from '../store/types.js';

/** Claim words searched (the longest first: they are the most specific in Arabic). */
export const MAX_QUERY_TERMS = 12;
/** Hits taken per word. */
export const HITS_PER_TERM = 200;
/** Hits taken per conjunction of words (see `conjunctions`). */
export const HITS_PER_CONJUNCTION = 100;

/** Words of the claim paired with one another in AND queries (the longest, most specific, first). */
export const PAIRED_TERMS = 8;

/**
 * The AND queries asked: all the words, each set of all but one (three words or more), and every
 * pair of the PAIRED_TERMS first words, so that an article holding two specific words of the claim
 * ("431", "داعش") is found however common each word is alone.
 */
function conjunctions(terms: readonly string[]): string[][] {
  if (terms.length < 2) return [];
  const out = [[...terms]];
  if (terms.length >= 3) for (let skip = 0; skip < terms.length; skip++) out.push(terms.filter((_, i) => i !== skip));
  const paired = terms.slice(0, PAIRED_TERMS);
  if (terms.length >= 4) for (let i = 0; i < paired.length; i++) for (let j = i + 1; j < paired.length; j++) out.push([paired[i]!, paired[j]!]);
  return out;
}

export interface Candidate {
  id: string;
  termsMatched: number;
  score: number;
}

export async function retrieveCandidates(store: Store, claim: string, options: { limit: number; filters?: SearchFilters }): Promise<Candidate[]> {
  const terms = [...new Set(searchTokens(claim))].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_TERMS);
  // The words each article is known to hold: those whose own top hits list it, and all the words
  // of every AND query that found it.
  const held = new Map<string, { words: Set<string>; score: number }>();
  const filters = options.filters ?? {};
  // Scores add up over the words found one by one (as a ranking over all the words would); an AND
  // query's score counts once, unless the words' own scores say more.
  const note = (id: string, words: readonly string[], score: number, alone: boolean): void => {
    const entry = held.get(id) ?? { words: new Set<string>(), score: 0 };
    for (const w of words) entry.words.add(w);
    entry.score = alone ? entry.score + score : Math.max(entry.score, score);
    held.set(id, entry);
  };
  for (const term of terms) {
    for (const hit of await store.search({ groups: [[term]], filters, limit: HITS_PER_TERM })) note(hit.id, [term], hit.score, true);
  }
  // A frequent word's top hits rarely overlap another's: "431" and "داعش" each have hundreds of
  // articles, and the few that hold both may be in neither top list. So articles holding several
  // words are asked for as such.
  for (const group of conjunctions(terms)) {
    for (const hit of await store.search({ groups: group.map((t) => [t]), filters, limit: HITS_PER_CONJUNCTION })) note(hit.id, group, hit.score, false);
  }
  const byId = new Map<string, Candidate>([...held].map(([id, h]) => [id, { id, termsMatched: h.words.size, score: h.score }]));
  // An article holding under a third of the claim's words cannot be about it.
  const minTerms = Math.max(1, Math.ceil(terms.length / 3));
  return [...byId.values()]
    .filter((c) => c.termsMatched >= minTerms)
    .sort((a, b) => b.termsMatched - a.termsMatched || b.score - a.score)
    .slice(0, options.limit);
}
