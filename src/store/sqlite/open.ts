/**
 * Opening a SQLite database for Marsad: WAL journal (readers do not block the writer), foreign
 * settings that matter for bulk ingest, and the migrations.
 */
import Database from 'better-sqlite3';
import { InputError } from '../../core/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

/** How long a statement waits for a lock held by another process before failing (ms). */
const BUSY_TIMEOUT_MS = 5000;
/** Page cache per connection, in KiB (negative cache_size is KiB in SQLite). */
const CACHE_KIB = 32 * 1024;
/**
 * WAL pages between automatic checkpoints (SQLite's default is 1,000, 4 MB). Ingest rewrites the same
 * index pages (search segments, LSH buckets, story keys) batch after batch, and a checkpoint copies
 * each page once however often it changed since the last one, with an fsync: checkpointing at 16,384
 * pages (about 64 MB of WAL; a long transaction or an open reader can let it grow past that, and
 * close truncates it) the SaudiNewsNet ingest ran 435/s on average against 406/s in four alternating
 * runs each on one machine (README, "Speed"); on 60,000 synthetic records it made no difference (300
 * and 321/s against 310 and 328/s). A 64 MB page cache as well was faster still but pushed peak RSS
 * over the 500 MB target.
 */
const WAL_CHECKPOINT_PAGES = 16_384;

export function openDatabase(file: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw new InputError(file, `cannot open the database (${(error as Error).message})`, 'db-open');
  }
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power cut can lose the last
  // commits, never corrupt the database.
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = -${CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
  db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  migrate(db, file);
  return db;
}

export function migrate(db: Database.Database, file: string): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT max(version) AS v FROM migrations').get() as { v: number | null }).v ?? 0;
  if (current > SCHEMA_VERSION) {
    db.close();
    throw new InputError(file, `the database is at schema version ${current}, newer than this Marsad (${SCHEMA_VERSION}); upgrade Marsad`, 'db-too-new');
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const insert = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      migration.rebuild?.(db, (line) => process.stderr.write(`marsad: ${file}: ${line}\n`));
      insert.run(migration.version, migration.name, new Date().toISOString());
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
  return SCHEMA_VERSION;
}
