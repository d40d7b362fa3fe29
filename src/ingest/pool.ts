/**
 * Preparing items (analysis is most of ingest's CPU time) on worker threads, in order: `run`
 * returns a promise per item, and the caller awaits them in submission order, so the store sees
 * articles in input order whatever thread finished first (the "earliest copy" depends on it).
 * With 0 workers everything runs inline on the calling thread.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepare, type PrepareResult, type WorkItem } from './prepare.js';

export interface PreparePool {
  readonly workers: number;
  run(item: WorkItem): Promise<PrepareResult>;
  close(): Promise<void>;
}

/**
 * Heap limits per analysis thread. Analysis keeps little alive between articles; a bounded old
 * generation makes V8 collect instead of growing, which keeps the process's RSS flat (three
 * threads × an unbounded heap was the largest part of peak memory).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

/** At most this many threads by default: beyond it the single writer thread is the bottleneck. */
export const MAX_DEFAULT_WORKERS = 8;

/**
 * One thread per core but one, which is left to the writer (it spends about 40% of an article's
 * time in the store). On 2 cores a second analysis thread gained ~15% throughput for ~150 MB more
 * peak memory, so it is not the default. On one core a thread only adds message passing.
 */
export function defaultWorkerCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores >= 2 ? Math.min(cores - 1, MAX_DEFAULT_WORKERS) : 0;
}

export function createPool(workers: number): PreparePool {
  if (workers <= 0) {
    return {
      workers: 0,
      run: async (item) => prepare(item),
      close: async () => undefined,
    };
  }
  const threads: Worker[] = [];
  const waiting = new Map<number, { resolve: (r: PrepareResult) => void; thread: number }>();
  const load = new Array<number>(workers).fill(0);
  let nextId = 0;
  let closing = false;
  const start = (i: number): void => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: WORKER_LIMITS });
    worker.on('message', (message: { id: number; result: PrepareResult }) => {
      const entry = waiting.get(message.id);
      if (!entry) return;
      waiting.delete(message.id);
      load[entry.thread]!--;
      entry.resolve(message.result);
    });
    // A thread that dies (out of memory on a pathological page) fails only the items it held,
    // and is replaced.
    const lost = (why: string): void => {
      if (threads[i] !== worker) return;
      for (const [id, entry] of waiting) {
        if (entry.thread !== i) continue;
        waiting.delete(id);
        entry.resolve({ ok: false, reason: 'analysis-crashed', message: `the analysis thread stopped (${why})` });
      }
      load[i] = 0;
      if (!closing) start(i);
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    threads[i] = worker;
  };
  for (let i = 0; i < workers; i++) start(i);
  return {
    workers,
    run(item) {
      // The least busy thread: items differ a lot in size, round-robin would queue behind a big one.
      let thread = 0;
      for (let i = 1; i < workers; i++) if (load[i]! < load[thread]!) thread = i;
      load[thread]!++;
      const id = nextId++;
      return new Promise<PrepareResult>((resolve) => {
        waiting.set(id, { resolve, thread });
        threads[thread]!.postMessage({ id, item });
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
