/**
 * Queries of several words where at least one is frequent, ranked from our own postings: the
 * articles that contain every word and their BM25 scores, computed with FTS5's arithmetic (same
 * idf, same average length, same operations in the same order), so the page is the one FTS5's
 * `ORDER BY bm25(...)` gives, to the last bit or one unit of rounding (doc/decisions.md §8).
 *
 * Why: FTS5 scores every article that matches and recounts each word's matches for its idf, so
 * two words found in a third of a 1M corpus cost 50–150 ms; decoding their postings, intersecting
 * them and scoring the intersection in JavaScript costs a few milliseconds.
 *
 * - A listed (frequent) word's articles up to the last refresh come from its postings.
 * - An unlisted word is rare: FTS5 returns its few matches with their bm25, from which its count in
 *   each is recovered as the champion lists do.
 * - Articles stored after the last refresh (the tail) that match every word are found by FTS5
 *   without scoring; their counts come from tokenizing their stored title and body with the
 *   function that built the index, checked against FTS5's record of their length. Beyond
 *   MAX_TAIL_MATCHES such articles, or on any disagreement, the caller scans with FTS5.
 */
import type Database from 'better-sqlite3';
import { searchTokens } from '../../arabic/stem.js';
import { bm25Idf, type ChampionHit, type ChampionLists, countsFromScores, ftsAverages, K1, lengthNorm, TITLE_WEIGHT } from './champions.js';
import { sqliteVarints } from './fts-records.js';
import { ftsMatch, quote } from './fts.js';
import type { TermPostings } from './postings.js';

/** Tail articles matching every word that are tokenized at query time; beyond this, FTS5 scans. */
const MAX_TAIL_MATCHES = 500;
/**
 * Which articles a filtered search keeps, asked of every match before it is scored: it must cost
 * next to nothing (a set of seqs, or the places arrays of places.ts).
 */
export type ArticleFilter = (seq: number) => boolean;

export class ConjunctionRanker {
  private readonly q;
  /** Arrays indexed by seq, one per word after the first, kept between queries (4 MB each at 1M articles). */
  private readonly spreads: Uint32Array[] = [];

  constructor(
    private readonly db: Database.Database,
    private readonly lists: ChampionLists,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.q = {
      maxSeq: p('SELECT coalesce(max(seq), 0) AS seq FROM articles'),
      scored: p(`SELECT rowid, bm25(article_fts, ${TITLE_WEIGHT}, 1) FROM article_fts WHERE article_fts MATCH ?`),
      countAfter: p('SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ? AND rowid > ?'),
      matchAfter: p('SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rowid > ?'),
      text: p('SELECT title, body FROM articles WHERE seq = ?'),
      docsize: p('SELECT sz FROM article_fts_docsize WHERE id = ?'),
    };
  }

  /**
   * The `limit` best articles containing every key, as FTS5 ranks them (ties by seq), or null when
   * the postings cannot answer: none of the keys is listed, the lists are stale (never built,
   * rewritten articles, too long a tail) or the tail disagrees with the index.
   */
  topHits(keys: readonly string[], limit: number, filter?: ArticleFilter): ChampionHit[] | null {
    const built = this.lists.builtSeq();
    if (built === 0 || keys.length === 0 || this.lists.hasChanges()) return null;
    const listedDf = keys.map((key) => this.lists.listedDf(key));
    if (listedDf.every((df) => df === null)) return null;
    const maxSeq = (this.q.maxSeq.get() as { seq: number }).seq;
    if (maxSeq - built > this.lists.maxTail) return null;
    const { rows, avgdl } = ftsAverages(this.db);
    const lengths = this.lists.postings.lengths(built);
    const lengthOf = (seq: number): number => lengths[seq]!;

    // Each word's articles up to the build: a listed word's from its postings, a rare word's from FTS5.
    const idf: number[] = [];
    const rareLists: (TermPostings | null)[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const df = listedDf[i];
      let count: number;
      if (df !== null && df !== undefined) {
        rareLists.push(null);
        sizes.push(df);
        count = df + (maxSeq > built ? (this.q.countAfter.get(quote(key), built) as { n: number }).n : 0);
      } else {
        const rare = this.rareWord(key, built, rows, avgdl, lengthOf);
        if (!rare) return null;
        rareLists.push(rare.list);
        sizes.push(rare.list.n);
        count = rare.count;
      }
      if (count === 0) return [];
      idf.push(bm25Idf(rows, count));
    }

    // The word with the fewest articles drives one pass; every other word's counts are spread over
    // an array indexed by seq, so testing an article is one read per word (a merge of sorted lists
    // mispredicts a branch at nearly every step: 12 ms for 300k against 447k articles).
    let driver = 0;
    for (let i = 1; i < keys.length; i++) if (sizes[i]! < sizes[driver]!) driver = i;
    const lead = rareLists[driver] ?? this.lists.postings.read(keys[driver]!);
    if (!lead || lead.n !== sizes[driver]) return null;
    const byWord: (Uint32Array | null)[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (i === driver) {
        byWord.push(null);
        continue;
      }
      const spread = this.scratch(byWord.length, built);
      const rare = rareLists[i];
      const spreadCount = rare ? spreadInto(spread, rare) : this.lists.postings.spread(keys[i]!, spread);
      if (spreadCount !== sizes[i]) return null;
      byWord.push(spread);
    }

    // The filter is asked before an article is scored; the page is kept as articles are scored.
    const best = new TopHits(limit);
    const counts = new Array<number>(keys.length);
    scan: for (let d = 0; d < lead.n; d++) {
      const seq = lead.seqs[d]!;
      if (filter && !filter(seq)) continue;
      for (let i = 0; i < keys.length; i++) {
        const count = i === driver ? lead.counts[d]! : byWord[i]![seq]!;
        if (count === 0) continue scan;
        counts[i] = count;
      }
      best.offer(seq, rankOf(counts, idf, lengths[seq]!, avgdl));
    }
    if (maxSeq > built && !this.scoreTail(keys, built, idf, avgdl, best, filter ?? (() => true))) return null;
    return best.sorted();
  }

  /** The `index`-th array indexed by seq, zeroed, covering seqs up to `built`. */
  private scratch(index: number, built: number): Uint32Array {
    let spread = this.spreads[index];
    if (!spread || spread.length !== built + 1) {
      spread = new Uint32Array(built + 1);
      this.spreads[index] = spread;
    } else spread.fill(0);
    return spread;
  }

  /**
   * A word without postings: its matches up to `built` with the count recovered from FTS5's own
   * score, and its count over the whole index (FTS5's idf). Null when a count cannot be recovered.
   */
  private rareWord(key: string, built: number, rows: number, avgdl: number, lengthOf: (seq: number) => number): { list: TermPostings; count: number } | null {
    const matches = this.q.scored.raw().all(quote(key)) as [number, number][];
    // Every match counts for the idf; the postings cover those up to the build (the tail is scored from its text).
    const list = countsFromScores(
      matches.filter(([seq]) => seq <= built),
      bm25Idf(rows, matches.length),
      avgdl,
      lengthOf,
    );
    return list ? { list, count: matches.length } : null;
  }


  /** Scores the tail's articles that contain every key and pass the filter into `best`; false when there are too many or one disagrees with the index. */
  private scoreTail(keys: readonly string[], built: number, idf: number[], avgdl: number, best: TopHits, accepts: ArticleFilter): boolean {
    const match = ftsMatch(keys.map((k) => [k]))!;
    const seqs = (this.q.matchAfter.raw().all(match, built) as [number][]).map(([seq]) => seq);
    if (seqs.length > MAX_TAIL_MATCHES) return false;
    const counts = new Array<number>(keys.length);
    for (const seq of seqs) {
      if (!accepts(seq)) continue;
      const row = this.q.text.get(seq) as { title: string; body: string } | undefined;
      const sz = this.q.docsize.get(seq) as { sz: Buffer } | undefined;
      if (!row || !sz) return false;
      const title = ftsTokens(searchTokens(row.title));
      const body = ftsTokens(searchTokens(row.body));
      const [titleSize, bodySize] = sqliteVarints(sz.sz);
      // The index was built from other text or by other code: only FTS5 knows this article's counts.
      if (title.length !== titleSize || body.length !== bodySize) return false;
      for (let i = 0; i < keys.length; i++) {
        const phrase = ftsTokens([keys[i]!]);
        counts[i] = TITLE_WEIGHT * occurrences(title, phrase) + occurrences(body, phrase);
        if (counts[i] === 0) return false;
      }
      best.offer(seq, rankOf(counts, idf, title.length + body.length, avgdl));
    }
    return true;
  }
}

/**
 * FTS5's bm25 for one article: the sum, in query order, of each word's idf times its factor,
 * negated (smaller is better), with FTS5's operations in its order so that the doubles are the same.
 */
function rankOf(counts: readonly number[], idf: readonly number[], len: number, avgdl: number): number {
  const c = lengthNorm(len, avgdl);
  let score = 0;
  for (let i = 0; i < counts.length; i++) score += idf[i]! * ((counts[i]! * (K1 + 1.0)) / (counts[i]! + c));
  return -1 * score;
}

/**
 * What FTS5's unicode61 tokenizer makes of our keys: it splits on every character outside its
 * default categories (L*, N*, Co), so a key like "62.5" is two index tokens, and a query key of that
 * kind is a phrase of them.
 */
function ftsTokens(keys: readonly string[]): string[] {
  return keys.flatMap((key) => (/^[\p{L}\p{N}\p{Co}]+$/u.test(key) ? [key] : key.split(/[^\p{L}\p{N}\p{Co}]+/u).filter((part) => part.length > 0)));
}

/** Where the phrase's tokens occur one after another (instances may overlap, as in FTS5). */
function occurrences(tokens: readonly string[], phrase: readonly string[]): number {
  let n = 0;
  next: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k]) continue next;
    n++;
  }
  return n;
}

/** Spreads a rare word's counts over `into` (indexed by seq), as a listed word's postings spread theirs. */
function spreadInto(into: Uint32Array, list: TermPostings): number {
  for (let k = 0; k < list.n; k++) into[list.seqs[k]!] = list.counts[k]!;
  return list.n;
}

/** The `limit` best of FTS5's `[seq, rank]` matches that `accepts` keeps, best first (ties by seq). */
export function topAccepted(matches: readonly (readonly [number, number])[], accepts: ArticleFilter, limit: number): ChampionHit[] {
  const best = new TopHits(limit);
  for (const [seq, rank] of matches) if (accepts(seq)) best.offer(seq, rank);
  return best.sorted();
}

/** The `limit` smallest ranks seen (ties by smaller seq), kept sorted: most offers fail one comparison. */
class TopHits {
  private readonly hits: ChampionHit[] = [];

  constructor(private readonly limit: number) {}

  offer(seq: number, rank: number): void {
    const hits = this.hits;
    if (this.limit <= 0) return;
    if (hits.length === this.limit) {
      const worst = hits[hits.length - 1]!;
      if (rank > worst.rank || (rank === worst.rank && seq > worst.seq)) return;
      hits.pop();
    }
    let at = hits.length;
    while (at > 0 && (hits[at - 1]!.rank > rank || (hits[at - 1]!.rank === rank && hits[at - 1]!.seq > seq))) at--;
    hits.splice(at, 0, { seq, rank });
  }

  sorted(): ChampionHit[] {
    return this.hits;
  }
}
