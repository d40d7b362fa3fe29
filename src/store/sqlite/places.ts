/**
 * Every listed article's outlet and day, in arrays indexed by seq, so that a search filtered by
 * outlet or date range tests an article with two array reads instead of reading its row.
 *
 * Why: a broad filter (a month, an outlet: tens of thousands of articles at 1M) is too large to
 * read into a set of seqs for each query, and asking SQL about the best matches one by one cost up
 * to 3,000 row reads per query (filtered p95 74–123 ms at 1M, doc/decisions.md §8). The arrays
 * cost 8 bytes per article (8 MB at 1M), stored in blocks like the lengths (postings.ts) and
 * written by the same refresh, so they cover exactly the articles the postings cover.
 *
 * A day 'YYYY-MM-DD' is kept as the number YYYYMMDD, which orders exactly as the string does (the
 * SQL filter compares strings); an article without a day is NO_DAY and fails every date bound, as
 * NULL does in SQL. Outlets are kept as small ids of their `outlet_key`, 0 for none.
 */
import type Database from 'better-sqlite3';
import { blockSpans, bytesOf, int32sOf, SEQ_BLOCK, uint32sOf } from './seq-blocks.js';

/** The day of an article that has none. */
export const NO_DAY = -1;
/** Above this share of the corpus, reading the rows through the (outlet, day) index beats reading them by seq (each row's page also holds its body). */
const INDEX_SCAN_SHARE = 0.2;

/** `YYYY-MM-DD` → YYYYMMDD, or null for anything else. */
export function dayNumber(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  return match ? Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]) : null;
}

export interface PlaceTable {
  /** Day numbers by seq (NO_DAY when none or never stored). */
  days: Int32Array;
  /** Outlet ids by seq (0 when none or never stored). */
  outlets: Uint32Array;
  /** Outlet key → id. */
  outletIds: Map<string, number>;
}

export class PlaceStore {
  private readonly q;
  private cached: PlaceTable | null = null;
  private cachedBuiltSeq = -1;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      bySeq: p('SELECT seq, day, outlet_key FROM articles WHERE seq > ? AND seq <= ?'),
      byIndex: p('SELECT seq, day, outlet_key FROM articles INDEXED BY articles_outlet_day WHERE seq > ? AND seq <= ?'),
      outlets: p('SELECT id, key FROM search_outlets'),
      addOutlet: p('INSERT INTO search_outlets (id, key) VALUES (?, ?)'),
      block: p('SELECT days, outlets FROM search_places WHERE block = ?'),
      putBlock: p('INSERT INTO search_places (block, days, outlets) VALUES (?, ?, ?) ON CONFLICT (block) DO UPDATE SET days = excluded.days, outlets = excluded.outlets'),
    };
  }

  /** Forgets every stored place and outlet id (a full rebuild follows). */
  clear(): void {
    this.db.exec('DELETE FROM search_places; DELETE FROM search_outlets;');
    this.cached = null;
  }

  /** Stores the places of the articles after `after` up to `upTo` (seqs never stored keep NO_DAY and 0). */
  store(after: number, upTo: number): void {
    if (upTo <= after) return;
    const outletIds = this.outletIds();
    const days = new Int32Array(upTo - after).fill(NO_DAY);
    const outlets = new Uint32Array(upTo - after);
    const added: [number, string][] = [];
    const rows = upTo - after > INDEX_SCAN_SHARE * upTo ? this.q.byIndex : this.q.bySeq;
    for (const [seq, day, outletKey] of rows.raw().iterate(after, upTo) as Iterable<[number, string | null, string | null]>) {
      if (day !== null) days[seq - after - 1] = dayNumber(day) ?? NO_DAY;
      if (outletKey !== null) {
        let id = outletIds.get(outletKey);
        if (id === undefined) {
          id = outletIds.size + 1;
          outletIds.set(outletKey, id);
          added.push([id, outletKey]);
        }
        outlets[seq - after - 1] = id;
      }
    }
    // Written after the read: the connection cannot write while a statement iterates.
    for (const [id, key] of added) this.q.addOutlet.run(id, key);
    for (const { block, first, from, to } of blockSpans(after, upTo)) {
      const stored = this.readBlock(block) ?? { days: new Int32Array(SEQ_BLOCK).fill(NO_DAY), outlets: new Uint32Array(SEQ_BLOCK) };
      for (let seq = from; seq <= to; seq++) {
        stored.days[seq - first] = days[seq - after - 1]!;
        stored.outlets[seq - first] = outlets[seq - after - 1]!;
      }
      this.q.putBlock.run(block, bytesOf(stored.days), bytesOf(stored.outlets));
    }
    this.cached = null;
  }

  /** The places of every article up to `builtSeq`, read once per build. */
  table(builtSeq: number): PlaceTable {
    if (this.cached && this.cachedBuiltSeq === builtSeq) return this.cached;
    const days = new Int32Array(builtSeq + 1).fill(NO_DAY);
    const outlets = new Uint32Array(builtSeq + 1);
    for (const { block, first, to } of blockSpans(-1, builtSeq)) {
      const stored = this.readBlock(block);
      if (!stored) continue;
      days.set(stored.days.subarray(0, to - first + 1), first);
      outlets.set(stored.outlets.subarray(0, to - first + 1), first);
    }
    this.cached = { days, outlets, outletIds: this.outletIds() };
    this.cachedBuiltSeq = builtSeq;
    return this.cached;
  }

  private outletIds(): Map<string, number> {
    return new Map((this.q.outlets.all() as { id: number; key: string }[]).map((r) => [r.key, r.id]));
  }

  private readBlock(block: number): { days: Int32Array; outlets: Uint32Array } | null {
    const row = this.q.block.get(block) as { days: Buffer; outlets: Buffer } | undefined;
    return row ? { days: int32sOf(row.days), outlets: uint32sOf(row.outlets) } : null;
  }
}
