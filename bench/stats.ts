/** Latency and throughput summaries for one benchmark phase. */

export interface PhaseStats {
  articles: number;
  failures: number;
  inputBytes: number;
  totalMs: number;
  articlesPerSecond: number;
  /** CPU time of the process over the timed loop (user + system, GC helper threads included). */
  cpuMs: number;
  /** Articles per CPU-second: the per-core rate, steady even when other processes share the cores. */
  articlesPerCpuSecond: number;
  mbPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
}

/** Nearest-rank percentile of sorted values (p in 0..100); 0 for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * `wallMs` is the wall-clock time of the whole timed loop (GC pauses and loop overhead included),
 * which is what throughput is computed from; the latencies give the mean and the percentiles.
 */
export function summarize(
  latenciesMs: readonly number[],
  wallMs: number,
  cpuMs: number,
  inputBytes: number,
  failures: number,
  peakRss: number,
  peakHeap: number,
): PhaseStats {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const totalMs = wallMs;
  const seconds = totalMs / 1000;
  return {
    articles: latenciesMs.length,
    failures,
    inputBytes,
    totalMs,
    articlesPerSecond: seconds === 0 ? 0 : latenciesMs.length / seconds,
    cpuMs,
    articlesPerCpuSecond: cpuMs === 0 ? 0 : latenciesMs.length / (cpuMs / 1000),
    mbPerSecond: seconds === 0 ? 0 : inputBytes / 1e6 / seconds,
    meanMs: latenciesMs.length === 0 ? 0 : latenciesMs.reduce((sum, ms) => sum + ms, 0) / latenciesMs.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    peakRssMb: peakRss / 2 ** 20,
    peakHeapUsedMb: peakHeap / 2 ** 20,
  };
}
