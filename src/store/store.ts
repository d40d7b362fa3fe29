/**
 * The corpus store: one interface, one implementation per backend (src/store/sqlite now,
 * PostgreSQL later), one contract suite (./contract.ts) that every implementation must pass.
 *
 * Every method returns a Promise, so that a networked backend fits the same interface. The SQLite
 * store does its work synchronously inside those calls (better-sqlite3 is synchronous and fast);
 * a call blocks the event loop for its duration, at most one batch (tens of milliseconds).
 *
 * Identity and idempotency (the same for every backend):
 * - An article is identified by its `source`; its id is derived from the source
 *   (`articleIdFor`), so the same source gets the same id on every machine and every run.
 * - `putBatch` with a known source and the same content hash does nothing (`unchanged`).
 * - A known source with a different content hash replaces the article's text, analysis, search
 *   entry and fingerprint (`updated`); it keeps its id, its story and its duplicate link, because
 *   story summaries only grow (an article cannot be taken back out of a centroid).
 * - A new source whose content hash equals a stored article's is the same file seen under another
 *   path: the source becomes an alias of that article (`unchanged`); `getArticle` finds it by
 *   either.
 * - Everything else is `added`: near-duplicate detection marks `duplicateOf` (the earliest copy),
 *   and story clustering puts it in exactly one story (a copy joins its original's story).
 * - One `putBatch` call is one transaction: all of it is stored, or none of it.
 */
import { createHash } from 'node:crypto';
import type {
  EntityRow,
  PreparedArticle,
  PutOutcome,
  SearchRefresh,
  StatementPage,
  StatementPageQuery,
  StoreCounts,
  StoredArticle,
  StoreSearchHit,
  StoreSearchQuery,
  StoryView,
  TimelineEntry,
  TimelineQuery,
} from './types.js';

export interface Store {
  /** The schema version this store is at (see the backend's migrations). */
  schemaVersion(): Promise<number>;
  /** The id and content hash stored for a source (or a source alias), or null. */
  lookupSource(source: string): Promise<{ id: string; contentHash: string } | null>;
  /** Writes a batch in one transaction; one outcome per input, in order. */
  putBatch(batch: readonly PreparedArticle[]): Promise<PutOutcome[]>;
  /** By id, or by exact source or source alias (callers resolve paths first: see resolveArticleRef). */
  getArticle(idOrSource: string): Promise<StoredArticle | null>;
  search(query: StoreSearchQuery): Promise<StoreSearchHit[]>;
  /**
   * Brings what search precomputes up to date (the SQLite store's champion lists of frequent
   * words), when enough was stored since the last time or when `force`; ingest calls it at the end
   * of a run. Results never depend on it, only how fast frequent words are found.
   */
  refreshSearch(options?: { force?: boolean }): Promise<SearchRefresh>;
  /** Stories, largest first (then most recent). */
  /** Stories largest first; with `from`/`to` (YYYY-MM-DD), only those with days in that range. */
  stories(options: { limit: number; offset?: number; from?: string | null; to?: string | null }): Promise<StoryView[]>;
  story(id: string): Promise<StoryView | null>;
  /** Statements by a speaker or about an entity, in date order. */
  timeline(query: TimelineQuery): Promise<TimelineEntry[]>;
  /**
   * Every stored statement (duplicates' included), a page at a time, in article ingest order then
   * the statement's index in its article. Keyset pagination: each page starts after the last row of
   * the previous one, so a page costs the same at the end of a large corpus as at its start, and
   * paging through gives every matching statement exactly once. Articles stored while paging
   * come last, and are included if paging has not reached its end. A malformed `after` is an
   * InputError.
   */
  statementPage(query: StatementPageQuery): Promise<StatementPage>;
  /** Entities by name (normalized, alias-aware when `name` is given), most frequent first. */
  entities(options: { name?: string | null; type?: string | null; limit: number }): Promise<EntityRow[]>;
  counts(): Promise<StoreCounts>;
  /**
   * The outlets of the stored articles as stored (a dump's codes, "okaz", or a page's names), most
   * articles first, with `key`, the spelling-normalized form the `outlet` filters compare.
   */
  outlets(): Promise<{ outlet: string; key: string; articles: number }[]>;
  close(): Promise<void>;
}

/** A function that opens a fresh, empty store: what the contract suite is given. */
export type StoreFactory = () => Promise<Store>;

/** Characters of the sha256 hex digest used as an article id: 64 bits, no collision in practice at 10⁸ articles. */
export const ARTICLE_ID_LENGTH = 16;

export function articleIdFor(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, ARTICLE_ID_LENGTH);
}

export function contentHashOf(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A story is named after the article that founded it. */
export function storyIdFor(foundingArticleId: string): string {
  return `s${foundingArticleId}`;
}
