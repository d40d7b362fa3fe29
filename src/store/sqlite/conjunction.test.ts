import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type Database from 'better-sqlite3';
import { ChampionLists } from './champions.js';
import { ConjunctionRanker } from './conjunction.js';
import { ftsMatch } from './fts.js';
import { openDatabase } from './open.js';
import { decodeVarints, encodeVarints, spreadVarints } from './postings.js';
import { addArticles, assertSameRanking, frequentKeys, fullScan, insertArticle, random } from './search-test-corpus.js';

/** Small lists over a small corpus, so that every path (build, tail, rewrite, merge) runs in a test. */
const LIMITS = { minDf: 120, size: 30, maxTail: 400, mergeShare: 0.01 };

/** Queries of two and three words: frequent with frequent, frequent with rare, and three at once. */
function queries(db: Database.Database, next: () => number): string[][] {
  const frequent = frequentKeys(db, LIMITS.minDf);
  const rare = (db.prepare('SELECT term FROM article_fts_vocab WHERE doc < ? AND doc >= 5 ORDER BY term').all(LIMITS.minDf) as { term: string }[]).map((r) => r.term);
  const pick = (list: string[]): string => list[Math.floor(next() * list.length)]!;
  const out: string[][] = [];
  for (let i = 0; i < 40; i++) out.push([pick(frequent), pick(frequent)]);
  for (let i = 0; i < 30; i++) out.push([pick(rare), pick(frequent)]);
  for (let i = 0; i < 20; i++) out.push([pick(frequent), pick(frequent), pick(rare)]);
  return out.filter((keys) => new Set(keys).size === keys.length);
}

/** Each query the postings answer must be the full scan's page, scores included. */
function checkExact(db: Database.Database, ranker: ConjunctionRanker, qs: string[][]): number {
  let answered = 0;
  for (const keys of qs) {
    const hits = ranker.topHits(keys, 20);
    if (!hits) continue;
    answered++;
    assertSameRanking(hits, fullScan(db, ftsMatch(keys.map((k) => [k]))!, 20), keys.join(' '));
  }
  return answered;
}

describe('conjunctions from postings', () => {
  let dir: string;
  let db: Database.Database;
  let lists: ChampionLists;
  let ranker: ConjunctionRanker;
  let qs: string[][];
  const next = random(7);
  const usual = (): number => 10 + Math.floor(next() * 60);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'marsad-conjunction-'));
    db = openDatabase(path.join(dir, 'c.db'));
    addArticles(db, next, 1500, usual);
    lists = new ChampionLists(db, LIMITS);
    ranker = new ConjunctionRanker(db, lists);
  });
  after(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('before the first build, nothing is answered from postings', () => {
    assert.equal(ranker.topHits(['k0', 'k1'], 20), null);
  });

  test('after a build, every query with a frequent word gets exactly the full scan’s page and scores', () => {
    lists.refresh();
    qs = queries(db, next);
    assert.ok(qs.length >= 80, `${qs.length} queries`);
    assert.equal(checkExact(db, ranker, qs), qs.length);
  });

  test('one frequent word is answered too, beyond what its champion list can prove', () => {
    const key = frequentKeys(db, LIMITS.minDf)[0]!;
    const hits = ranker.topHits([key], 200);
    assert.ok(hits && hits.length === 200);
    assertSameRanking(hits, fullScan(db, ftsMatch([[key]])!, 200), key);
  });

  /** Filtered pages against FTS5's filtered scan, for filters that keep every 2nd, 7th and 40th article. */
  function checkFiltered(): void {
    const filtered = (keys: string[], modulus: number): { seq: number; rank: number }[] =>
      db
        .prepare(`SELECT rowid AS seq, bm25(article_fts, 3, 1) AS rank FROM article_fts WHERE article_fts MATCH ? AND rowid % ? = 0 ORDER BY rank, rowid LIMIT 20`)
        .all(ftsMatch(keys.map((k) => [k]))!, modulus) as { seq: number; rank: number }[];
    for (const modulus of [2, 7, 40]) {
      for (const keys of qs.slice(0, 30)) {
        const hits = ranker.topHits(keys, 20, (seq) => seq % modulus === 0);
        assert.ok(hits, `${keys.join(' ')} filtered by ${modulus}`);
        assertSameRanking(hits, filtered(keys, modulus), `${keys.join(' ')} filtered by ${modulus}`);
      }
    }
  }

  test('with a filter, the page is the filtered scan’s', () => {
    checkFiltered();
    assert.deepEqual(ranker.topHits(['k0', 'k1'], 20, () => false), [], 'a filter nothing passes: an empty page');
  });

  test('rare words only, or a word in no article', () => {
    const rare = (db.prepare('SELECT term FROM article_fts_vocab WHERE doc < 20 ORDER BY term LIMIT 2').all() as { term: string }[]).map((r) => r.term);
    assert.equal(ranker.topHits(rare, 20), null, 'FTS5 is fast enough for rare words: no postings, no answer');
    assert.deepEqual(ranker.topHits(['k0', 'nowhere'], 20), []);
  });

  test('articles stored after the build are scored from their own text, and answers stay exact', () => {
    addArticles(db, next, 10, () => 200);
    addArticles(db, next, 5, usual);
    assert.equal(checkExact(db, ranker, qs), qs.length);
    checkFiltered();
  });

  test('a tail article with a decimal number (two index tokens for one key) is still scored exactly', () => {
    for (let i = 0; i < 3; i++) insertArticle(db, 'k0 k1 62.5', `k0 k1 k2 62.5 k1 ${i === 0 ? '62.5' : 'k3'} 7.25`);
    for (const groups of [[['k0'], ['k1']], [['k0'], ['62.5']], [['k1'], ['7.25'], ['k0']]]) {
      const hits = ranker.topHits(groups.map((g) => g[0]!), 20);
      assert.ok(hits, JSON.stringify(groups));
      assertSameRanking(hits, fullScan(db, ftsMatch(groups)!, 20), JSON.stringify(groups));
    }
  });

  test('a tail article whose stored text is not what was indexed sends the query to the scan', () => {
    const seq = insertArticle(db, 'k0 k1', 'k0 k1 k2');
    db.prepare('UPDATE articles SET body = ? WHERE seq = ?').run('k0 k1 k2 k3', seq);
    assert.equal(ranker.topHits(['k0', 'k1'], 20), null);
    db.prepare('UPDATE articles SET body = ? WHERE seq = ?').run('k0 k1 k2', seq);
    assert.ok(ranker.topHits(['k0', 'k1'], 20));
  });

  test('a rewritten article sends queries to the scan until a refresh rebuilds', () => {
    const seq = (db.prepare("SELECT article_seq FROM search_champions WHERE term = 'k0' LIMIT 1").get() as { article_seq: number }).article_seq;
    db.prepare('DELETE FROM article_fts WHERE rowid = ?').run(seq);
    db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(seq, 'k1 k1 k1 k3', 'k5 k1');
    db.prepare('UPDATE articles SET title = ?, body = ? WHERE seq = ?').run('k1 k1 k1 k3', 'k5 k1', seq);
    lists.markChanged(seq);
    assert.equal(ranker.topHits(['k0', 'k1'], 20), null);
    assert.equal(lists.refresh().full, true);
    assert.equal(checkExact(db, ranker, qs), qs.length);
  });

  test('a merge appends the new articles to the postings, and answers stay exact', () => {
    addArticles(db, next, 40, usual);
    const refresh = lists.refresh();
    assert.deepEqual([refresh.refreshed, refresh.full], [true, false]);
    assert.equal(checkExact(db, ranker, qs), qs.length);
    const rows = (db.prepare("SELECT count(*) AS n FROM search_postings WHERE term = 'k0'").get() as { n: number }).n;
    assert.ok(rows >= 2, 'the merge added a row of postings rather than rewriting the first');
  });

  test('too long a tail sends queries to the scan', () => {
    addArticles(db, next, LIMITS.maxTail + 1, () => 10);
    assert.equal(ranker.topHits(['k0', 'k1'], 20), null);
  });
});

describe('postings codec', () => {
  test('varints round-trip ascending seqs (as differences) and counts, up to 2^32 − 1', () => {
    const next = random(3);
    for (let round = 0; round < 50; round++) {
      const n = Math.floor(next() * 300);
      const seqs: number[] = [];
      let seq = 0;
      for (let i = 0; i < n; i++) seqs.push((seq += 1 + Math.floor(next() ** 8 * 2 ** 24)));
      if (round === 0) seqs.push(2 ** 32 - 1);
      const counts = seqs.map(() => Math.floor(next() ** 6 * 2 ** (round % 33)));
      const outSeqs = new Uint32Array(seqs.length + 2);
      const outCounts = new Uint32Array(seqs.length + 2);
      decodeVarints(encodeVarints(seqs, 0, seqs.length, true), seqs.length, outSeqs, 2, true);
      decodeVarints(encodeVarints(counts, 0, counts.length, false), counts.length, outCounts, 2, false);
      assert.deepEqual([...outSeqs.subarray(2)], seqs);
      assert.deepEqual([...outCounts.subarray(2)], counts);
    }
  });

  test('spreading counts over an array indexed by seq writes each count at its seq and nothing else', () => {
    const next = random(11);
    for (let round = 0; round < 50; round++) {
      const seqs = [...new Set(Array.from({ length: Math.floor(next() * 200) }, () => 1 + Math.floor(next() * 5000)))].sort((a, b) => a - b);
      const counts = seqs.map(() => 1 + Math.floor(next() ** 4 * 2 ** (round % 20)));
      const into = new Uint32Array(5001);
      spreadVarints(encodeVarints(seqs, 0, seqs.length, true), encodeVarints(counts, 0, counts.length, false), seqs.length, into);
      const expected = new Uint32Array(5001);
      seqs.forEach((seq, k) => (expected[seq] = counts[k]!));
      assert.deepEqual(into, expected);
    }
  });
});
