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

/** One worker per core, at most this many: beyond it the single writer thread is the bottleneck. */
export const MAX_DEFAULT_WORKERS = 8;

export function defaultWorkerCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // On one core a worker only adds message passing.
  return cores >= 2 ? Math.min(cores, MAX_DEFAULT_WORKERS) : 0;
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
  const waiting = new Map<number, { resolve: (r: PrepareResult) => void; reject: (e: Error) => void; thread: number }>();
  const load = new Array<number>(workers).fill(0);
  let nextId = 0;
  for (let i = 0; i < workers; i++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (message: { id: number; result: PrepareResult }) => {
      const entry = waiting.get(message.id);
      if (!entry) return;
      waiting.delete(message.id);
      load[entry.thread]!--;
      entry.resolve(message.result);
    });
    worker.on('error', (error) => {
      for (const [id, entry] of waiting) {
        if (entry.thread !== i) continue;
        waiting.delete(id);
        entry.reject(error);
      }
    });
    worker.unref();
    threads.push(worker);
  }
  return {
    workers,
    run(item) {
      // The least busy thread: items differ a lot in size, round-robin would queue behind a big one.
      let thread = 0;
      for (let i = 1; i < workers; i++) if (load[i]! < load[thread]!) thread = i;
      load[thread]!++;
      const id = nextId++;
      return new Promise<PrepareResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject, thread });
        threads[thread]!.postMessage({ id, item });
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
