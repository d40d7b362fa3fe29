/**
 * `searchArticles`: parse the query, let the store rank (BM25 over the stemmed index, title
 * weighted), then cut a highlighted snippet from each hit's original body.
 */
import type { Store } from '../store/store.js';
import type { ArticleRef, SearchFilters } from '../store/types.js';
import { parseQuery } from './query.js';
import { makeSnippet, type SnippetOptions } from './snippet.js';

export interface SearchResult extends ArticleRef {
  score: number;
  snippet: string;
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
  snippet?: SnippetOptions;
}

export const DEFAULT_LIMIT = 20;

export async function searchArticles(store: Store, text: string, options: SearchOptions = {}): Promise<{ results: SearchResult[] }> {
  const parsed = parseQuery(text);
  if (parsed.groups.length === 0) return { results: [] };
  const hits = await store.search({
    groups: parsed.groups,
    filters: { outlet: options.outlet ?? null, from: options.from ?? null, to: options.to ?? null, speaker: options.speaker ?? null, entity: options.entity ?? null },
    limit: options.limit ?? DEFAULT_LIMIT,
  });
  return {
    results: hits.map((hit) => ({
      id: hit.id,
      source: hit.source,
      title: hit.title,
      outlet: hit.outlet,
      publishedAt: hit.publishedAt,
      score: Math.round(hit.score * 1000) / 1000,
      snippet: makeSnippet(hit.body, parsed.keys, options.snippet),
    })),
  };
}
