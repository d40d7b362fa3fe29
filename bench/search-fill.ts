/**
 * Fills a store's search tables (articles + article_fts) with synthetic articles directly, for the
 * search-latency benchmark at 1M articles. Search reads only those two tables, and going through
 * `putBatch` (duplicates, stories, document frequencies: ~3 ms an article) would make a 1M store
 * take hours to build; the full pipeline is timed separately (corpus.ingest, corpus.ingest-synthetic).
 * The rows are the ones `putBatch` writes for an article without analysis: same ids, same
 * outlet keys, same days, same index tokens.
 */
import { searchTokens } from '../src/arabic/stem.js';
import { openDatabase } from '../src/store/sqlite/open.js';
import { nameKey } from '../src/store/names.js';
import { articleIdFor, contentHashOf } from '../src/store/store.js';
import type { SyntheticArticle } from './corpus-synthetic.js';

/** Articles per transaction: large enough that commits cost nothing, small enough to report progress. */
const FILL_BATCH = 5_000;

export function fillSearchTables(dbFile: string, articles: Iterable<SyntheticArticle>, onBatch: (done: number) => void): number {
  const db = openDatabase(dbFile);
  const now = new Date().toISOString();
  const insertArticle = db.prepare(`INSERT INTO articles (id, source, content_hash, title, published_at, reference_date, day, outlet, outlet_key, section, url,
    body, extra, original, original_format, signature, shingle_count, duplicate_of, story_id, ingested_at, updated_at)
    VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?, ?, '{"hashtags":[],"captions":[],"warnings":[]}', ?, 'json-record', x'', 0, NULL, NULL, ?, ?)`);
  const insertFts = db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
  const write = db.transaction((batch: SyntheticArticle[]) => {
    for (const a of batch) {
      const original = JSON.stringify(a);
      const day = a.date.slice(0, 10);
      const seq = insertArticle.run(articleIdFor(a.url), a.url, contentHashOf(original), a.title, a.date, day, a.outlet, nameKey(a.outlet), a.url, a.body, Buffer.from(original), now, now).lastInsertRowid;
      insertFts.run(seq, searchTokens(a.title).join(' '), searchTokens(a.body).join(' '));
    }
  });
  let done = 0;
  let batch: SyntheticArticle[] = [];
  try {
    for (const article of articles) {
      batch.push(article);
      if (batch.length < FILL_BATCH) continue;
      write(batch);
      done += batch.length;
      batch = [];
      onBatch(done);
    }
    if (batch.length) write(batch);
    done += batch.length;
    // Merge the index's segments as a long-running store eventually does (FTS5 'optimize').
    db.prepare("INSERT INTO article_fts (article_fts) VALUES ('optimize')").run();
  } finally {
    db.close();
  }
  return done;
}
