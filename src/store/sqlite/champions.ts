/**
 * Champion lists: for each frequent search key, the articles where it weighs most, so that a
 * search for one frequent word reads a few hundred stored rows instead of scoring every match, and
 * still returns exactly the articles, in the order and with the scores, that FTS5's BM25 gives
 * (doc/decisions.md §8).
 *
 * FTS5's bm25 for one key is idf × g, with g = f·(k1+1) / (f + k1·(1 − b + b·D/avgdl)), where f
 * is the key's weighted count in the article (title counts TITLE_WEIGHT) and D the article's length
 * in tokens. A list keeps, for its CHAMPION_SIZE best articles, f and D, so that their scores can be
 * recomputed exactly as the corpus (idf, avgdl) changes; `floorG` bounds g for every article left
 * out. When the `limit`-th best listed article beats that bound, no article outside the list can
 * enter the results. When it does not, the caller scans.
 *
 * Articles stored after the lists were built (the tail) are scored by FTS5 itself and counted into
 * the key's document frequency; old articles' g grows when the average length grows (g is at most
 * proportional to avgdl), so the floor is raised by avgdlNow / avgdlBuilt when that exceeds 1.
 * Rewritten articles (`search_changed`) send every query to the scan until the next refresh.
 * `refresh` rebuilds the lists from scratch the first time, merges the tail in afterwards, and
 * rebuilds again when merges have loosened the floors. The same pass over each key's matches
 * writes the key's postings (every match with its f, postings.ts), which rank several words
 * (conjunction.ts) and one word whose list cannot prove its page.
 */
import type Database from 'better-sqlite3';
import type { SearchRefresh } from '../types.js';
import { quote } from './fts.js';
import { sqliteVarints } from './fts-records.js';
import { type PlaceTable, PlaceStore } from './places.js';
import { PostingStore, type TermPostings } from './postings.js';

/** A key must match at least this many articles to get a list: below it FTS5 scores every match in a few milliseconds. */
export const CHAMPION_MIN_DF = 3000;
/** Articles kept per key: well above the 60 that a folded page of 20 results asks for. */
export const CHAMPION_SIZE = 300;
/** The column weights the search ranks with (title, body): the lists must be built with the same. */
export const TITLE_WEIGHT = 3;
/** FTS5's bm25 constants (fts5_aux.c). */
export const K1 = 1.2;
const B = 0.75;
/** Relative slack on the bound for floating-point rounding. */
const ROUNDING_SLACK = 1e-9;
/** Beyond this many unlisted new articles, scoring them costs more than the scan saves. */
const MAX_TAIL = 50_000;
/** A merge is due when the tail reaches this share of the corpus (a merge costs about one pass over each key's matches). */
const MERGE_SHARE = 0.01;
/** Merges stop once they have raised the floors by this factor: the next refresh scores everything again. */
const MAX_INFLATION = 1.02;

export interface ChampionHit {
  seq: number;
  /** bm25 as FTS5 returns it (negative; smaller is better). */
  rank: number;
}

/** A listed article: the key's weighted count in it and its length, which give its score under any statistics. */
interface Member {
  seq: number;
  f: number;
  len: number;
}

interface TermRow {
  term: string;
  df: number;
  floor_g: number;
}

/** How large the lists are and when they are used and refreshed (the defaults are the constants above; tests use small ones). */
export interface ChampionLimits {
  minDf: number;
  size: number;
  maxTail: number;
  mergeShare: number;
}

export const DEFAULT_CHAMPION_LIMITS: ChampionLimits = { minDf: CHAMPION_MIN_DF, size: CHAMPION_SIZE, maxTail: MAX_TAIL, mergeShare: MERGE_SHARE };

/** FTS5's idf: never zero or negative, so that a word in most articles still ranks by its count. */
export function bm25Idf(rows: number, df: number): number {
  const idf = Math.log((rows - df + 0.5) / (df + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/** FTS5's per-key factor g, with its operations in FTS5's order so that the doubles are the same. */
export function bm25Factor(f: number, len: number, avgdl: number): number {
  return (f * (K1 + 1.0)) / (f + lengthNorm(len, avgdl));
}

/** The part of g's denominator that depends on the article's length only: k1·(1 − b + b·D/avgdl). */
export function lengthNorm(len: number, avgdl: number): number {
  return K1 * (1 - B + (B * len) / avgdl);
}

/** The article count and average length (tokens over all columns) FTS5 scores with, from its averages record. */
export function ftsAverages(db: Database.Database): { rows: number; avgdl: number } {
  const row = db.prepare('SELECT block FROM article_fts_data WHERE id = 1').get() as { block: Buffer } | undefined;
  if (!row || row.block.length === 0) return { rows: 0, avgdl: 0 };
  // The record is the row count, then each column's total token count, as varints.
  const [rows, ...columns] = sqliteVarints(row.block);
  const tokens = columns.reduce((sum, n) => sum + n, 0);
  return { rows: rows ?? 0, avgdl: rows ? tokens / rows : 0 };
}

export class ChampionLists {
  private readonly q;
  /** Every match of each listed key, written by the same refresh (postings.ts). */
  readonly postings: PostingStore;
  /** Every listed article's outlet and day, written by the same refresh (places.ts). */
  private readonly placeStore: PlaceStore;

  constructor(
    private readonly db: Database.Database,
    private readonly limits: ChampionLimits = DEFAULT_CHAMPION_LIMITS,
  ) {
    this.postings = new PostingStore(db);
    this.placeStore = new PlaceStore(db);
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      term: p('SELECT term, df, floor_g FROM search_champion_terms WHERE term = ?'),
      members: p('SELECT article_seq AS seq, f, len FROM search_champions WHERE term = ?'),
      anyChanged: p('SELECT 1 FROM search_changed LIMIT 1'),
      markChanged: p('INSERT OR IGNORE INTO search_changed (article_seq) VALUES (?)'),
      getMeta: p('SELECT value FROM meta WHERE key = ?'),
      setMeta: p('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      maxSeq: p('SELECT coalesce(max(seq), 0) AS seq FROM articles'),
      tail: p(`SELECT rowid AS seq, bm25(article_fts, ${TITLE_WEIGHT}, 1) AS rank FROM article_fts WHERE article_fts MATCH ? AND rowid > ?`),
      // What a refresh runs once per frequent key: prepared once here rather than once per key.
      frequent: p('SELECT term, doc FROM article_fts_vocab WHERE doc >= ?'),
      listed: p('SELECT term, df, floor_g FROM search_champion_terms'),
      deleteMembers: p('DELETE FROM search_champions WHERE term = ?'),
      deleteTerm: p('DELETE FROM search_champion_terms WHERE term = ?'),
      insertMember: p('INSERT INTO search_champions (term, article_seq, f, len) VALUES (?, ?, ?, ?)'),
      upsertTerm: p('INSERT INTO search_champion_terms (term, df, floor_g) VALUES (?, ?, ?) ON CONFLICT (term) DO UPDATE SET df = excluded.df, floor_g = excluded.floor_g'),
    };
  }

  /** An article rewritten in place: queries scan until the next refresh, which rebuilds. */
  markChanged(seq: number): void {
    if (this.builtSeq() > 0) this.q.markChanged.run(seq);
  }

  /** The highest article seq the lists cover (0: never built). */
  builtSeq(): number {
    return this.meta('champions_built_seq', 0);
  }

  /**
   * The `limit` best articles for a one-key query, exactly as the scan ranks them, or null when the
   * lists cannot prove them (no list for the key, rewritten articles, too long a tail, bound not met).
   */
  topHits(key: string, limit: number): ChampionHit[] | null {
    const built = this.builtSeq();
    if (built === 0 || this.hasChanges()) return null;
    const term = this.q.term.get(key) as TermRow | undefined;
    if (!term) return null;
    const maxSeq = (this.q.maxSeq.get() as { seq: number }).seq;
    if (maxSeq - built > this.limits.maxTail) return null;
    const { rows, avgdl } = ftsAverages(this.db);
    const tail = maxSeq > built ? (this.q.tail.all(quote(key), built) as ChampionHit[]) : [];
    const idf = bm25Idf(rows, term.df + tail.length);
    const hits: ChampionHit[] = (this.q.members.all(key) as Member[]).map((m) => ({ seq: m.seq, rank: -idf * bm25Factor(m.f, m.len, avgdl) }));
    hits.push(...tail);
    if (hits.length < limit) return null;
    hits.sort((a, b) => a.rank - b.rank || a.seq - b.seq);
    const floor = term.floor_g * Math.max(1, avgdl / this.meta('champions_avgdl', avgdl));
    // Strictly better than anything outside the list could be, with slack for rounding.
    if (-hits[limit - 1]!.rank <= idf * floor * (1 + ROUNDING_SLACK)) return null;
    return hits.slice(0, limit);
  }

  /**
   * Brings the lists up to date when forced or due: never built, or the tail reached mergeShare
   * of the corpus. Merging scores only the tail; a full build (the first, a forced one, after
   * rewrites, or once merges raised the floors by MAX_INFLATION) scores every match of every
   * frequent key again.
   */
  refresh(force = false): SearchRefresh {
    const started = performance.now();
    const built = this.builtSeq();
    const maxSeq = (this.q.maxSeq.get() as { seq: number }).seq;
    const changed = this.hasChanges();
    // A store whose lists were built before places existed (schema 4) gets them without a merge.
    const placesDue = built > 0 && this.meta('places_built_seq', 0) !== built;
    if (!force && built > 0 && !changed && maxSeq - built < this.limits.mergeShare * maxSeq) {
      if (!placesDue) return { refreshed: false, full: false, terms: 0, articles: 0, seconds: 0 };
      this.db.transaction(() => this.storePlaces(0, built))();
      return { refreshed: true, full: false, terms: 0, articles: 0, seconds: (performance.now() - started) / 1000 };
    }
    const { rows, avgdl } = ftsAverages(this.db);
    const drift = built === 0 ? 1 : Math.max(1, avgdl / this.meta('champions_avgdl', avgdl));
    const inflation = this.meta('champions_inflation', 1) * drift;
    const full = force || built === 0 || changed || inflation > MAX_INFLATION;
    let terms = 0;
    this.db.transaction(() => {
      terms = full ? this.rebuildAll(rows, avgdl, maxSeq) : this.mergeTail(built, maxSeq, rows, avgdl, drift);
      this.storePlaces(full || placesDue ? 0 : built, maxSeq);
      this.db.exec('DELETE FROM search_changed');
      this.q.setMeta.run('champions_avgdl', String(avgdl));
      this.q.setMeta.run('champions_inflation', String(full ? 1 : inflation));
      this.q.setMeta.run('champions_built_seq', String(maxSeq));
    })();
    return { refreshed: true, full, terms, articles: terms * this.limits.size, seconds: (performance.now() - started) / 1000 };
  }

  /**
   * The outlet and day of every article up to the last refresh, with that refresh's last seq, or
   * null when they are not current (never built, built before schema 4, or articles rewritten since)
   * or the tail, whose rows are asked one by one, is longer than the lists answer for.
   */
  places(): { table: PlaceTable; builtSeq: number } | null {
    const built = this.builtSeq();
    if (built === 0 || this.meta('places_built_seq', 0) !== built || this.hasChanges()) return null;
    if ((this.q.maxSeq.get() as { seq: number }).seq - built > this.limits.maxTail) return null;
    return { table: this.placeStore.table(built), builtSeq: built };
  }

  /** Stores the places after `after` (all of them, afresh, from 0) up to `upTo`, and records how far they go. */
  private storePlaces(after: number, upTo: number): void {
    if (after === 0) this.placeStore.clear();
    this.placeStore.store(after, upTo);
    this.q.setMeta.run('places_built_seq', String(upTo));
  }

  /** Whether an article was rewritten since the last refresh (then only the scan is exact). */
  hasChanges(): boolean {
    return this.q.anyChanged.get() !== undefined;
  }

  /** A frequent key's document count when the lists were last refreshed, or null when it has no list (nor postings). */
  listedDf(key: string): number | null {
    return (this.q.term.get(key) as TermRow | undefined)?.df ?? null;
  }

  /** How many articles may be stored after the last refresh before the lists stop answering. */
  get maxTail(): number {
    return this.limits.maxTail;
  }

  private rebuildAll(rows: number, avgdl: number, maxSeq: number): number {
    this.db.exec('DELETE FROM search_champions; DELETE FROM search_champion_terms;');
    this.postings.clear();
    const lengths = this.postings.storeLengths(0, maxSeq);
    const frequent = this.q.frequent.all(this.limits.minDf) as { term: string; doc: number }[];
    let terms = 0;
    for (const { term } of frequent) {
      const scored = this.scoreMatches(term, 0, 0, rows, avgdl, (seq) => lengths[seq - 1]!);
      // One more than the list holds: the first article left out bounds every article left out.
      if (!scored || scored.n <= this.limits.size) continue;
      this.postings.append(term, scored.seqs, scored.counts, scored.n);
      this.store(term, scored.n, bestOf(scored, this.limits.size + 1), 0);
      terms++;
    }
    return terms;
  }

  private mergeTail(built: number, maxSeq: number, rows: number, avgdl: number, drift: number): number {
    const lengths = this.postings.storeLengths(built, maxSeq);
    const listed = this.q.listed.all() as TermRow[];
    for (const term of listed) {
      const fresh = this.scoreMatches(term.term, built, term.df, rows, avgdl, (seq) => lengths[seq - built - 1]!);
      if (!fresh) {
        // The index disagrees with what the list assumed: drop the list and postings (queries scan) rather than guess.
        this.q.deleteMembers.run(term.term);
        this.q.deleteTerm.run(term.term);
        this.postings.deleteTerm(term.term);
        continue;
      }
      this.postings.append(term.term, fresh.seqs, fresh.counts, fresh.n);
      const old = (this.q.members.all(term.term) as Member[]).map((m) => ({ ...m, g: bm25Factor(m.f, m.len, avgdl) }));
      this.store(term.term, term.df + fresh.n, [...old, ...bestOf(fresh, this.limits.size + 1)], term.floor_g * drift);
    }
    return listed.length;
  }

  /**
   * Every match of the key after `after`, in seq order, with its weighted count f recovered from
   * FTS5's own score and the article's length (and g, its BM25 factor); `dfBefore` is the key's
   * count up to `after`, for the idf FTS5 scored with. Null when a recovered count does not
   * reproduce FTS5's score, or the matches are not in seq order, which would make the lists'
   * arithmetic wrong.
   */
  private scoreMatches(term: string, after: number, dfBefore: number, rows: number, avgdl: number, lengthOf: (seq: number) => number): ScoredMatches | null {
    const matches = this.q.tail.raw().all(quote(term), after) as [number, number][];
    return countsFromScores(matches, bm25Idf(rows, dfBefore + matches.length), avgdl, lengthOf);
  }


  /** Keeps the best `size` of `pool`; what is left out raises the floor. */
  private store(term: string, df: number, pool: (Member & { g: number })[], floor: number): void {
    pool.sort((a, b) => b.g - a.g || a.seq - b.seq);
    const size = this.limits.size;
    if (pool.length > size) floor = Math.max(floor, pool[size]!.g);
    this.q.deleteMembers.run(term);
    for (const m of pool.slice(0, size)) this.q.insertMember.run(term, m.seq, m.f, m.len);
    this.q.upsertTerm.run(term, df, floor);
  }

  private meta(key: string, fallback: number): number {
    const row = this.q.getMeta.get(key) as { value: string } | undefined;
    return row ? Number(row.value) : fallback;
  }
}

/** A key's matches with what FTS5 scored them from: seq, weighted count, length and BM25 factor of each. */
export interface ScoredMatches extends TermPostings {
  lens: Uint32Array;
  g: Float64Array;
}

/**
 * FTS5's scores of one key's matches, `[seq, rank]` in seq order, turned back into the key's
 * weighted count f in each (with the article's length and g), given the idf FTS5 scored with.
 * Null when the matches are not in seq order or a recovered count does not reproduce FTS5's score,
 * which would make any arithmetic built on them wrong.
 */
export function countsFromScores(matches: readonly (readonly [number, number])[], idf: number, avgdl: number, lengthOf: (seq: number) => number): ScoredMatches | null {
  const n = matches.length;
  const seqs = new Uint32Array(n);
  const counts = new Uint32Array(n);
  const lens = new Uint32Array(n);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [seq, rank] = matches[i]!;
    if (i > 0 && seq <= seqs[i - 1]!) return null;
    const len = lengthOf(seq);
    const gi = -rank / idf;
    const f = recoverCount(gi, len, avgdl);
    if (f === null) return null;
    seqs[i] = seq;
    counts[i] = f;
    lens[i] = len;
    g[i] = gi;
  }
  return { seqs, counts, lens, g, n };
}

/**
 * The weighted count f behind a BM25 factor g: g = f·(k1+1)/(f + c) solved for f, rounded (counts
 * are whole multiples of the column weights), or null when that count does not give g back.
 */
function recoverCount(g: number, len: number, avgdl: number): number | null {
  const c = lengthNorm(len, avgdl);
  const f = Math.round((g * c) / (K1 + 1 - g));
  return Math.abs(bm25Factor(f, len, avgdl) - g) > g * ROUNDING_SLACK ? null : f;
}

/** The `k` matches with the largest g (ties by seq), best first. */
function bestOf(scored: ScoredMatches, k: number): (Member & { g: number })[] {
  const { g, n } = scored;
  let cut = -Infinity;
  if (n > k) {
    const sorted = Float64Array.from(g.subarray(0, n)).sort();
    cut = sorted[n - k]!;
  }
  const out: (Member & { g: number })[] = [];
  for (let i = 0; i < n; i++) if (g[i]! >= cut) out.push({ seq: scored.seqs[i]!, f: scored.counts[i]!, len: scored.lens[i]!, g: g[i]! });
  out.sort((a, b) => b.g - a.g || a.seq - b.seq);
  return out.slice(0, k);
}
