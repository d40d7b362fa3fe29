/**
 * Rebuilding every key a store derived from normalized text, after normalization changed what a
 * word's key is (migration 5: a hamza's seat folds, so مسؤول and مسئول share one key). A store
 * built before would otherwise keep old keys next to new ones: a reader typing مسؤول would miss
 * the old articles, and a wire copy ingested now would not meet its original's fingerprint.
 *
 * From the stored title, body and analysis, in ingest order: search index rows, name terms and
 * name keys, outlet keys, MinHash signatures and their LSH bands, then the document frequencies
 * and each story's summary and candidate keys, replayed member by member as ingest builds them.
 * Which articles are copies and which story each article is in stay as they were: this rebuilds
 * keys, it does not cluster again. Runs inside the migration's transaction.
 */
import type Database from 'better-sqlite3';
import { decodeSignature, encodeSignature, lshBandKeys } from '../../cluster/minhash.js';
import { addToStory, articleVector, asCopy, candidateKeys, type IdfSource, isoDayOf, newStory, serializeStory, type StorySummary } from '../../cluster/stories.js';
import { bandKeyNumber } from '../band-key.js';
import { articleKeys } from '../keys.js';
import { analysisNameTerms, nameKey } from '../names.js';

/** Articles read per query: the rebuild writes between reads, which an open iterator forbids. */
const PAGE = 500;

interface ArticleKeyRow {
  seq: number;
  id: string;
  title: string;
  body: string;
  outlet: string | null;
  signature: Buffer;
  duplicate_of: string | null;
}

interface MemberRow {
  seq: number;
  id: string;
  title: string;
  body: string;
  published_at: string | null;
  reference_date: string | null;
  duplicate_of: string | null;
}

/** A day for story time proximity, as ingest gives it: the publication date, else the reference date. */
const dateOf = (row: MemberRow): string | null => row.published_at ?? row.reference_date;

export function rebuildDerivedKeys(db: Database.Database, log: (line: string) => void = () => {}, why = 'the way text is folded changed'): void {
  const total = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  if (total === 0) return;
  log(`rebuilding the search, name, duplicate and story keys of ${total} article${total === 1 ? '' : 's'} (${why}); this runs once, and the store is locked meanwhile`);
  const frequencies = rebuildArticleKeys(db);
  rebuildStories(db, frequencies);
  log(`rebuilt the keys of ${total} article${total === 1 ? '' : 's'}`);
}

/** Document frequencies of story terms, one document per copy group (copies do not count, as at ingest). */
interface Frequencies {
  documents: number;
  df: Map<string, number>;
}

/** Per-article keys; returns the document frequencies of the originals' story terms. */
function rebuildArticleKeys(db: Database.Database): Frequencies {
  const page = db.prepare('SELECT seq, id, title, body, outlet, signature, duplicate_of FROM articles WHERE seq > ? ORDER BY seq LIMIT ?');
  const deleteBand = db.prepare('DELETE FROM article_bands WHERE band_key = ? AND article_seq = ?');
  const insertBand = db.prepare('INSERT OR IGNORE INTO article_bands (band_key, article_seq) VALUES (?, ?)');
  const updateArticle = db.prepare('UPDATE articles SET signature = ?, shingle_count = ?, outlet_key = ? WHERE seq = ?');
  const deleteFts = db.prepare('DELETE FROM article_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
  const entitiesOf = db.prepare('SELECT idx, name, aliases FROM entities WHERE article_seq = ? ORDER BY idx');
  const speakersOf = db.prepare('SELECT speaker_name AS name, speaker_role AS role FROM statements WHERE article_seq = ? ORDER BY idx');
  const setNameKey = db.prepare('UPDATE entities SET name_key = ? WHERE article_seq = ? AND idx = ?');
  const deleteTerms = db.prepare('DELETE FROM name_terms WHERE article_seq = ?');
  const insertTerm = db.prepare('INSERT OR IGNORE INTO name_terms (term, kind, article_seq, idx) VALUES (?, ?, ?, ?)');

  const frequencies: Frequencies = { documents: 0, df: new Map() };
  const counted = new Set<string>();
  let after = 0;
  for (;;) {
    const rows = page.all(after, PAGE) as ArticleKeyRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      after = row.seq;
      const keys = articleKeys(row.title, row.body);
      for (const key of lshBandKeys(decodeSignature(row.signature))) deleteBand.run(bandKeyNumber(key), row.seq);
      for (const key of keys.bandKeys) insertBand.run(bandKeyNumber(key), row.seq);
      updateArticle.run(encodeSignature(keys.signature), keys.shingleCount, row.outlet ? nameKey(row.outlet) : null, row.seq);
      deleteFts.run(row.seq);
      insertFts.run(row.seq, keys.titleTokens, keys.bodyTokens);

      const entities = (entitiesOf.all(row.seq) as { idx: number; name: string; aliases: string }[]).map((e) => ({ ...e, aliases: JSON.parse(e.aliases) as string[] }));
      for (const entity of entities) setNameKey.run(nameKey(entity.name), row.seq, entity.idx);
      deleteTerms.run(row.seq);
      const speakers = speakersOf.all(row.seq) as { name: string | null; role: string | null }[];
      for (const term of analysisNameTerms(entities, speakers)) insertTerm.run(term.term, term.kind, row.seq, term.idx);

      // As at ingest, a copy group counts once, through the member stored first: an older text
      // ingested later (which became the original, duplicate_of null) joined as a copy then.
      const group = row.duplicate_of ?? row.id;
      if (!counted.has(group)) {
        counted.add(group);
        frequencies.documents++;
        for (const term of new Set(keys.documentTerms)) frequencies.df.set(term, (frequencies.df.get(term) ?? 0) + 1);
      }
    }
  }
  return frequencies;
}

/** Document frequencies, then every story's summary and candidate keys, its members replayed in ingest order. */
function rebuildStories(db: Database.Database, frequencies: Frequencies): void {
  db.exec('DELETE FROM term_df; DELETE FROM story_keys;');
  const insertDf = db.prepare('INSERT INTO term_df (term, df) VALUES (?, ?)');
  for (const [term, df] of frequencies.df) insertDf.run(term, df);
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run('documents', String(frequencies.documents));
  const idf: IdfSource = { documentCount: () => frequencies.documents, documentFrequency: (term) => frequencies.df.get(term) ?? 0 };

  const storyIds = db.prepare('SELECT id FROM stories ORDER BY id').pluck().all() as string[];
  const members = db.prepare('SELECT seq, id, title, body, published_at, reference_date, duplicate_of FROM articles WHERE story_id = ? ORDER BY seq');
  const entitiesOf = db.prepare('SELECT name, type, mentions FROM entities WHERE article_seq = ? ORDER BY idx');
  const updateStory = db.prepare('UPDATE stories SET summary = ?, title_article_id = ?, size = ?, first_day = ?, last_day = ?, updated_seq = ? WHERE id = ?');
  const upsertKey = db.prepare(`INSERT INTO story_keys (key, story_id, updated_seq) VALUES (?, ?, ?)
    ON CONFLICT (key, story_id) DO UPDATE SET updated_seq = max(updated_seq, excluded.updated_seq)`);
  const deleteStory = db.prepare('DELETE FROM stories WHERE id = ?');
  for (const storyId of storyIds) {
    let story: StorySummary | null = null;
    let lastSeq = 0;
    // The first stored member of each copy group joined as itself, every later one as a copy.
    const placedGroups = new Set<string>();
    for (const row of members.all(storyId) as MemberRow[]) {
      const entities = entitiesOf.all(row.seq) as { name: string; type: string; mentions: number }[];
      const vector = articleVector({ id: row.id, title: row.title, body: row.body, entities, publishedAt: dateOf(row), duplicateOf: row.duplicate_of }, idf);
      const group = row.duplicate_of ?? row.id;
      const placed = placedGroups.has(group) ? asCopy(vector) : vector;
      placedGroups.add(group);
      story = story === null ? newStory(storyId, row.id, placed) : addToStory(story, row.id, placed);
      for (const key of candidateKeys(vector)) upsertKey.run(key, storyId, row.seq);
      lastSeq = row.seq;
    }
    if (story === null) {
      // A story no article names any more holds nothing to rebuild.
      deleteStory.run(storyId);
      continue;
    }
    updateStory.run(serializeStory(story), story.titleArticleId, story.size, isoDayOf(story.firstDay), isoDayOf(story.lastDay), lastSeq, storyId);
  }
}

