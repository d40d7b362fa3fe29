/**
 * Writing a long stream of text chunks to a Writable (stdout, a file) without holding the export in
 * memory and without crashing when the reader goes away (`marsad export … | head`).
 */
import type { Writable } from 'node:stream';

export type WriteOutcome =
  | { ok: true }
  /** `closed`: the reader went away (EPIPE) or the stream was destroyed; `failed`: any other write error. */
  | { ok: false; reason: 'closed' | 'failed'; error: Error };

const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET']);

/**
 * Writes the chunks in order, one at a time: the next chunk is produced only when the previous one
 * has been handed to the operating system. That is backpressure at its strictest (memory holds one
 * chunk), and it lets the event loop deliver a write error before more work is done: a store whose
 * reads are synchronous would otherwise keep producing pages that nobody can receive. Stops at the
 * first error and returns it as a value; the chunk source is closed (its `finally` runs).
 */
export async function writeChunks(stream: Writable, chunks: AsyncIterable<string> | Iterable<string>): Promise<WriteOutcome> {
  let failure: Error | null = null;
  // Without a listener an 'error' event (EPIPE on stdout) would throw out of the event loop.
  const onError = (error: Error): void => {
    failure ??= error;
  };
  stream.on('error', onError);
  for await (const chunk of chunks) {
    if (failure === null) {
      const error = await new Promise<Error | null | undefined>((resolve) => stream.write(chunk, resolve));
      if (error) failure ??= error;
    }
    if (failure !== null) break;
  }
  if (failure === null) {
    stream.off('error', onError);
    return { ok: true };
  }
  // The listener stays: a broken stream may report the same error again later.
  const code = (failure as NodeJS.ErrnoException).code;
  return { ok: false, reason: code && CLOSED_CODES.has(code) ? 'closed' : 'failed', error: failure };
}
