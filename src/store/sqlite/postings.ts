/**
 * Our own postings for the frequent search keys: every article a key occurs in, with the key's
 * weighted count there, and every article's length, so that a query of several frequent words is
 * ranked in JavaScript with FTS5's own BM25 arithmetic (src/store/sqlite/conjunction.ts) instead of
 * FTS5 scoring every match and recounting every word's matches (doc/decisions.md §8).
 *
 * A key's postings are stored in rows of at most CHUNK articles: ascending article seqs as
 * differences in LEB128 varints (each row starts from 0, so rows decode on their own) and the
 * weighted counts as varints. Lengths are stored per block of SEQ_BLOCK articles (seq-blocks.ts) as 32-bit
 * little-endian integers, indexed by seq.
 *
 * The champion-list refresh (champions.ts) writes both from the same pass over each key's matches;
 * this module only stores and reads them.
 */
import type Database from 'better-sqlite3';
import { rowLength } from './fts-records.js';
import { blockSpans, bytesOf, SEQ_BLOCK, uint32sOf } from './seq-blocks.js';

/** Articles per stored row of a key's postings. */
const CHUNK = 65_536;

/** One key's postings: `n` articles in ascending seq order with the key's weighted count in each. */
export interface TermPostings {
  seqs: Uint32Array;
  counts: Uint32Array;
  n: number;
}

/** `values[start, end)` as LEB128 varints, each minus the one before it when `delta` (the first minus 0). */
export function encodeVarints(values: ArrayLike<number>, start: number, end: number, delta: boolean): Buffer {
  const out = Buffer.allocUnsafe((end - start) * 5);
  let at = 0;
  let previous = 0;
  for (let i = start; i < end; i++) {
    let v = delta ? values[i]! - previous : values[i]!;
    previous = values[i]!;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    out[at++] = v;
  }
  return Buffer.from(out.subarray(0, at));
}

/** Reads LEB128 varints one after another (small enough for V8 to inline in the decoding loops). */
class VarintReader {
  private at = 0;

  constructor(private readonly buf: Uint8Array) {}

  next(): number {
    let byte = this.buf[this.at++]!;
    let v = byte & 0x7f;
    let scale = 128;
    while (byte >= 0x80) {
      byte = this.buf[this.at++]!;
      v += (byte & 0x7f) * scale;
      scale *= 128;
    }
    return v;
  }
}

/** Decodes `n` varints from `buf` into `out` from `offset`, summing them when `delta`. */
export function decodeVarints(buf: Uint8Array, n: number, out: Uint32Array, offset: number, delta: boolean): void {
  const reader = new VarintReader(buf);
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const v = reader.next();
    previous = delta ? previous + v : v;
    out[offset + i] = previous;
  }
}

/** Decodes `n` seq differences and `n` counts together, writing each count at its seq in `into`. */
export function spreadVarints(seqBytes: Uint8Array, countBytes: Uint8Array, n: number, into: Uint32Array): void {
  const seqs = new VarintReader(seqBytes);
  const counts = new VarintReader(countBytes);
  let seq = 0;
  for (let i = 0; i < n; i++) {
    seq += seqs.next();
    into[seq] = counts.next();
  }
}

export class PostingStore {
  private readonly q;
  /** The lengths of the build `lengthsBuiltSeq`, once read. */
  private lengthTable: Uint32Array | null = null;
  private lengthsBuiltSeq = -1;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      insert: p('INSERT INTO search_postings (term, first_seq, n, seqs, counts) VALUES (?, ?, ?, ?, ?)'),
      chunks: p('SELECT n, seqs, counts FROM search_postings WHERE term = ? ORDER BY first_seq'),
      deleteTerm: p('DELETE FROM search_postings WHERE term = ?'),
      lengthBlock: p('SELECT lens FROM search_lengths WHERE block = ?'),
      putLengthBlock: p('INSERT INTO search_lengths (block, lens) VALUES (?, ?) ON CONFLICT (block) DO UPDATE SET lens = excluded.lens'),
      docsizes: p('SELECT id, sz FROM article_fts_docsize WHERE id > ? AND id <= ?'),
    };
  }

  /** Forgets every key's postings and every length (a full rebuild follows). */
  clear(): void {
    this.db.exec('DELETE FROM search_postings; DELETE FROM search_lengths;');
    this.lengthTable = null;
  }

  deleteTerm(term: string): void {
    this.q.deleteTerm.run(term);
  }

  /** Adds `n` articles to a key's postings; their seqs must all be above those already stored. */
  append(term: string, seqs: ArrayLike<number>, counts: ArrayLike<number>, n: number): void {
    for (let start = 0; start < n; start += CHUNK) {
      const end = Math.min(n, start + CHUNK);
      this.q.insert.run(term, seqs[start]!, end - start, encodeVarints(seqs, start, end, true), encodeVarints(counts, start, end, false));
    }
  }

  /** A key's postings, or null when it has none. */
  read(term: string): TermPostings | null {
    const rows = this.q.chunks.all(term) as { n: number; seqs: Buffer; counts: Buffer }[];
    if (rows.length === 0) return null;
    const n = rows.reduce((sum, r) => sum + r.n, 0);
    const seqs = new Uint32Array(n);
    const counts = new Uint32Array(n);
    let offset = 0;
    for (const row of rows) {
      decodeVarints(row.seqs, row.n, seqs, offset, true);
      decodeVarints(row.counts, row.n, counts, offset, false);
      offset += row.n;
    }
    return { seqs, counts, n };
  }

  /**
   * Writes a key's weighted counts into `into` at each of its articles' seqs (without building its
   * list) and returns how many articles it has; 0 when it has no postings.
   */
  spread(term: string, into: Uint32Array): number {
    let n = 0;
    for (const row of this.q.chunks.all(term) as { n: number; seqs: Buffer; counts: Buffer }[]) {
      spreadVarints(row.seqs, row.counts, row.n, into);
      n += row.n;
    }
    return n;
  }

  /**
   * Reads the lengths (tokens over all columns, from FTS5's own record) of articles after `after`
   * up to `upTo`, stores them, and returns them indexed by seq − after − 1.
   */
  storeLengths(after: number, upTo: number): Uint32Array {
    const lengths = new Uint32Array(Math.max(0, upTo - after));
    for (const [id, sz] of this.q.docsizes.raw().iterate(after, upTo) as Iterable<[number, Buffer]>) lengths[id - after - 1] = rowLength(sz);
    for (const { block, first, from, to } of blockSpans(after, upTo)) {
      const out = this.readLengthBlock(block) ?? new Uint32Array(SEQ_BLOCK);
      for (let seq = from; seq <= to; seq++) out[seq - first] = lengths[seq - after - 1]!;
      this.q.putLengthBlock.run(block, bytesOf(out));
    }
    this.lengthTable = null;
    return lengths;
  }

  /**
   * Every listed article's length, indexed by seq (0 for a seq never stored), read once per build:
   * scoring a large intersection reads one length per article.
   */
  lengths(builtSeq: number): Uint32Array {
    if (builtSeq === this.lengthsBuiltSeq && this.lengthTable) return this.lengthTable;
    const table = new Uint32Array(builtSeq + 1);
    for (const { block, first, to } of blockSpans(-1, builtSeq)) {
      const stored = this.readLengthBlock(block);
      if (stored) table.set(stored.subarray(0, to - first + 1), first);
    }
    this.lengthTable = table;
    this.lengthsBuiltSeq = builtSeq;
    return table;
  }

  private readLengthBlock(block: number): Uint32Array | null {
    const row = this.q.lengthBlock.get(block) as { lens: Buffer } | undefined;
    return row ? uint32sOf(row.lens) : null;
  }
}
