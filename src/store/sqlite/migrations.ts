/**
 * The SQLite schema as an ordered list of migrations. A database records the migrations it has
 * applied in `migrations` (and the highest in `PRAGMA user_version`); opening it applies the
 * missing ones in one transaction. Never edit a released migration: add the next one.
 */
import type Database from 'better-sqlite3';
import { rebuildDerivedKeys } from './rekey.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * A step SQL cannot do, run after `sql` in the same transaction: rebuilding what the store
   * derived from text when the derivation changed (normalization, stemming). `log` takes progress lines.
   */
  rebuild?: (db: Database.Database, log: (line: string) => void) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, analysis tables, search index, duplicate and story state',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- seq is the ingest order (the "earliest copy" tie-break) and the search index's rowid.
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  published_at TEXT,
  reference_date TEXT,
  -- The publication day, else the reference day: what date filters and story time proximity use.
  day TEXT,
  outlet TEXT,
  outlet_key TEXT,
  section TEXT,
  url TEXT,
  body TEXT NOT NULL,
  -- JSON {hashtags, captions, warnings}: shown with the article, never queried.
  extra TEXT NOT NULL,
  original BLOB NOT NULL,
  original_format TEXT NOT NULL,
  signature BLOB NOT NULL,
  shingle_count INTEGER NOT NULL,
  duplicate_of TEXT,
  story_id TEXT,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_story ON articles(story_id, day, seq);
CREATE INDEX articles_outlet_day ON articles(outlet_key, day);
CREATE INDEX articles_day ON articles(day);

-- Other sources (paths, URLs) under which the same bytes were seen.
CREATE TABLE source_aliases (source TEXT PRIMARY KEY, article_seq INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE entities (
  article_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  aliases TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX entities_name_key ON entities(name_key);

CREATE TABLE statements (
  article_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  speaker_name TEXT,
  speaker_role TEXT,
  cue TEXT NOT NULL,
  text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  negated INTEGER NOT NULL,
  date TEXT,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

-- Normalized words of speaker names (with their aliases) and entity names (with theirs), so that
-- "الخطيب" finds "سامي الخطيب" through an index instead of a scan. kind: speaker | role | entity;
-- idx is the statement's or the entity's index in its article.
CREATE TABLE name_terms (
  term TEXT NOT NULL,
  kind TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  PRIMARY KEY (term, kind, article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX name_terms_article ON name_terms(article_seq);

-- Normalized, light-stemmed tokens (searchTokens) joined by spaces: FTS5's own Arabic handling is
-- not enough (DESIGN.md §5). Contentless: the text lives in articles.
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');

-- MinHash LSH buckets for near-duplicate candidates; band_key is a 53-bit hash of the band key
-- string (src/store/band-key.ts): integers keep this, the largest table, small and its index fast.
-- No index by article: an update deletes its old rows by recomputing their keys from the stored signature.
CREATE TABLE article_bands (band_key INTEGER NOT NULL, article_seq INTEGER NOT NULL, PRIMARY KEY (band_key, article_seq)) WITHOUT ROWID;

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  summary TEXT NOT NULL,
  title_article_id TEXT NOT NULL,
  size INTEGER NOT NULL,
  first_day TEXT,
  last_day TEXT,
  updated_seq INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX stories_by_size ON stories(size DESC, last_day DESC);

-- Inverted index of candidate stories: an article only compares itself with the stories that
-- share a key with it, most recently touched first, so adding one does not scan the corpus.
CREATE TABLE story_keys (key TEXT NOT NULL, story_id TEXT NOT NULL, updated_seq INTEGER NOT NULL, PRIMARY KEY (key, story_id)) WITHOUT ROWID;
CREATE INDEX story_keys_recent ON story_keys(key, updated_seq DESC);

-- Document frequencies for the stories' TF-IDF (IdfSource); the document count is in meta.
CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
`,
  },
  {
    version: 2,
    name: 'champion lists for frequent search keys',
    sql: `
-- The search index's vocabulary with document counts, to find the frequent keys.
CREATE VIRTUAL TABLE article_fts_vocab USING fts5vocab(article_fts, 'row');

-- For each frequent key (with its document count when the list was last refreshed), its best
-- articles with the key's weighted count f and the article's length len, which give their BM25
-- score under any corpus statistics, and floor_g, a bound on the BM25 factor of every article left
-- out (src/store/sqlite/champions.ts says why this keeps search exact).
CREATE TABLE search_champion_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL, floor_g REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE search_champions (term TEXT NOT NULL, article_seq INTEGER NOT NULL, f INTEGER NOT NULL, len INTEGER NOT NULL, PRIMARY KEY (term, article_seq)) WITHOUT ROWID;
-- Articles rewritten since the lists were last refreshed: until then, searches scan.
CREATE TABLE search_changed (article_seq INTEGER PRIMARY KEY);
`,
  },
  {
    version: 3,
    name: 'postings of the frequent search keys',
    sql: `
-- Every article of each listed frequent key, with the key's weighted count there, in rows of at
-- most 65,536 articles (seqs as varint differences, counts as varints), and every article's length
-- in blocks of 65,536 seqs: what ranks a query of several frequent words without FTS5 scoring every
-- match (src/store/sqlite/postings.ts, conjunction.ts).
CREATE TABLE search_postings (term TEXT NOT NULL, first_seq INTEGER NOT NULL, n INTEGER NOT NULL, seqs BLOB NOT NULL, counts BLOB NOT NULL, PRIMARY KEY (term, first_seq));
CREATE TABLE search_lengths (block INTEGER PRIMARY KEY, lens BLOB NOT NULL);
-- Lists built before postings existed are built again, with their postings, by the next refresh.
DELETE FROM search_champions;
DELETE FROM search_champion_terms;
DELETE FROM search_changed;
DELETE FROM meta WHERE key IN ('champions_built_seq', 'champions_avgdl', 'champions_inflation');
`,
  },
  {
    version: 4,
    name: 'outlet and day of every listed article',
    sql: `
-- Every article's day (YYYYMMDD, -1 for none) and outlet id (0 for none) in blocks of 65,536
-- seqs, written by the refresh that writes the postings, so that outlet and date filters test an
-- article with two array reads (src/store/sqlite/places.ts). Outlet ids name outlet_key values.
-- A store built before them gets them at its next refresh (meta 'places_built_seq').
CREATE TABLE search_places (block INTEGER PRIMARY KEY, days BLOB NOT NULL, outlets BLOB NOT NULL);
CREATE TABLE search_outlets (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
`,
  },
  {
    version: 5,
    name: 'a hamza seat folds (مسؤول = مسئول): every key derived from normalized text rebuilt',
    sql: `
-- The frequent-key lists, postings and outlet ids name keys of the old normalization: the next
-- refresh builds them again (searches scan until then).
DELETE FROM search_champions;
DELETE FROM search_champion_terms;
DELETE FROM search_changed;
DELETE FROM search_postings;
DELETE FROM search_lengths;
DELETE FROM search_places;
DELETE FROM search_outlets;
DELETE FROM meta WHERE key IN ('champions_built_seq', 'champions_avgdl', 'champions_inflation', 'places_built_seq');
`,
    rebuild: (db, log) => rebuildDerivedKeys(db, log, "a hamza's seat now folds: مسؤول = مسئول"),
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
