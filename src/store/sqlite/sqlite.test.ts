import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { runStoreContract, FIXTURES, type FixtureArticle, preparedFromFixture } from '../contract.js';
import { lightStem } from '../../arabic/stem.js';
import type { Store } from '../store.js';
import { openSqliteStore } from './store.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openDatabase } from './open.js';
import { parseQuery } from '../../search/query.js';
import { STORIES_PER_KEY } from '../../cluster/stories.js';

const dir = mkdtempSync(path.join(tmpdir(), 'marsad-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract('sqlite (in memory)', () => openSqliteStore(':memory:'));
runStoreContract('sqlite (file, WAL)', () => openSqliteStore(path.join(dir, `contract-${n++}.db`)));

/** Puts a closed store's file back to what an older schema left on disk (`sql` drops what it lacked). */
function rewind(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

describe('sqlite store specifics', () => {
  it('checkpoints its write-ahead log every 64 MB, and leaves no log behind when closed', async () => {
    const file = path.join(dir, 'wal.db');
    const db = openDatabase(file);
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 16_384);
    db.close();
    const store = await openSqliteStore(file);
    await store.putBatch([preparedFromFixture(FIXTURES.bread)]);
    await store.close();
    const wal = `${file}-wal`;
    assert.equal(existsSync(wal) ? statSync(wal).size : 0, 0);
  });

  it('records its migrations and schema version, and reopens without migrating again', async () => {
    const file = path.join(dir, 'schema.db');
    const store = await openSqliteStore(file);
    await store.putBatch([preparedFromFixture(FIXTURES.bread)]);
    await store.close();
    const db = new Database(file, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const rows = db.prepare('SELECT version FROM migrations').all() as { version: number }[];
    assert.deepEqual(
      rows.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );
    db.close();
    const again = await openSqliteStore(file);
    assert.equal(await again.schemaVersion(), SCHEMA_VERSION);
    assert.equal((await again.counts()).articles, 1);
    await again.close();
  });

  it('brings a database of schema version 1 up to date, keeping its articles searchable', async () => {
    const file = path.join(dir, 'v1.db');
    const store = await openSqliteStore(file);
    await store.putBatch([preparedFromFixture(FIXTURES.bread)]);
    await store.close();
    // Back to what version 1 left on disk: no champion, postings or places tables, no record of migrations 2 to 4.
    rewind(
      file,
      'DROP TABLE search_champions; DROP TABLE search_champion_terms; DROP TABLE search_changed; DROP TABLE article_fts_vocab; DROP TABLE search_postings; DROP TABLE search_lengths; DROP TABLE search_places; DROP TABLE search_outlets; DELETE FROM migrations WHERE version > 1; PRAGMA user_version = 1;',
    );
    const again = await openSqliteStore(file);
    assert.equal(await again.schemaVersion(), SCHEMA_VERSION);
    assert.equal((await again.refreshSearch({ force: true })).refreshed, true);
    const word = preparedFromFixture(FIXTURES.bread).titleTokens.split(' ')[0]!;
    assert.equal((await again.search({ groups: [[word]], filters: { outlet: null, from: null, to: null, speaker: null, entity: null }, limit: 5 })).length, 1);
    await again.close();
  });

  it('rebuilds the lists of a version 2 database with their postings at the next refresh', async () => {
    const file = path.join(dir, 'v2.db');
    const store = await openSqliteStore(file);
    await store.putBatch([preparedFromFixture(FIXTURES.bread)]);
    await store.refreshSearch({ force: true });
    await store.close();
    // Version 2 on disk: lists built, no postings tables.
    rewind(file, 'DROP TABLE search_postings; DROP TABLE search_lengths; DROP TABLE search_places; DROP TABLE search_outlets; DELETE FROM migrations WHERE version > 2; PRAGMA user_version = 2;');
    const again = await openSqliteStore(file);
    assert.equal(await again.schemaVersion(), SCHEMA_VERSION);
    const refresh = await again.refreshSearch();
    assert.deepEqual([refresh.refreshed, refresh.full], [true, true], 'the migration forgets the old lists, so the first refresh builds everything');
    await again.close();
  });

  it('gives a version 3 database its places at the next refresh, and filters work', async () => {
    const file = path.join(dir, 'v3.db');
    const store = await openSqliteStore(file);
    await store.putBatch([FIXTURES.bread, FIXTURES.breadLater, FIXTURES.football].map(preparedFromFixture));
    await store.refreshSearch({ force: true });
    await store.close();
    // Version 3 on disk: lists and postings built, no places tables.
    rewind(file, "DROP TABLE search_places; DROP TABLE search_outlets; DELETE FROM meta WHERE key = 'places_built_seq'; DELETE FROM migrations WHERE version > 3; PRAGMA user_version = 3;");
    const again = await openSqliteStore(file);
    const refresh = await again.refreshSearch();
    // Migration 5 (keys rebuilt) forgets the lists too, so this refresh builds everything.
    assert.deepEqual([refresh.refreshed, refresh.full], [true, true]);
    assert.deepEqual([(await again.refreshSearch()).refreshed], [false], 'then nothing is due');
    const outletHits = await again.search({ groups: [['خبز']], filters: { outlet: 'الأفق', from: '2021-03-11', to: null, speaker: null, entity: null }, limit: 5 });
    assert.deepEqual(outletHits.map((h) => h.source), [FIXTURES.breadLater.source]);
    await again.close();
  });

  it('rebuilds the keys of a version 4 database with the hamza seat folded: old articles are found under either spelling, as in a new store', async () => {
    const seats: FixtureArticle = {
      source: 'https://ruya.example/politics/1',
      title: 'مسؤول في وزارة الشؤون الخارجية يرد على الانتقادات',
      body: 'قال وزير الشؤون الخارجية إن المسؤولين سيجتمعون غداً في مقر الهيئة لبحث حالة الطوارىء.\nوأضاف أن الرئيس سيحضر الاجتماع.',
      outlet: 'الرؤية',
      publishedAt: '2021-03-12T10:00',
      entities: [{ name: 'وزارة الشؤون الخارجية', type: 'organization', aliases: [], mentions: 2 }],
      statements: [{ speaker: { name: null, role: 'وزير الشؤون الخارجية' }, cue: 'قال', text: 'المسؤولين سيجتمعون غداً', direct: false, negated: false, date: null, sentence: 0 }],
    };
    // The copy first, then its older original, which supersedes it: the rebuild must count and
    // place that group as ingest did (the copy stored first was the document then).
    const articles = () => [...[FIXTURES.breadCopy, FIXTURES.bread, FIXTURES.floods].map(preparedFromFixture), preparedFromFixture(seats)];
    const fresh = path.join(dir, 'seats-fresh.db');
    const old = path.join(dir, 'seats-old.db');
    for (const file of [fresh, old]) {
      const store = await openSqliteStore(file);
      await store.putBatch(articles());
      await store.close();
    }
    // What version 4 left: keys in which ؤ and ئ had become و and ي, and stories summed from them.
    rewind(
      old,
      `DELETE FROM migrations WHERE version > 4; PRAGMA user_version = 4;
       UPDATE name_terms SET term = replace(term, 'ء', 'و'); UPDATE entities SET name_key = replace(name_key, 'ء', 'و');
       UPDATE articles SET outlet_key = replace(outlet_key, 'ء', 'و'); DELETE FROM article_bands; UPDATE articles SET signature = zeroblob(length(signature));
       DELETE FROM term_df; DELETE FROM story_keys; UPDATE stories SET summary = json_set(summary, '$.centroid', json('[]'));
       DELETE FROM article_fts;`,
    );
    const oldDb = new Database(old);
    const insertFts = oldDb.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
    for (const [i, article] of articles().entries()) insertFts.run(i + 1, article.titleTokens.replace(/ء/gu, 'و'), article.bodyTokens.replace(/ء/gu, 'و'));
    oldDb.close();

    const store = await openSqliteStore(old);
    const filters = { outlet: null, from: null, to: null, speaker: null, entity: null };
    for (const spelling of ['مسؤول', 'مسئول', 'الطوارئ', 'الطوارىء']) {
      const hits = await store.search({ groups: [[lightStem(spelling)]], filters, limit: 5 });
      assert.deepEqual(hits.map((h) => h.source), [seats.source], spelling);
    }
    const byOutlet = await store.search({ groups: [[lightStem('الرئيس')]], filters: { ...filters, outlet: 'الرءية' }, limit: 5 });
    assert.deepEqual(byOutlet.map((h) => h.source), [seats.source]);
    assert.equal((await store.timeline({ speaker: 'وزير الشئون الخارجية' })).length, 1);
    await store.close();

    // Every rebuilt key is the key a store built today has.
    const tables = [
      'SELECT seq, signature, shingle_count, outlet_key FROM articles ORDER BY seq',
      'SELECT * FROM article_bands ORDER BY band_key, article_seq',
      'SELECT * FROM name_terms ORDER BY term, kind, article_seq, idx',
      'SELECT article_seq, idx, name_key FROM entities ORDER BY article_seq, idx',
      'SELECT * FROM term_df ORDER BY term',
      "SELECT value FROM meta WHERE key = 'documents'",
      'SELECT id, size, first_day, last_day FROM stories ORDER BY id',
    ];
    const rebuilt = new Database(old, { readonly: true });
    const built = new Database(fresh, { readonly: true });
    for (const sql of tables) assert.deepEqual(rebuilt.prepare(sql).all(), built.prepare(sql).all(), sql);
    assert.ok((rebuilt.prepare('SELECT count(DISTINCT story_id) AS n FROM story_keys').get() as { n: number }).n >= 1);
    assert.equal((built.prepare("SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL").get() as { n: number }).n, 1, 'the fixture holds one superseded copy');
    rebuilt.close();
    built.close();
  });

  it('answers from lists and postings exactly what FTS5 answers, filters included', async () => {
    const file = path.join(dir, 'lists.db');
    // Every word in two articles or more gets a list of one and its postings; two articles come
    // after the refresh, so the tail is scored and filtered too.
    const listed = await openSqliteStore(file, { searchLists: { minDf: 2, size: 1, maxTail: 400, mergeShare: 0.01 } });
    await listed.putBatch([FIXTURES.bread, FIXTURES.breadCopy, FIXTURES.floods].map(preparedFromFixture));
    assert.ok((await listed.refreshSearch({ force: true })).terms > 5);
    await listed.putBatch([FIXTURES.breadLater, FIXTURES.football].map(preparedFromFixture));
    // The same file, its lists ignored (no tail is short enough for them): FTS5 answers everything.
    const scanned = await openSqliteStore(file, { searchLists: { minDf: 2, size: 1, maxTail: -1, mergeShare: 0.01 } });
    const noSet = await openSqliteStore(file, { searchLists: { minDf: 2, size: 1, maxTail: 400, mergeShare: 0.01 }, filterSetMax: 0 });
    const filters = [{}, { outlet: 'الافق' }, { outlet: 'لا أحد' }, { from: '2021-03-11' }, { to: '2021-03-10' }, { from: '2021-01-17', to: '2021-03-10' }, { outlet: 'المدار', from: '2021-03-10', to: '2021-05-07' }, { speaker: 'الخطيب' }, { entity: 'الأهلي' }, { speaker: 'الخطيب', outlet: 'الافق' }];
    let compared = 0;
    const compare = async (stores: Store[]): Promise<void> => {
      for (const text of ['الخبز', 'الحكومة الخبز', 'تيبازة', 'هدف', 'الخبز الأسعار', 'الحكومة', '"سعر الخبز"', '"الخبز" الحكومة', '"سعر الربطة" الوزارة']) {
        for (const filter of filters) {
          const query = { groups: parseQuery(text).groups, filters: { outlet: null, from: null, to: null, speaker: null, entity: null, ...filter }, limit: 10 };
          const theirs = await scanned.search(query);
          for (const ours of await Promise.all(stores.map((store) => store.search(query)))) {
            assert.deepEqual(ours.map((h) => h.id), theirs.map((h) => h.id), `${text} ${JSON.stringify(filter)}`);
            ours.forEach((h, i) => assert.ok(Math.abs(h.score - theirs[i]!.score) <= 1e-12 * Math.abs(h.score), `${text} ${JSON.stringify(filter)} at ${i}`));
            compared += ours.length;
          }
        }
      }
    };
    // Outlet and date filters from the places arrays (built articles) and SQL (the tail).
    await compare([listed, noSet]);
    // Places not current (a store of schema 3 before its next refresh): through a set of passing
    // articles, and (no set allowed) through FTS5's filtered scan.
    const db = new Database(file);
    db.prepare("DELETE FROM meta WHERE key = 'places_built_seq'").run();
    db.close();
    await compare([listed, noSet]);
    assert.ok(compared > 100, `${compared} hits compared`);
    await noSet.close();
    await scanned.close();
    await listed.close();
  });

  it('refuses a database from a newer schema', async () => {
    const file = path.join(dir, 'newer.db');
    await (await openSqliteStore(file)).close();
    const db = new Database(file);
    db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(SCHEMA_VERSION + 1, 'future', new Date().toISOString());
    db.close();
    await assert.rejects(openSqliteStore(file), /newer than this Marsad/u);
  });

  it('keeps statements and entities in their own queryable tables', async () => {
    const file = path.join(dir, 'tables.db');
    const store = await openSqliteStore(file);
    await store.putBatch([preparedFromFixture(FIXTURES.bread), preparedFromFixture(FIXTURES.breadLater)]);
    await store.close();
    const db = new Database(file, { readonly: true });
    const negated = db.prepare("SELECT text FROM statements WHERE negated = 1").all() as { text: string }[];
    assert.deepEqual(negated.map((r) => r.text), ['الوزارة لن ترفع سعر الربطة']);
    const persons = db.prepare("SELECT DISTINCT name FROM entities WHERE type = 'person'").all() as { name: string }[];
    assert.deepEqual(persons.map((r) => r.name), ['سامي الخطيب']);
    db.close();
  });
});

describe('sqlite store caches', () => {
  /**
   * The writer caches story summaries, document frequencies and each story key's recent stories.
   * A store reopened before every article starts each time with empty caches and reads everything
   * from its tables: both must place every article in the same story.
   */
  it('places articles the same with warm caches as with a reopened store per article', async () => {
    // Forty topics of made-up words, and two words every article uses often: their keys gather
    // more stories than the cap per key (STORIES_PER_KEY), so the cached lists are trimmed.
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
    const word = (): string => Array.from({ length: 5 }, () => letters[random(letters.length)]!).join('');
    const topics = Array.from({ length: 40 }, () => Array.from({ length: 6 }, word));
    const hubs = [word(), word()];
    const articles = Array.from({ length: 120 }, (_, i) => {
      const topic = topics[random(topics.length)]!;
      const words = Array.from({ length: 40 }, (_, k) => (k % 4 === 0 ? hubs[k % 8 === 0 ? 0 : 1]! : topic[random(topic.length)]!));
      return preparedFromFixture({
        source: `/cache-test/${i}.txt`,
        title: `${hubs[0]} ${topic[random(topic.length)]} ${topic[random(topic.length)]}`,
        body: `${words.slice(0, 20).join(' ')}.\n${words.slice(20).join(' ')}.`,
        outlet: null,
        // Nine days, more than a story's span: the warm store drops candidates past their days on
        // the days it remembers, the cold one on each story's row.
        publishedAt: `2025-03-${String(1 + (i % 9)).padStart(2, '0')}`,
      });
    });
    // Four summaries cached: the others are read back, or dropped on their remembered days.
    const warm = await openSqliteStore(path.join(dir, 'cache-warm.db'), { cachedStories: 4 });
    const warmStories: (string | null)[] = [];
    for (let i = 0; i < articles.length; i += 30) for (const o of await warm.putBatch(articles.slice(i, i + 30))) warmStories.push(o.storyId);
    await warm.close();
    const db = new Database(path.join(dir, 'cache-warm.db'), { readonly: true });
    const crowded = db.prepare('SELECT max(n) AS n FROM (SELECT count(*) AS n FROM story_keys GROUP BY key)').get() as { n: number };
    db.close();
    assert.ok(crowded.n > STORIES_PER_KEY, `the test needs a key with more than ${STORIES_PER_KEY} stories, the most is ${crowded.n}`);
    const coldFile = path.join(dir, 'cache-cold.db');
    const coldStories: (string | null)[] = [];
    for (const article of articles) {
      const cold = await openSqliteStore(coldFile);
      coldStories.push((await cold.putBatch([article]))[0]!.storyId);
      await cold.close();
    }
    assert.deepEqual(coldStories, warmStories);
    // Not all in one story and not all alone: the comparison covers joins and new stories.
    const distinct = new Set(warmStories).size;
    assert.ok(distinct > STORIES_PER_KEY && distinct < articles.length, `${distinct} stories`);
  });
});
