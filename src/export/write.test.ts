import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { writeChunks } from './write.js';

/** A Writable that keeps what it is given, taking `delayMs` per chunk; fails with `code` at chunk `failAt`. */
function sink(options: { failAt?: number; code?: string; delayMs?: number } = {}): Writable & { received: string[] } {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      if (received.length === options.failAt) {
        const error = Object.assign(new Error(`write ${options.code}`), { code: options.code });
        callback(error);
        return;
      }
      received.push(chunk.toString('utf8'));
      setTimeout(callback, options.delayMs ?? 0);
    },
  });
  return Object.assign(stream, { received });
}

/** Chunks "0", "1", …; records how many were produced and whether the producer was closed. */
function producer(count: number): { chunks: AsyncGenerator<string>; produced: () => number; closed: () => boolean } {
  let produced = 0;
  let closed = false;
  async function* chunks(): AsyncGenerator<string> {
    try {
      for (let i = 0; i < count; i++) {
        produced++;
        yield String(i);
      }
    } finally {
      closed = true;
    }
  }
  return { chunks: chunks(), produced: () => produced, closed: () => closed };
}

describe('writeChunks', () => {
  it('writes every chunk in order, producing the next only once the previous is written', async () => {
    const out = sink({ delayMs: 2 });
    const p = producer(20);
    let maxAhead = 0;
    const watched = (async function* () {
      for await (const chunk of p.chunks) {
        maxAhead = Math.max(maxAhead, p.produced() - out.received.length);
        yield chunk;
      }
    })();
    assert.deepEqual(await writeChunks(out, watched), { ok: true });
    assert.deepEqual(out.received, Array.from({ length: 20 }, (_, i) => String(i)));
    assert.equal(maxAhead, 1, 'never more than one chunk in flight');
  });

  it('stops quietly when the reader goes away (EPIPE), closing the producer', async () => {
    const out = sink({ failAt: 3, code: 'EPIPE' });
    const p = producer(1000);
    const outcome = await writeChunks(out, p.chunks);
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.reason, 'closed');
    assert.ok(p.produced() <= 5, `produced ${p.produced()} chunks after the reader left`);
    assert.ok(p.closed());
  });

  it('reports any other write error as failed', async () => {
    const outcome = await writeChunks(sink({ failAt: 0, code: 'ENOSPC' }), producer(3).chunks);
    assert.equal(!outcome.ok && outcome.reason, 'failed');
    assert.match(!outcome.ok ? outcome.error.message : '', /ENOSPC/u);
  });
});
