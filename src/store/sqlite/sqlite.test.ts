import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { runStoreContract, FIXTURES, preparedFromFixture } from '../contract.js';
import { openSqliteStore } from './store.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

const dir = mkdtempSync(path.join(tmpdir(), 'marsad-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract('sqlite (in memory)', () => openSqliteStore(':memory:'));
runStoreContract('sqlite (file, WAL)', () => openSqliteStore(path.join(dir, `contract-${n++}.db`)));

describe('sqlite store specifics', () => {
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
    // Back to what version 1 left on disk: no champion tables, no record of migration 2.
    const db = new Database(file);
    db.exec('DROP TABLE search_champions; DROP TABLE search_champion_terms; DROP TABLE search_changed; DROP TABLE article_fts_vocab; DELETE FROM migrations WHERE version > 1; PRAGMA user_version = 1;');
    db.close();
    const again = await openSqliteStore(file);
    assert.equal(await again.schemaVersion(), SCHEMA_VERSION);
    assert.equal((await again.refreshSearch({ force: true })).refreshed, true);
    const word = preparedFromFixture(FIXTURES.bread).titleTokens.split(' ')[0]!;
    assert.equal((await again.search({ groups: [[word]], filters: { outlet: null, from: null, to: null, speaker: null, entity: null }, limit: 5 })).length, 1);
    await again.close();
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
