/**
 * The records that go into and come out of a corpus store. Backend-neutral: the SQLite store and a
 * later PostgreSQL store take and return exactly these shapes (the contract suite checks it).
 */
import type { AnalyzeResult, Entity, IsoDateString, Statement } from '../core/types.js';

/** The stored article: `marsad analyze`'s record plus where it came from and where it belongs. */
export interface StoredArticle extends AnalyzeResult {
  id: string;
  /** The absolute path of the file, the URL, or `<file>#<record>` / `<zip>!/<entry>` for records in collections. */
  source: string;
  storyId: string | null;
  /** The id of the earliest stored copy of this text, or null when this article is not a copy. */
  duplicateOf: string | null;
  /** sha256 (hex) of the original input: the file's bytes or the record's JSON. */
  contentHash: string;
  /** When the article was first stored (ISO 8601, UTC). */
  ingestedAt: string;
  /** When its content last changed (equals ingestedAt until a re-ingest finds new content). */
  updatedAt: string;
  /** The crawl or dump date used only to resolve relative dates when the article states none. */
  referenceDate: IsoDateString | null;
}

/** What lists show of an article. */
export interface ArticleRef {
  id: string;
  source: string;
  title: string;
  outlet: string | null;
  publishedAt: IsoDateString | null;
}

/** One analyzed article ready to be written: everything computed outside the store transaction. */
export interface PreparedArticle {
  source: string;
  contentHash: string;
  /** The original input (file bytes, or the record's JSON text). */
  original: Uint8Array | string;
  /** `text`, `html` or `json-record`: how to read `original` again. */
  originalFormat: string;
  record: AnalyzeResult;
  referenceDate: IsoDateString | null;
  /** Search keys of the title and of the body (searchTokens), joined by spaces. */
  titleTokens: string;
  bodyTokens: string;
  /** MinHash signature of the body (src/cluster/minhash.ts) and the shingle count it came from. */
  signature: Uint32Array;
  shingleCount: number;
  /** lshBandKeys(signature). */
  bandKeys: string[];
  /** storyTermCounts of title and body (src/cluster/stories.ts): what the story vector is made of. */
  storyTerms: Map<string, number>;
  /**
   * The terms the article adds to the document frequencies if it is not a copy (documentTermsOfCounts
   * of storyTerms): computed with the other keys so that the writer thread does not.
   */
  documentTerms: string[];
}

export type PutStatus = 'added' | 'updated' | 'unchanged';

export interface PutOutcome {
  status: PutStatus;
  id: string;
  /** Set when the article was added as a near or exact copy of an earlier one. */
  duplicateOf: string | null;
  /**
   * Set when the article was added as an earlier copy of a stored original: the id of that
   * original, which (with its copies) now names this article as `duplicateOf`.
   */
  supersedes: string | null;
  storyId: string | null;
}

export interface SearchFilters {
  outlet?: string | null;
  /** Inclusive day bounds (YYYY-MM-DD) on the article's day: its publication date, else its reference date. */
  from?: string | null;
  to?: string | null;
  speaker?: string | null;
  entity?: string | null;
}

/** A parsed query as the store runs it: every group must match; a group of several stems is a phrase. */
export interface StoreSearchQuery {
  groups: string[][];
  filters: SearchFilters;
  limit: number;
}

/**
 * The crawl or dump date an article came with (a JSON record's `date_extracted`, the reference date
 * given to ingest), as a day; null when none. It is never the publication date: lists show it, marked
 * as such, for an article that states no date of its own.
 */
export interface ReferenceDated {
  referenceDate: string | null;
}

export interface StoreSearchHit extends ArticleRef, ReferenceDated {
  /** Higher is better (BM25 with the title weighted, sign flipped from SQLite's convention). */
  score: number;
  body: string;
  /** The earliest copy when this article is a near-duplicate of it, else null. */
  duplicateOf: string | null;
}

export interface StoryView {
  id: string;
  title: string;
  size: number;
  firstDay: string | null;
  lastDay: string | null;
  articles: (ArticleRef & ReferenceDated & { duplicateOf: string | null })[];
}

export interface TimelineQuery {
  speaker?: string | null;
  entity?: string | null;
  limit?: number;
}

export interface TimelineEntry {
  speaker: Statement['speaker'];
  text: string;
  cue: string;
  direct: boolean;
  negated: boolean;
  /** The statement's own date, else the article's publication day, else null. */
  date: IsoDateString | null;
  /** What the entry was ordered by: the date above, else the article's reference date. */
  sortDate: string | null;
  article: ArticleRef;
}

export interface EntityRow {
  name: string;
  type: Entity['type'];
  /** Aliases seen with this name, over all articles. */
  aliases: string[];
  articles: number;
  mentions: number;
}

export interface StoreCounts {
  articles: number;
  duplicates: number;
  stories: number;
  statements: number;
  entities: number;
}

/**
 * One page of `Store.statementPage`: every stored statement, optionally filtered, in a stable order
 * (article ingest order, then the statement's index in its article), so that a whole corpus can be
 * read page by page without holding it in memory.
 */
export interface StatementPageQuery {
  /** The `next` of the previous page (opaque: pass it back as given); null or absent for the first page. */
  after?: string | null;
  /** Most rows in the page (≥ 1). */
  limit: number;
  /** Only statements by this speaker, matched exactly as `timeline({ speaker })` matches it. */
  speaker?: string | null;
  /** Inclusive day bounds (YYYY-MM-DD) on `sortDate`; a statement with no date at all is left out when either is given. */
  from?: string | null;
  to?: string | null;
}

/** A stored statement with its place in the corpus: what `marsad export statements` writes. */
export interface StatementRow extends Statement {
  /** Index of the statement among its article's statements (0-based): with `article.id`, a unique key. */
  index: number;
  /** The day (YYYY-MM-DD) the statement is placed on: its own date, else the article's day (publication, else reference day). */
  sortDate: string | null;
  article: ArticleRef & { duplicateOf: string | null; storyId: string | null };
}

export interface StatementPage {
  rows: StatementRow[];
  /** Give this as `after` to get the next page; null when this page is the last. */
  next: string | null;
}

/** What `refreshSearch` did: whether it ran and how, keys given a precomputed list, articles listed, and its cost. */
export interface SearchRefresh {
  refreshed: boolean;
  /** Everything scored again (the first time, when forced, or when merges had loosened the lists), rather than merged. */
  full: boolean;
  terms: number;
  articles: number;
  seconds: number;
}
