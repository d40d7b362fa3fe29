/**
 * The embedded store on SQLite (better-sqlite3). See ../store.ts for the contract; this file is the
 * SQL behind it. One `putBatch` is one IMMEDIATE transaction: a failure anywhere (a constraint, a
 * full disk) rolls the whole batch back and clears the in-memory caches that mirror it.
 */
import type Database from 'better-sqlite3';
import { InputError } from '../../core/errors.js';
import type { Entity, Statement } from '../../core/types.js';
import { decodeSignature, encodeSignature, LSH_BANDS, lshBandKeys } from '../../cluster/minhash.js';
import type { Fingerprint } from '../../cluster/duplicates.js';
import { dayOf as epochDay, deserializeStory, isoDayOf, type IdfSource, MAX_CANDIDATES, serializeStory, STORIES_PER_KEY, storyAcceptsDay, type StorySummary } from '../../cluster/stories.js';
import { assignArticle, type ClusterLookup } from '../assign.js';
import { bandKeyNumber } from '../band-key.js';
import { analysisNameTerms, nameKey, nameMatches, nameTerms, queryNameWords, speakerNameFits } from '../names.js';
import { articleIdFor, type Store } from '../store.js';
import type {
  ArticleRef,
  EntityRow,
  PreparedArticle,
  PutOutcome,
  SearchFilters,
  SearchRefresh,
  StatementPage,
  StatementPageQuery,
  StatementRow as ExportedStatement,
  StoreCounts,
  StoredArticle,
  StoreSearchHit,
  StoreSearchQuery,
  StoryView,
  TimelineEntry,
  TimelineQuery,
} from '../types.js';
import { openDatabase } from './open.js';
import { SCHEMA_VERSION } from './migrations.js';
import { type ChampionLimits, ChampionLists, DEFAULT_CHAMPION_LIMITS, TITLE_WEIGHT } from './champions.js';
import { type ArticleFilter, ConjunctionRanker, topAccepted } from './conjunction.js';
import { ftsMatch } from './fts.js';
import { dayNumber, NO_DAY } from './places.js';

/** At most this many stored articles per LSH bucket are compared with a new one (the earliest: originals come first). */
const CANDIDATES_PER_BAND = 8;
/** Cached story summaries (least recently used out first) and document frequencies (cleared when larger): memory stays flat on big ingests. */
const MAX_CACHED_STORIES = 2_000;
const MAX_CACHED_TERMS = 400_000;
/**
 * Stories whose first and last days are remembered without their summaries (oldest written out
 * first). Most candidate stories cannot take the new article's day: ingesting SaudiNewsNet's first
 * ten days, 50,383 of 64,596 summaries read from the table were of stories past their days, 117 MB
 * of summary text read to throw away. With a story's days at hand, such a candidate is dropped
 * before its row is read. An entry is a short id and two numbers, so 100,000 stay a few MB.
 */
const MAX_CACHED_STORY_DAYS = 100_000;
/**
 * Story keys whose most recently updated stories are cached (least recently used out first). Each
 * new article reads about ten keys; the frequent ones (a country, a ministry) recur in most
 * articles, so the cache answers nearly all of them without a query. On four SaudiNewsNet days
 * (8,277 articles, 25k distinct keys) the table was queried 85,721 times without the cache, 24,720
 * times with 20,000 keys (almost only each key's first use), 24,413 with 100,000, 42,658 with
 * 5,000. Each entry holds up to STORIES_PER_KEY ids, so the bound also bounds its memory.
 */
const MAX_CACHED_STORY_KEYS = 20_000;
/** SQLite's limit on bound parameters is far above this; chunks keep the statements cacheable. */
const IN_CHUNK = 200;
/**
 * A speaker or entity filter (or any filter when the places arrays are not current) that at most
 * this many articles pass is read whole into a set (a few milliseconds through its index); past it,
 * FTS5 answers with its join.
 */
const FILTER_SET_MAX = 20_000;
/** Index entries counted per word of a name when choosing which word to walk (see rarestFirst). */
const TERM_COUNT_CAP = 10_000;

/** The SQL conditions of the outlet and date filters on the articles table `a`. */
function placeConditions(f: SearchFilters): { where: string[]; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (f.outlet) {
    where.push('a.outlet_key = ?');
    params.push(nameKey(f.outlet));
  }
  if (f.from) {
    where.push('a.day >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('a.day <= ?');
    params.push(f.to);
  }
  return { where, params };
}

/**
 * `searchLists`: when words get search lists and postings; `filterSetMax`: how many articles a
 * search filter may pass to be read whole into a set; `cachedStories`: story summaries kept in
 * memory while ingesting. Tests use small values; the defaults suit corpora of thousands to millions.
 */
export async function openSqliteStore(file: string, options: { searchLists?: ChampionLimits; filterSetMax?: number; cachedStories?: number } = {}): Promise<Store> {
  return new SqliteStore(openDatabase(file), options.searchLists, options.filterSetMax, options.cachedStories);
}

/** The article columns a search hit carries. */
type SearchRow = Pick<ArticleRow, 'id' | 'source' | 'title' | 'outlet' | 'published_at' | 'reference_date' | 'body' | 'duplicate_of'>;

/** A search hit from its article row and FTS5's bm25 rank (negative; the score is its opposite). */
function hitOf(r: SearchRow, rank: number): StoreSearchHit {
  return { id: r.id, source: r.source, title: r.title, outlet: r.outlet, publishedAt: r.published_at, referenceDate: r.reference_date, body: r.body, duplicateOf: r.duplicate_of, score: -rank };
}

interface ArticleRow {
  seq: number;
  id: string;
  source: string;
  content_hash: string;
  title: string;
  published_at: string | null;
  reference_date: string | null;
  day: string | null;
  outlet: string | null;
  section: string | null;
  url: string | null;
  body: string;
  extra: string;
  duplicate_of: string | null;
  story_id: string | null;
  ingested_at: string;
  updated_at: string;
}

interface StatementRow {
  article_seq: number;
  idx: number;
  speaker_name: string | null;
  speaker_role: string | null;
  cue: string;
  text: string;
  direct: number;
  negated: number;
  date: string | null;
  sentence: number;
}


const dayOf = (date: string | null): string | null => (date && /^\d{4}-\d{2}-\d{2}/u.test(date) ? date.slice(0, 10) : null);

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(',');
}

/**
 * Puts `key` last in `map` (a Map iterates in insertion order, so the first key is the least recently
 * used), dropping the first key when the map already holds `limit` others: the store's bounded caches.
 */
function setNewest<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

class SqliteStore implements Store, ClusterLookup {
  private readonly q;
  private readonly storyCache = new Map<string, StorySummary>();
  /** Story id → its [firstDay, lastDay] (days since the epoch or null), as its row has them. */
  private readonly storyDays = new Map<string, readonly [number | null, number | null]>();
  /** Story key → its STORIES_PER_KEY most recently updated stories, newest first (as story_keys_recent orders them). */
  private readonly storyKeyCache = new Map<string, string[]>();
  private readonly dfCache = new Map<string, number>();
  private readonly dfPending = new Map<string, number>();
  private documents: number;
  private readonly champions: ChampionLists;
  private readonly conjunctions: ConjunctionRanker;
  readonly idf: IdfSource;

  constructor(
    private readonly db: Database.Database,
    searchLists: ChampionLimits = DEFAULT_CHAMPION_LIMITS,
    private readonly filterSetMax: number = FILTER_SET_MAX,
    private readonly cachedStories: number = MAX_CACHED_STORIES,
  ) {
    const p = (sql: string) => db.prepare(sql);
    registerNameFits(db);
    this.q = {
      bySource: p('SELECT seq, id, content_hash FROM articles WHERE source = ?'),
      byAlias: p('SELECT a.seq, a.id, a.content_hash FROM source_aliases s JOIN articles a ON a.seq = s.article_seq WHERE s.source = ?'),
      byHash: p('SELECT seq, id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1'),
      deleteAlias: p('DELETE FROM source_aliases WHERE source = ?'),
      insertAlias: p('INSERT OR IGNORE INTO source_aliases (source, article_seq) VALUES (?, ?)'),
      insertArticle: p(`INSERT INTO articles (id, source, content_hash, title, published_at, reference_date, day, outlet, outlet_key, section, url,
        body, extra, original, original_format, signature, shingle_count, duplicate_of, story_id, ingested_at, updated_at)
        VALUES (@id, @source, @contentHash, @title, @publishedAt, @referenceDate, @day, @outlet, @outletKey, @section, @url,
        @body, @extra, @original, @originalFormat, @signature, @shingleCount, NULL, NULL, @now, @now)`),
      updateArticle: p(`UPDATE articles SET content_hash = @contentHash, title = @title, published_at = @publishedAt, reference_date = @referenceDate,
        day = @day, outlet = @outlet, outlet_key = @outletKey, section = @section, url = @url, body = @body, extra = @extra, original = @original,
        original_format = @originalFormat, signature = @signature, shingle_count = @shingleCount, updated_at = @now WHERE seq = @seq`),
      setPlacement: p('UPDATE articles SET duplicate_of = ?, story_id = ? WHERE seq = ?'),
      insertFts: p('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)'),
      deleteFts: p('DELETE FROM article_fts WHERE rowid = ?'),
      insertBand: p('INSERT OR IGNORE INTO article_bands (band_key, article_seq) VALUES (?, ?)'),
      deleteBand: p('DELETE FROM article_bands WHERE band_key = ? AND article_seq = ?'),
      signatureOf: p('SELECT signature FROM articles WHERE seq = ?'),
      // Each bucket gives its earliest members only, so a crowded bucket (boilerplate shared by
      // thousands of articles) costs the same as an empty one. UNION ALL: the repeats are dropped
      // in duplicateCandidates, cheaper than UNION's temporary index.
      bandMembers: p(
        Array.from({ length: LSH_BANDS }, () => `SELECT * FROM (SELECT article_seq FROM article_bands WHERE band_key = ? ORDER BY article_seq LIMIT ${CANDIDATES_PER_BAND})`).join(
          ' UNION ALL ',
        ),
      ).pluck(),
      fingerprint: p('SELECT id, coalesce(published_at, reference_date) AS date, seq, signature, shingle_count FROM articles WHERE seq = ?'),
      bodyBySeq: p('SELECT body FROM articles WHERE seq = ?'),
      link: p('SELECT duplicate_of, story_id FROM articles WHERE id = ?'),
      age: p('SELECT coalesce(published_at, reference_date) AS date, seq FROM articles WHERE id = ?'),
      repointCopies: p('UPDATE articles SET duplicate_of = ? WHERE story_id = ? AND (duplicate_of = ? OR id = ?)'),
      insertEntity: p('INSERT INTO entities (article_seq, idx, name, name_key, type, mentions, aliases) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      deleteEntities: p('DELETE FROM entities WHERE article_seq = ?'),
      insertStatement: p(
        'INSERT INTO statements (article_seq, idx, speaker_name, speaker_role, cue, text, direct, negated, date, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      deleteStatements: p('DELETE FROM statements WHERE article_seq = ?'),
      insertTerm: p('INSERT OR IGNORE INTO name_terms (term, kind, article_seq, idx) VALUES (?, ?, ?, ?)'),
      deleteTerms: p('DELETE FROM name_terms WHERE article_seq = ?'),
      storyKeyMembers: p('SELECT story_id FROM story_keys WHERE key = ? ORDER BY updated_seq DESC LIMIT ?'),
      storySummary: p('SELECT summary, first_day, last_day FROM stories WHERE id = ?'),
      upsertStory: p(`INSERT INTO stories (id, summary, title_article_id, size, first_day, last_day, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET summary = excluded.summary, title_article_id = excluded.title_article_id, size = excluded.size,
        first_day = excluded.first_day, last_day = excluded.last_day, updated_seq = excluded.updated_seq`),
      upsertStoryKey: p(`INSERT INTO story_keys (key, story_id, updated_seq) VALUES (?, ?, ?)
        ON CONFLICT (key, story_id) DO UPDATE SET updated_seq = excluded.updated_seq`),
      df: p('SELECT df FROM term_df WHERE term = ?'),
      addDf: p('INSERT INTO term_df (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df'),
      getMeta: p('SELECT value FROM meta WHERE key = ?'),
      setMeta: p('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      articleById: p('SELECT * FROM articles WHERE id = ?'),
      articleBySource: p('SELECT * FROM articles WHERE source = ?'),
      articleByAlias: p('SELECT a.* FROM source_aliases s JOIN articles a ON a.seq = s.article_seq WHERE s.source = ?'),
      entitiesOf: p('SELECT name, type, mentions, aliases FROM entities WHERE article_seq = ? ORDER BY idx'),
      statementsOf: p('SELECT * FROM statements WHERE article_seq = ? ORDER BY idx'),
      storyRow: p('SELECT id, title_article_id, size, first_day, last_day FROM stories WHERE id = ?'),
      storyRows: p('SELECT id, title_article_id, size, first_day, last_day FROM stories ORDER BY size DESC, last_day DESC, id LIMIT ? OFFSET ?'),
      storyRowsBetween: p(
        'SELECT id, title_article_id, size, first_day, last_day FROM stories WHERE last_day >= @from AND first_day <= @to ORDER BY size DESC, last_day DESC, id LIMIT @limit OFFSET @offset',
      ),
      storyArticles: p('SELECT id, source, title, outlet, published_at, reference_date, duplicate_of FROM articles WHERE story_id = ? ORDER BY day, seq'),
      titleOf: p('SELECT title FROM articles WHERE id = ?'),
      searchRow: p('SELECT id, source, title, outlet, published_at, reference_date, body, duplicate_of FROM articles WHERE seq = ?'),
      ftsRanks: p(`SELECT rowid, bm25(article_fts, ${TITLE_WEIGHT}, 1) FROM article_fts WHERE article_fts MATCH ?`),
    };
    this.champions = new ChampionLists(db, searchLists);
    this.conjunctions = new ConjunctionRanker(db, this.champions);
    this.documents = Number((this.q.getMeta.get('documents') as { value: string } | undefined)?.value ?? 0);
    this.idf = {
      documentCount: () => this.documents,
      documentFrequency: (term: string) => this.documentFrequency(term),
    };
  }

  async schemaVersion(): Promise<number> {
    return (this.db.prepare('SELECT max(version) AS v FROM migrations').get() as { v: number | null }).v ?? SCHEMA_VERSION;
  }

  async lookupSource(source: string): Promise<{ id: string; contentHash: string } | null> {
    const row = (this.q.bySource.get(source) ?? this.q.byAlias.get(source)) as { id: string; content_hash: string } | undefined;
    return row ? { id: row.id, contentHash: row.content_hash } : null;
  }

  async putBatch(batch: readonly PreparedArticle[]): Promise<PutOutcome[]> {
    const now = new Date().toISOString();
    const outcomes: PutOutcome[] = [];
    const write = this.db.transaction(() => {
      for (const article of batch) outcomes.push(this.putOne(article, now));
      this.flushDocumentFrequencies();
    });
    try {
      write.immediate();
    } catch (error) {
      // The transaction rolled back: forget what the caches learnt from it.
      this.storyCache.clear();
      this.storyDays.clear();
      this.storyKeyCache.clear();
      this.dfCache.clear();
      this.dfPending.clear();
      this.documents = Number((this.q.getMeta.get('documents') as { value: string } | undefined)?.value ?? 0);
      throw error;
    }
    return outcomes;
  }

  private putOne(article: PreparedArticle, now: string): PutOutcome {
    const own = this.q.bySource.get(article.source) as { seq: number; id: string; content_hash: string } | undefined;
    if (own) {
      const row = this.q.link.get(own.id) as { duplicate_of: string | null; story_id: string | null };
      if (own.content_hash === article.contentHash) return { status: 'unchanged', id: own.id, duplicateOf: row.duplicate_of, supersedes: null, storyId: row.story_id };
      this.replaceContent(own.seq, article, now);
      return { status: 'updated', id: own.id, duplicateOf: row.duplicate_of, supersedes: null, storyId: row.story_id };
    }
    const alias = this.q.byAlias.get(article.source) as { seq: number; id: string; content_hash: string } | undefined;
    if (alias) {
      if (alias.content_hash === article.contentHash) {
        const row = this.q.link.get(alias.id) as { duplicate_of: string | null; story_id: string | null };
        return { status: 'unchanged', id: alias.id, duplicateOf: row.duplicate_of, supersedes: null, storyId: row.story_id };
      }
      // The file behind the alias changed: it is an article of its own now.
      this.q.deleteAlias.run(article.source);
    }
    const sameBytes = this.q.byHash.get(article.contentHash) as { seq: number; id: string } | undefined;
    if (sameBytes) {
      this.q.insertAlias.run(article.source, sameBytes.seq);
      const row = this.q.link.get(sameBytes.id) as { duplicate_of: string | null; story_id: string | null };
      return { status: 'unchanged', id: sameBytes.id, duplicateOf: row.duplicate_of, supersedes: null, storyId: row.story_id };
    }
    return this.add(article, now);
  }

  private articleParams(article: PreparedArticle, now: string) {
    const r = article.record;
    return {
      contentHash: article.contentHash,
      title: r.title,
      publishedAt: r.publishedAt,
      referenceDate: article.referenceDate,
      day: dayOf(r.publishedAt) ?? dayOf(article.referenceDate),
      outlet: r.outlet,
      outletKey: r.outlet ? nameKey(r.outlet) : null,
      section: r.section,
      url: r.url,
      body: r.body,
      extra: JSON.stringify({ hashtags: r.hashtags, captions: r.captions, warnings: r.warnings }),
      original: typeof article.original === 'string' ? Buffer.from(article.original, 'utf8') : Buffer.from(article.original),
      originalFormat: article.originalFormat,
      signature: encodeSignature(article.signature),
      shingleCount: article.shingleCount,
      now,
    };
  }

  private add(article: PreparedArticle, now: string): PutOutcome {
    const id = articleIdFor(article.source);
    const params = this.articleParams(article, now);
    const seq = Number(this.q.insertArticle.run({ ...params, id, source: article.source }).lastInsertRowid);
    const placed = assignArticle(this, { id, record: article.record, date: article.record.publishedAt ?? article.referenceDate, order: seq, signature: article.signature, shingleCount: article.shingleCount, bandKeys: article.bandKeys, termCounts: article.storyTerms, documentTerms: article.documentTerms });
    this.q.setPlacement.run(placed.duplicateOf, placed.story.id, seq);
    for (const key of placed.bandKeys) this.q.insertBand.run(bandKeyNumber(key), seq);
    this.q.insertFts.run(seq, article.titleTokens, article.bodyTokens);
    this.writeAnalysis(seq, article.record.entities, article.record.statements);
    const story = placed.story;
    this.q.upsertStory.run(story.id, serializeStory(story), story.titleArticleId, story.size, isoDayOf(story.firstDay), isoDayOf(story.lastDay), seq);
    for (const key of placed.storyKeys) {
      this.q.upsertStoryKey.run(key, story.id, seq);
      this.touchStoryKey(key, story.id);
    }
    setNewest(this.storyCache, story.id, story, this.cachedStories);
    setNewest(this.storyDays, story.id, [story.firstDay, story.lastDay], MAX_CACHED_STORY_DAYS);
    // Copies of one text all live in its story, which the new original has just joined.
    if (placed.supersedes) this.q.repointCopies.run(id, story.id, placed.supersedes, placed.supersedes);
    if (placed.duplicateOf === null && placed.supersedes === null) {
      this.documents++;
      for (const term of placed.documentTerms) this.dfPending.set(term, (this.dfPending.get(term) ?? 0) + 1);
    }
    return { status: 'added', id, duplicateOf: placed.duplicateOf, supersedes: placed.supersedes, storyId: story.id };
  }

  private replaceContent(seq: number, article: PreparedArticle, now: string): void {
    const old = this.q.signatureOf.get(seq) as { signature: Buffer };
    for (const key of lshBandKeys(decodeSignature(old.signature))) this.q.deleteBand.run(bandKeyNumber(key), seq);
    this.q.updateArticle.run({ ...this.articleParams(article, now), seq });
    this.q.deleteFts.run(seq);
    this.q.insertFts.run(seq, article.titleTokens, article.bodyTokens);
    this.champions.markChanged(seq);
    for (const key of article.bandKeys) this.q.insertBand.run(bandKeyNumber(key), seq);
    this.q.deleteEntities.run(seq);
    this.q.deleteStatements.run(seq);
    this.q.deleteTerms.run(seq);
    this.writeAnalysis(seq, article.record.entities, article.record.statements);
  }

  private writeAnalysis(seq: number, entities: readonly Entity[], statements: readonly Statement[]): void {
    entities.forEach((entity, idx) => {
      this.q.insertEntity.run(seq, idx, entity.name, nameKey(entity.name), entity.type, entity.mentions, JSON.stringify(entity.aliases));
    });
    statements.forEach((s, idx) => {
      this.q.insertStatement.run(seq, idx, s.speaker.name, s.speaker.role, s.cue, s.text, s.direct ? 1 : 0, s.negated ? 1 : 0, s.date, s.sentence);
    });
    const speakers = statements.map((s) => s.speaker);
    for (const row of analysisNameTerms(entities, speakers)) this.q.insertTerm.run(row.term, row.kind, seq, row.idx);
  }

  // ClusterLookup, used by assignArticle inside the write transaction.

  duplicateCandidates(bandKeys: readonly string[]): Fingerprint[] {
    if (bandKeys.length === 0) return [];
    // One statement for all bands: the key list is padded to LSH_BANDS with a repeat of the first.
    const numbers = bandKeys.map(bandKeyNumber);
    while (numbers.length < LSH_BANDS) numbers.push(numbers[0]!);
    // In ingest order, as UNION gave them: which candidate comes first can break a tie.
    const seqs = [...new Set(this.q.bandMembers.all(...numbers.slice(0, LSH_BANDS)) as number[])].sort((a, b) => a - b);
    const out: Fingerprint[] = [];
    for (const seq of seqs) {
      const row = this.q.fingerprint.get(seq) as { id: string; date: string | null; seq: number; signature: Buffer; shingle_count: number } | undefined;
      if (row) out.push({ id: row.id, publishedAt: row.date, order: row.seq, signature: decodeSignature(row.signature), length: row.shingle_count });
    }
    return out;
  }

  bodyOf(candidate: Fingerprint): string | null {
    const row = this.q.bodyBySeq.get(candidate.order) as { body: string } | undefined;
    return row?.body ?? null;
  }

  linkOf(articleId: string): { duplicateOf: string | null; storyId: string | null } | null {
    const row = this.q.link.get(articleId) as { duplicate_of: string | null; story_id: string | null } | undefined;
    return row ? { duplicateOf: row.duplicate_of, storyId: row.story_id } : null;
  }

  ageOf(articleId: string): { publishedAt: string | null; order: number } | null {
    const row = this.q.age.get(articleId) as { date: string | null; seq: number } | undefined;
    return row ? { publishedAt: row.date, order: row.seq } : null;
  }

  storyCandidates(keys: readonly string[], day: number | null): StorySummary[] {
    // The stories sharing most keys with the article, as the in-memory clusterer picks them.
    const shared = new Map<string, number>();
    for (const key of keys) {
      for (const storyId of this.recentStories(key)) shared.set(storyId, (shared.get(storyId) ?? 0) + 1);
    }
    const ids = [...shared]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
    const out: StorySummary[] = [];
    for (const id of ids) {
      const story = this.storySummary(id, day);
      if (story && storyAcceptsDay(day, story.firstDay, story.lastDay)) out.push(story);
    }
    return out;
  }

  /** The stories most recently updated under a key, newest first: from the cache, else story_keys_recent. */
  private recentStories(key: string): string[] {
    const ids = this.storyKeyCache.get(key) ?? (this.q.storyKeyMembers.all(key, STORIES_PER_KEY) as { story_id: string }[]).map((row) => row.story_id);
    setNewest(this.storyKeyCache, key, ids, MAX_CACHED_STORY_KEYS);
    return ids;
  }

  /**
   * A story was just updated under a key with the newest seq: it heads that key's list. The list
   * stays exactly the query's answer, because every update carries a larger seq than any before it.
   * An uncached key is left alone: its next read queries the table, which has the update.
   */
  private touchStoryKey(key: string, storyId: string): void {
    const ids = this.storyKeyCache.get(key);
    if (!ids) return;
    const at = ids.indexOf(storyId);
    if (at >= 0) ids.splice(at, 1);
    ids.unshift(storyId);
    if (ids.length > STORIES_PER_KEY) ids.length = STORIES_PER_KEY;
  }

  /**
   * A story's summary, from the cache or its row. With `forDay` (a candidate for an article of that
   * day), a stored story past its days is answered null on the row's days alone: its summary is
   * neither parsed nor cached, since it can take no article of that day.
   */
  storySummary(id: string, forDay: number | null = null): StorySummary | null {
    const cached = this.storyCache.get(id);
    if (cached) {
      // Most recently used last: candidates are the stories touched lately, so they stay cached.
      setNewest(this.storyCache, id, cached, this.cachedStories);
      return cached;
    }
    const days = this.storyDays.get(id);
    if (days && !storyAcceptsDay(forDay, days[0], days[1])) return null;
    const row = this.q.storySummary.get(id) as { summary: string; first_day: string | null; last_day: string | null } | undefined;
    if (!row) return null;
    const firstDay = epochDay(row.first_day);
    const lastDay = epochDay(row.last_day);
    setNewest(this.storyDays, id, [firstDay, lastDay], MAX_CACHED_STORY_DAYS);
    if (!storyAcceptsDay(forDay, firstDay, lastDay)) return null;
    const story = deserializeStory(row.summary);
    setNewest(this.storyCache, story.id, story, this.cachedStories);
    return story;
  }


  private documentFrequency(term: string): number {
    let stored = this.dfCache.get(term);
    if (stored === undefined) {
      stored = (this.q.df.get(term) as { df: number } | undefined)?.df ?? 0;
      if (this.dfCache.size >= MAX_CACHED_TERMS) this.dfCache.clear();
      this.dfCache.set(term, stored);
    }
    return stored + (this.dfPending.get(term) ?? 0);
  }

  private flushDocumentFrequencies(): void {
    for (const [term, add] of this.dfPending) {
      this.q.addDf.run(term, add);
      const cached = this.dfCache.get(term);
      if (cached !== undefined) this.dfCache.set(term, cached + add);
    }
    this.dfPending.clear();
    this.q.setMeta.run('documents', String(this.documents));
  }

  // Reading.

  async getArticle(idOrSource: string): Promise<StoredArticle | null> {
    const row = (this.q.articleById.get(idOrSource) ?? this.q.articleBySource.get(idOrSource) ?? this.q.articleByAlias.get(idOrSource)) as ArticleRow | undefined;
    if (!row) return null;
    const extra = JSON.parse(row.extra) as { hashtags: string[]; captions: string[]; warnings: string[] };
    const entities = (this.q.entitiesOf.all(row.seq) as { name: string; type: Entity['type']; mentions: number; aliases: string }[]).map((e) => ({
      name: e.name,
      type: e.type,
      aliases: JSON.parse(e.aliases) as string[],
      mentions: e.mentions,
    }));
    const statements = (this.q.statementsOf.all(row.seq) as StatementRow[]).map(toStatement);
    return {
      id: row.id,
      source: row.source,
      title: row.title,
      publishedAt: row.published_at,
      outlet: row.outlet,
      section: row.section,
      hashtags: extra.hashtags,
      url: row.url,
      body: row.body,
      captions: extra.captions,
      entities,
      statements,
      warnings: extra.warnings,
      storyId: row.story_id,
      duplicateOf: row.duplicate_of,
      contentHash: row.content_hash,
      ingestedAt: row.ingested_at,
      updatedAt: row.updated_at,
      referenceDate: row.reference_date,
    };
  }

  async search(query: StoreSearchQuery): Promise<StoreSearchHit[]> {
    const match = ftsMatch(query.groups);
    if (!match) return [];
    const f = query.filters;
    const place = placeConditions(f);
    const where: string[] = ['article_fts MATCH ?', ...place.where];
    const params: unknown[] = [match, ...place.params];
    for (const [value, kind] of [
      [f.speaker, 'speaker'],
      [f.entity, 'entity'],
    ] as const) {
      if (!value) continue;
      const terms = nameTerms(value);
      if (terms.length === 0) return [];
      where.push(
        `a.seq IN (SELECT article_seq FROM name_terms WHERE kind = '${kind}' AND term IN (${placeholders(terms.length)}) GROUP BY article_seq, idx HAVING count(DISTINCT term) = ${terms.length})`,
      );
      params.push(...terms);
    }
    // Words: one frequent word's champion list, else the frequent words' postings, give FTS5's own
    // top results without FTS5 scoring every match (doc/decisions.md §8); filters are applied to
    // the postings' matches (see placeFilter and articleFilter).
    const filtered = where.length > 1;
    const places = filtered ? this.placeFilter(f, where.slice(1), params.slice(1)) : null;
    if (query.groups.every((g) => g.length === 1)) {
      const keys = query.groups.map((g) => g[0]!);
      const filter = filtered ? (places ?? this.articleFilter(where.slice(1), params.slice(1))) : undefined;
      const single = keys.length === 1 && !filtered ? this.champions.topHits(keys[0]!, query.limit) : null;
      const hits = single ?? (filter === null ? null : this.conjunctions.topHits(keys, query.limit, filter));
      if (hits) return this.hitsFor(hits);
    }
    // FTS5 scores every match in either case; testing the outlet and day from the places arrays
    // spares reading each match's article row.
    if (places) return this.hitsFor(topAccepted(this.q.ftsRanks.raw().all(match) as [number, number][], places, query.limit));
    // The ranking reads every match of the query's words; joining each of them to its article row
    // only to test a filter tripled the latency of frequent words, so the join is there only when a
    // filter needs it.
    const sql = `SELECT a.id, a.source, a.title, a.outlet, a.published_at, a.reference_date, a.body, a.duplicate_of, h.rank FROM (
        SELECT article_fts.rowid AS seq, bm25(article_fts, ${TITLE_WEIGHT}, 1) AS rank
        FROM article_fts${filtered ? ' JOIN articles a ON a.seq = article_fts.rowid' : ''}
        WHERE ${where.join(' AND ')} ORDER BY rank LIMIT ?
      ) h JOIN articles a ON a.seq = h.seq ORDER BY h.rank, a.seq`;
    params.push(query.limit);
    const rows = this.db.prepare(sql).all(...params) as (SearchRow & { rank: number })[];
    return rows.map((r) => hitOf(r, r.rank));
  }

  /**
   * An outlet and date filter tested from the places arrays (places.ts) for the articles the last
   * search refresh covers, and with the search's own SQL for the few stored after it; null when the
   * query has a speaker or entity condition, a date bound not of the form YYYY-MM-DD, or the places
   * are not current.
   */
  private placeFilter(f: SearchFilters, where: string[], params: unknown[]): ArticleFilter | null {
    if (f.speaker || f.entity) return null;
    const from = f.from ? dayNumber(f.from) : NO_DAY;
    const to = f.to ? dayNumber(f.to) : Number.MAX_SAFE_INTEGER;
    if (from === null || to === null) return null;
    const current = this.champions.places();
    if (!current) return null;
    const { table, builtSeq } = current;
    const outlet = f.outlet ? (table.outletIds.get(nameKey(f.outlet)) ?? -1) : 0;
    const dated = Boolean(f.from || f.to);
    const { days, outlets } = table;
    const tail = this.db.prepare(`SELECT 1 FROM articles a WHERE a.seq = ? AND ${where.join(' AND ')}`).pluck();
    return (seq) => {
      if (seq > builtSeq) return tail.get(seq, ...params) !== undefined;
      if (outlet !== 0 && outlets[seq] !== outlet) return false;
      const day = days[seq]!;
      return !dated || (day !== NO_DAY && day >= from && day <= to);
    };
  }

  /**
   * The filters as `search`'s SQL (`where` over articles `a`) tests them, read whole through their
   * indexes into a set of seqs when at most FILTER_SET_MAX articles pass; past that, null (FTS5
   * answers with its join).
   */
  private articleFilter(where: string[], params: unknown[]): ArticleFilter | null {
    const passing = this.db.prepare(`SELECT a.seq FROM articles a WHERE ${where.join(' AND ')} LIMIT ${this.filterSetMax + 1}`).pluck().all(...params) as number[];
    if (passing.length > this.filterSetMax) return null;
    const set = new Set(passing);
    return (seq) => set.has(seq);
  }

  private hitsFor(hits: readonly { seq: number; rank: number }[]): StoreSearchHit[] {
    return hits.map(({ seq, rank }) => hitOf(this.q.searchRow.get(seq) as SearchRow, rank));
  }

  async refreshSearch(options: { force?: boolean } = {}): Promise<SearchRefresh> {
    return this.champions.refresh(options.force ?? false);
  }

  async stories(options: { limit: number; offset?: number; from?: string | null; to?: string | null }): Promise<StoryView[]> {
    // A story's days overlap the range; a story with no day (every article undated) is outside any range.
    const rows = (
      options.from || options.to
        ? this.q.storyRowsBetween.all({ from: options.from ?? '0000-00-00', to: options.to ?? '9999-99-99', limit: options.limit, offset: options.offset ?? 0 })
        : this.q.storyRows.all(options.limit, options.offset ?? 0)
    ) as StoryRow[];
    return rows.map((row) => this.storyView(row));
  }

  async story(id: string): Promise<StoryView | null> {
    const row = this.q.storyRow.get(id) as StoryRow | undefined;
    return row ? this.storyView(row) : null;
  }

  private storyView(row: StoryRow): StoryView {
    const articles = (this.q.storyArticles.all(row.id) as (Pick<ArticleRow, 'id' | 'source' | 'title' | 'outlet' | 'published_at' | 'reference_date' | 'duplicate_of'>)[]).map((a) => ({
      id: a.id,
      source: a.source,
      title: a.title,
      outlet: a.outlet,
      publishedAt: a.published_at,
      referenceDate: a.reference_date,
      duplicateOf: a.duplicate_of,
    }));
    const title = (this.q.titleOf.get(row.title_article_id) as { title: string } | undefined)?.title ?? articles[0]?.title ?? '';
    return { id: row.id, title, size: row.size, firstDay: row.first_day, lastDay: row.last_day, articles };
  }

  async timeline(query: TimelineQuery): Promise<TimelineEntry[]> {
    const limit = query.limit ?? 1000;
    if (query.speaker) {
      const match = this.speakerMatch(query.speaker);
      return match ? this.statementsByTerms(match, limit).map(toTimelineEntry) : [];
    }
    if (query.entity) return this.entityTimeline(query.entity, limit);
    return [];
  }

  /**
   * How `timeline --speaker`, statement pages and `positions` read a name: its normalized words,
   * matched against speakers' names (with the aliases of the article they were found in) and, for a
   * name of several words, in order (NAME_FITS); when no speaker anywhere has them all, against
   * speakers' roles ("وزير الطاقة"). Search's speaker filter reads the words in any order. Null when
   * the name has no words.
   */
  private speakerMatch(name: string): SpeakerMatch | null {
    const terms = nameTerms(name);
    if (terms.length === 0) return null;
    const speaker: SpeakerMatch = { kind: 'speaker', terms: this.rarestFirst(terms, 'speaker'), query: JSON.stringify(queryNameWords(name)) };
    const anySpeaker = this.db.prepare(`${namedStatementsSql(terms.length, false)} LIMIT 1`).get(namedStatementsParams(speaker));
    return anySpeaker ? speaker : { kind: 'role', terms: this.rarestFirst(terms, 'role'), query: '[]' };
  }

  /**
   * The words of a name, the one with the fewest index entries first: namedStatementsSql walks the
   * first word, so "محمد بن سلمان" walks سلمان's entries, not محمد's. Counts stop at a cap, which
   * is enough to tell a rare word from a common one.
   */
  private rarestFirst(terms: readonly string[], kind: SpeakerMatch['kind']): string[] {
    if (terms.length < 2) return [...terms];
    const count = this.db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM name_terms WHERE term = ? AND kind = ? LIMIT ${TERM_COUNT_CAP})`);
    const counted = terms.map((term, order) => ({ term, order, n: (count.get(term, kind) as { n: number }).n }));
    return counted.sort((a, b) => a.n - b.n || a.order - b.order).map((c) => c.term);
  }

  private statementsByTerms(match: SpeakerMatch, limit: number): TimelineRow[] {
    const sql = `WITH hits AS (${namedStatementsSql(match.terms.length, false)})
      SELECT s.*, a.id, a.source, a.title, a.outlet, a.published_at, a.reference_date,
        coalesce(s.date, a.published_at, a.reference_date) AS sort_date
      FROM hits JOIN statements s ON s.article_seq = hits.article_seq AND s.idx = hits.idx JOIN articles a ON a.seq = s.article_seq
      WHERE ${NAME_FITS}(@query, s.speaker_name)
      ORDER BY sort_date IS NULL, sort_date, a.seq, s.idx LIMIT @limit`;
    return this.db.prepare(sql).all({ ...namedStatementsParams(match), limit }) as TimelineRow[];
  }

  async statementPage(query: StatementPageQuery): Promise<StatementPage> {
    const limit = query.limit;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`statementPage: limit must be a whole number ≥ 1, got ${limit}`);
    const after = query.after ? parseStatementCursor(query.after) : { seq: 0, idx: -1 };
    const params: Record<string, unknown> = { afterSeq: after.seq, afterIdx: after.idx, take: limit + 1 };
    // The day a statement is placed on: its own date, else its article's day (the `day` column).
    const sortDate = 'coalesce(substr(s.date, 1, 10), a.day)';
    const where: string[] = [];
    if (query.from) {
      where.push(`${sortDate} >= @from`);
      params['from'] = query.from;
    }
    if (query.to) {
      where.push(`${sortDate} <= @to`);
      params['to'] = query.to;
    }
    let source: string;
    let key: string;
    if (query.speaker) {
      const match = this.speakerMatch(query.speaker);
      if (!match) return { rows: [], next: null };
      Object.assign(params, namedStatementsParams(match));
      where.push(`${NAME_FITS}(@query, s.speaker_name)`);
      // Walk the speaker's index entries from the cursor on: a page stops as soon as it is full.
      source = `(${namedStatementsSql(match.terms.length, true)}) hits JOIN statements s ON s.article_seq = hits.article_seq AND s.idx = hits.idx`;
      key = 'hits.article_seq, hits.idx';
    } else {
      source = 'statements s';
      where.push('(s.article_seq, s.idx) > (@afterSeq, @afterIdx)');
      key = 's.article_seq, s.idx';
    }
    const sql = `SELECT s.*, a.id, a.source, a.title, a.outlet, a.published_at, a.duplicate_of, a.story_id, ${sortDate} AS sort_date
      FROM ${source} JOIN articles a ON a.seq = s.article_seq
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY ${key} LIMIT @take`;
    const rows = this.db.prepare(sql).all(params) as PageRow[];
    // One row more than asked says whether another page exists, so the last page is never an empty one.
    const more = rows.length > limit;
    if (more) rows.length = limit;
    const last = rows.at(-1);
    return { rows: rows.map(toStatementRow), next: more && last ? statementCursor(last) : null };
  }

  private entityTimeline(entity: string, limit: number): TimelineEntry[] {
    const terms = nameTerms(entity);
    if (terms.length === 0) return [];
    const sql = `WITH hits AS (SELECT article_seq, idx FROM name_terms WHERE kind = 'entity' AND term IN (${placeholders(terms.length)})
        GROUP BY article_seq, idx HAVING count(DISTINCT term) = ?)
      SELECT e.article_seq, e.name, e.aliases FROM hits JOIN entities e ON e.article_seq = hits.article_seq AND e.idx = hits.idx`;
    const names = new Map<number, string[]>();
    for (const row of this.db.prepare(sql).all(...terms, terms.length) as { article_seq: number; name: string; aliases: string }[]) {
      const list = names.get(row.article_seq) ?? [];
      list.push(row.name, ...(JSON.parse(row.aliases) as string[]));
      names.set(row.article_seq, list);
    }
    const out: TimelineRow[] = [];
    for (const seqs of chunks([...names.keys()], IN_CHUNK)) {
      const rows = this.db
        .prepare(
          `SELECT s.*, a.id, a.source, a.title, a.outlet, a.published_at, a.reference_date, coalesce(s.date, a.published_at, a.reference_date) AS sort_date
           FROM statements s JOIN articles a ON a.seq = s.article_seq WHERE s.article_seq IN (${placeholders(seqs.length)})`,
        )
        .all(...seqs) as TimelineRow[];
      for (const row of rows) {
        const entityNames = names.get(row.article_seq) ?? [];
        if (statementConcerns(row, entityNames)) out.push(row);
      }
    }
    out.sort(compareTimelineRows);
    return out.slice(0, limit).map(toTimelineEntry);
  }

  async entities(options: { name?: string | null; type?: string | null; limit: number }): Promise<EntityRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.name) {
      const terms = nameTerms(options.name);
      if (terms.length === 0) return [];
      where.push(
        `(e.article_seq, e.idx) IN (SELECT article_seq, idx FROM name_terms WHERE kind = 'entity' AND term IN (${placeholders(terms.length)}) GROUP BY article_seq, idx HAVING count(DISTINCT term) = ?)`,
      );
      params.push(...terms, terms.length);
    }
    if (options.type) {
      where.push('e.type = ?');
      params.push(options.type);
    }
    const sql = `SELECT e.name_key, min(e.name) AS name, e.type, count(DISTINCT e.article_seq) AS articles, sum(e.mentions) AS mentions,
        json_group_array(e.aliases) AS aliases
      FROM entities e ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      GROUP BY e.name_key, e.type ORDER BY articles DESC, mentions DESC, name LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, options.limit) as { name: string; type: Entity['type']; articles: number; mentions: number; aliases: string }[];
    return rows.map((r) => {
      const aliases = new Set<string>();
      for (const list of JSON.parse(r.aliases) as string[]) for (const alias of JSON.parse(list) as string[]) aliases.add(alias);
      return { name: r.name, type: r.type, aliases: [...aliases].sort(), articles: r.articles, mentions: r.mentions };
    });
  }

  async outlets(): Promise<{ outlet: string; key: string; articles: number }[]> {
    // One row per outlet key (the articles_outlet_day index), named by one of its spellings.
    return this.db
      .prepare('SELECT min(outlet) AS outlet, outlet_key AS key, count(*) AS articles FROM articles WHERE outlet_key IS NOT NULL GROUP BY outlet_key ORDER BY articles DESC, key')
      .all() as { outlet: string; key: string; articles: number }[];
  }

  async counts(): Promise<StoreCounts> {
    const one = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      articles: one('SELECT count(*) AS n FROM articles'),
      duplicates: one('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      stories: one('SELECT count(*) AS n FROM stories'),
      statements: one('SELECT count(*) AS n FROM statements'),
      entities: one('SELECT count(*) AS n FROM entities'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) {
      // Fold the WAL back into the database file so that a finished run leaves one file behind.
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A checkpoint is an optimisation; a busy database keeps its WAL.
      }
      this.db.close();
    }
  }
}

interface StoryRow {
  id: string;
  title_article_id: string;
  size: number;
  first_day: string | null;
  last_day: string | null;
}

type TimelineRow = StatementRow & {
  id: string;
  source: string;
  title: string;
  outlet: string | null;
  published_at: string | null;
  reference_date: string | null;
  sort_date: string | null;
};

/** A name read as `timeline --speaker` reads it (see SqliteStore.speakerMatch). */
interface SpeakerMatch {
  kind: 'speaker' | 'role';
  terms: string[];
  /** The name's words in order, as JSON, for NAME_FITS ("[]" for a role: any order). */
  query: string;
}

/** SQL function: does a statement's speaker name fit the words of a speaker query in their order (names.ts speakerNameFits)? */
const NAME_FITS = 'marsad_name_fits';

/**
 * Registers NAME_FITS on a connection. The query's words come as JSON, parsed once per query
 * rather than once per row.
 */
function registerNameFits(db: Database.Database): void {
  let lastJson = '';
  let lastWords: string[] = [];
  db.function(NAME_FITS, { deterministic: true }, (json: unknown, name: unknown) => {
    if (json !== lastJson) {
      lastJson = String(json);
      lastWords = JSON.parse(lastJson) as string[];
    }
    return speakerNameFits(lastWords, typeof name === 'string' ? name : null) ? 1 : 0;
  });
}

/**
 * The statements (article_seq, idx) whose speaker name or role (`kind`) has every word in `terms`.
 * It walks the first word's entries (the rarest: see SqliteStore.rarestFirst) of name_terms in (article_seq, idx) order and looks the other
 * words up by primary key, so that, with `keyset`, it starts after (@afterSeq, @afterIdx) and a
 * LIMIT stops it early instead of grouping every hit of the name first.
 */
function namedStatementsSql(termCount: number, keyset: boolean): string {
  const others = Array.from(
    { length: termCount - 1 },
    (_, i) => `AND EXISTS (SELECT 1 FROM name_terms n WHERE n.term = @t${i + 1} AND n.kind = @kind AND n.article_seq = h.article_seq AND n.idx = h.idx)`,
  );
  return `SELECT h.article_seq, h.idx FROM name_terms h WHERE h.term = @t0 AND h.kind = @kind
    ${keyset ? 'AND (h.article_seq, h.idx) > (@afterSeq, @afterIdx)' : ''} ${others.join(' ')}`;
}

function namedStatementsParams(match: SpeakerMatch): Record<string, string> {
  const params: Record<string, string> = { kind: match.kind, query: match.query };
  match.terms.forEach((term, i) => (params[`t${i}`] = term));
  return params;
}

type PageRow = StatementRow & Pick<ArticleRow, 'id' | 'source' | 'title' | 'outlet' | 'published_at' | 'duplicate_of' | 'story_id'> & { sort_date: string | null };

/**
 * The SQLite cursor: the last row's (article seq, statement index) as "seq.idx". Opaque to callers;
 * another backend may use another key.
 */
function statementCursor(row: PageRow): string {
  return `${row.article_seq}.${row.idx}`;
}

function parseStatementCursor(cursor: string): { seq: number; idx: number } {
  const m = /^(\d{1,15})\.(\d{1,9})$/u.exec(cursor);
  if (!m) throw new InputError('after', `expected a cursor given by a previous page, found "${cursor}"`, 'bad-cursor');
  return { seq: Number(m[1]), idx: Number(m[2]) };
}

function toStatementRow(row: PageRow): ExportedStatement {
  return {
    ...toStatement(row),
    index: row.idx,
    sortDate: row.sort_date,
    article: {
      id: row.id,
      source: row.source,
      title: row.title,
      outlet: row.outlet,
      publishedAt: row.published_at,
      duplicateOf: row.duplicate_of,
      storyId: row.story_id,
    },
  };
}

function toStatement(row: StatementRow): Statement {
  return {
    speaker: { name: row.speaker_name, role: row.speaker_role },
    cue: row.cue,
    text: row.text,
    direct: row.direct === 1,
    negated: row.negated === 1,
    date: row.date,
    sentence: row.sentence,
  };
}

function toTimelineEntry(row: TimelineRow): TimelineEntry {
  const article: ArticleRef = { id: row.id, source: row.source, title: row.title, outlet: row.outlet, publishedAt: row.published_at };
  return {
    speaker: { name: row.speaker_name, role: row.speaker_role },
    text: row.text,
    cue: row.cue,
    direct: row.direct === 1,
    negated: row.negated === 1,
    date: row.date ?? row.published_at,
    sortDate: row.sort_date,
    article,
  };
}

function compareTimelineRows(a: TimelineRow, b: TimelineRow): number {
  if (a.sort_date !== b.sort_date) {
    if (a.sort_date === null) return 1;
    if (b.sort_date === null) return -1;
    return a.sort_date < b.sort_date ? -1 : 1;
  }
  return a.article_seq - b.article_seq || a.idx - b.idx;
}

/** A statement concerns an entity when the entity (or its official) speaks it, or its text names the entity. */
function statementConcerns(row: StatementRow, entityNames: readonly string[]): boolean {
  if (row.speaker_name && entityNames.some((name) => nameMatches(name, row.speaker_name!))) return true;
  // "مديرة الحماية المدنية" speaks for الحماية المدنية.
  if (row.speaker_role && entityNames.some((name) => nameMatches(name, row.speaker_role!))) return true;
  const textKey = ` ${nameKey(row.text)} `;
  return entityNames.some((name) => {
    const key = nameKey(name);
    return key.length > 0 && textKey.includes(` ${key} `);
  });
}
