/**
 * A small synthetic search corpus for the tests of the search lists (champions, postings,
 * conjunctions): Zipf-like words k0…k399 written straight into the index, the full FTS5 scan they
 * are checked against, and the comparison that allows one unit of rounding.
 */
import assert from 'node:assert/strict';
import type Database from 'better-sqlite3';
import { TITLE_WEIGHT } from './champions.js';

const VOCABULARY = Array.from({ length: 400 }, (_, i) => `k${i}`);

/** A deterministic generator (mulberry32): the corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-like word choice: a few words occur in most articles, most words in few. */
export function words(next: () => number, n: number): string {
  return Array.from({ length: n }, () => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 4)]!).join(' ');
}

export function insertArticle(db: Database.Database, title: string, body: string): number {
  const seq = Number(
    db
      .prepare(
        `INSERT INTO articles (id, source, content_hash, title, body, extra, original, original_format, signature, shingle_count, ingested_at, updated_at)
         VALUES (lower(hex(randomblob(8))), lower(hex(randomblob(8))), '', ?, ?, '{}', x'', 'text', x'', 0, '', '')`,
      )
      .run(title, body).lastInsertRowid,
  );
  db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(seq, title, body);
  return seq;
}

/** What the full scan ranks first: FTS5's bm25 over every match, ties by ingest order. */
export function fullScan(db: Database.Database, match: string, limit: number): { seq: number; rank: number }[] {
  return db
    .prepare(`SELECT rowid AS seq, bm25(article_fts, ${TITLE_WEIGHT}, 1) AS rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank, rowid LIMIT ?`)
    .all(match, limit) as { seq: number; rank: number }[];
}

/**
 * The same articles with the same scores, to the last bits: FTS5 takes its logarithm from the C
 * library and we take ours from JavaScript, which may differ by one unit in the last place.
 */
export function assertSameRanking(ours: { seq: number; rank: number }[], scan: { seq: number; rank: number }[], key: string): void {
  assert.equal(ours.length, scan.length, `key ${key}`);
  assert.deepEqual(
    ours.map((h) => h.seq).sort((a, b) => a - b),
    scan.map((h) => h.seq).sort((a, b) => a - b),
    `key ${key}`,
  );
  ours.forEach((hit, i) => {
    // Position by position: the order differs only between articles whose scores are equal to within that rounding.
    assert.ok(Math.abs(hit.rank - scan[i]!.rank) <= 1e-12 * Math.abs(hit.rank), `key ${key}: ${hit.rank} vs ${scan[i]!.rank} at ${i}`);
  });
}

export function addArticles(db: Database.Database, next: () => number, n: number, bodyWords: () => number): void {
  db.transaction(() => {
    for (let i = 0; i < n; i++) insertArticle(db, words(next, 1 + Math.floor(next() * 6)), words(next, bodyWords()));
  })();
}

/** The keys in at least `minDf` articles, in order. */
export function frequentKeys(db: Database.Database, minDf: number): string[] {
  return (db.prepare('SELECT term FROM article_fts_vocab WHERE doc >= ? ORDER BY term').all(minDf) as { term: string }[]).map((r) => r.term);
}
