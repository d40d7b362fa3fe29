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
  /** Threads replaced after RECYCLE_AFTER items so far (for tests and diagnostics). */
  readonly recycled: number;
}

export interface PoolOptions {
  /** Items after which a thread is replaced by a fresh one; 0 never. Default RECYCLE_AFTER. */
  recycleAfter?: number;
}

/**
 * Heap limits per analysis thread. Analysis keeps little alive between articles; a bounded old
 * generation makes V8 collect instead of growing, which keeps the process's RSS flat (three
 * threads × an unbounded heap was the largest part of peak memory).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

/**
 * Items an analysis thread prepares before it is replaced by a fresh one: a bound on whatever the
 * analysis keeps per thread, so that memory stays flat however long the ingest runs. The largest
 * such state, the recognizer's word cache (src/analyze/entities/tokens.ts), is capped itself
 * (50,000 words); before that cap, a fresh thread every 4,000 articles brought SaudiNewsNet's peak
 * RSS from 495 MB to 400 MB at ~10 % more CPU. With the cap in place a replacement is a safety
 * net, rare enough that its restart (about 0.5 s of lexicon loading, a cold cache and JIT) costs
 * nothing measurable.
 */
export const RECYCLE_AFTER = 20_000;

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

interface Slot {
  /** Null while a retired thread is being replaced. */
  worker: Worker | null;
  /** Ids posted to the current thread and not answered yet. */
  posted: Set<number>;
  /** Items given to this slot while its thread is being replaced: posted to the next one. */
  backlog: { id: number; item: WorkItem }[];
  /** Items given to the current thread. */
  served: number;
  /** Takes no new work; replaced once its posted items are answered. */
  retiring: boolean;
}

export function createPool(workers: number, options: PoolOptions = {}): PreparePool {
  if (workers <= 0) {
    return {
      workers: 0,
      recycled: 0,
      run: async (item) => prepare(item),
      close: async () => undefined,
    };
  }
  const recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
  const slots: Slot[] = [];
  const waiting = new Map<number, (r: PrepareResult) => void>();
  let nextId = 0;
  let closing = false;
  let recycled = 0;

  const post = (slot: Slot, id: number, item: WorkItem): void => {
    slot.posted.add(id);
    slot.served++;
    slot.worker!.postMessage({ id, item });
    if (recycleAfter > 0 && slot.served >= recycleAfter) slot.retiring = true;
  };

  /** Posts waiting items to a fresh thread, up to its share: the rest wait for the thread after it. */
  const flushBacklog = (slot: Slot): void => {
    let taken = 0;
    while (taken < slot.backlog.length && !slot.retiring) {
      const { id, item } = slot.backlog[taken++]!;
      post(slot, id, item);
    }
    slot.backlog.splice(0, taken);
  };

  const spawn = (slot: Slot): void => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: WORKER_LIMITS });
    slot.worker = worker;
    slot.served = 0;
    slot.retiring = false;
    worker.on('message', (message: { id: number; result: PrepareResult }) => {
      const resolve = waiting.get(message.id);
      if (!resolve) return;
      waiting.delete(message.id);
      slot.posted.delete(message.id);
      resolve(message.result);
      if (slot.retiring && slot.posted.size === 0 && slot.worker === worker) retire(slot, worker);
    });
    // A thread that dies (out of memory on a pathological page) fails only the items it held,
    // and is replaced.
    const lost = (why: string): void => {
      if (slot.worker !== worker) return;
      for (const id of slot.posted) {
        waiting.get(id)?.({ ok: false, reason: 'analysis-crashed', message: `the analysis thread stopped (${why})` });
        waiting.delete(id);
      }
      slot.posted.clear();
      slot.worker = null;
      if (!closing) {
        spawn(slot);
        flushBacklog(slot);
      }
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
  };

  /**
   * The old thread is gone before the new one starts, so two heaps never coexist (the new one
   * would otherwise add its start-up memory to the old one's peak).
   */
  const retire = (slot: Slot, worker: Worker): void => {
    slot.worker = null;
    recycled++;
    void worker.terminate().then(() => {
      if (closing) return;
      spawn(slot);
      flushBacklog(slot);
    });
  };

  for (let i = 0; i < workers; i++) {
    const slot: Slot = { worker: null, posted: new Set(), backlog: [], served: 0, retiring: false };
    slots.push(slot);
    spawn(slot);
  }
  const load = (slot: Slot): number => slot.posted.size + slot.backlog.length;
  return {
    workers,
    get recycled() {
      return recycled;
    },
    run(item) {
      // The least busy thread: items differ a lot in size, round-robin would queue behind a big
      // one. A retiring thread gets work only when every thread is retiring (it waits for the next one).
      let best: Slot | null = null;
      for (const slot of slots) {
        if (best === null || Number(slot.retiring) < Number(best.retiring) || (slot.retiring === best.retiring && load(slot) < load(best))) best = slot;
      }
      const slot = best!;
      const id = nextId++;
      return new Promise<PrepareResult>((resolve) => {
        waiting.set(id, resolve);
        if (slot.retiring || slot.worker === null) slot.backlog.push({ id, item });
        else post(slot, id, item);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker?.terminate()));
    },
  };
}
