/**
 * Per-article 32-bit values indexed by seq (lengths in postings.ts, outlets and days in places.ts)
 * are stored in rows of SEQ_BLOCK seqs. This module holds the block arithmetic and the byte
 * conversions both use, so the off-by-one details live in one place.
 */

/** Seqs per stored block. */
export const SEQ_BLOCK = 65_536;

/** One stored block and the seqs [from, to] of it that a range covers (`first` is its first seq). */
export interface BlockSpan {
  block: number;
  first: number;
  from: number;
  to: number;
}

/** The blocks that seqs after `after` up to `upTo` fall in, each with the part the range covers. */
export function* blockSpans(after: number, upTo: number): Generator<BlockSpan> {
  for (let block = Math.floor((after + 1) / SEQ_BLOCK); block * SEQ_BLOCK <= upTo; block++) {
    const first = block * SEQ_BLOCK;
    yield { block, first, from: Math.max(first, after + 1), to: Math.min(upTo, first + SEQ_BLOCK - 1) };
  }
}

/** A typed array's bytes, for a BLOB column (no copy). */
export function bytesOf(array: Int32Array | Uint32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** A BLOB of 32-bit values as a typed array: a copy, since a blob's bytes need not be aligned for a view. */
export function int32sOf(blob: Buffer): Int32Array {
  const bytes = new Uint8Array(blob);
  return new Int32Array(bytes.buffer, 0, bytes.byteLength / 4);
}

export function uint32sOf(blob: Buffer): Uint32Array {
  const bytes = new Uint8Array(blob);
  return new Uint32Array(bytes.buffer, 0, bytes.byteLength / 4);
}
