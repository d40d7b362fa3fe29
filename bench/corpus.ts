/**
 * Corpus benchmarks: ingest throughput and peak memory, and search latency.
 *
 *   node dist/bench/corpus.js [--phases corpus.ingest,corpus.search,corpus.ingest-synthetic]
 *                             [--search-n 100000] [--queries 200] [--synthetic-ingest 1000000]
 *                             [--workers N] [--keep DIR] [--search-db FILE]
 *
 * - corpus.ingest: `ingestPaths` (analysis on worker threads, search index, duplicates, stories)
 *   over every SaudiNewsNet zip into a fresh database; articles/s, peak RSS, database size; then
 *   the same command again (must add nothing).
 * - corpus.search: a store of --search-n synthetic articles (bench/corpus-synthetic.ts, real
 *   sentences recombined), its search tables filled directly (./search-fill.ts: what search reads,
 *   without the duplicate/story work that would make a 1M store take hours), then --queries
 *   typical queries through `searchArticles` (ranking + snippets, limit 20): p50/p95/p99 latency.
 *   With --search-db FILE the queries run on that existing store instead (a 1M store kept with
 *   --keep, or an ingested corpus): nothing is built, beyond its migrations and a refresh of its
 *   champion lists if one is due.
 * - corpus.ingest-synthetic (only with --synthetic-ingest N): N synthetic records written to a
 *   JSONL file and ingested with the full pipeline, for throughput and peak RSS at scale.
 *
 * Databases go to a temporary folder (deleted afterwards unless --keep DIR is given).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCorpusDir } from '../eval/lib/corpus.js';
import { saudiNewsNetDir } from '../eval/lib/saudinewsnet.js';
import { ingestPaths, type IngestSummary } from '../src/ingest/ingest.js';
import { searchArticles } from '../src/search/search.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { loadSentencePool, type SentencePool, syntheticArticles, typicalFilteredQueries, typicalQueries } from './corpus-synthetic.js';
import { fillSearchTables } from './search-fill.js';
import { percentile } from './stats.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CORPUS_PHASES = ['corpus.ingest', 'corpus.search', 'corpus.ingest-synthetic'] as const;

export interface CorpusBenchOptions {
  phases: string[] | null;
  searchN: number;
  queries: number;
  syntheticIngest: number;
  workers: number | undefined;
  keep: string | null;
  /** Time the queries on this existing store instead of building one. */
  searchDb: string | null;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusBenchOptions = { phases: null, searchN: 100_000, queries: 200, syntheticIngest: 0, workers: undefined, keep: null, searchDb: null };

/** Targets from issue 4 (2-core machine). */
const TARGETS = { ingestPerSecond: 1000, searchP95Ms: 20, peakRssMb: 500 };

export function parseCorpusArgs(argv: string[], base: CorpusBenchOptions = DEFAULT_CORPUS_OPTIONS): CorpusBenchOptions | string {
  const options = { ...base };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    const whole = (min: number): number | string => {
      const n = Number(value);
      return Number.isInteger(n) && n >= min ? n : `${arg} expects a whole number ≥ ${min}, got ${value ?? 'nothing'}`;
    };
    let parsed: number | string;
    switch (arg) {
      case '--phases':
        if (!value) return '--phases expects a comma-separated list';
        options.phases = value.split(',').map((p) => p.trim());
        i++;
        continue;
      case '--search-db':
        if (!value) return '--search-db expects a database file';
        options.searchDb = path.resolve(value);
        i++;
        continue;
      case '--keep':
        if (!value) return '--keep expects a folder';
        options.keep = path.resolve(value);
        i++;
        continue;
      case '--search-n':
      case '--queries':
      case '--synthetic-ingest':
      case '--workers':
        parsed = whole(arg === '--queries' || arg === '--search-n' ? 1 : 0);
        if (typeof parsed === 'string') return parsed;
        if (arg === '--search-n') options.searchN = parsed;
        else if (arg === '--queries') options.queries = parsed;
        else if (arg === '--synthetic-ingest') options.syntheticIngest = parsed;
        else options.workers = parsed;
        i++;
        continue;
      default:
        return `unknown argument ${arg}`;
    }
  }
  return options;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Samples RSS while a phase runs (maxRSS is process-wide since start; this is the phase's own peak). */
function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 1048576;
    },
  };
}

async function fileSizeMb(file: string): Promise<number> {
  let total = 0;
  for (const suffix of ['', '-wal']) {
    try {
      total += (await stat(file + suffix)).size;
    } catch {
      // No WAL left after a checkpoint.
    }
  }
  return total / 1048576;
}

interface IngestResult {
  articles: number;
  added: number;
  duplicates: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
  dbMb: number;
  workers: number;
  rerunSeconds?: number;
  rerunAdded?: number;
}

async function benchIngest(label: string, inputs: string[], dbFile: string, workers: number | undefined, rerun: boolean): Promise<IngestResult> {
  const store = await openSqliteStore(dbFile);
  const sampler = rssSampler();
  let lastLine = 0;
  const summary: IngestSummary = await ingestPaths(store, inputs, {
    workers,
    onProgress: (p) => {
      if (p.elapsedMs - lastLine > 15_000) {
        lastLine = p.elapsedMs;
        process.stdout.write(`    ${label}: ${fmt(p.processed)} articles, ${fmt((p.added + p.updated) / (p.elapsedMs / 1000))}/s, RSS ${fmt(process.memoryUsage.rss() / 1048576)} MB\n`);
      }
    },
  });
  const peak = sampler.stop();
  await store.close();
  const seconds = summary.elapsedMs / 1000;
  const result: IngestResult = {
    articles: summary.added + summary.updated + summary.unchanged + summary.failed,
    added: summary.added,
    duplicates: summary.duplicates,
    failed: summary.failed,
    seconds,
    articlesPerSecond: summary.added / seconds,
    peakRssMb: peak,
    dbMb: await fileSizeMb(dbFile),
    workers: summary.workers,
  };
  if (summary.failed > 0) {
    const reasons: Record<string, number> = {};
    for (const p of summary.problems) for (const [r, n] of Object.entries(p.reasons)) reasons[r] = (reasons[r] ?? 0) + n;
    process.stdout.write(`    failures by reason: ${JSON.stringify(reasons)}\n`);
  }
  if (rerun) {
    const again = await openSqliteStore(dbFile);
    const second = await ingestPaths(again, inputs, { workers });
    await again.close();
    result.rerunSeconds = second.elapsedMs / 1000;
    result.rerunAdded = second.added;
  }
  return result;
}

interface SearchResultStats {
  articles: number;
  buildSeconds: number;
  /** Building the champion lists of frequent words after the fill, as an ingest's end does. */
  listSeconds: number;
  listTerms: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  meanResults: number;
  /** The same percentiles for typical queries with an outlet, a month or both (typicalFilteredQueries), a quarter as many. */
  filteredQueries: number;
  filteredP50Ms: number;
  filteredP95Ms: number;
  filteredP99Ms: number;
  dbMb: number;
}

async function benchSearch(pool: SentencePool, n: number, queryCount: number, dbFile: string, existing: boolean): Promise<SearchResultStats> {
  const built = performance.now();
  let lastLine = performance.now();
  if (!existing) {
    fillSearchTables(dbFile, syntheticArticles(pool, n), (done) => {
      if (performance.now() - lastLine < 15_000) return;
      lastLine = performance.now();
      process.stdout.write(`    building: ${fmt(done)} of ${fmt(n)} articles\n`);
    });
  }
  const buildSeconds = (performance.now() - built) / 1000;
  const store = await openSqliteStore(dbFile);
  // What an ingest does at its end: the champion lists of frequent words (timed on their own).
  const refresh = existing ? await store.refreshSearch() : await store.refreshSearch({ force: true });
  const articles = (await store.counts()).articles;
  const queries = typicalQueries(pool, queryCount);
  // Warm the page cache the way a running server would be.
  for (const q of queries.slice(0, 20)) await searchArticles(store, q);
  const latencies: number[] = [];
  let results = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const r = await searchArticles(store, q, { limit: 20 });
    latencies.push(performance.now() - t0);
    results += r.results.length;
  }
  const filtered: number[] = [];
  for (const { text, filters } of typicalFilteredQueries(pool, Math.ceil(queryCount / 4))) {
    const t0 = performance.now();
    await searchArticles(store, text, { limit: 20, ...filters });
    filtered.push(performance.now() - t0);
  }
  filtered.sort((a, b) => a - b);
  await store.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    articles,
    buildSeconds,
    listSeconds: refresh.seconds,
    listTerms: refresh.terms,
    queries: queries.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    meanMs: latencies.reduce((s, x) => s + x, 0) / latencies.length,
    meanResults: results / queries.length,
    filteredQueries: filtered.length,
    filteredP50Ms: percentile(filtered, 50),
    filteredP95Ms: percentile(filtered, 95),
    filteredP99Ms: percentile(filtered, 99),
    dbMb: await fileSizeMb(dbFile),
  };
}

export async function runCorpusBench(options: CorpusBenchOptions): Promise<number> {
  const wanted = (phase: string): boolean => (options.phases ? options.phases.includes(phase) || options.phases.includes('corpus') : phase !== 'corpus.ingest-synthetic' || options.syntheticIngest > 0);
  const dir = options.keep ?? (await mkdtemp(path.join(os.tmpdir(), 'marsad-bench-')));
  await mkdir(dir, { recursive: true });
  const corpusDir = findCorpusDir(repoDir);
  const report: Record<string, unknown> = { finishedAt: null, node: process.version, cpu: os.cpus()[0]?.model ?? null, cores: os.availableParallelism(), targets: TARGETS };
  console.log(`marsad corpus bench: Node ${process.version}, ${os.availableParallelism()} cores, databases in ${dir}`);
  try {
    if (wanted('corpus.ingest')) {
      if (!corpusDir) {
        console.log('  corpus.ingest skipped: no SaudiNewsNet (set MARSAD_CORPUS or place the corpora at ../shared/corpus)');
        report['corpus.ingest'] = { skipped: 'no corpus' };
      } else {
        console.log('  corpus.ingest: every SaudiNewsNet zip, full pipeline…');
        const r = await benchIngest('ingest', [saudiNewsNetDir(corpusDir)], path.join(dir, 'saudinewsnet.db'), options.workers, true);
        report['corpus.ingest'] = r;
        console.log(
          `  corpus.ingest: ${fmt(r.added)} articles added (${fmt(r.duplicates)} marked as copies, ${fmt(r.failed)} failed) in ${fmt(r.seconds, 1)} s = ${fmt(r.articlesPerSecond)} articles/s with ${r.workers} analysis threads; peak RSS ${fmt(r.peakRssMb)} MB; database ${fmt(r.dbMb)} MB; re-run ${fmt(r.rerunSeconds ?? 0, 1)} s, added ${r.rerunAdded}`,
        );
      }
    }
    let pool: SentencePool | null = null;
    if (wanted('corpus.search')) {
      pool = await loadSentencePool(corpusDir, repoDir);
      console.log(options.searchDb ? `  corpus.search: queries on ${options.searchDb}…` : `  corpus.search: building ${fmt(options.searchN)} synthetic articles from ${pool.source}…`);
      const r = await benchSearch(pool, options.searchN, options.queries, options.searchDb ?? path.join(dir, `search-${options.searchN}.db`), options.searchDb !== null);
      report['corpus.search'] = { ...r, sentences: pool.source };
      console.log(
        `  corpus.search: ${fmt(r.articles)} articles (built in ${fmt(r.buildSeconds, 1)} s, ${fmt(r.dbMb)} MB; lists of ${fmt(r.listTerms)} frequent words in ${fmt(r.listSeconds, 1)} s); ${r.queries} queries: p50 ${fmt(r.p50Ms, 2)} ms, p95 ${fmt(r.p95Ms, 2)} ms, p99 ${fmt(r.p99Ms, 2)} ms, mean ${fmt(r.meanMs, 2)} ms, ${fmt(r.meanResults, 1)} results per query; ${r.filteredQueries} with an outlet, a month or both: p50 ${fmt(r.filteredP50Ms, 2)} ms, p95 ${fmt(r.filteredP95Ms, 2)} ms, p99 ${fmt(r.filteredP99Ms, 2)} ms`,
      );
    }
    if (wanted('corpus.ingest-synthetic') && options.syntheticIngest > 0) {
      const jsonl = path.join(dir, `synthetic-${options.syntheticIngest}.jsonl`);
      console.log(`  corpus.ingest-synthetic: writing ${fmt(options.syntheticIngest)} records…`);
      // In a child process: the ingest's peak RSS must not include the generator's memory.
      const writer = spawnSync(process.execPath, [path.join(repoDir, 'dist', 'bench', 'write-synthetic.js'), String(options.syntheticIngest), jsonl], { stdio: 'inherit' });
      if (writer.status !== 0) throw new Error(`writing the synthetic records failed (exit ${writer.status})`);
      const r = await benchIngest('synthetic', [jsonl], path.join(dir, `synthetic-${options.syntheticIngest}.db`), options.workers, false);
      report['corpus.ingest-synthetic'] = r;
      console.log(
        `  corpus.ingest-synthetic: ${fmt(r.added)} articles in ${fmt(r.seconds, 1)} s = ${fmt(r.articlesPerSecond)} articles/s; peak RSS ${fmt(r.peakRssMb)} MB; database ${fmt(r.dbMb)} MB`,
      );
    }
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
  report.finishedAt = new Date().toISOString();
  report.processPeakRssMb = peakRssMb();
  const outDir = path.join(repoDir, '.eval-out');
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'bench-corpus.json'), JSON.stringify(report, null, 2) + '\n');
  console.log('  wrote .eval-out/bench-corpus.json');
  return 0;
}

// Run directly: node dist/bench/corpus.js …
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const options = parseCorpusArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`bench: ${options}`);
    process.exitCode = 2;
  } else process.exitCode = await runCorpusBench(options);
}
