/**
 * `ingest`: read inputs (./sources.ts), skip what is already stored, prepare the rest (analysis on
 * worker threads, ./pool.ts), and write them in transactional batches (the store). Stops cleanly
 * on an AbortSignal (Ctrl-C): the articles already prepared are written in a last transaction, then
 * nothing more is read. A failing write (a full disk) rolls its batch back and stops the run:
 * what was committed before stays, and running the same command again finishes the rest, because
 * committed sources are recognised and skipped.
 */
import type { Store } from '../store/store.js';
import type { PreparedArticle, PutOutcome, SearchRefresh } from '../store/types.js';
import { collectGarbage } from './collect-garbage.js';
import { DEFAULT_FIELD_MAP, type FieldMap } from './fields.js';
import { createPool, defaultWorkerCount } from './pool.js';
import type { PrepareResult } from './prepare.js';
import { planInputs, readPlanned } from './sources.js';

/**
 * Articles per transaction: large enough that commits cost little, small enough that Ctrl-C is quick.
 * A commit writes every page the batch changed to the WAL, and the duplicate, story and name
 * indexes are keyed by hashes and words, so each article changes pages all over them: with 200 per
 * batch, ingesting SaudiNewsNet's first ten days wrote 4.1 GB for a database of 325 MB, and commits
 * took a quarter of the writer's time. 500 per batch wrote 2.3 GB (see IN_FLIGHT_PER_WORKER).
 */
export const DEFAULT_BATCH_SIZE = 500;
/**
 * Items being prepared at once, per worker. A batch is written synchronously, so while the writer
 * commits one the analysis threads get no new items: they must hold enough to stay busy through a
 * whole commit (a batch takes the writer about as long as the threads take to prepare it). With
 * 500 per batch and 256 in flight they ran dry halfway through every commit; 200 and 512 kept them
 * busy. 500 per batch with 768 in flight: the whole SaudiNewsNet ingest at 472 and 474 articles/s
 * against 429 and 432 with 200 and 512 (alternating runs, session 25), peak RSS 430–464 MB against
 * 420–478; 600 and 1,024 ran 465–490/s but peaked at 489–493 MB, too near the 500 MB target, and
 * 1,000 with 2,048 went past it (512 MB).
 */
const IN_FLIGHT_PER_WORKER = 768;
/** Articles written between two full collections of the writer thread's heap (./collect-garbage.ts says why). */
const COLLECT_EVERY = 4000;
/** At most this many failure examples are kept per file (the counts are always complete). */
const EXAMPLES_PER_FILE = 10;

export interface IngestOptions {
  map?: FieldMap;
  batchSize?: number;
  /** Worker threads for analysis; 0 analyses on the calling thread. Default: one per core (max 8). */
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  processed: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  bytesDone: number;
  bytesTotal: number;
  file: string | null;
  elapsedMs: number;
}

export interface FileProblems {
  file: string;
  failed: number;
  reasons: Record<string, number>;
  examples: { where: string; reason: string; message: string }[];
}

export interface IngestSummary {
  inputs: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Of the added articles, how many are copies of an earlier one (marked, not dropped). */
  duplicates: number;
  failed: number;
  skipped: number;
  /** Files with failures, and why. */
  problems: FileProblems[];
  /** True when the run was stopped by its signal before reading everything. */
  interrupted: boolean;
  /** Why the run stopped early on an error (a failed write); null otherwise. */
  fatal: string | null;
  /** Articles prepared but not committed because the run stopped on an error. */
  notCommitted: number;
  elapsedMs: number;
  workers: number;
  /** The refresh of search's precomputed lists at the end of the run (null: not due, or the run stopped early). */
  searchRefresh: SearchRefresh | null;
  /** Why that refresh failed (its transaction rolled back; what the run stored is intact), or null. */
  searchRefreshError: string | null;
}

interface Pending {
  file: string;
  origin: string;
  source: string;
  result: Promise<PrepareResult>;
}

export async function ingestPaths(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const map = options.map ?? DEFAULT_FIELD_MAP;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const plan = await planInputs(inputs);
  const summary: IngestSummary = {
    inputs: plan.inputs.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    failed: 0,
    skipped: 0,
    problems: [],
    interrupted: false,
    fatal: null,
    notCommitted: 0,
    elapsedMs: 0,
    workers: 0,
    searchRefresh: null,
    searchRefreshError: null,
  };
  const problems = new Map<string, FileProblems>();
  const fail = (file: string, where: string, reason: string, message: string): void => {
    summary.failed++;
    let entry = problems.get(file);
    if (!entry) {
      entry = { file, failed: 0, reasons: {}, examples: [] };
      problems.set(file, entry);
    }
    entry.failed++;
    entry.reasons[reason] = (entry.reasons[reason] ?? 0) + 1;
    if (entry.examples.length < EXAMPLES_PER_FILE) entry.examples.push({ where, reason, message });
  };
  for (const problem of plan.problems) fail(problem.input, problem.input, 'missing', problem.message);

  let bytesDone = 0;
  let currentFile: string | null = null;
  const progress = (): void =>
    options.onProgress?.({
      processed: summary.added + summary.updated + summary.unchanged + summary.failed,
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      duplicates: summary.duplicates,
      failed: summary.failed,
      bytesDone,
      bytesTotal: plan.totalBytes,
      file: currentFile,
      elapsedMs: performance.now() - started,
    });

  const pool = createPool(options.workers ?? defaultWorkerCount());
  summary.workers = pool.workers;
  // Inline preparation gains nothing from queueing; with threads, a queue per thread keeps them busy.
  const maxInFlight = pool.workers === 0 ? 1 : pool.workers * IN_FLIGHT_PER_WORKER;
  const pending: Pending[] = [];
  let batch: { article: PreparedArticle; file: string }[] = [];
  /** Sources handed to preparation but not yet committed: a repeat in the same run is not prepared twice. */
  const inFlight = new Map<string, string>();
  let writtenSinceCollection = 0;

  const commit = async (): Promise<void> => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    let outcomes: PutOutcome[];
    try {
      outcomes = await store.putBatch(current.map((b) => b.article));
    } catch (error) {
      summary.notCommitted += current.length;
      throw new StopError(describeWriteError(error, current.length));
    } finally {
      for (const b of current) inFlight.delete(b.article.source);
    }
    writtenSinceCollection += current.length;
    if (writtenSinceCollection >= COLLECT_EVERY) {
      writtenSinceCollection = 0;
      collectGarbage();
    }
    for (const outcome of outcomes) {
      summary[outcome.status]++;
      // An earlier copy of a stored original makes that original a copy: one more copy either way.
      if (outcome.status === 'added' && (outcome.duplicateOf || outcome.supersedes)) summary.duplicates++;
    }
    progress();
  };

  const drainOne = async (): Promise<void> => {
    const next = pending.shift()!;
    const result = await next.result;
    if (!result.ok) {
      inFlight.delete(next.source);
      fail(next.file, next.origin, result.reason, result.message);
      return;
    }
    batch.push({ article: result.article, file: next.file });
    if (batch.length >= batchSize) await commit();
  };

  try {
    const events = readPlanned(plan, {
      map,
      signal: options.signal,
      onBytes: (n) => {
        bytesDone += n;
      },
    });
    for await (const event of events) {
      if (event.type === 'skipped') {
        summary.skipped++;
        continue;
      }
      currentFile = event.file;
      if (event.type === 'failure') {
        fail(event.file, event.where, event.reason, event.message);
        continue;
      }
      const item = event.item;
      const stored = await store.lookupSource(item.source);
      const sameInRun = inFlight.get(item.source);
      if ((stored && stored.contentHash === item.contentHash) || sameInRun === item.contentHash) {
        summary.unchanged++;
      } else {
        inFlight.set(item.source, item.contentHash);
        pending.push({ file: event.file, origin: item.origin, source: item.source, result: pool.run(item) });
        while (pending.length >= maxInFlight) await drainOne();
      }
      if ((summary.unchanged & 1023) === 0) progress();
      if (options.signal?.aborted) break;
    }
    summary.interrupted = options.signal?.aborted ?? false;
    while (pending.length > 0) await drainOne();
    await commit();
  } catch (error) {
    if (!(error instanceof StopError)) throw error;
    summary.fatal = error.message;
    // Whatever was prepared after the failed batch is not written either.
    summary.notCommitted += batch.length + pending.length;
    batch = [];
    pending.length = 0;
  } finally {
    await pool.close();
  }
  // Inside the measured time: a run is done when what it stored is as fast to search as the rest.
  if (!summary.fatal && !summary.interrupted && summary.added + summary.updated > 0) {
    try {
      const refresh = await store.refreshSearch();
      if (refresh.refreshed) summary.searchRefresh = refresh;
    } catch (error) {
      // The articles are stored and searchable; only frequent words stay slower until a later run.
      const reason = (error as { code?: string }).code ?? (error as Error).message ?? String(error);
      summary.searchRefreshError = `refreshing search's lists of frequent words failed (${reason}); every article is stored and searchable, and the next run refreshes them`;
    }
  }
  summary.problems = [...problems.values()];
  summary.elapsedMs = performance.now() - started;
  progress();
  return summary;
}

class StopError extends Error {}

/** A failed write, in words a user can act on. */
export function describeWriteError(error: unknown, articles: number): string {
  const code = (error as { code?: string }).code ?? '';
  const what = `writing a batch of ${articles} articles failed, nothing of that batch was stored`;
  if (code === 'SQLITE_FULL') return `${what}: the disk is full (free some space and run the same command again to finish)`;
  if (code.startsWith('SQLITE_IOERR')) return `${what}: input/output error on the database file (${code})`;
  if (code === 'SQLITE_READONLY') return `${what}: the database is read-only`;
  if (code === 'SQLITE_BUSY') return `${what}: the database is locked by another process`;
  return `${what}: ${(error as Error).message ?? String(error)}`;
}
