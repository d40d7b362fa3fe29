/**
 * `searchArticles`: parse the query, let the store rank (BM25 over the stemmed index, title
 * weighted), list the copies of one wire text under its best-ranked article, then cut a
 * highlighted snippet from each result's original body.
 */
import type { Store } from '../store/store.js';
import type { ArticleRef, ReferenceDated, SearchFilters, StoreSearchHit } from '../store/types.js';
import { parseQuery } from './query.js';
import { makeSnippet, type SnippetOptions } from './snippet.js';

export interface SearchResult extends ArticleRef, ReferenceDated {
  score: number;
  snippet: string;
  /** Near-duplicate copies of this article (the same wire text) that matched too, in rank order. */
  copies: ArticleRef[];
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
  snippet?: SnippetOptions;
  /** List copies of one text under its best-ranked article (default true), instead of each as a result. */
  fold?: boolean;
}

export const DEFAULT_LIMIT = 20;
/**
 * With folding, this many times the limit is asked of the store, so that a page of results stays
 * full when several hits are copies of one wire story.
 */
export const FOLD_FETCH_FACTOR = 3;

export async function searchArticles(store: Store, text: string, options: SearchOptions = {}): Promise<{ results: SearchResult[] }> {
  const parsed = parseQuery(text);
  if (parsed.groups.length === 0) return { results: [] };
  const limit = options.limit ?? DEFAULT_LIMIT;
  const fold = options.fold ?? true;
  const hits = await store.search({
    groups: parsed.groups,
    filters: { outlet: options.outlet ?? null, from: options.from ?? null, to: options.to ?? null, speaker: options.speaker ?? null, entity: options.entity ?? null },
    limit: fold ? limit * FOLD_FETCH_FACTOR : limit,
  });
  const results: SearchResult[] = [];
  const byText = new Map<string, SearchResult>();
  for (const hit of hits) {
    // Copies of one text share their root: the earliest copy, which duplicateOf always names.
    const root = hit.duplicateOf ?? hit.id;
    const first = fold ? byText.get(root) : undefined;
    if (first) {
      first.copies.push(refOf(hit));
      continue;
    }
    if (results.length >= limit) continue;
    const result: SearchResult = { ...refOf(hit), referenceDate: hit.referenceDate, score: Math.round(hit.score * 1000) / 1000, snippet: makeSnippet(hit.body, parsed.keys, options.snippet), copies: [] };
    byText.set(root, result);
    results.push(result);
  }
  return { results };
}

function refOf(hit: StoreSearchHit): ArticleRef {
  return { id: hit.id, source: hit.source, title: hit.title, outlet: hit.outlet, publishedAt: hit.publishedAt };
}
