import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type Database from 'better-sqlite3';
import { ChampionLists, ftsAverages } from './champions.js';
import { quote } from './fts.js';
import { addArticles, assertSameRanking, frequentKeys, fullScan, insertArticle, random } from './search-test-corpus.js';
import { openDatabase } from './open.js';

/** Small lists over a small corpus, so that every path (first build, tail, rewrites, merge) runs in a test. */
const LIMITS = { minDf: 120, size: 30, maxTail: 400, mergeShare: 0.01 };

/** Every frequent key: each answer the lists give must be the full scan's, scores included. */
function checkExact(db: Database.Database, lists: ChampionLists): { answered: number; keys: number } {
  const keys = frequentKeys(db, LIMITS.minDf);
  let answered = 0;
  for (const key of keys) {
    const hits = lists.topHits(key, 20);
    if (!hits) continue;
    answered++;
    assertSameRanking(hits, fullScan(db, quote(key), 20), key);
  }
  return { answered, keys: keys.length };
}

describe('champion lists', () => {
  let dir: string;
  let db: Database.Database;
  const next = random(42);
  const usual = (): number => 10 + Math.floor(next() * 60);

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'marsad-champions-'));
    db = openDatabase(path.join(dir, 'c.db'));
    addArticles(db, next, 1500, usual);
  });
  after(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('before the first build, nothing is answered from lists', () => {
    assert.equal(new ChampionLists(db, LIMITS).topHits('k0', 20), null);
  });

  test('after a build, every frequent word is answered with exactly the full scan’s results and scores', () => {
    const lists = new ChampionLists(db, LIMITS);
    const refresh = lists.refresh();
    assert.deepEqual([refresh.refreshed, refresh.full], [true, true]);
    assert.ok(refresh.terms >= 5, `${refresh.terms} frequent keys`);
    const r = checkExact(db, lists);
    assert.equal(r.answered, r.keys);
    assert.equal(lists.refresh().refreshed, false, 'nothing new: no refresh');
  });

  test('a word below the frequency threshold has no list: the caller scans', () => {
    const rare = (db.prepare('SELECT term FROM article_fts_vocab WHERE doc < ? ORDER BY doc DESC LIMIT 1').get(LIMITS.minDf) as { term: string }).term;
    assert.equal(new ChampionLists(db, LIMITS).topHits(rare, 20), null);
  });

  test('articles stored after the build are scored by FTS5 with the lists, and longer ones raise the floors', () => {
    const lists = new ChampionLists(db, LIMITS);
    const avgdlBefore = ftsAverages(db).avgdl;
    addArticles(db, next, 10, () => 200);
    addArticles(db, next, 5, usual);
    assert.ok(ftsAverages(db).avgdl > avgdlBefore);
    assert.ok(checkExact(db, lists).answered > 0);
  });

  test('a rewritten article sends queries to the scan until a refresh rebuilds the lists', () => {
    const lists = new ChampionLists(db, LIMITS);
    const seq = (db.prepare("SELECT article_seq FROM search_champions WHERE term = 'k0' LIMIT 1").get() as { article_seq: number }).article_seq;
    db.prepare('DELETE FROM article_fts WHERE rowid = ?').run(seq);
    db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(seq, 'k1 k1 k1 k3', 'k5 k1');
    lists.markChanged(seq);
    assert.equal(lists.topHits('k0', 20), null);
    const refresh = lists.refresh();
    assert.deepEqual([refresh.refreshed, refresh.full], [true, true]);
    const r = checkExact(db, lists);
    assert.equal(r.answered, r.keys);
  });

  test('a refresh after articles like the others merges them in, and answers stay exact', () => {
    const lists = new ChampionLists(db, LIMITS);
    const built = lists.builtSeq();
    addArticles(db, next, 40, usual);
    const refresh = lists.refresh();
    assert.deepEqual([refresh.refreshed, refresh.full], [true, false]);
    assert.ok(lists.builtSeq() > built);
    const r = checkExact(db, lists);
    // Not necessarily every one: the merged floors are bounds, no longer the first article left out.
    assert.ok(r.answered >= 0.8 * r.keys, `${r.answered} of ${r.keys}`);
  });

  test('a refresh after much longer articles rebuilds: merging would loosen the floors too much', () => {
    const lists = new ChampionLists(db, LIMITS);
    addArticles(db, next, 40, () => 300);
    const refresh = lists.refresh();
    assert.deepEqual([refresh.refreshed, refresh.full], [true, true]);
    const r = checkExact(db, lists);
    assert.equal(r.answered, r.keys);
  });

  test('too long a tail of unlisted articles sends queries to the scan', () => {
    const lists = new ChampionLists(db, LIMITS);
    addArticles(db, next, LIMITS.maxTail + 1, () => 10);
    assert.equal(lists.topHits('k0', 20), null);
  });
});

describe('ftsAverages', () => {
  test('reads FTS5’s own row count and average length', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marsad-averages-'));
    const db = openDatabase(path.join(dir, 'a.db'));
    try {
      assert.deepEqual(ftsAverages(db), { rows: 0, avgdl: 0 });
      insertArticle(db, 'a b', 'c d e f');
      // 150 body tokens: the column totals need two-byte varints.
      insertArticle(db, 'a', Array.from({ length: 150 }, (_, n) => `t${n}`).join(' '));
      const { rows, avgdl } = ftsAverages(db);
      assert.equal(rows, 2);
      assert.equal(avgdl, (6 + 151) / 2);
    } finally {
      db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
