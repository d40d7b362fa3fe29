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

export interface Candidate {
  id: string;
  termsMatched: number;
  score: number;
}

export async function retrieveCandidates(store: Store, claim: string, options: { limit: number; filters?: SearchFilters }): Promise<Candidate[]> {
  const terms = [...new Set(searchTokens(claim))].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_TERMS);
  const byId = new Map<string, Candidate>();
  for (const term of terms) {
    const hits = await store.search({ groups: [[term]], filters: options.filters ?? {}, limit: HITS_PER_TERM });
    for (const hit of hits) {
      const c = byId.get(hit.id) ?? { id: hit.id, termsMatched: 0, score: 0 };
      c.termsMatched++;
      c.score += hit.score;
      byId.set(hit.id, c);
    }
  }
  // An article holding under a third of the claim's words cannot be about it.
  const minTerms = Math.max(1, Math.ceil(terms.length / 3));
  return [...byId.values()]
    .filter((c) => c.termsMatched >= minTerms)
    .sort((a, b) => b.termsMatched - a.termsMatched || b.score - a.score)
    .slice(0, options.limit);
}
