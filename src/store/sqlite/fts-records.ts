/**
 * FTS5's own records, read directly: its averages record (row count, then each column's total
 * token count) and its per-row docsize record (each column's token count) are SQLite varints back
 * to back. Reading them gives BM25's statistics exactly as FTS5 computes them.
 */

/** SQLite varints (big-endian groups of 7 bits; a ninth byte carries 8), back to back. */
export function sqliteVarints(buf: Uint8Array): number[] {
  const values: number[] = [];
  let at = 0;
  while (at < buf.length) {
    let value = 0;
    let i = 0;
    for (; i < 8; i++) {
      const byte = buf[at + i]!;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    if (i === 8) value = value * 256 + buf[at + 8]!;
    at += i + 1;
    values.push(value);
  }
  return values;
}

/** An article's length in tokens over all columns, from its docsize record. */
export function rowLength(sz: Uint8Array): number {
  return sqliteVarints(sz).reduce((sum, n) => sum + n, 0);
}
