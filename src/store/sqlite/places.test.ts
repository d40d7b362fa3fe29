import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type Database from 'better-sqlite3';
import { openDatabase } from './open.js';
import { dayNumber, NO_DAY, PlaceStore } from './places.js';

/** Articles at seqs that cross two block boundaries, with days, outlets and their absence. */
function insertAt(db: Database.Database, seq: number, day: string | null, outletKey: string | null): void {
  db.prepare(
    `INSERT INTO articles (seq, id, source, content_hash, title, day, outlet_key, body, extra, original, original_format, signature, shingle_count, ingested_at, updated_at)
     VALUES (?, ?, ?, '', '', ?, ?, '', '{}', x'', 'text', x'', 0, '', '')`,
  ).run(seq, `id${seq}`, `src${seq}`, day, outletKey);
}

describe('places', () => {
  let dir: string;
  let db: Database.Database;
  const articles: [number, string | null, string | null][] = [];

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'marsad-places-'));
    db = openDatabase(path.join(dir, 'p.db'));
    const outlets = ['الافق', 'المدار', null, 'الساحل'];
    for (const seq of [1, 2, 3, 65_534, 65_535, 65_536, 65_537, 131_071, 131_072, 140_000]) {
      const day = seq % 5 === 0 ? null : `2021-${String(1 + (seq % 12)).padStart(2, '0')}-${String(1 + (seq % 28)).padStart(2, '0')}`;
      articles.push([seq, day, outlets[seq % outlets.length]!]);
      insertAt(db, seq, day, outlets[seq % outlets.length]!);
    }
  });
  after(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  function assertTable(places: PlaceStore, upTo: number): void {
    const table = places.table(upTo);
    assert.equal(table.days.length, upTo + 1);
    const ids = new Map([...table.outletIds].map(([key, id]) => [id, key]));
    const stored = new Map(articles.map(([seq, day, outlet]) => [seq, { day, outlet }]));
    for (let seq = 0; seq <= upTo; seq++) {
      const article = stored.get(seq);
      assert.equal(table.days[seq], article?.day ? dayNumber(article.day) : NO_DAY, `day of ${seq}`);
      assert.equal(table.outlets[seq] === 0 ? null : ids.get(table.outlets[seq]!), article?.outlet ?? null, `outlet of ${seq}`);
    }
  }

  test('a day number orders as its YYYY-MM-DD string does, and only that form has one', () => {
    const days = ['2020-12-31', '2021-01-01', '2021-01-09', '2021-01-10', '2021-02-30', '2021-10-01', '0999-05-05', '2021-09-30'];
    for (const a of days) for (const b of days) assert.equal(Math.sign(dayNumber(a)! - dayNumber(b)!), a < b ? -1 : a > b ? 1 : 0, `${a} ${b}`);
    for (const bad of ['2021-1-01', '2021-01-01T10:00', '', '٢٠٢١-٠١-٠١']) assert.equal(dayNumber(bad), null, bad);
  });

  test('stored in one pass or in steps, across block boundaries, every seq reads back its day and outlet', () => {
    const whole = new PlaceStore(db);
    whole.store(0, 140_000);
    assertTable(whole, 140_000);
    const steps = new PlaceStore(db);
    steps.clear();
    for (const [after, upTo] of [[0, 2], [2, 65_535], [65_535, 65_536], [65_536, 131_072], [131_072, 140_000]] as const) steps.store(after, upTo);
    assertTable(steps, 140_000);
    assertTable(steps, 65_536);
  });
});
